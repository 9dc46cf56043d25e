/**
 * The handbook's vocabulary in one language (src/site/search-words.ts), fetched by the search page
 * only when a search finds nothing, to suggest a corrected spelling.
 */
import type { APIRoute } from 'astro';
import type { Framework } from '../../framework/model.ts';
import { localePaths } from '../../site/paths.ts';
import { searchWords } from '../../site/search-words.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute<{ framework: Framework }> = ({ props }) =>
  new Response(JSON.stringify(searchWords(props.framework)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
