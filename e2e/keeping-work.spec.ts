import { expect, test } from '@playwright/test';
import { castAndWait, enterAs, lastResult, seed, snap, typeSpell } from './kid-actions.js';

/**
 * A kid's spell is never lost by one press: "Start over" asks first, clears the old verdict and
 * can be undone with Ctrl+Z; casting the same spell again is one attempt in the teacher's table;
 * a spell too long to keep whole says so.
 */

const KID = { id: 'kid-keep', name: 'Noor', avatar: 'owl' };
const SPELL = 'my_hat = hat\nprint("one more holder")\n';

test.beforeEach(async ({ page }) => {
  await seed(page, KID, []);
  await enterAs(page, KID.name);
  await page.locator('button[data-chapter="refcount"]').click();
  await page.getByRole('button', { name: /Another Holder/ }).click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'level');
});

test('Start over asks first, clears the verdict, and Ctrl+Z brings the spell back', async ({ page }) => {
  await typeSpell(page, SPELL);
  await castAndWait(page);
  await expect(page.locator('.verdict')).toContainText('You did it!');

  const startOver = page.getByRole('button', { name: 'Start over' });
  await startOver.click();
  await expect(page.getByText('Start over? Your spell goes back to how the lesson started.')).toBeVisible();
  await snap(page, 'keeping-work-1-ask');
  // "Keep my spell" (or Escape) changes nothing and gives the focus back
  await page.getByRole('button', { name: 'Keep my spell' }).click();
  await expect(page.locator('.cm-content')).toContainText('my_hat = hat');
  await expect(startOver).toBeFocused();
  await startOver.press('Enter');
  await page.keyboard.press('Escape');
  await expect(page.getByText('Start over? Your spell goes back')).toBeHidden();
  await expect(page.locator('.cm-content')).toContainText('my_hat = hat');

  await startOver.click();
  await page.getByRole('button', { name: 'Yes, start over' }).click();
  await expect(page.locator('.cm-content')).not.toContainText('my_hat = hat');
  // the old verdict is gone with the old spell
  await expect(page.locator('.verdict')).toBeEmpty();
  await expect(page.getByText('Cast your spell, and this page tells you what happened.')).toBeAttached();
  // the editor has the focus, so Ctrl+Z undoes the start over at once
  await expect(page.locator('.cm-content')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(page.locator('.cm-content')).toContainText('my_hat = hat');
  await snap(page, 'keeping-work-2-undone');
});

test('the same spell cast again and again counts as one attempt', async ({ page }) => {
  await typeSpell(page, 'hat = hat\n');
  for (let press = 0; press < 5; press += 1) await castAndWait(page);
  const cast = page.getByRole('button', { name: /Cast the spell/ });
  for (let press = 0; press < 5; press += 1) await cast.click();
  await expect(page.locator('body')).toHaveAttribute('data-cast-state', 'done');
  await expect.poll(async () => (await lastResult(page))?.passed).toBe(false);
  const attempts = await page.evaluate(
    () => JSON.parse(localStorage.getItem('pyland.save')!).profiles[0].levels['refcount/another-holder'].attempts,
  );
  expect(attempts).toBe(1);
});

test('a spell too long to keep whole says so under the editor', async ({ page }) => {
  const line = 'print("a line of a very long spell, just to fill the book")\n';
  await typeSpell(page, line.repeat(Math.ceil(20_000 / line.length) + 5));
  await castAndWait(page);
  await expect(page.locator('.editor-note')).toContainText('This spell is very long: only its first');
  await expect(page.locator('.editor-note')).toBeVisible();
});
