import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** What the Memory Lab's end-to-end tests share: moving by Tab alone, and axe's verdict. */

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Tab (at most `presses` times) until the focused element matches `selector`. */
export async function tabTo(page: Page, selector: string, presses = 30): Promise<void> {
  for (let i = 0; i < presses; i += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) === true, selector)) return;
    // Tab indents in the editor: Esc then Tab leaves it (what its help tells the kid)
    if (await page.evaluate(() => document.activeElement?.matches('.cm-content') === true)) await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** axe finds no serious or critical WCAG 2.1 A/AA violation on the screen as it is now. */
export async function noSeriousViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const describe = (v: (typeof blocking)[number]) => `${v.impact} ${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`;
  for (const v of results.violations) console.log(`[a11y ${screen}] ${describe(v)}`);
  expect(blocking.map(describe), `serious or critical accessibility violations on ${screen}`).toEqual([]);
}
