import { expect, test, type Page } from '@playwright/test';
import { CHAPTERS, type ChapterId } from '../python-runtime/levels/level-types.js';
import { LEVELS, levelById } from '../python-runtime/levels/index.js';

/**
 * A kid plays chapter 3 (Sir GIL and the counting stick) in the web build, with every level of
 * chapters 1 and 2 passed in the seeded profile. In lesson 1 a spell that only prints the marks it
 * hopes for fails, the right one passes and the stage shows the two knights taking turns with the
 * stick. In lesson 4 the spell without a lock fails and the stage replays the order of runes the
 * stepper found that loses an update; with `with lock:` every order keeps count == 4. Every
 * outcome on the stage (data-knights-animated) is what the stepper measured in the kid's run.
 */

const SCREENSHOTS = process.env['PYLAND_SCREENSHOTS'];

/** The save document of game/model/save-data.ts (schema 1) with these levels passed. */
function seededSave(passed: string[]): string {
  const when = '2026-01-01T10:00:00.000Z';
  const levels = Object.fromEntries(
    passed.map((id) => [
      id,
      { attempts: 1, hintsUsed: 0, seconds: 60, passed: true, firstPassedAt: when, lastPlayedAt: when, lastSpell: null },
    ]),
  );
  return JSON.stringify({
    schema: 1,
    profiles: [{ id: 'knight-friend', name: 'Lancelot', avatar: 'cat', createdAt: when, levels }],
    activeProfileId: 'knight-friend',
    settings: { muted: true },
  });
}

function levelsBefore(chapter: ChapterId): string[] {
  const before = CHAPTERS.slice(0, CHAPTERS.indexOf(chapter));
  return LEVELS.filter((level) => before.includes(level.chapter)).map((level) => level.id);
}

async function seed(page: Page, passed: string[]): Promise<void> {
  // only when there is no save yet: a reload must find what the game itself saved
  await page.addInitScript((save) => {
    if (localStorage.getItem('pyland.save') === null) localStorage.setItem('pyland.save', save);
  }, seededSave(passed));
}

async function enter(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('body')).toHaveAttribute('data-title-ready', 'true');
  await page.getByRole('button', { name: 'Enter the school' }).click();
  await page.getByRole('button', { name: /Lancelot/ }).click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'map');
}

async function typeSpell(page: Page, spell: string): Promise<void> {
  const editor = page.locator('.cm-content');
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  // insertText avoids the editor's auto-indent, so the spell arrives exactly as written
  await page.keyboard.insertText(spell);
}

async function castAndWait(page: Page): Promise<void> {
  await expect(page.locator('body')).toHaveAttribute('data-python-ready', 'true', { timeout: 60_000 });
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('body')).toHaveAttribute('data-cast-state', 'done', { timeout: 30_000 });
}

async function snap(page: Page, name: string): Promise<void> {
  if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}

/** A picture in the middle of the stage's animation (only when taking screenshots). */
async function snapMidway(page: Page, name: string, ms: number): Promise<void> {
  if (!SCREENSHOTS) return;
  await page.waitForTimeout(ms);
  await snap(page, name);
}

async function lastResult(page: Page) {
  return page.evaluate(() => window.__pyland?.lastResult());
}


const BORS_MARCHES = `marks = []

def arthur():
    for step in range(5):
        marks.append("A")

def bors():
    for step in range(5):
        marks.append("B")
`;

test('two knights take turns with the counting stick under Sir GIL', async ({ page }) => {
  const earlier = levelsBefore('gil');
  expect(earlier.length).toBeGreaterThan(0);
  await seed(page, earlier);
  await enter(page);

  const place = page.locator('button[data-chapter="gil"]');
  await expect(place).not.toHaveAttribute('aria-disabled', 'true');
  await place.click();
  await page.getByRole('button', { name: /Lesson 1: Taking Turns/ }).click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'level');
  await snap(page, 'gil-1-start');

  // a spell that only prints what the right one prints: Bors never marches, it fails
  const fake = levelById('gil/taking-turns')!.wrong[0]!.source;
  await typeSpell(page, fake);
  await castAndWait(page);
  await expect(page.getByText('Not quite yet', { exact: false })).toBeVisible();
  await expect(page.locator('.spell-output')).toContainText('Arthur and Bors are ready to march!');
  let result = await lastResult(page);
  expect(result?.passed).toBe(false);
  expect(result?.messages.map((m) => m.key)).toEqual(['levels.gil/taking-turns.msg.no-march']);

  // Bors marches too: the knights take turns at switch points
  await typeSpell(page, BORS_MARCHES);
  await castAndWait(page);
  await snapMidway(page, 'gil-1-marching', 2500);
  await expect(page.getByText('You did it!', { exact: false })).toBeVisible();
  result = await lastResult(page);
  expect(result?.passed).toBe(true);
  // ten turns in 98 runes, measured by the stepper with a switch interval of 10 runes
  await expect(page.locator('body')).toHaveAttribute('data-knights-animated', 'turns:10;runes:98', { timeout: 30_000 });
  await expect(page.locator('.stage-caption')).toContainText('Sir GIL hands the counting stick on only at switch points.');
  await expect(page.locator('.stage-caption')).toContainText('in 10 turns with the stick');
  await snap(page, 'gil-1-passed');
});

test('the lost update is replayed, and a lock keeps every update in every order', async ({ page }) => {
  const ids = LEVELS.map((level) => level.id);
  await seed(page, ids.slice(0, ids.indexOf('gil/lock-the-counter')));
  await enter(page);
  await page.locator('button[data-chapter="gil"]').click();
  await page.getByRole('button', { name: /Lock the Counter/ }).click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'level');

  // the starter as it is: no lock, so the stepper finds an order that loses an update
  await page.locator('.cm-content').click();
  await castAndWait(page);
  let result = await lastResult(page);
  expect(result?.passed).toBe(false);
  expect(result?.messages.map((m) => m.key)).toEqual(['levels.gil/lock-the-counter.msg.lost']);
  await snapMidway(page, 'gil-4-replay', 2500);
  await expect(page.locator('body')).toHaveAttribute('data-knights-animated', 'turns:3;final:count=2', { timeout: 30_000 });
  await expect(page.locator('.stage-caption')).toContainText('ended at 2, but it should be 4');
  await expect(page.locator('.stage-caption')).toContainText('Lost update:');
  await snap(page, 'gil-4-lost');

  // with lock: around the read, add, write in both knights
  await typeSpell(page, levelById('gil/lock-the-counter')!.reference);
  await castAndWait(page);
  result = await lastResult(page);
  expect(result?.passed).toBe(true);
  await expect(page.locator('body')).toHaveAttribute('data-knights-animated', /^turns:\d+;final:count=4$/, { timeout: 30_000 });
  await expect(page.locator('.stage-caption')).not.toContainText('Lost update');
  await snap(page, 'gil-4-passed');
});
