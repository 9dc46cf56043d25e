/**
 * Reading on a phone (360 × 800) and in Chinese: a compact header, no page wider than the screen,
 * wide tables that scroll with their first column in view, "On this page" on long pages, and Chinese
 * text set with full-width punctuation in a CJK font.
 */
import { expect, test } from '@playwright/test';
import { framework, sitemapPaths } from './helpers.ts';

test.use({ viewport: { width: 360, height: 800 } });

test('the header takes at most a quarter of a phone screen, and every section stays one swipe away', async ({
  page,
}) => {
  for (const path of ['/en/', '/zh-cn/']) {
    await page.goto(path);
    const header = await page.locator('header.tb-header').boundingBox();
    expect(header?.height ?? Infinity, path).toBeLessThanOrEqual(800 / 4);
    // The sections scroll sideways in one line; the last one can be reached.
    const items = page.locator('.tb-nav li');
    const tops = await items.evaluateAll((lis) => new Set(lis.map((li) => li.getBoundingClientRect().top)).size);
    expect(tops, path).toBe(1);
    const last = items.last().getByRole('link');
    await last.scrollIntoViewIfNeeded();
    await expect(last).toBeInViewport();
  }
});

test('no page is wider than a phone screen (code blocks and tables included)', async ({ page }) => {
  const en = await framework(page, 'en');
  const paths = [
    '/en/',
    '/zh-cn/',
    ...en.pages.flatMap((p) => [`/en/${p.id}/`, `/zh-cn/${p.id}/`]),
    `/en/levels/${en.levels[0]?.id}/`,
    '/en/compare/cs-junior/cs-intermediate/',
    '/zh-cn/compare/cs-junior/cs-intermediate/',
    '/en/assess/',
    '/zh-cn/trainings/',
  ];
  for (const path of paths) {
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, path).toBeLessThanOrEqual(360);
  }
});

test('the lattice scrolls sideways with the grade column and the caption in view', async ({ page }) => {
  await page.goto('/zh-cn/');
  const box = page.locator('.tb-scroll').first();
  await expect(page.getByText('左右滑动可查看所有列。')).toBeVisible();
  const firstCell = box.locator('tbody th').first();
  const before = await firstCell.boundingBox();
  const scrolled = await box.evaluate((el) => {
    el.scrollLeft = 400;
    return el.scrollLeft;
  });
  expect(scrolled).toBeGreaterThan(0);
  const after = await firstCell.boundingBox();
  expect(after?.x).toBe(before?.x);
  await expect(box.locator('caption')).toBeInViewport({ ratio: 1 });
  // Wide enough that a Chinese level title is not broken every two characters.
  const link = box.locator('td a').first();
  const lines = await link.evaluate((a) => a.getClientRects().length);
  expect(lines).toBe(1);
});

test('a long guide has "On this page", and each entry leads to its section', async ({ page }) => {
  const en = await framework(page, 'en');
  const guide = en.pages.find((p) => p.kind === 'guide' && p.id === 'editing-the-handbook') ?? en.pages[0];
  await page.goto(`/en/${guide?.id}/`);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const links = toc.getByRole('link');
  expect(await links.count()).toBeGreaterThanOrEqual(3);
  for (const link of await links.all()) {
    const id = ((await link.getAttribute('href')) ?? '').slice(1);
    await expect(page.locator(`h2[id="${id}"]`)).toHaveText((await link.textContent()) ?? '');
  }
  await links.last().click();
  await expect(page.locator(`h2[id="${((await links.last().getAttribute('href')) ?? '').slice(1)}"]`)).toBeInViewport();
});

/** An ASCII comma, colon, semicolon or bracket next to a Chinese character. */
const ASCII_BESIDE_CJK = /[\u3400-\u9fff][,:;()]|[,:;()] ?[\u3400-\u9fff]/;

test('Chinese pages use full-width punctuation in the text Trackbook writes, and a CJK font', async ({ page }) => {
  const ascii = ASCII_BESIDE_CJK;
  const offenders: string[] = [];
  const paths = sitemapPaths().filter((p) => p.startsWith('/zh-cn/'));
  expect(paths.length).toBeGreaterThan(20);
  for (const path of paths) {
    const html = await (await page.request.get(path)).text();
    const text = html
      // Code is quoted as written (`develops:`), not prose.
      .replace(/<(script|style|code)[\s\S]*?<\/\1>/g, '')
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ');
    const match = text.match(ascii);
    if (match)
      offenders.push(`${path}: …${text.slice(Math.max(0, (match.index ?? 0) - 12), (match.index ?? 0) + 12)}…`);
  }
  expect(offenders).toEqual([]);

  await page.goto('/zh-cn/');
  const heading = page.getByRole('heading', { level: 1 });
  const style = await heading.evaluate((h) => {
    const { fontWeight, fontFamily } = getComputedStyle(h);
    return { fontWeight, fontFamily };
  });
  expect(Number(style.fontWeight)).toBeGreaterThanOrEqual(700);
  // A CJK family comes before the system UI font, so the heading is set (and emboldened) in it.
  const families = style.fontFamily.split(',').map((f) => f.trim().replace(/['"]/g, ''));
  expect(families.indexOf('WenQuanYi Zen Hei')).toBeGreaterThanOrEqual(0);
  expect(families.indexOf('WenQuanYi Zen Hei')).toBeLessThan(families.indexOf('system-ui'));
});

test('the Chinese self-assessment writes its results with full-width punctuation too', async ({ page }) => {
  await page.goto('/zh-cn/assess/?target=cs-intermediate');
  const form = page.locator('[data-form]:not([inert])');
  await expect(form).toBeVisible();
  await form.locator('select[name="current"]').selectOption('cs-junior');
  for (const c of ['communication', 'customer-empathy', 'problem-solving'])
    await form.locator(`input[name="rating:${c}"][value="1"]`).check();
  await form.locator('button[type="submit"]').click();
  const results = page.locator('[data-results]');
  await expect(results.locator('.tb-plan li').first()).toBeVisible();
  await expect(results.locator('.tb-criteria-status li').first()).toBeVisible();
  const text = ((await results.textContent()) ?? '').replace(/\s+/g, ' ');
  const match = text.match(ASCII_BESIDE_CJK);
  // The offending text with a little context, or nothing.
  expect(match && text.slice(Math.max(0, (match.index ?? 0) - 12), (match.index ?? 0) + 12)).toBeNull();
  await expect(results.locator('.tb-plan li').first()).toContainText('（');
});

test('a page printed from a browser in dark mode prints in the light colours', async ({ page }) => {
  await page.goto('/zh-cn/levels/cs-senior/');
  const colours = () =>
    page
      .locator('.tb-expectations thead th')
      .first()
      .evaluate((th) => {
        const style = getComputedStyle(th);
        return { background: style.backgroundColor, text: getComputedStyle(document.body).color };
      });
  await page.emulateMedia({ colorScheme: 'dark', media: 'screen' });
  const screen = await colours();
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  const paper = await colours();
  // On screen the table head is dark; on paper it is light and the text black.
  expect(screen.background).not.toBe(paper.background);
  expect(paper.text).toBe('rgb(0, 0, 0)');
  const [r = 0, g = 0, b = 0] = (paper.background.match(/\d+/g) ?? []).map(Number);
  expect(paper.background === 'rgba(0, 0, 0, 0)' || (r + g + b) / 3 > 200, paper.background).toBe(true);
});
