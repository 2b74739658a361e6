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

test("the wizard's reading, step by step, with the line of brew lit in the spell", async ({ page }) => {
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

test("the knights' run, step by step: who holds the stick at each rune", async ({ page }) => {
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

test("the hat's tally, step by step: +1 while wear() holds it, back to 0 when wear() returns", async ({ page }) => {
  await openLesson(page, 'refcount/function-holder', /Borrowed by a Function/);
  await typeSpell(page, levelById('refcount/function-holder')!.reference);
  await castAndWait(page);
  await expect(page.locator('body')).toHaveAttribute('data-tally-animated', /.*/);
  const bar = page.getByRole('group', { name: 'Step by step' });
  await page.getByRole('button', { name: 'Step by step' }).click();
  await expect(bar).toContainText('Step 1 of 3');
  await expect(bar).toContainText('Before the spell: hat: its tally did not change.');
  await page.keyboard.press('ArrowRight');
  // the call on line 7 hands the hat to wear()'s own name h
  await expect(bar).toContainText('Step 2 of 3, line 7');
  await expect(bar).toContainText('its tally changed by +1');
  await expect(bar).toContainText('Inside wear(), its name h holds it too.');
  await expect(page.locator('.cm-spell-run-line')).toHaveText('wear(hat)');
  await snap(page, 'step-by-step-tally-inside');
  await page.keyboard.press('ArrowRight');
  await expect(bar).toContainText('Step 3 of 3, line 7: wear() returned: hat: its tally did not change.');
  // what happened at the step is in the caption under the stage, the end's words come back after
  await expect(page.locator('.stage-caption')).toContainText('wear() returned');
  await page.keyboard.press('Home');
  await expect(bar).toContainText('Step 1 of 3');
  await bar.getByRole('button', { name: 'Show the end' }).click();
  await expect(page.locator('.stage-caption')).toContainText('hat: its tally did not change. Held by the names: hat.');
  await expect(page.locator('.stage-caption')).not.toContainText('Before the spell');
});

test('the old hat lets go of its holders one line at a time, and the ghost watches it vanish', async ({ page }) => {
  await openLesson(page, 'refcount/make-it-vanish', /Make It Vanish/);
  await typeSpell(page, 'wardrobe.remove(hat)\ndel bag["hat"]\ndel hat\n');
  await castAndWait(page);
  await expect(page.locator('.stage-caption')).toContainText('The ghost, a weak reference, saw it go');
  const bar = page.getByRole('group', { name: 'Step by step' });
  await page.getByRole('button', { name: 'Step by step' }).click();
  await expect(bar).toContainText('Step 1 of 4');
  await expect(bar).toContainText('Slots of wardrobe holding it: 1.');
  await page.keyboard.press('ArrowRight');
  await expect(bar).toContainText('Step 2 of 4, line 1');
  await expect(bar).toContainText('its tally changed by \u22121');
  await page.keyboard.press('End');
  await expect(bar).toContainText('Step 4 of 4, line 3');
  await expect(bar).toContainText('It vanished');
  await snap(page, 'step-by-step-tally-vanish');
});

test('the spirits, step by step: the one-way link the kid made is drawn, then each spirit leaves on its line', async ({ page }) => {
  await openLesson(page, 'gc/friends-forever', /Friends Forever/);
  await typeSpell(page, 'wisp.friend = mist\ndel wisp\ndel mist\n');
  await castAndWait(page);
  // the verdict says what held whom, not "nothing else held them"
  await expect(page.locator('.verdict')).toContainText('wisp held mist (with .friend), but nothing held wisp.');
  const bar = page.getByRole('group', { name: 'Step by step' });
  await page.getByRole('button', { name: 'Step by step' }).click();
  await expect(bar).toContainText('Step 1 of 4');
  await page.keyboard.press('ArrowRight');
  await expect(bar).toContainText('Step 2 of 4, line 1');
  await expect(page.locator('.stage-caption')).toContainText('wisp holds mist with .friend.');
  await expect(page.locator('.cm-spell-run-line')).toHaveText('wisp.friend = mist');
  await snap(page, 'step-by-step-ghosts-link');
  await page.keyboard.press('ArrowRight');
  await expect(bar).toContainText('Step 3 of 4, line 2');
  await expect(page.locator('.stage-caption')).toContainText('wisp was freed at once, at line 2');
});

test('Pip leaves when haunt() returns: the step names the return and the line of the call', async ({ page }) => {
  await openLesson(page, 'gc/gone-at-return', /Gone at Return/);
  await typeSpell(page, levelById('gc/gone-at-return')!.reference);
  await castAndWait(page);
  await expect(page.locator('.stage-caption')).toContainText('Pip was freed at once when haunt() returned to line 10');
  const bar = page.getByRole('group', { name: 'Step by step' });
  await page.getByRole('button', { name: 'Step by step' }).click();
  await page.keyboard.press('End');
  await expect(bar).toContainText('Step 3 of 3, line 10: haunt() returned.');
  await expect(page.locator('.cm-spell-run-line')).toHaveText('haunt()');
  await snap(page, 'step-by-step-ghosts-return');
});

test('the runes of greet, stone by stone, each with its line of the spell lit', async ({ page }) => {
  await openLesson(page, 'bytecode/find-the-constant', /The Hidden Word/);
  await typeSpell(page, levelById('bytecode/find-the-constant')!.reference);
  await castAndWait(page);
  const bar = page.getByRole('group', { name: 'Step by step' });
  await page.getByRole('button', { name: 'Step by step' }).click();
  await expect(bar).toContainText(/Step 1 of \d+, line 3: Rune 1 of the recipe: RESUME/);
  await page.keyboard.press('ArrowRight');
  await expect(bar).toContainText("Rune 2 of the recipe: LOAD_CONST 'Abracadabra!'. This is a rune the lesson looks for.");
  await expect(page.locator('.cm-spell-run-line')).toHaveText('    return "Abracadabra!"');
  await snap(page, 'step-by-step-runes');
});
