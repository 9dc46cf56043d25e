/** Which Chromium the end-to-end tests drive: Playwright's own if installed, else the system's. */
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Flags for a root, sandboxed, offline CI machine (no GPU, no background network traffic). */
export const SYSTEM_CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function findBrowser(): { kind: 'playwright' | 'system'; path: string } | null {
  const own = chromium.executablePath();
  if (own !== '' && existsSync(own)) return { kind: 'playwright', path: own };
  if (existsSync(SYSTEM_CHROMIUM)) return { kind: 'system', path: SYSTEM_CHROMIUM };
  return null;
}
