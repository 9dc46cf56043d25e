/** Text `trackbook new` leaves in a translation is not a translation: it counts as untranslated. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { PLACEHOLDERS, placeholderFields } from '../../src/framework/placeholders.ts';
import { checkContent } from '../../src/node/check-content.ts';
import { BASE, copyToTemp } from '../helpers/content.ts';

const dir = copyToTemp(BASE, 'trackbook-placeholder-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it.each([
  [{ title: '新培训', summary: '真正的摘要' }, '', ['title']],
  [{ title: 'Basics', summary: PLACEHOLDERS.level.en.summary }, PLACEHOLDERS.track['zh-cn'].body, ['summary', 'body']],
  [{ title: '基础课程', summary: '第一周。' }, '入职第一周的课程。', []],
])('finds the placeholder fields of %j', (data, body, fields) => {
  expect(placeholderFields(data, body)).toEqual(fields);
});

it('a translation still holding the scaffold title shows the default text and counts as untranslated', async () => {
  mkdirSync(join(dir, 'translations/zh-cn/trainings'), { recursive: true });
  writeFileSync(
    join(dir, 'translations/zh-cn/trainings/basics.md'),
    `---\ntitle: ${PLACEHOLDERS.training['zh-cn'].title}\nsummary: 入职第一周。\n---\n\n${PLACEHOLDERS.training['zh-cn'].body}\n`,
  );
  const result = await checkContent(dir);
  expect(result.errorCount).toBe(0);
  const zh = result.frameworks?.['zh-cn']?.trainings.find((t) => t.id === 'basics');
  const en = result.frameworks?.en?.trainings.find((t) => t.id === 'basics');
  expect(zh?.title).toBe(en?.title);
  expect(zh?.summary).toBe('入职第一周。');
  expect(zh?.missing).toEqual(expect.arrayContaining(['title', 'body']));
  expect(zh?.fallback).toBe(true);
});
