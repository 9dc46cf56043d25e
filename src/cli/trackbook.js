#!/usr/bin/env node
// The `trackbook` command. The package ships its TypeScript source (as Starlight does); Node strips
// types itself, except under node_modules, where an installed package lives. These hooks strip the
// types of this package's own files there with Node's own stripper, so no build step or extra
// dependency is needed. Node 22.18+ (an adopter's project pins Node 24, as Astro 7 needs 22.12+).
import { readFileSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { fileURLToPath } from 'node:url';

const { registerHooks, stripTypeScriptTypes } = nodeModule;
if (typeof registerHooks !== 'function' || typeof stripTypeScriptTypes !== 'function') {
  console.error(
    `trackbook needs Node 22.18 or newer; this is Node ${process.versions.node}.\n` +
      'Inside a handbook project, npm scripts and npx use the Node the project installs (its `node` devDependency).\n' +
      'Anywhere else, bring one along: npx -p node@24 -p trackbook trackbook <command>',
  );
  process.exit(1);
}

const PACKAGE = new URL('../../', import.meta.url).href;

// Node marks stripTypeScriptTypes experimental and says so once per run; that notice is about
// Node, not about the handbook, so it is the one warning left out.
const emitWarning = process.emitWarning.bind(process);
process.emitWarning = (warning, ...rest) => {
  if (String(warning).includes('stripTypeScriptTypes')) return;
  emitWarning(warning, ...rest);
};

registerHooks({
  load(url, context, nextLoad) {
    if (url.startsWith(PACKAGE) && url.endsWith('.ts') && !url.slice(PACKAGE.length).includes('node_modules/')) {
      const source = readFileSync(fileURLToPath(url), 'utf8');
      return { format: 'module', source: stripTypeScriptTypes(source), shortCircuit: true };
    }
    return nextLoad(url, context);
  },
});

const { main } = await import('./main.ts');
await main(process.argv.slice(2));
