import { expect, test } from '@playwright/test';
import { LEVELS } from '../python-runtime/levels/index.js';
import { castAndWait, enterAs, levelsBefore, seed, snap, typeSpell } from './kid-actions.js';

/**
 * A kid plays chapter 5 (the interpreter, the royal wizard) in the web build. The profile is
 * seeded with every level of the chapters before it passed, then the kid opens the place on the
 * map, casts a spell that only prints the stack (it fails), then a prediction of the value stack
 * after the first BINARY_OP of brew (it passes), and the stage walks the wand through the runes
 * the spell stepper really ran and rests on the lit one, with the stack the kid predicted.
 */

const KID = { id: 'wizard-reader', name: 'Wanda', avatar: 'owl' };

const BREW = 'def brew(a, b, c):\n    return a + b * c\n\nprint(brew(2, 3, 4))\n';

test('a kid opens the wizard chapter and predicts the value stack after BINARY_OP', async ({ page }) => {
  const ids = LEVELS.map((level) => level.id);
  const earlier = levelsBefore('interpreter');
  expect(earlier).toContain('bytecode/runes-that-learn');
  // lesson 1 passed too, so lesson 2 is open
  await seed(page, KID, [...earlier, 'interpreter/compile-and-exec']);
  expect(ids).toContain('interpreter/follow-the-stack');
  await enterAs(page, KID.name);

  // the chapters before are finished, so the wizard's tower is open
  const place = page.locator('button[data-chapter="interpreter"]');
  await expect(place).not.toHaveAttribute('aria-disabled', 'true');
  await place.click();
  await page.getByRole('button', { name: /Lesson 2: The Pile of Stones/ }).click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'level');
  await snap(page, 'interpreter-2-start');

  // a spell that only prints the right stack: no prediction, it fails
  await typeSpell(page, `${BREW}print([2, 12])\n`);
  await castAndWait(page);
  await expect(page.getByText('Not quite yet', { exact: false })).toBeVisible();
  await expect(page.locator('.spell-output')).toContainText('[2, 12]');
  let result = await page.evaluate(() => window.__pyland?.lastResult());
  expect(result?.passed).toBe(false);
  expect(result?.messages.map((m) => m.key)).toEqual(['levels.interpreter/follow-the-stack.msg.no-prediction']);
  // the stage still reads the kid's brew: six runes, resting on the lit BINARY_OP
  await expect(page.locator('body')).toHaveAttribute('data-wizard-animated', 'steps:6;stack:[2, 12]', { timeout: 20_000 });
  await expect(page.locator('.stage-caption')).toContainText('The wizard read 6 runes of brew(2, 3, 4)');

  // a wrong prediction: a is forgotten
  await typeSpell(page, `${BREW}prediction = [12]\n`);
  await castAndWait(page);
  result = await page.evaluate(() => window.__pyland?.lastResult());
  expect(result?.passed).toBe(false);
  expect(result?.messages.map((m) => m.key)).toEqual(['levels.interpreter/follow-the-stack.msg.wrong-size']);
  // the caption leaves the puzzle to the kid: it never prints the pile after a wrong guess
  await expect(page.locator('.stage-caption')).toContainText('Your puzzle: watch the wand read the runes');
  await expect(page.locator('.stage-caption')).not.toContainText('value stack held');

  // the right prediction
  await typeSpell(page, `${BREW}prediction = [2, 12]\n`);
  await castAndWait(page);
  await expect(page.getByText('You did it!', { exact: false })).toBeVisible();
  result = await page.evaluate(() => window.__pyland?.lastResult());
  expect(result?.passed).toBe(true);
  await expect(page.locator('.spell-output')).toContainText('14');
  await expect(page.locator('body')).toHaveAttribute('data-wizard-animated', 'steps:6;stack:[2, 12]', { timeout: 20_000 });
  await expect(page.locator('.stage-caption')).toContainText('Right after BINARY_OP *, the value stack held [2, 12]');
  await snap(page, 'interpreter-2-passed');

  // the next lesson of the chapter is open now
  await page.getByRole('button', { name: 'Next lesson' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'level');
  await expect(page.getByRole('heading', { name: 'The Wand Jumps Back' })).toBeVisible();
});

test('the wizard opens a frame for double and the stage shows the call and its return', async ({ page }) => {
  const ids = LEVELS.map((level) => level.id);
  await seed(page, KID, ids.slice(0, ids.indexOf('interpreter/call-and-return')));
  await enterAs(page, KID.name);
  await page.locator('button[data-chapter="interpreter"]').click();
  await page.getByRole('button', { name: /A Room for Every Call/ }).click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'level');
  await typeSpell(
    page,
    'def double(n):\n    return n * 2\n\ndef brew(x):\n    y = double(x)\n    return y + 1\n\nprint(brew(5))\ndeepest = 2\nhanded_back = 10\n',
  );
  await castAndWait(page);
  expect((await page.evaluate(() => window.__pyland?.lastResult()))?.passed).toBe(true);
  // it rests on the lit RETURN_VALUE: 10 has landed on brew's stack
  await expect(page.locator('body')).toHaveAttribute('data-wizard-animated', 'steps:14;stack:[10]', { timeout: 20_000 });
  await expect(page.locator('.stage-caption')).toContainText('At the deepest, 2 frames were open at once: brew, double.');
  await snap(page, 'interpreter-4-passed');
});

test('the wand jumps back four times in stir(4), and the runes count it', async ({ page }) => {
  const ids = LEVELS.map((level) => level.id);
  await seed(page, KID, ids.slice(0, ids.indexOf('interpreter/jump-back')));
  await enterAs(page, KID.name);
  await page.locator('button[data-chapter="interpreter"]').click();
  await page.getByRole('button', { name: /The Wand Jumps Back/ }).click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'level');
  const stir =
    'def stir(times):\n    total = 0\n    for i in range(times):\n        total = total + i\n    return total\n\nprint(stir(4))\n';
  // counting FOR_ITER instead of the jumps: it fails, and the caption does not give the count away
  await typeSpell(page, `${stir}jumps = 5\n`);
  await castAndWait(page);
  expect((await page.evaluate(() => window.__pyland?.lastResult()))?.passed).toBe(false);
  await expect(page.locator('.stage-caption')).toContainText('Lit up: JUMP_BACKWARD to L1.');
  await expect(page.locator('.stage-caption')).not.toContainText('Times the wizard read it');
  await typeSpell(page, `${stir}jumps = 4\n`);
  await castAndWait(page);
  expect((await page.evaluate(() => window.__pyland?.lastResult()))?.passed).toBe(true);
  await expect(page.locator('.stage-caption')).toContainText('Lit up: JUMP_BACKWARD to L1. Times the wizard read it: 4.');
  // it rests on the last jump back: the range's iterator waits on the stack for FOR_ITER
  await expect(page.locator('body')).toHaveAttribute('data-wizard-animated', 'steps:35;stack:[<range_iterator object>]', {
    timeout: 20_000,
  });
  await snap(page, 'interpreter-3-passed');
});

test('the recipe becomes runes and the vault fills up', async ({ page }) => {
  await seed(page, KID, levelsBefore('interpreter'));
  await enterAs(page, KID.name);
  await page.locator('button[data-chapter="interpreter"]').click();
  await page.getByRole('button', { name: /Lesson 1: From Recipe to Runes/ }).click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'level');
  await typeSpell(
    page,
    'runes = compile(recipe, "<recipe>", "exec")\nvault = {}\nexec(runes, vault)\nprint(vault["gold"], vault["silver"])\n',
  );
  await castAndWait(page);
  expect((await page.evaluate(() => window.__pyland?.lastResult()))?.passed).toBe(true);
  await expect(page.locator('.spell-output')).toContainText('42 50');
  // it rests on the last STORE_NAME (silver): the stone has gone into the vault
  await expect(page.locator('body')).toHaveAttribute('data-wizard-animated', 'steps:9;stack:[]', { timeout: 20_000 });
  await snap(page, 'interpreter-1-passed');
});

test('with reduced motion the wand does not walk: the stage shows the lit rune at once', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const ids = LEVELS.map((level) => level.id);
  await seed(page, KID, ids.slice(0, ids.indexOf('interpreter/follow-the-stack')));
  await enterAs(page, KID.name);
  await page.locator('button[data-chapter="interpreter"]').click();
  await page.getByRole('button', { name: /The Pile of Stones/ }).click();
  await typeSpell(page, `${BREW}prediction = [2, 12]\n`);
  await castAndWait(page);
  expect((await page.evaluate(() => window.__pyland?.lastResult()))?.passed).toBe(true);
  // no 6 x 500 ms walk: the picture is there almost at once
  await expect(page.locator('body')).toHaveAttribute('data-wizard-animated', 'steps:6;stack:[2, 12]', { timeout: 1_500 });
  await snap(page, 'interpreter-2-reduced');
});
