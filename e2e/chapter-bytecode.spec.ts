import { expect, test } from '@playwright/test';
import { LEVELS } from '../python-runtime/levels/index.js';
import { castAndWait, enterAs, levelsBefore, seed, snap, typeSpell } from './kid-actions.js';

/**
 * A kid plays chapter 4 (spell runes) in the web build. The profile is seeded with every level of
 * the chapters before it passed (whichever levels exist today: chapters still being built have
 * none and the map skips them), then the kid opens the place on the map, casts a spell that only
 * prints a rune listing (it fails), then the real spell (it passes), and the stage lights up the
 * runes the checker found in the kid's own function.
 */

const KID = { id: 'rune-reader', name: 'Runa', avatar: 'owl' };

test('a kid opens the rune chapter and finds the hidden word in the runes of greet', async ({ page }) => {
  const earlier = levelsBefore('bytecode');
  expect(earlier.length).toBeGreaterThan(0);
  await seed(page, KID, earlier);
  await enterAs(page, KID.name);

  // the chapters before are finished, so the place of spell runes is open
  const place = page.locator('button[data-chapter="bytecode"]');
  await expect(place).not.toHaveAttribute('aria-disabled', 'true');
  await place.click();
  await page.getByRole('button', { name: /Lesson 1: The Hidden Word/ }).click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'level');
  await snap(page, 'bytecode-1-start');

  // a spell that only prints a rune listing: no greet, nothing to read, it fails
  const fake = `print("Abracadabra!")\nprint("  4           LOAD_CONST               0 ('Abracadabra!')")\nprint("              RETURN_VALUE")`;
  await typeSpell(page, fake);
  await castAndWait(page);
  await expect(page.getByText('Not quite yet', { exact: false })).toBeVisible();
  await expect(page.locator('.spell-output')).toContainText('LOAD_CONST');
  let result = await page.evaluate(() => window.__pyland?.lastResult());
  expect(result?.passed).toBe(false);
  expect(result?.messages.map((m) => m.key)).toEqual(['levels.bytecode/find-the-constant.msg.no-function']);
  // the stage shows the missing function as a ghost and lights nothing
  await expect(page.locator('body')).toHaveAttribute('data-runes-animated', '');
  await expect(page.locator('.stage-caption')).toContainText('no function called greet');
  await snap(page, 'bytecode-1-fake');

  // the real spell: greet returns the word, and dis shows the runes
  await typeSpell(page, 'import dis\n\ndef greet():\n    return "Abracadabra!"\n\nprint(greet())\ndis.dis(greet)\n');
  await castAndWait(page);
  await expect(page.getByText('You did it!', { exact: false })).toBeVisible();
  result = await page.evaluate(() => window.__pyland?.lastResult());
  expect(result?.passed).toBe(true);
  // the listing dis printed in the kid's own run
  await expect(page.locator('.spell-output')).toContainText("LOAD_CONST               0 ('Abracadabra!')");
  // the stage lit up the rune carrying the word and the one handing it back
  await expect(page.locator('body')).toHaveAttribute('data-runes-animated', 'LOAD_CONST,RETURN_VALUE');
  await expect(page.locator('.stage-caption')).toContainText("Lit up: LOAD_CONST 'Abracadabra!'.");
  await snap(page, 'bytecode-1-passed');

  // the next lesson of the chapter is open now
  await page.getByRole('button', { name: 'Next lesson' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'level');
  await expect(page.getByRole('heading', { name: 'Near Names, Far Names' })).toBeVisible();
});

test('the runes of brew change form after many casts, and the stage shows them changing', async ({ page }) => {
  const ids = LEVELS.map((level) => level.id);
  const learn = ids.indexOf('bytecode/runes-that-learn');
  await seed(page, KID, ids.slice(0, learn));
  await enterAs(page, KID.name);
  await page.locator('button[data-chapter="bytecode"]').click();
  await page.getByRole('button', { name: /Runes That Learn/ }).click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'level');

  // cast once: only RESUME changed, nothing lights up
  await typeSpell(page, 'def brew(x):\n    return x * 3 + 1\n\nprint(brew(1))\n');
  await castAndWait(page);
  expect((await page.evaluate(() => window.__pyland?.lastResult()))?.passed).toBe(false);
  await expect(page.locator('body')).toHaveAttribute('data-runes-animated', '');
  await expect(page.locator('.stage-caption')).toContainText('RESUME 0 changed into RESUME_CHECK');

  // a hundred casts: the working runes are specialised
  await typeSpell(
    page,
    'import dis\n\ndef brew(x):\n    return x * 3 + 1\n\nfor i in range(100):\n    brew(i)\ndis.dis(brew, adaptive=True)\n',
  );
  await castAndWait(page);
  expect((await page.evaluate(() => window.__pyland?.lastResult()))?.passed).toBe(true);
  // which specialised runes appear is the interpreter's business: the stage shows what it measured
  await expect(page.locator('body')).toHaveAttribute('data-runes-animated', /^BINARY_OP>BINARY_OP_\w+(,BINARY_OP>BINARY_OP_\w+)*$/);
  await snap(page, 'bytecode-4-passed');
});
