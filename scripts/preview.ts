/**
 * The built site served by `astro preview` for the benchmark scripts, on a port of their own (the
 * end-to-end tests use 4322). Resolves once `/en/` answers; `stop()` ends the server.
 */
import { spawn } from 'node:child_process';

export async function startPreview(port: number): Promise<{ base: string; stop: () => void }> {
  const server = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'preview', '--port', String(port), '--force'],
    { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: 'ignore' },
  );
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 50; i++) {
    if (
      await fetch(`${base}/en/`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return { base, stop: () => server.kill() };
}
