/**
 * The site's one way to the framework: reads the content collections, hands them to the framework
 * model and caches the result for the whole build. Pages render what this returns; they do not compute.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildFrameworks } from '../framework/build.ts';
import type { Framework } from '../framework/model.ts';
import { COLLECTIONS, type Locale } from '../framework/schema.ts';
import type { ContentSource, SourceEntry, TranslationSource } from '../framework/source.ts';
import { formatReport } from '../node/report.ts';

let cached: Promise<Record<Locale, Framework>> | undefined;

/** Every locale's framework; throws with the full report when the content has errors. */
export function getFrameworks(): Promise<Record<Locale, Framework>> {
  cached ??= load();
  return cached;
}

/** The framework of one locale. */
export async function getFramework(locale: Locale): Promise<Framework> {
  const framework = (await getFrameworks())[locale];
  if (framework === undefined) throw new Error(`the handbook is not published in ${locale}`);
  return framework;
}

/** Path relative to `content/`, as the framework model reports it. */
function contentPath(entry: { filePath?: string | undefined; id: string }): string {
  return (entry.filePath ?? entry.id).replace(/^(\.\/)?content\//, '');
}

async function load(): Promise<Record<Locale, Framework>> {
  const [settings] = await getCollection('settings');
  const entries: SourceEntry[] = (
    await Promise.all(
      COLLECTIONS.map(async (collection) =>
        (await getCollection(collection)).map((e) => ({
          collection,
          id: e.id,
          file: contentPath(e),
          data: e.data,
          body: e.body ?? '',
        })),
      ),
    )
  ).flat();
  const translations: TranslationSource[] = (await getCollection('translations')).map(
    (e: CollectionEntry<'translations'>) => {
      const [locale = '', collection = '', id = ''] = e.id.split('/');
      return { locale, collection, id, file: contentPath(e), data: e.data, body: e.body ?? '' };
    },
  );
  const source: ContentSource = {
    settings: settings === undefined ? null : { file: contentPath(settings), data: settings.data },
    entries,
    translations,
  };
  const result = await buildFrameworks(source);
  if (result.frameworks === null) throw new Error(`The content has errors:\n${formatReport(result)}`);
  return result.frameworks;
}
