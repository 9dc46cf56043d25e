/**
 * The framework versions this build knows (from the content's git history, plus the current one),
 * with each level's structure: the self-assessment fetches it only when an assessment was made against
 * an older version, to explain what changed for the person's target before they rescore.
 */
import type { APIRoute } from 'astro';
import type { Framework } from '../../framework/model.ts';
import { versionManifest } from '../../site/history.ts';
import { localePaths } from '../../site/paths.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute<{ framework: Framework }> = async ({ props }) =>
  new Response(JSON.stringify(await versionManifest(props.framework)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
