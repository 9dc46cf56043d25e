/** `getStaticPaths` helpers: one page per published locale, per entry, or per compared pair. */
import type { Framework } from '../framework/model.ts';
import { sections, staticComparisons } from '../framework/queries.ts';
import { getFrameworks } from './framework.ts';

type EntryCollection = 'tracks' | 'levels' | 'competencies' | 'trainings' | 'pages';

export async function localePaths() {
  const frameworks = Object.values(await getFrameworks());
  return frameworks.map((framework) => ({ params: { locale: framework.locale }, props: { framework } }));
}

/** One page per published locale, only when the framework has something for that section. */
export function sectionPaths(section: 'trainings' | 'recognition' | 'fit') {
  return async () => (await localePaths()).filter(({ props }) => sections(props.framework)[section]);
}

/** One page per entry of `collection` in every locale, the entry passed as the `entry` prop. */
export async function entryPaths<K extends EntryCollection>(collection: K, param: string) {
  const frameworks = Object.values(await getFrameworks());
  return frameworks.flatMap((framework: Framework) =>
    (framework[collection] as Framework[K]).map((entry: Framework[K][number]) => ({
      params: { locale: framework.locale, [param]: entry.id },
      props: { framework, entry },
    })),
  );
}

/** The pre-rendered comparisons (each level with its next level and its lateral moves). */
export async function comparePaths() {
  const frameworks = Object.values(await getFrameworks());
  return frameworks.flatMap((framework: Framework) =>
    staticComparisons(framework).map(({ from, to }) => ({
      params: { locale: framework.locale, from, to },
      props: { framework, from, to },
    })),
  );
}
