/** Which Chromium the end-to-end tests drive: the same choice as `trackbook verify` (src/verify/browser.ts). */
export { findBrowser, SYSTEM_CHROMIUM, SYSTEM_CHROMIUM_ARGS } from '../../src/verify/browser.ts';
