/**
 * The framework for the self-assessment, one file per locale, with its structure version. Source
 * paths are left out: the browser does not need them.
 */
import type { APIRoute } from 'astro';
import type { Framework } from '../../framework/model.ts';
import { localePaths } from '../../site/paths.ts';

export const getStaticPaths = localePaths;

const SOURCE_KEYS = new Set(['file', 'translationFile', 'missing']);

export const GET: APIRoute<{ framework: Framework }> = ({ props }) =>
  new Response(
    JSON.stringify(props.framework, (key, value: unknown) => (SOURCE_KEYS.has(key) ? undefined : value)),
    {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    },
  );
