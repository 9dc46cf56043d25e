/**
 * Search for real, in the browser, against the Pagefind index built after the site: an English term
 * from the header on any page, a Chinese term on the Chinese site, filters, and the no-results state.
 * Reading pages load nothing for search until the reader searches.
 */
import { expect, test, type Page } from '@playwright/test';
import { framework, LOCALES } from './helpers.ts';

test('search an English term from the header and open a result', async ({ page }) => {
  await page.goto('/en/levels/cs-junior/');
  await page.getByRole('searchbox', { name: 'Search the handbook' }).fill('masterclass');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/search\/\?q=masterclass$/);
  const results = page.locator('[data-results] > li');
  await expect(results.first()).toBeVisible();
  await expect(page.getByRole('status')).toContainText('for “masterclass”');
  await expect(results.first().locator('mark').first()).toBeVisible();
  await page.getByRole('link', { name: 'Complaint resolution masterclass' }).click();
  await expect(page).toHaveURL(/\/en\/trainings\/complaint-resolution-masterclass\/$/);
});

test('search a Chinese term on the Chinese site and open a Chinese page', async ({ page }) => {
  const zh = await framework(page, 'zh-cn');
  const complaints = zh.competencies.find((c) => c.id === 'complaint-handling');
  await page.goto('/zh-cn/');
  await page.getByRole('searchbox', { name: '搜索手册' }).fill('投诉');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zh-cn\/search\/\?q=/);
  await expect(page.getByRole('status')).toContainText('“投诉”共有');
  const link = page.locator('[data-results]').getByRole('link', { name: complaints?.title ?? '', exact: true });
  await link.click();
  await expect(page).toHaveURL(/\/zh-cn\/competencies\/complaint-handling\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('filter results by content type', async ({ page }) => {
  await page.goto('/en/search/?q=complaint');
  const results = page.locator('[data-results] > li');
  const count = async () => Number((await page.getByRole('status').textContent())?.match(/^\d+/)?.[0]);
  await expect(results.first()).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(/^\d+/);
  const all = await count();
  await page.getByLabel('Type').selectOption('Training');
  await expect(page).toHaveURL(/type=Training/);
  await expect(results.first()).toContainText('Training');
  // The count is read once the filtered search is done (not while it says "Searching…").
  await expect(page.getByRole('status')).toHaveText(/^\d+/);
  await expect(page.locator('[data-results]')).toHaveAttribute('aria-busy', 'false');
  const trainings = await count();
  expect(trainings).toBeGreaterThan(0);
  expect(trainings).toBeLessThan(all);
  for (const item of await results.all()) await expect(item.locator('.tb-meta span').first()).toHaveText('Training');
});

test('more results are shown on request, and focus moves to the first new one', async ({ page }) => {
  await page.goto('/en/search/?q=customer');
  const results = page.locator('[data-results] > li');
  await expect(results).toHaveCount(6);
  const total = Number((await page.getByRole('status').textContent())?.match(/^\d+/)?.[0]);
  expect(total).toBeGreaterThan(6);
  await page.getByRole('button', { name: /Show more results/ }).click();
  await expect(results).toHaveCount(Math.min(12, total));
  await expect(results.nth(6).getByRole('link')).toBeFocused();
});

test('a search with no results says what to try and offers ways to browse', async ({ page }) => {
  await page.goto('/en/search/?q=zzqxj');
  await expect(page.getByRole('status')).toHaveText(
    'Nothing found for “zzqxj”. Try a shorter or more general word, check the spelling, or remove a filter.',
  );
  await expect(page.locator('[data-results] > li')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Competencies' }).last()).toBeVisible();
});

test('reading pages load no JavaScript and nothing from search until the reader searches', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  for (const path of ['/en/', '/en/levels/cs-senior/', '/zh-cn/competencies/communication/', '/en/faq/']) {
    await page.goto(path);
  }
  expect(requested.filter((p) => p.endsWith('.js') || p.startsWith('/pagefind/'))).toEqual([]);
  await page.getByRole('searchbox', { name: 'Search the handbook' }).fill('coaching');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-results] > li').first()).toBeVisible();
  expect(requested.some((p) => p.startsWith('/pagefind/'))).toBe(true);
});

/** Every entry with a page of its own, as its title and the address of that page. */
async function titledPages(page: Page, locale: string): Promise<{ title: string; url: string }[]> {
  const f = await framework(page, locale);
  const collections = ['tracks', 'levels', 'competencies', 'trainings', 'pages'] as const;
  const folder = {
    tracks: 'tracks/',
    levels: 'levels/',
    competencies: 'competencies/',
    trainings: 'trainings/',
    pages: '',
  };
  return collections.flatMap((c) => f[c].map((e) => ({ title: e.title, url: `/${locale}/${folder[c]}${e.id}/` })));
}

/** The first `limit` result addresses of each query, as the search page ranks them, in one go. */
async function ranked(page: Page, locale: string, queries: string[], limit?: number): Promise<string[][]> {
  await page.goto(`/${locale}/search/`);
  return page.evaluate(
    async ({ queries, limit }) => {
      await customElements.whenDefined('tb-search');
      const search = document.querySelector('tb-search') as HTMLElement & {
        rankedUrls(query: string, limit?: number): Promise<string[]>;
      };
      const urls: string[][] = [];
      for (const query of queries) urls.push(await search.rankedUrls(query, limit));
      return urls;
    },
    { queries, limit },
  );
}

for (const locale of LOCALES) {
  test(`every entry's title finds its own page first (${locale})`, async ({ page }) => {
    const entries = await titledPages(page, locale);
    const firsts = await ranked(
      page,
      locale,
      entries.map((e) => e.title),
      1,
    );
    const misses = entries.flatMap((e, i) => (firsts[i]?.[0] === e.url ? [] : [`${e.title}: ${firsts[i]?.[0]}`]));
    expect(entries.length).toBeGreaterThan(50);
    expect(misses).toEqual([]);
  });
}

test('a Chinese query of several characters shows the pages with it as a phrase first', async ({ page }) => {
  const queries = ['服务经理', '团队管理', '沟通技巧', '问题解决'];
  const orders = await ranked(page, 'zh-cn', queries);
  // Which pages hold each query as a contiguous phrase, read from the pages' indexed text.
  const phrased = await page.evaluate(async (queries) => {
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    const sets: string[][] = [];
    for (const query of queries) {
      const search = await pagefind.search(query);
      const pages = await Promise.all(
        search.results.map((r: { data(): Promise<{ url: string; content: string }> }) => r.data()),
      );
      sets.push(pages.filter((p) => p.content.replace(/\s+/g, '').includes(query)).map((p) => p.url));
    }
    return sets;
  }, queries);
  queries.forEach((query, i) => {
    const marks = (orders[i] ?? []).map((url) => (phrased[i]?.includes(url) ? 'P' : '.')).join('');
    // Both kinds are there, and every page with the phrase comes before every page without it.
    expect(marks, query).toMatch(/^P+\.+$/);
  });
});

for (const [typo, word] of [
  ['promtion', 'promotion'],
  ['empathey', 'empathy'],
  ['coching', 'coaching'],
] as const) {
  test(`a misspelt search (${typo}) suggests ${word}, and the suggestion runs that search`, async ({ page }) => {
    await page.goto(`/en/search/?q=${typo}`);
    // Nothing or next to nothing is found ("coching" matches two pages), so corrections are offered.
    await expect(page.getByRole('status')).toContainText(`for “${typo}”`);
    await expect(page.getByText('Did you mean')).toContainText(`Did you mean ${word}`);
    await page.getByRole('link', { name: word, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/en/search/\\?q=${word}$`));
    await expect(page.locator('[data-results] > li').first()).toBeVisible();
    await expect(page.getByText('Did you mean')).toHaveCount(0);
  });
}

test('the Chinese search page words the suggestion in Chinese, from its own vocabulary', async ({ page }) => {
  // The Chinese handbook's Latin-script words are few ("VIP" among them); Chinese typos are not guessed.
  await page.goto('/zh-cn/search/?q=vpi');
  await expect(page.getByText('您是不是要找')).toHaveText('您是不是要找 vip？');
  await expect(page.getByRole('link', { name: 'vip', exact: true })).toHaveAttribute('href', '/zh-cn/search/?q=vip');
});
