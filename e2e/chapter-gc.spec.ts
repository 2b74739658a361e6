import { expect, test, type Page } from '@playwright/test';
import { CHAPTERS, type ChapterId } from '../python-runtime/levels/level-types.js';
import { LEVELS } from '../python-runtime/levels/index.js';

/**
 * A kid plays chapter 2 (the Ghost Collector) in the web build. The profile is seeded with every
 * level of chapter 1 passed, so the place on the map is open. In lesson 1 a spell that only
 * prints what the right one prints fails, the right one passes, and the stage shows Pip freed the
 * moment haunt() returned. Then lessons 2 and 3: a circle that stays when its names let go, the
 * Ghost Collector coming too early and taking nothing, and then sweeping the lost circle. Every
 * outcome on the stage (data-ghosts-animated) is what the checker measured in the kid's run.
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
    profiles: [{ id: 'ghost-friend', name: 'Casper', avatar: 'cat', createdAt: when, levels }],
    activeProfileId: 'ghost-friend',
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

async function enter(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('body')).toHaveAttribute('data-title-ready', 'true');
  await page.getByRole('button', { name: 'Enter the school' }).click();
  await page.getByRole('button', { name: /Casper/ }).click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'map');
}

async function typeSpell(page: Page, spell: string): Promise<void> {
  const editor = page.locator('.cm-content');
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  // insertText avoids the editor's auto-indent, so the spell arrives exactly as written
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

/** A picture in the middle of the stage's animation (only when taking screenshots). */
async function snapMidway(page: Page, name: string, ms: number): Promise<void> {
  if (!SCREENSHOTS) return;
  await page.waitForTimeout(ms);
  await snap(page, name);
}

async function lastResult(page: Page) {
  return page.evaluate(() => window.__pyland?.lastResult());
}

const PIP = `import weakref

def haunt():
    pip = Spirit("Pip")
    weakref.finalize(pip, print, "Pip: Goodbye!")
    print("Pip: Boo!")

print("Before haunt()")
haunt()
print("After haunt()")
`;

test('a kid meets the two cleaners: the tally frees Pip at return, the Ghost Collector sweeps a lost circle', async ({ page }) => {
  const earlier = levelsBefore('gc');
  expect(earlier.length).toBeGreaterThan(0);
  await seed(page, earlier);
  await enter(page);

  // chapter 1 is finished, so the Ghost Collector's place is open
  const place = page.locator('button[data-chapter="gc"]');
  await expect(place).not.toHaveAttribute('aria-disabled', 'true');
  await place.click();
  await page.getByRole('button', { name: /Lesson 1: Gone at Return/ }).click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'level');
  await snap(page, 'gc-1-start');

  // a spell that only prints what the right spell prints: no spirit is ever made, it fails
  await typeSpell(page, 'print("Before haunt()")\nprint("Pip: Boo!")\nprint("Pip: Goodbye!")\nprint("After haunt()")\n');
  await castAndWait(page);
  await expect(page.getByText('Not quite yet', { exact: false })).toBeVisible();
  await expect(page.locator('.spell-output')).toContainText('Pip: Goodbye!');
  let result = await lastResult(page);
  expect(result?.passed).toBe(false);
  expect(result?.messages.map((m) => m.key)).toEqual(['levels.gc/gone-at-return.msg.no-spirit']);
  await expect(page.locator('body')).toHaveAttribute('data-ghosts-animated', 'none');
  await expect(page.locator('.stage-caption')).toContainText('The spell made no spirit.');

  // the real spell: Pip is made inside haunt() with last words, and leaves when it returns
  await typeSpell(page, PIP);
  await castAndWait(page);
  await snapMidway(page, 'gc-1-appeared', 700);
  await expect(page.getByText('You did it!', { exact: false })).toBeVisible();
  result = await lastResult(page);
  expect(result?.passed).toBe(true);
  // his last words come between haunt()'s own printing and the line after the call
  expect(result?.output).toBe('Before haunt()\nPip: Boo!\nPip: Goodbye!\nAfter haunt()\n');
  await expect(page.locator('body')).toHaveAttribute('data-ghosts-animated', 'freed:Pip');
  await expect(page.locator('.stage-caption')).toContainText('Just before it left, Pip was held by: pip in haunt().');
  await expect(page.locator('.stage-caption')).toContainText('Pip was freed at once');
  await snap(page, 'gc-1-passed');

  // lesson 2: two spirits that remember each other stay after their names let go
  await page.getByRole('button', { name: 'Next lesson' }).click();
  await expect(page.getByRole('heading', { name: 'Friends Forever' })).toBeVisible();
  await typeSpell(page, 'wisp.friend = mist\nmist.friend = wisp\ndel wisp\ndel mist\n');
  await castAndWait(page);
  expect((await lastResult(page))?.passed).toBe(true);
  await expect(page.locator('body')).toHaveAttribute('data-ghosts-animated', 'alive:wisp,mist');
  await expect(page.locator('.stage-caption')).toContainText('wisp, mist hold each other in a circle.');
  await snap(page, 'gc-2-passed');

  // lesson 3: the Ghost Collector called while the names still hold them takes nothing ...
  await page.getByRole('button', { name: 'Next lesson' }).click();
  await expect(page.getByRole('heading', { name: 'Call the Ghost Collector' })).toBeVisible();
  await typeSpell(page, 'import gc\ngc.collect()\ndel wisp\ndel mist\n');
  await castAndWait(page);
  result = await lastResult(page);
  expect(result?.passed).toBe(false);
  expect(result?.messages.map((m) => m.key)).toEqual(['levels.gc/call-the-collector.msg.too-early']);
  await expect(page.locator('body')).toHaveAttribute('data-ghosts-animated', 'alive:wisp,mist');
  await expect(page.locator('.stage-caption')).toContainText('The Ghost Collector came at line 2 and took nothing');

  // ... and called after they let go, it sweeps the lost circle
  await typeSpell(page, 'import gc\ndel wisp\ndel mist\ngc.collect()\n');
  await castAndWait(page);
  await snapMidway(page, 'gc-3-sweeping', 1900);
  expect((await lastResult(page))?.passed).toBe(true);
  await expect(page.locator('body')).toHaveAttribute('data-ghosts-animated', /^swept:(wisp,mist|mist,wisp)$/);
  await expect(page.locator('.stage-caption')).toContainText('The Ghost Collector came at line 4 and swept');
  await snap(page, 'gc-3-passed');
});

test('breaking the circle by hand frees both at once, and the lantern keeps one circle from the Ghost Collector', async ({ page }) => {
  const ids = LEVELS.map((level) => level.id);
  await seed(page, ids.slice(0, ids.indexOf('gc/break-the-circle')));
  await enter(page);
  await page.locator('button[data-chapter="gc"]').click();
  await page.getByRole('button', { name: /Break the Circle/ }).click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'level');

  // the starter as it is: the names let go, but the circle keeps them
  await page.locator('.cm-content').click();
  await castAndWait(page);
  let result = await lastResult(page);
  expect(result?.passed).toBe(false);
  expect(result?.messages.map((m) => m.key)).toEqual(['levels.gc/break-the-circle.msg.still-circle']);
  await expect(page.locator('body')).toHaveAttribute('data-ghosts-animated', 'alive:wisp,mist');

  // wisp forgets mist: the tally frees mist, and with her wisp's last holder
  await typeSpell(page, 'wisp.friend = None\ndel wisp\ndel mist\n');
  await castAndWait(page);
  expect((await lastResult(page))?.passed).toBe(true);
  await snapMidway(page, 'gc-4-cut', 1300);
  await expect(page.locator('body')).toHaveAttribute('data-ghosts-animated', 'freed:mist,wisp');
  await expect(page.locator('.stage-caption')).toContainText('wisp let go of mist');
  await snap(page, 'gc-4-passed');

  // the lantern: boo and hush are swept, wisp and mist stay
  await page.getByRole('button', { name: 'Next lesson' }).click();
  await expect(page.getByRole('heading', { name: 'The Lantern' })).toBeVisible();
  await typeSpell(page, 'import gc\nlantern = wisp\ndel wisp, mist, boo, hush\ngc.collect()\n');
  await castAndWait(page);
  result = await lastResult(page);
  expect(result?.passed).toBe(true);
  await snapMidway(page, 'gc-5-sweeping', 2100);
  await expect(page.locator('body')).toHaveAttribute('data-ghosts-animated', /^swept:(boo,hush|hush,boo);alive:wisp,mist$/);
  await expect(page.locator('.stage-caption')).toContainText('wisp is held by: lantern.');
  await snap(page, 'gc-5-passed');
});
