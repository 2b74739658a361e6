import { expect, test } from '@playwright/test';
import { levelById, LEVELS } from '../python-runtime/levels/index.js';
import { castAndWait, enterAs, seed, snap, typeSpell } from './kid-actions.js';

/**
 * After a cast the kid walks through the run one step at a time, by keyboard too: the stage
 * draws that step, the words say what happened, and the spell's line that ran is lit.
 */

const KID = { id: 'kid-steps', name: 'Ines', avatar: 'cat' };

async function openLesson(page: import('@playwright/test').Page, levelId: string, title: RegExp): Promise<void> {
  const ids = LEVELS.map((level) => level.id);
  await seed(page, KID, ids.slice(0, ids.indexOf(levelId)));
  await enterAs(page, KID.name);
  await page.locator(`button[data-chapter="${levelById(levelId)!.chapter}"]`).click();
  await page.getByRole('button', { name: title }).click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'level');
}

test('the wizard\'s reading, step by step, with the line of brew lit in the spell', async ({ page }) => {
  await openLesson(page, 'interpreter/follow-the-stack', /The Pile of Stones/);
  await typeSpell(page, 'def brew(a, b, c):\n    return a + b * c\n\nprint(brew(2, 3, 4))\nprediction = [2, 12]\n');
  await castAndWait(page);
  const bar = page.getByRole('group', { name: 'Step by step' });
  // closed until asked for: one button above the stage opens it on the first step
  await expect(bar).toBeHidden();
  await page.getByRole('button', { name: 'Step by step' }).click();
  await expect(bar).toContainText('Step 1 of 6');
  await expect(bar.getByRole('button', { name: 'Next step' })).toBeFocused();
  // the steps after the first rune run line 2 of the spell (return a + b * c)
  for (let press = 0; press < 3; press += 1) await page.keyboard.press('ArrowRight');
  await expect(bar).toContainText('Step 4 of 6, line 2: BINARY_OP *: the pile is now [2, 12]');
  await expect(page.locator('.cm-spell-run-line')).toHaveText('    return a + b * c');
  await snap(page, 'step-by-step-wizard');
  await page.keyboard.press('ArrowLeft');
  await expect(bar).toContainText('Step 3 of 6');
  await bar.getByRole('button', { name: 'Show the end' }).click();
  await expect(bar).toBeHidden();
  await expect(page.getByRole('button', { name: 'Step by step' })).toBeFocused();
  await expect(page.locator('.cm-spell-run-line')).toHaveCount(0);
});

test('the knights\' run, step by step: who holds the stick at each rune', async ({ page }) => {
  await openLesson(page, 'gil/taking-turns', /Taking Turns/);
  await page.getByLabel('they take turns with the stick', { exact: true }).check();
  await typeSpell(page, levelById('gil/taking-turns')!.reference);
  await castAndWait(page);
  const bar = page.getByRole('group', { name: 'Step by step' });
  await page.getByRole('button', { name: 'Step by step' }).click();
  await expect(bar).toContainText(/Step 1 of \d+/);
  await expect(bar).toContainText(/arthur(\(\))? runs/);
  // on and on: somewhere Bors gets the stick
  let sawBors = false;
  for (let press = 0; press < 40 && !sawBors; press += 1) {
    await page.keyboard.press('ArrowRight');
    sawBors = /bors(\(\))? runs/.test((await bar.textContent()) ?? '');
  }
  expect(sawBors).toBe(true);
  await expect(page.locator('.cm-spell-run-line')).toHaveCount(1);
  await snap(page, 'step-by-step-knights');
});
