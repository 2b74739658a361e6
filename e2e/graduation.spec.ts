import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { LEVELS, levelById, levelsOfChapter } from '../python-runtime/levels/index.js';
import { certificateFileName } from '../game/ui/certificate-text.js';
import { enLevels } from '../game/messages/en-levels.js';
import { castAndWait, enterAs, lastResult, seedDocument, seededSave, typeSpell } from './kid-actions.js';

/**
 * The final exam: a kid whose profile has every level of chapters 1-5 passed plays the three
 * graduation lessons in the web build through the real UI (a spell that only prints what the
 * right one prints fails first), then the last pass offers the certificate: it shows the kid's
 * name (emoji included), is saved as a PNG by keyboard alone, and the download really is a PNG
 * with the expected file name.
 */

const SCREENSHOTS = process.env['PYLAND_SCREENSHOTS'];
const NAME = 'Zoë 🦄';

test('a kid passes the final exam and saves the certificate as a PNG', async ({ page }) => {
  test.setTimeout(240_000);
  const earlier = LEVELS.filter((level) => level.chapter !== 'graduation').map((level) => level.id);
  await page.addInitScript(
    (save) => {
      if (localStorage.getItem('pyland.save') === null) localStorage.setItem('pyland.save', save);
    },
    seededSave({ id: 'graduate', name: NAME, avatar: 'cat' }, earlier),
  );

  await page.goto('/');
  await expect(page.locator('body')).toHaveAttribute('data-title-ready', 'true');
  await page.getByRole('button', { name: 'Enter the school' }).click();
  await page.getByRole('button', { name: /Zoë/ }).click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'map');
  const place = page.locator('button[data-chapter="graduation"]');
  await expect(place).not.toHaveAttribute('aria-disabled', 'true');
  await place.click();
  await page.getByRole('button', { name: /Lesson 1: Guard the Gold/ }).click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'level');

  // the fake names the right runes and prints the same words, but takes no lock: it fails
  const first = levelById('graduation/guard-the-gold')!;
  await typeSpell(page, first.wrong[0]!.source);
  await castAndWait(page);
  let result = await lastResult(page);
  expect(result?.passed).toBe(false);
  expect(result?.messages.map((m) => m.key)).toEqual(['levels.graduation/guard-the-gold.msg.lost']);
  await expect(page.getByText('Not quite yet', { exact: false })).toBeVisible();

  const graduation = levelsOfChapter('graduation');
  for (const [index, level] of graduation.entries()) {
    if (index > 0) {
      await page.getByRole('button', { name: 'Next lesson' }).click();
      await expect(page.locator('.level-title')).toContainText(enLevels[level.id]!.title);
    }
    await typeSpell(page, level.reference);
    await castAndWait(page);
    result = await lastResult(page);
    expect(result?.passed, `${level.id}: ${JSON.stringify(result?.messages)}`).toBe(true);
    await expect(page.locator(`body[data-${level.scene}-animated]`)).toHaveCount(1, { timeout: 30_000 });
    if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/${level.id.replace('/', '-')}.png` });
  }

  // the last lesson of the school offers the certificate instead of the next lesson
  await expect(page.getByRole('button', { name: 'Next lesson' })).toHaveCount(0);
  const get = page.getByRole('button', { name: 'Get your certificate' });
  await get.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Your graduation certificate' });
  await expect(dialog).toBeVisible();
  const picture = dialog.getByRole('img');
  await expect(picture).toHaveAttribute(
    'aria-label',
    new RegExp(
      `for ${NAME}, graduated on .*Chapters passed: Reference counting, Garbage collection, The GIL, Bytecode, The Interpreter, Graduation\\.`,
    ),
  );
  // the name is really drawn: the canvas is not blank where the name goes
  const inked = await page.locator('canvas.certificate-canvas').evaluate((canvas: HTMLCanvasElement) => {
    const data = canvas.getContext('2d')!.getImageData(300, 460, 1000, 100).data;
    let violet = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 180 && data[i + 2]! > 200 && data[i + 1]! < 160) violet++;
    return violet;
  });
  expect(inked).toBeGreaterThan(500);
  if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/graduation-certificate.png` });

  // Save as PNG by keyboard: focus starts on Save
  await expect(dialog.getByRole('button', { name: 'Save as PNG' })).toBeFocused();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const today = await page.evaluate(() => new Date().toISOString());
  const expected = certificateFileName(NAME, new Date(today));
  expect(download.suggestedFilename()).toBe(expected);
  expect(expected).toMatch(/^pyland-certificate-zoe-\d{4}-\d{2}-\d{2}\.png$/);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.length).toBeGreaterThan(50_000);
  await expect(dialog.getByRole('status')).toContainText(`saved as ${expected}`);

  // Escape closes it and gives focus back
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(get).toBeFocused();
});

test('a teacher opens the graduation early: passing the final exam does not give the certificate before every chapter', async ({
  page,
}) => {
  const done = LEVELS.filter((level) => level.chapter === 'refcount' || level.chapter === 'gc').map((level) => level.id);
  const graduation = levelsOfChapter('graduation');
  const last = graduation.at(-1)!;
  const save = JSON.parse(
    seededSave({ id: 'early', name: 'Mo', avatar: 'cat' }, [...done, ...graduation.slice(0, -1).map((level) => level.id)]),
  );
  save.teacher.classChapters = { graduation: 'open' };
  await seedDocument(page, JSON.stringify(save));
  await enterAs(page, 'Mo');
  await page.locator('button[data-chapter="graduation"]').click();
  await page.getByRole('button', { name: new RegExp(enLevels[last.id]!.title) }).click();
  await typeSpell(page, last.reference);
  await castAndWait(page);
  expect((await lastResult(page))?.passed).toBe(true);
  await expect(page.getByRole('button', { name: 'Get your certificate' })).toHaveCount(0);
  await expect(page.locator('.chapter-finished')).toHaveText(
    'You passed the final exam! Your certificate waits for the rest of the school: finish “The GIL”, “Bytecode”, and “The Interpreter” first.',
  );
});
