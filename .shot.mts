import { chromium } from '@playwright/test';
const [url, out, w, h, y, mode] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: Number(w), height: Number(h) }, colorScheme: mode === 'dark' ? 'dark' : 'light' });
if (mode === 'print') await p.emulateMedia({ media: 'print' });
await p.goto(url, { waitUntil: 'networkidle' }); await p.waitForTimeout(300);
await p.evaluate((yy) => window.scrollTo(0, yy), Number(y ?? 0));
await p.screenshot({ path: out, fullPage: mode === 'print' });
await b.close();
