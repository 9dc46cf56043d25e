/**
 * The career-fit page as a candidate uses it, on the Service Advance Track fixture: by keyboard one
 * question at a time, all at once with questions left open, the result checked against figures
 * worked out by hand, carried by a share link into a fresh browser (and refused when damaged), in
 * Chinese, on a 360 px phone, printed, and without a request leaving the site.
 *
 * The case (answer positions from 0, in question order): busy-queue 4, colleague-stuck 0,
 * angry-customer 3, good-day 3, giving-feedback 2, pace 4, asked-for 3, new-product 1,
 * responsibility 3, numbers 3. Training gets 3 from each of seven answers, 2 from giving-feedback
 * and 2 from numbers: 25 of the 26 the ten questions could give it (96 %), from 9 answers. Team
 * leadership gets 3 (angry-customer) + 2 (giving-feedback) = 5 of 27 (19 %); quality assurance 1
 * (numbers) of 29 (3 %); customer service and VIP accounts nothing, so they keep the track order.
 * Strengths: coaching others 7, communication 3, then performance analysis and planning 1 each
 * (alphabetical): the first three are shown.
 */
import { expect, test, type Page } from '@playwright/test';

const CASE: [string, number][] = [
  ['busy-queue', 4],
  ['colleague-stuck', 0],
  ['angry-customer', 3],
  ['good-day', 3],
  ['giving-feedback', 2],
  ['pace', 4],
  ['asked-for', 3],
  ['new-product', 1],
  ['responsibility', 3],
  ['numbers', 3],
];
const RANKING = ['training', 'team-leadership', 'quality-assurance', 'customer-service', 'vip-accounts'];

const question = (page: Page, id: string) => page.locator(`[data-question="${id}"]`);
const cards = (page: Page) => page.locator('[data-ranking] > [data-track]');

/** Answers the case with all questions shown, and asks for the result. */
async function answerAll(page: Page, all = 'All at once'): Promise<void> {
  await page.getByLabel(all).check();
  for (const [id, option] of CASE) await question(page, id).locator('input').nth(option).check();
  await page.locator('[data-form] button[type="submit"]').click();
}

/** Answers the case one question at a time, by keyboard only. */
async function answerByKeyboard(page: Page): Promise<void> {
  for (const [i, [id, option]] of CASE.entries()) {
    await expect(question(page, id)).toBeVisible();
    // Next moved the keyboard onto this question's answers.
    await expect(question(page, id).locator('input').first()).toBeFocused();
    await page.keyboard.press('Space');
    for (let k = 0; k < option; k++) await page.keyboard.press('ArrowDown');
    if (i < CASE.length - 1) {
      await page.locator('[data-next]').focus();
      await page.keyboard.press('Enter');
      await expect(question(page, id)).toBeHidden();
    }
  }
  await page.locator('[data-form] button[type="submit"]').focus();
  await page.keyboard.press('Enter');
}

async function expectCaseResult(page: Page, locale: 'en' | 'zh-cn'): Promise<void> {
  const result = page.locator('[data-result]');
  await expect(result).toBeVisible();
  await expect(cards(page)).toHaveCount(RANKING.length);
  expect(await cards(page).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['track']))).toEqual(RANKING);
  const first = cards(page).first();
  const second = cards(page).nth(1);
  if (locale === 'en') {
    await expect(first.locator('h3')).toHaveText('No. 1 Training');
    await expect(first.locator('[data-match]')).toHaveText('96 % match');
    await expect(second.locator('[data-match]')).toHaveText('19 % match');
    await expect(cards(page).nth(3).locator('[data-match]')).toHaveText('Your answers did not point here');
    await expect(page.locator('[data-strengths]')).toHaveText(
      'Your answers also point to these strengths: Coaching others, Communication, Performance analysis',
    );
  } else {
    await expect(first.locator('h3')).toHaveText('第 1 名 培训');
    await expect(first.locator('[data-match]')).toHaveText('匹配度 96%');
    await expect(page.locator('[data-strengths]')).toHaveText('你的回答还体现了这些优势：辅导他人、沟通表达、绩效分析');
  }
  await expect(first.locator('[data-reasons] > li')).toHaveCount(9);
  await expect(second.locator('[data-reasons] > li')).toHaveCount(2);
  await expect(cards(page).nth(3).locator('[data-reasons-box]')).toBeHidden();
}

test.describe('career fit', () => {
  test('by keyboard, one question at a time, ranks the tracks with the answers behind them', async ({ page }) => {
    await page.goto('/en/fit/');
    await expect(page.locator('[data-stepper]')).toBeVisible();
    await expect(page.locator('[data-question]:visible')).toHaveCount(1);
    await question(page, 'busy-queue').locator('input').first().focus();
    await answerByKeyboard(page);
    await expectCaseResult(page, 'en');
    await expect(page.locator('[data-result]')).toBeFocused();
    const reason = cards(page).nth(1).locator('[data-reasons] > li').first();
    await expect(reason).toContainText('To back up the agent who took the call');
    await expect(reason).toContainText('strongly');
    await expect(reason).toContainText('A customer has called three times');
  });

  test('all at once: questions left open are counted and the first of them is focused', async ({ page }) => {
    await page.goto('/en/fit/');
    await page.getByLabel('All at once').check();
    await expect(page.locator('[data-question]:visible')).toHaveCount(CASE.length);
    await expect(page.locator('[data-stepper]')).toBeHidden();
    for (const [id, option] of CASE.slice(0, -2)) await question(page, id).locator('input').nth(option).check();
    await page.locator('[data-form] button[type="submit"]').click();
    await expect(page.getByRole('alert')).toHaveText(/Answer every question to see your result: 2 still open\./);
    await expect(question(page, 'responsibility').locator('input').first()).toBeFocused();
    await expect(page.locator('[data-result]')).toBeHidden();
    for (const [id, option] of CASE.slice(-2)) await question(page, id).locator('input').nth(option).check();
    await page.locator('[data-form] button[type="submit"]').click();
    await expectCaseResult(page, 'en');
  });

  test('the entry level, a typical first year and a way into the self-assessment for each track', async ({ page }) => {
    await page.goto('/en/fit/');
    await answerAll(page);
    const training = page.locator('[data-track="training"]');
    await expect(training.getByRole('link', { name: 'Trainer', exact: true })).toHaveAttribute(
      'href',
      '/en/levels/trainer/',
    );
    await expect(training.getByText('Colleagues usually move in from')).toBeVisible();
    await expect(training.getByRole('heading', { name: 'A typical first year' })).toBeVisible();
    await training.getByRole('link', { name: 'Assess yourself for Trainer' }).click();
    await expect(page).toHaveURL(/\/en\/assess\/\?target=trainer$/);
    await expect(page.locator('select[name="target"]')).toHaveValue('trainer');
  });

  test('a share link shows the same result in a fresh browser; a damaged one is refused', async ({ page, browser }) => {
    await page.goto('/en/fit/');
    await answerAll(page);
    await page.getByRole('button', { name: 'Copy a share link' }).click();
    const link = await page.locator('[data-share-link]').inputValue();
    expect(link).toMatch(/\/en\/fit\/#f1\.[0-9a-f]{8}\./);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(link);
    await expect(other.locator('[data-messages]')).toContainText('The answers in the link were loaded.');
    await expectCaseResult(other, 'en');

    const hash = new URL(link).hash;
    const damaged = `${hash.slice(0, -3)}${hash.endsWith('A') ? 'B' : 'A'}${hash.slice(-2)}`;
    await other.goto('/en/');
    await other.goto(`/en/fit/${damaged}`);
    await expect(other.getByRole('alert')).toContainText('This link is damaged');
    await expect(other.locator('[data-result]')).toBeHidden();
    await expect(other.locator('[data-question] input:checked')).toHaveCount(0);
    await fresh.close();
  });

  test('in Chinese, the same answers give the same ranking, in Chinese', async ({ page }) => {
    await page.goto('/zh-cn/fit/');
    await expect(page.locator('h1')).toHaveText('找到适合你的发展通道');
    await question(page, 'busy-queue').locator('input').first().focus();
    await answerByKeyboard(page);
    await expectCaseResult(page, 'zh-cn');
    await expect(
      page.locator('[data-track="training"]').getByRole('link', { name: '以培训师为目标做自评' }),
    ).toBeVisible();
  });

  test('on a 360 px phone the result fits the screen, and printing leaves the questions out', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/zh-cn/fit/');
    await answerAll(page, '全部显示');
    await expect(page.locator('[data-result]')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-form]')).toBeHidden();
    await expect(page.locator('[data-ranking]')).toBeVisible();
    await expect(page.locator('[data-result] .tb-no-print').first()).toBeHidden();
  });

  test('is linked from the home page, the lattice and the FAQ', async ({ page }) => {
    for (const locale of ['en', 'zh-cn']) {
      await page.goto(`/${locale}/`);
      await expect(page.locator(`.tb-quick a[href="/${locale}/fit/"]`)).toBeVisible();
      await expect(page.locator(`.tb-fit-hint a[href="/${locale}/fit/"]`)).toBeVisible();
      await page.goto(`/${locale}/faq/`);
      await page.locator('main a[href="../fit/"]').click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/fit/$`));
    }
  });

  test('makes no request beyond the site, and none carries the answers', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('/en/fit/');
    await answerAll(page);
    await page.getByRole('button', { name: 'Copy a share link' }).click();
    await expect(page.locator('[data-share-link]')).toBeVisible();
    const origin = new URL(page.url()).origin;
    expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
    expect(requests.filter((url) => url.includes('#') || url.includes('?'))).toEqual([]);
  });
});
