import { expect, test, type Page } from '@playwright/test';
import { castAndWait, typeSpell } from './kid-actions.js';

/**
 * A kid plays chapter 1 in the web build, as they would: makes a profile, opens the first
 * lesson, types spells, casts them, sees the real tally, and finds the progress after a reload.
 */

async function openTitle(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('body')).toHaveAttribute('data-title-ready', 'true');
}

async function createProfile(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Enter the school' }).click();
  await page.getByLabel('Your wizard name').fill(name);
  await page.getByText('Owl', { exact: true }).click();
  await page.getByRole('button', { name: 'Join the school' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'map');
}

async function openFirstLesson(page: Page): Promise<void> {
  await page.locator('button[data-chapter="refcount"]').click();
  await page.getByRole('button', { name: /Lesson 1/ }).click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'level');
}

test('the school runs cross-origin isolated, so a runaway spell can be interrupted', async ({ page }) => {
  await openTitle(page);
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
});

test('a kid makes a profile, passes lesson 1, sees the real tally, and finds it all after a reload', async ({ page }) => {
  await openTitle(page);
  await createProfile(page, 'Ada');

  // six places; only the first one is open
  const places = page.locator('button[data-chapter]');
  await expect(places).toHaveCount(6);
  await expect(page.locator('button[data-chapter="gc"]')).toHaveAttribute('aria-disabled', 'true');
  await expect(page.locator('button[data-chapter="refcount"]')).not.toHaveAttribute('aria-disabled', 'true');

  await openFirstLesson(page);

  // a spell that only prints what a correct one would print does not pass
  await typeSpell(page, 'print("The tally went up by 1!")');
  await castAndWait(page);
  await expect(page.getByText('Not quite yet', { exact: false })).toBeVisible();
  await expect(page.locator('.spell-output')).toContainText('The tally went up by 1!');
  let result = await page.evaluate(() => window.__pyland?.lastResult());
  expect(result?.passed).toBe(false);

  // the real spell: one more name holds the hat
  await typeSpell(page, 'my_hat = hat\nprint("held!")');
  await castAndWait(page);
  await expect(page.getByText('You did it!', { exact: false })).toBeVisible();
  result = await page.evaluate(() => window.__pyland?.lastResult());
  expect(result?.passed).toBe(true);
  // the stage animates what was measured: the hat's tally moved by +1, held by both names
  await expect(page.locator('body')).toHaveAttribute('data-tally-animated', '1');
  const scene = result?.scene as { objects: { holders: string[] }[] } | null;
  expect(scene?.objects[0]?.holders).toEqual(['hat', 'my_hat']);

  // two extra names: the stage shows a different, measured tally
  await typeSpell(page, 'a = hat\nb = hat');
  await castAndWait(page);
  await expect(page.locator('body')).toHaveAttribute('data-tally-animated', '2');

  // quit and come back: the profile and the finished lesson are still there
  await page.reload();
  await expect(page.locator('body')).toHaveAttribute('data-title-ready', 'true');
  await page.getByRole('button', { name: 'Enter the school' }).click();
  await page.getByRole('button', { name: /Ada/ }).click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'map');
  await expect(page.locator('button[data-chapter="refcount"]')).toContainText('1 of');
  await page.locator('button[data-chapter="refcount"]').click();
  await expect(page.getByRole('button', { name: /Lesson 1/ })).toContainText('Done');
  await expect(page.getByRole('button', { name: /Lesson 2/ })).not.toHaveAttribute('aria-disabled', 'true');
});

test('bad spells get kind messages and the game goes on', async ({ page }) => {
  await openTitle(page);
  await createProfile(page, 'Grace');
  await openFirstLesson(page);

  // a syntax error points at its line
  await typeSpell(page, 'my_hat = hat\nif my_hat\n    print("oops")');
  await castAndWait(page);
  await expect(page.getByText(/SyntaxError at line 2/)).toBeVisible();

  // a runaway spell is stopped, and the next cast works
  await typeSpell(page, 'while True:\n    pass');
  const started = Date.now();
  await castAndWait(page);
  const result = await page.evaluate(() => window.__pyland?.lastResult());
  expect(result?.interrupted).toBe(true);
  expect(Date.now() - started).toBeLessThan(10_000);
  await expect(page.getByText('ran too long', { exact: false }).first()).toBeVisible();

  // the spell cannot reach JavaScript, and so not the network either: the lesson's policy refuses
  // the import before the spell runs (and under it, the harness's import guard would)
  await typeSpell(page, 'import js\nmy_hat = hat');
  await castAndWait(page);
  expect((await page.evaluate(() => window.__pyland?.lastResult()))?.error).toMatchObject({
    type: 'NotAllowed',
    message: 'import js',
    line: 1,
  });
  await expect(page.getByText('Not in this lesson, at line 1: import js')).toBeVisible();

  await typeSpell(page, 'my_hat = hat');
  await castAndWait(page);
  expect((await page.evaluate(() => window.__pyland?.lastResult()))?.passed).toBe(true);
});

test('the whole way to a cast works with the keyboard alone', async ({ page }) => {
  await openTitle(page);
  await page.getByRole('button', { name: 'Enter the school' }).focus();
  await page.keyboard.press('Enter');
  await page.getByLabel('Your wizard name').focus();
  await page.keyboard.type('Keys');
  await page.keyboard.press('Enter');
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'map');
  await page.locator('button[data-chapter="refcount"]').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: /Lesson 1/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'level');
  await page.locator('.cm-content').focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText('my_hat = hat');
  await castAndWait(page);
  expect((await page.evaluate(() => window.__pyland?.lastResult()))?.passed).toBe(true);
  // Escape then Tab leaves the editor: the keyboard is never trapped
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.classList.contains('cm-content'))).toBe(false);
});
