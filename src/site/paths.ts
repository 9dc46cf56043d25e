/** `getStaticPaths` helpers: one page per published locale (and per entry). */
import type { Framework } from '../framework/model.ts';
import { getFrameworks } from './framework.ts';

export async function localePaths() {
  const frameworks = Object.values(await getFrameworks());
  return frameworks.map((framework) => ({ params: { locale: framework.locale }, props: { framework } }));
}

export async function entryPaths<K extends 'levels'>(collection: K, param: string) {
  const frameworks = Object.values(await getFrameworks());
  return frameworks.flatMap((framework: Framework) =>
    framework[collection].map((entry) => ({
      params: { locale: framework.locale, [param]: entry.id },
      props: { framework, entry },
    })),
  );
}
