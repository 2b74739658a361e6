import { expect, test } from '@playwright/test';
import { LEVELS } from '../python-runtime/levels/index.js';
import { castAndWait, enterAs, lastResult, levelsBefore, seed, snap, snapMidway, typeSpell } from './kid-actions.js';

/**
 * A kid plays chapter 2 (the Ghost Collector) in the web build. The profile is seeded with every
 * level of chapter 1 passed, so the place on the map is open. In lesson 1 a spell that only
 * prints what the right one prints fails, the right one passes, and the stage shows Pip freed the
 * moment haunt() returned. Then lessons 2 and 3: a circle that stays when its names let go, the
 * Ghost Collector coming too early and taking nothing, and then sweeping the lost circle. Every
 * outcome on the stage (data-ghosts-animated) is what the checker measured in the kid's run.
 */

const KID = { id: 'ghost-friend', name: 'Casper', avatar: 'cat' };

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
  await seed(page, KID, earlier);
  await enterAs(page, KID.name);

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
  await expect(page.locator('.stage-caption')).toContainText('wisp and mist hold each other in a circle.');
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
  await seed(page, KID, ids.slice(0, ids.indexOf('gc/break-the-circle')));
  await enterAs(page, KID.name);
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
