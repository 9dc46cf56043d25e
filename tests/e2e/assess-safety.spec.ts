/**
 * Nothing a person enters is lost or silently changed: the form refuses what a save could not hold,
 * with a message at the field; a one-character change to a share link is reported, never loaded as
 * another assessment; a change in another tab is offered, not overwritten; a full storage is said, and
 * the page keeps working.
 */
import { expect, test, type Page } from '@playwright/test';

const KEY = 'trackbook:assessment';

async function openForm(page: Page, query = '?target=cs-senior'): Promise<void> {
  await page.goto(`/en/assess/${query}`);
  await expect(page.locator('[data-form]:not([inert])')).toBeVisible();
}

test('a value beyond the limits is refused at its field, and the saved assessment still opens', async ({ page }) => {
  await openForm(page);
  const months = page.locator('input[name="months"]');
  await months.fill('14');
  await page.locator('input[name="rating:communication"][value="3"]').check();
  await months.fill('1201');
  await expect(page.locator('#tb-error-months')).toHaveText(
    'Enter a whole number of months from 0 to 1,200. Until then this field is not saved.',
  );
  await expect(months).toHaveAttribute('aria-invalid', 'true');
  const metric = page.locator('input[name^="metric:"]').first();
  await metric.fill('1000000000');
  await expect(page.locator('[data-error-for^="metric:"]:visible').first()).toContainText('Enter a number from');
  await page.reload();
  await expect(page.locator('[data-form]:not([inert])')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(months).toHaveValue('14');
  await expect(page.locator('input[name="rating:communication"][value="3"]')).toBeChecked();
});

test('a share link with one character changed is reported as damaged, not opened', async ({ page }) => {
  await openForm(page);
  await page.locator('input[name="rating:communication"][value="3"]').check();
  await page.getByRole('button', { name: 'Copy a share link' }).click();
  const link = await page.locator('[data-share-link]').inputValue();
  const at = link.indexOf('#a2.') + 20;
  const damaged = link.slice(0, at) + (link[at] === 'A' ? 'B' : 'A') + link.slice(at + 1);
  await page.evaluate(() => localStorage.clear());
  await page.goto(damaged);
  await expect(page.getByRole('alert')).toContainText('changed or damaged after it was made');
  await expect(page.locator('input[name="rating:communication"][value="3"]')).not.toBeChecked();
});

test('a change in another tab is offered, and never overwritten by this one', async ({ context }) => {
  const first = await context.newPage();
  await openForm(first);
  await first.locator('input[name="rating:communication"][value="2"]').check();
  const second = await context.newPage();
  await openForm(second, '');
  await expect(second.locator('input[name="rating:communication"][value="2"]')).toBeChecked();
  await second.locator('textarea[name="note:communication"]').fill('Ran the onboarding calls');

  const notice = first.getByRole('alert').filter({ hasText: 'changed in another tab' });
  await expect(notice).toBeVisible();
  // An edit here is not saved over the other tab's work while the choice is open.
  await first.locator('input[name="rating:problem-solving"][value="1"]').check();
  const saved = () => second.evaluate((key) => localStorage.getItem(key) ?? '', KEY);
  expect(await saved()).toContain('Ran the onboarding calls');
  await notice.getByRole('button', { name: 'Use the other version' }).click();
  await expect(first.locator('textarea[name="note:communication"]')).toHaveValue('Ran the onboarding calls');
});

test('full storage and an unreadable save are said, and the form still works', async ({ page }) => {
  await page.addInitScript((key) => {
    localStorage.setItem(key, 'x'.repeat(1000));
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  }, KEY);
  await openForm(page);
  await expect(page.getByRole('alert')).toContainText('could not be read');
  await page.locator('input[name="rating:communication"][value="2"]').check();
  await expect(page.locator('[data-saved]')).toHaveText(
    "Not saved: this device's storage for the site is full. Download the assessment to keep it.",
  );
  await page.getByRole('button', { name: 'Show my results' }).click();
  await expect(page.locator('[data-results]')).toBeVisible();
});

test('an earlier version can be recovered after a reset, and the restore can be undone', async ({ page }) => {
  await openForm(page);
  await page.locator('input[name="rating:communication"][value="3"]').check();
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.locator('input[name="rating:communication"][value="3"]')).not.toBeChecked();
  await page.getByText('Recover an earlier assessment').click();
  const copies = page.locator('[data-copies] li');
  await expect(copies.first()).toContainText('Senior agent, 1 rated');
  await copies.first().getByRole('button', { name: 'Restore' }).click();
  await expect(page.locator('input[name="rating:communication"][value="3"]')).toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: 'The earlier version was restored.' })).toBeVisible();
});

test('a resumed or shared assessment shows its results again, so printing prints them', async ({ page, browser }) => {
  await openForm(page);
  await page.locator('input[name="rating:communication"][value="3"]').check();
  await page.getByRole('button', { name: 'Show my results' }).click();
  await expect(page.locator('[data-results] .tb-verdict-title')).toBeVisible();
  await page.reload();
  await expect(page.locator('[data-results] .tb-verdict-title')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-results] .tb-verdict-title')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  await page.getByRole('button', { name: 'Copy a share link' }).click();
  const link = await page.locator('[data-share-link]').inputValue();
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.locator('[data-results] .tb-verdict-title')).toBeVisible();
  await fresh.close();
});

test('a lateral move is judged on entry conditions, a promotion on promotion criteria', async ({ page }) => {
  await openForm(page, '?target=qa-analyst');
  await page.locator('select[name="current"]').selectOption('cs-senior');
  await page.locator('input[name="rating:communication"][value="3"]').check();
  await page.getByRole('button', { name: 'Show my results' }).click();
  const results = page.locator('[data-results]');
  await expect(results.getByRole('heading', { level: 3, name: 'Entry conditions' })).toBeVisible();
  await expect(results.getByRole('heading', { name: 'Promotion criteria' })).toHaveCount(0);
  await page.locator('select[name="target"]').selectOption('cs-expert');
  await page.getByRole('button', { name: 'Show my results' }).click();
  await expect(results.getByRole('heading', { level: 3, name: 'Promotion criteria' })).toBeVisible();
});
