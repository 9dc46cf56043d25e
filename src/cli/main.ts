/**
 * `trackbook <command>`: the package's command line, for HR's terminal and for CI. Each command lives
 * in `commands/` and reads its own options.
 */
import { CONTENT_FOLDER_MISSING } from '../node/read-content.ts';

const COMMANDS = {
  init: {
    summary: "start a new organisation's handbook in an empty folder",
    load: () => import('./commands/init.ts'),
  },
  check: {
    summary: 'check the content: every problem with file, field and fix',
    load: () => import('./commands/check.ts'),
  },
  new: {
    summary: 'start a track, level, competency or training, every field explained',
    load: () => import('./commands/new.ts'),
  },
  import: {
    summary: 'turn a competency-matrix spreadsheet (CSV) into content files',
    load: () => import('./commands/import.ts'),
  },
  export: { summary: 'write the competency matrix as a spreadsheet (CSV)', load: () => import('./commands/export.ts') },
  verify: {
    summary: 'check a built site: links, HTML, accessibility, security policy, requests, sizes',
    load: () => import('./commands/verify.ts'),
  },
} as const;

type CommandName = keyof typeof COMMANDS;

function help(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `usage: trackbook <command> [options]\n\ncommands:\n${lines.join('\n')}`;
}

export async function main(argv: string[]): Promise<void> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(help());
    return;
  }
  if (!(name in COMMANDS)) {
    console.error(`trackbook: unknown command \`${name}\`\n\n${help()}`);
    process.exitCode = 2;
    return;
  }
  const command = await COMMANDS[name as CommandName].load();
  try {
    await command.default(args);
  } catch (error) {
    // A mistyped option or a missing content folder: say which, not where in Node it was noticed.
    const code = (error as { code?: string }).code ?? '';
    if (!code.startsWith('ERR_PARSE_ARGS_') && code !== CONTENT_FOLDER_MISSING) throw error;
    console.error(`trackbook ${name}: ${(error as Error).message}`);
    process.exitCode = 2;
  }
}
