/**
 * The Vite plugin through which the project's choices reach Trackbook's pages, as Starlight's
 * `components` option does: `virtual:trackbook/components/<Name>` is the project's replacement of a
 * component or Trackbook's own, and `virtual:trackbook/brand` the brand files of `framework.yaml`.
 * Their types are declared in `src/virtual.d.ts`.
 */
import type { Plugin } from 'vite';
import type { BrandAssets } from './brand.ts';
import type { ComponentName } from './options.ts';

const PREFIX = 'virtual:trackbook/';

/** The source of every virtual module, by id. */
export function virtualModules(components: Record<ComponentName, string>, brand: BrandAssets): Map<string, string> {
  const modules = new Map<string, string>();
  for (const [name, file] of Object.entries(components)) {
    modules.set(`${PREFIX}components/${name}`, `export { default } from ${JSON.stringify(file)};`);
  }
  modules.set(`${PREFIX}brand`, `export const brand = ${JSON.stringify(brand)};`);
  return modules;
}

export function virtualModulesPlugin(modules: Map<string, string>): Plugin {
  return {
    name: 'trackbook:virtual-modules',
    resolveId(id) {
      return modules.has(id) ? `\0${id}` : undefined;
    },
    load(id) {
      return id.startsWith('\0') ? modules.get(id.slice(1)) : undefined;
    },
  };
}
