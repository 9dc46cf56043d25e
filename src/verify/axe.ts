/** Gate `axe`: axe-core's WCAG 2.2 AA rules on a loaded page, none disabled. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's violations of the loaded page, one line each with the elements it names (the first five). */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return violations.map((v) => {
    const targets = v.nodes.map((n) => n.target.join(' '));
    const more = targets.length > 5 ? ` and ${targets.length - 5} more` : '';
    return `${v.id}: ${v.help} — ${targets.slice(0, 5).join(', ')}${more}`;
  });
}
