import { expect, test } from '@playwright/test';
import { enLevels } from '../game/messages/en-levels.js';
import { CHAPTERS } from '../contracts/level-schema.js';
import { LEVELS } from '../python-runtime/levels/index.js';
import { castAndWait, enterAs, lastResult, seedDocument, seededSave, snap, typeSpell } from './kid-actions.js';

/**
 * A kid's first hour: in the first lesson of every chapter the kid guesses first, then casts,
 * and the verdict says whether the guess came true; the kid walks through the run step by
 * step; passes give stars, a finished place gives a
 * piece of the wizard's robe, and all of it is still there after a reload.
 */

const FIRSTS = CHAPTERS.map((chapter) => LEVELS.find((level) => level.chapter === chapter)!);
// the guess the kid picks in each first lesson (one of them wrong, on purpose)
const GUESSES: Record<string, { label: string; right: boolean }> = {
  'refcount/another-holder': { label: 'it goes up by 1', right: true },
  'gc/gone-at-return': { label: 'the tally, when it reaches 0', right: true },
  'gil/taking-turns': { label: 'one knight finishes, then the other', right: false },
  'bytecode/find-the-constant': { label: 'LOAD_CONST', right: true },
  'interpreter/compile-and-exec': { label: 'as 42, already worked out', right: true },
  'graduation/guard-the-gold': { label: 'no: every add is kept', right: true },
};

test('a new kid guesses first in every chapter, earns stars and the wizard hat, and finds them after a reload', async ({ page }) => {
  test.setTimeout(240_000);
  // every lesson but the chapters' first ones is passed, and the teacher opened every place
  const passed = LEVELS.filter((level) => !FIRSTS.includes(level)).map((level) => level.id);
  const save = JSON.parse(seededSave({ id: 'kid-new', name: 'Tom', avatar: 'frog' }, passed));
  save.teacher.classChapters = Object.fromEntries(CHAPTERS.map((chapter) => [chapter, 'open']));
  await seedDocument(page, JSON.stringify(save));
  await enterAs(page, 'Tom');
  // no robe piece yet
  await expect(page.locator('.robe-piece.is-earned')).toHaveCount(0);

  for (const level of FIRSTS) {
    await page.locator(`button[data-chapter="${level.chapter}"]`).click();
    await page.getByRole('button', { name: new RegExp(enLevels[level.id]!.title) }).click();
    await expect(page.locator('body')).toHaveAttribute('data-scene', 'level');
    const guessBox = page.getByRole('group', { name: /Your guess first!/ });
    await expect(guessBox).toContainText(enLevels[level.id]!.predict!);

    // Cast before guessing: the school asks for the guess first, and nothing is cast
    await typeSpell(page, level.reference);
    await expect(page.locator('body')).toHaveAttribute('data-python-ready', 'true', { timeout: 60_000 });
    await page.keyboard.press('Control+Enter');
    await expect(guessBox).toContainText('Pick your guess first, then cast your spell!');
    await expect(page.locator('.verdict')).toBeEmpty();

    const guess = GUESSES[level.id]!;
    await guessBox.getByLabel(guess.label, { exact: true }).check();
    await page.locator('.cm-content').click();
    await castAndWait(page);
    expect((await lastResult(page))?.passed, level.id).toBe(true);
    const outcome = page.locator('.prediction-outcome');
    if (guess.right) await expect(outcome).toHaveText(`You guessed “${guess.label}”, and you were right!`);
    else await expect(outcome).toContainText(`You guessed “${guess.label}”. What really happened:`);
    // stars: passed, no hints, and the guess when it came true
    await expect(page.locator('.verdict-stars')).toHaveAttribute('data-stars', guess.right ? '3/3' : '2/3');
    // the guess is asked once: it is gone now
    await expect(guessBox).toBeHidden();
    // then the kid watches the run again, step by step, by keyboard: the stage draws each step,
    // the caption says it, and "Show the end" puts the whole picture back
    const steps = page.getByRole('group', { name: 'Step by step' });
    await page.getByRole('button', { name: 'Step by step' }).click();
    await expect(steps, level.id).toContainText(/Step 1 of \d+/);
    await page.keyboard.press('ArrowRight');
    await expect(steps, level.id).toContainText(/Step 2 of \d+/);
    await expect(page.locator('.stage-caption'), level.id).toContainText(/Step 2 of \d+/);
    await page.keyboard.press('End');
    await steps.getByRole('button', { name: 'Show the end' }).click();
    await expect(steps).toBeHidden();
    if (level.chapter === 'refcount') {
      await expect(page.locator('.robe-piece-earned')).toHaveText('You earned a piece of your wizard robe: the wizard hat!');
      await snap(page, 'first-hour-refcount-passed');
    }
    await page.getByRole('button', { name: 'Back to the map' }).first().click();
  }

  // after a reload the stars and the robe are still there
  await page.reload();
  await expect(page.locator('body')).toHaveAttribute('data-title-ready', 'true');
  await page.getByRole('button', { name: 'Enter the school' }).click();
  await page.getByRole('button', { name: /Tom/ }).click();
  await expect(page.locator('.robe-piece.is-earned')).toHaveCount(6);
  await snap(page, 'first-hour-map');
  await page.locator('button[data-chapter="gil"]').click();
  await expect(page.locator(`button[data-level-id="gil/taking-turns"] .lesson-stars`)).toHaveAttribute('data-stars', '2/3');
  await expect(page.locator(`button[data-level-id="refcount/another-holder"]`)).toHaveCount(0);
  await page.getByRole('button', { name: /Taking Turns/ }).click();
  await expect(page.getByRole('group', { name: /Your guess first!/ })).toHaveCount(0);
});
