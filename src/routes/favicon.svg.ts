/** The handbook's icon, served from the package so that an adopter's `public/` may stay empty. */
import type { APIRoute } from 'astro';
import icon from '../assets/favicon.svg?raw';

export const GET: APIRoute = () => new Response(icon, { headers: { 'Content-Type': 'image/svg+xml' } });
