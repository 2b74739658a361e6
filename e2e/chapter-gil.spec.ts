import { expect, test } from '@playwright/test';
import { LEVELS, levelById } from '../python-runtime/levels/index.js';
import { castAndWait, enterAs, lastResult, levelsBefore, seed, snap, snapMidway, typeSpell } from './kid-actions.js';

/**
 * A kid plays chapter 3 (Sir GIL and the counting stick) in the web build, with every level of
 * chapters 1 and 2 passed in the seeded profile. In lesson 1 a spell that only prints the marks it
 * hopes for fails, the right one passes and the stage shows the two knights taking turns with the
 * stick. In lesson 4 the spell without a lock fails and the stage replays the order of runes the
 * stepper found that loses an update; with `with lock:` every order keeps count == 4. Every
 * outcome on the stage (data-knights-animated) is what the stepper measured in the kid's run.
 */

const KID = { id: 'knight-friend', name: 'Lancelot', avatar: 'cat' };

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
  await seed(page, KID, earlier);
  await enterAs(page, KID.name);

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
  await seed(page, KID, ids.slice(0, ids.indexOf('gil/lock-the-counter')));
  await enterAs(page, KID.name);
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
