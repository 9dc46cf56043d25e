/**
 * `npm run new -- <track|level|competency|training> <id> [--track <track id>]`: creates a new entry in
 * content/ and its translations (en, zh-cn), every field explained, marked as a draft until it is ready.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostic, suggestId } from '../../framework/diagnostics.ts';
import { checkContent, checkContentApartFrom } from '../../node/check-content.ts';
import { formatReport } from '../../node/report.ts';
import { entryPath, scaffold, SCAFFOLD_KINDS, type ScaffoldKind } from '../../node/scaffold.ts';

export default async function run(args: string[]): Promise<void> {
  const usage = `usage: npm run new -- <${SCAFFOLD_KINDS.join('|')}> <id> [--track <track id>]`;
  const parsed = parseOptions(args);
  if (typeof parsed === 'string') {
    console.error(`${parsed}\n${usage}`);
    process.exit(2);
  }
  const { values, positionals } = parsed;
  const [kind, id] = positionals;
  if (kind !== undefined && !SCAFFOLD_KINDS.includes(kind as ScaffoldKind)) {
    const near = suggestId(kind, SCAFFOLD_KINDS);
    console.error(
      `\`${kind}\` is not something npm run new makes: ${near === undefined ? `use one of ${SCAFFOLD_KINDS.join(', ')}` : `did you mean \`${near}\`?`}\n${usage}`,
    );
    process.exit(2);
  }
  if (kind === undefined || id === undefined) {
    console.error(usage);
    process.exit(2);
  }
  const dir = resolve(values.content);
  const full = await checkContent(dir);
  // A broken file elsewhere does not stop a new entry; one the entry is made in or on does.
  const apart = full.frameworks === null ? await checkContentApartFrom(dir) : null;
  const concerned = [
    entryPath(kind as ScaffoldKind, id),
    ...(values.track === undefined ? [] : [`tracks/${values.track}.md`]),
  ];
  const current = apart?.result ?? full;
  const framework = Object.values(current.frameworks ?? {})[0];
  if (framework === undefined || concerned.some((file) => apart?.left.has(file))) {
    console.error('The content has errors; fix them first:\n');
    console.error(formatReport(full));
    process.exit(1);
  }
  const result = scaffold(
    framework,
    kind as ScaffoldKind,
    id,
    values.track === undefined ? { drafts: current.drafts } : { track: values.track, drafts: current.drafts },
  );
  if (!result.ok) {
    console.error(`Cannot create it: ${result.problem}\n${usage}`);
    process.exit(1);
  }
  for (const file of result.files) {
    const path = join(dir, file.path);
    if (existsSync(path)) {
      console.error(`Not overwriting ${path}: it already exists.`);
      process.exit(1);
    }
  }
  for (const file of result.files) {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
    console.log(`created ${join(values.content, file.path)}`);
  }
  console.log('\nNext:');
  for (const step of result.next) console.log(`  - ${step}`);
  const others = full.diagnostics.filter((d) => d.severity === 'error');
  if (others.length > 0) {
    console.log(
      `\nNote: the handbook has ${others.length === 1 ? '1 other problem' : `${others.length} other problems`}, not in the new entry:\n`,
    );
    for (const d of others) console.log(formatDiagnostic(d));
    console.log('\nRun `npm run check` for the full report; nothing is published until they are fixed.');
  }
}

/** The command's options, or what is wrong with them in one line (an unknown or incomplete option). */
function parseOptions(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: { track: { type: 'string' }, content: { type: 'string', default: 'content' } },
    });
  } catch (error) {
    // Node's message names the option: "Unknown option '--trak'. To specify a positional …".
    const message = error instanceof Error ? (error.message.split('. ')[0] ?? error.message) : String(error);
    return `${message}; the options are --track <track id> and --content <folder>`;
  }
}
