import { expect, test, type Page } from '@playwright/test';
import { enterAs, seed } from './kid-actions.js';

/**
 * A keyboard-only kid Tabs round every screen: each stop is something they can see (never the
 * page itself or a hidden box), and Tab goes round in a loop, back to where it started. The
 * profile screen has a way back to the title. The map's places read in order, 1 2 3 then 4 5 6.
 */

const KID = { id: 'kid-keys', name: 'Ravi', avatar: 'fox' };

interface Stop {
  name: string;
  visible: boolean;
}

/** What has focus, and whether it (or the picture tile of a visually hidden radio) can be seen. */
async function focusedStop(page: Page): Promise<Stop> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!(active instanceof HTMLElement) || active === document.body) return { name: 'the page itself', visible: false };
    const label = active.id ? document.querySelector<HTMLElement>(`label[for="${active.id}"]`) : null;
    const own = active.getBoundingClientRect();
    const drawn = active.closest<HTMLElement>('.editor-host') ?? (own.width * own.height < 16 && label ? label : active);
    const box = drawn.getBoundingClientRect();
    const style = getComputedStyle(drawn);
    const visible =
      box.width >= 4 &&
      box.height >= 4 &&
      box.bottom > 0 &&
      box.top < innerHeight &&
      box.right > 0 &&
      box.left < innerWidth &&
      style.visibility !== 'hidden' &&
      Number(style.opacity) > 0.1;
    const text = (active.getAttribute('aria-label') ?? active.textContent ?? '').trim().slice(0, 40);
    return { name: `${active.tagName.toLowerCase()} "${text}"`, visible };
  });
}

/** Tabs round the screen until focus is back where it started; every stop on the way must be seen. */
async function walkRound(page: Page, where: string, limit = 60): Promise<string[]> {
  // where Tab goes first: the walk is round when it is back there (the screen's first focus may
  // be its heading, which is no Tab stop)
  let start: Awaited<ReturnType<Page['evaluateHandle']>> | null = null;
  const names: string[] = [];
  for (let press = 0; press < limit; press += 1) {
    // the spell editor keeps Tab for indenting: Escape first lets the next Tab leave it
    if (await page.evaluate(() => document.activeElement?.classList.contains('cm-content'))) await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    const stop = await focusedStop(page);
    expect(stop.visible, `${where}: Tab stop ${press + 1} is ${stop.name}, which cannot be seen`).toBe(true);
    if (start === null) start = await page.evaluateHandle(() => document.activeElement);
    else if (await page.evaluate((first) => document.activeElement === first, start)) return names;
    names.push(stop.name);
  }
  throw new Error(`${where}: Tab never came back round (${names.join(', ')})`);
}

test('every stop of a keyboard walk can be seen, and Tab goes round each screen in a loop', async ({ page }) => {
  test.setTimeout(120_000);
  await seed(page, KID, []);
  await page.goto('/');
  await expect(page.locator('body')).toHaveAttribute('data-title-ready', 'true');
  const title = await walkRound(page, 'title');
  expect(title).toContain('button "Enter the school"');
  // Shift+Tab goes round the other way, with no hidden stop either
  await page.keyboard.press('Shift+Tab');
  expect((await focusedStop(page)).visible).toBe(true);

  await page.getByRole('button', { name: 'Enter the school' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'profile');
  const profile = await walkRound(page, 'profile');
  expect(profile).toContain('button "Back to the start"');

  // the way back from the profile screen, then in again
  await page.getByRole('button', { name: 'Back to the start' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'title');
  await expect(page.getByRole('button', { name: 'Teacher' })).toBeVisible();

  await enterAs(page, KID.name);
  await walkRound(page, 'map');
  await page.locator('button[data-chapter="refcount"]').click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'chapter');
  await walkRound(page, 'chapter');
  await page.getByRole('button', { name: /Another Holder/ }).click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'level');
  // the Cast button has its name once Python is awake (before, it says it is waiting)
  await expect(page.locator('body')).toHaveAttribute('data-python-ready', 'true', { timeout: 60_000 });
  const lesson = await walkRound(page, 'lesson');
  expect(lesson.some((name) => name.includes('Cast the spell'))).toBe(true);
});

test('the map reads in order: 1 2 3 on the top row, 4 5 6 below, left to right', async ({ page }) => {
  await seed(page, KID, []);
  await enterAs(page, KID.name);
  const boxes = await page
    .locator('.map-places > li')
    .evaluateAll((items) => items.map((item) => item.getBoundingClientRect().toJSON() as DOMRect));
  expect(boxes).toHaveLength(6);
  const rows = [boxes.slice(0, 3), boxes.slice(3)];
  for (const row of rows) {
    // one row, left to right
    expect(new Set(row.map((box) => Math.round(box.top))).size).toBe(1);
    expect(row.map((box) => box.left)).toEqual([...row.map((box) => box.left)].sort((a, b) => a - b));
  }
  expect(rows[1]![0]!.top).toBeGreaterThan(rows[0]![0]!.top);
});
