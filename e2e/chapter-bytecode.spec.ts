import { expect, test, type Page } from '@playwright/test';
import { CHAPTERS, type ChapterId } from '../python-runtime/levels/level-types.js';
import { LEVELS } from '../python-runtime/levels/index.js';

/**
 * A kid plays chapter 4 (spell runes) in the web build. The profile is seeded with every level of
 * the chapters before it passed (whichever levels exist today: chapters still being built have
 * none and the map skips them), then the kid opens the place on the map, casts a spell that only
 * prints a rune listing (it fails), then the real spell (it passes), and the stage lights up the
 * runes the checker found in the kid's own function.
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
    profiles: [{ id: 'rune-reader', name: 'Runa', avatar: 'owl', createdAt: when, levels }],
    activeProfileId: 'rune-reader',
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

async function enterAsRuna(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('body')).toHaveAttribute('data-title-ready', 'true');
  await page.getByRole('button', { name: 'Enter the school' }).click();
  await page.getByRole('button', { name: /Runa/ }).click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'map');
}

async function typeSpell(page: Page, spell: string): Promise<void> {
  const editor = page.locator('.cm-content');
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
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

test('a kid opens the rune chapter and finds the hidden word in the runes of greet', async ({ page }) => {
  const earlier = levelsBefore('bytecode');
  expect(earlier.length).toBeGreaterThan(0);
  await seed(page, earlier);
  await enterAsRuna(page);

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
  await seed(page, ids.slice(0, learn));
  await enterAsRuna(page);
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
  await typeSpell(page, 'import dis\n\ndef brew(x):\n    return x * 3 + 1\n\nfor i in range(100):\n    brew(i)\ndis.dis(brew, adaptive=True)\n');
  await castAndWait(page);
  expect((await page.evaluate(() => window.__pyland?.lastResult()))?.passed).toBe(true);
  // which specialised runes appear is the interpreter's business: the stage shows what it measured
  await expect(page.locator('body')).toHaveAttribute('data-runes-animated', /^BINARY_OP>BINARY_OP_\w+(,BINARY_OP>BINARY_OP_\w+)*$/);
  await snap(page, 'bytecode-4-passed');
});
