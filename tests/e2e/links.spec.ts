/** Every internal link and anchor of the built site resolves (linkinator over dist/, fragments too). */
import { expect, test } from '@playwright/test';
import { crawl, DIST, sitemapPaths } from './helpers.ts';

test('the built site has no broken internal links or anchors', async () => {
  test.setTimeout(180_000);
  const { broken, reached: urls } = await crawl(DIST, {
    concurrency: 20,
    // The `/` redirect page names its target with the site's full address (SITE_URL); check it as a
    // path of the built site instead of trying to reach that address.
    urlRewriteExpressions: [{ pattern: /^https?:\/\/localhost:4321\//, replacement: '/' }],
  });
  expect(broken).toEqual([]);
  // The crawl reached every page of the sitemap by following links from the home page.
  // Linkinator reports pages as paths under the folder it serves.
  const root = DIST.replace(/\/$/, '');
  const reached = new Set(urls.map((url) => url.replace(root, '')));
  expect(sitemapPaths().filter((p) => !reached.has(p))).toEqual([]);
});
