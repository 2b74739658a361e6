import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { CHAPTERS } from '../contracts/level-schema.js';
import { LEVELS, levelsOfChapter } from '../python-runtime/levels/index.js';
import { enLevels } from '../game/messages/en-levels.js';
import { certificateFileName } from '../game/ui/certificate-text.js';
import { castAndWait, lastResult, snap, typeSpell } from './kid-actions.js';

/**
 * The whole school, the fastest route, as a kid plays it: a new profile made on the title
 * screen, then every lesson of every chapter in order (the map, the chapter's place, its first
 * lesson, then "Next lesson" after each pass), each passed with the level's reference spell
 * through the real editor and the real runtime. Each stage shows what the spell really did
 * (data-<kind>-animated). The last pass offers the certificate with the kid's name, saved as a
 * PNG. The kid asks for less motion (prefers-reduced-motion), so the stages end at once: no
 * fixed waits anywhere, only what the kid would wait for. On the way, once each: "reduce motion"
 * turned on in the middle of a moving stage ends it at once, the first caption too long for its
 * box is read whole, and the lesson is looked at with 200% zoom.
 */

test.use({ reducedMotion: 'reduce' });

const NAME = 'Grace';

test('a new kid plays every lesson from the first to the certificate', async ({ page }) => {
  test.setTimeout(300_000);
  const started = Date.now();
  await page.goto('/');
  await expect(page.locator('body')).toHaveAttribute('data-title-ready', 'true');
  await page.getByRole('button', { name: 'Enter the school' }).click();
  await page.getByLabel('Your wizard name').fill(NAME);
  await page.getByText('Owl', { exact: true }).click();
  await page.getByRole('button', { name: 'Join the school' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'map');

  const chapters = CHAPTERS.filter((chapter) => levelsOfChapter(chapter).length > 0);
  expect(chapters.length).toBe(6);
  let played = 0;
  /** The first caption too long for its box is read whole, as a kid would (once is enough). */
  let captionRead = false;
  /** Where the time goes, per lesson (printed at the end: the route must stay fast). */
  const laps: { level: string; open: number; type: number; cast: number; stage: number; runtimeMs: number; lines: number }[] = [];
  for (const chapter of chapters) {
    // each place opens only when the one before is finished
    const place = page.locator(`button[data-chapter="${chapter}"]`);
    await expect(place).not.toHaveAttribute('aria-disabled', 'true');
    await place.click();
    await expect(page.locator('body')).toHaveAttribute('data-scene', 'chapter');
    await page.getByRole('button', { name: /Lesson 1:/ }).click();
    const levels = levelsOfChapter(chapter);
    for (const [index, level] of levels.entries()) {
      let mark = Date.now();
      const lap = () => {
        const now = Date.now();
        const ms = now - mark;
        mark = now;
        return ms;
      };
      await expect(page.locator('body')).toHaveAttribute('data-scene', 'level');
      await expect(page.locator('.level-title')).toHaveText(enLevels[level.id]!.title);
      const open = lap();
      await typeSpell(page, level.reference);
      const type = lap();
      // once, the kid turns "reduce motion" on in the middle of a long animation: it ends at once
      const switchMotion = level.id === 'gc/call-the-collector';
      if (switchMotion) await page.emulateMedia({ reducedMotion: 'no-preference' });
      await castAndWait(page);
      const cast = lap();
      if (switchMotion) {
        // the Ghost Collector's full flight takes seconds
        await expect(page.locator('body[data-ghosts-animated]')).toHaveCount(0);
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await expect(page.locator('body[data-ghosts-animated]')).toHaveCount(1, { timeout: 1000 });
      }
      const result = await lastResult(page);
      expect(result?.passed, `${level.id}: ${JSON.stringify(result?.messages)}`).toBe(true);
      // the stage shows what this spell really did (quickly: the kid asked for less motion)
      await expect(page.locator(`body[data-${level.scene}-animated]`)).toHaveCount(1);
      laps.push({
        level: level.id,
        open,
        type,
        cast,
        stage: lap(),
        runtimeMs: result?.ms ?? 0,
        lines: await page.locator('.stage-caption li').count(),
      });
      await snap(page, `whole-school-${level.id.replace('/', '-')}`);
      if (!captionRead && (await page.locator('.caption-toggle').isVisible())) {
        captionRead = true;
        await readWholeCaption(page);
        await lookAtDoubleZoom(page);
      }
      played += 1;
      const last = index === levels.length - 1;
      if (!last) {
        await page.getByRole('button', { name: 'Next lesson' }).click();
      } else if (chapter !== 'graduation') {
        await expect(page.locator('.chapter-finished')).toBeVisible();
        await page.getByRole('button', { name: 'Back to the map' }).first().click();
        await expect(page.locator('body')).toHaveAttribute('data-scene', 'map');
      }
    }
  }
  expect(played).toBe(LEVELS.length);
  expect(captionRead, 'some lesson has a caption longer than its box').toBe(true);

  // the last lesson of the school offers the certificate, with the kid's name on it
  const get = page.getByRole('button', { name: 'Get your certificate' });
  await get.click();
  const dialog = page.getByRole('dialog', { name: 'Your graduation certificate' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('img')).toHaveAttribute('aria-label', new RegExp(`for ${NAME}, graduated on `));
  await snap(page, 'whole-school-certificate');
  await expect(dialog.getByRole('button', { name: 'Save as PNG' })).toBeFocused();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const today = await page.evaluate(() => new Date().toISOString());
  expect(download.suggestedFilename()).toBe(certificateFileName(NAME, new Date(today)));
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  console.log(`whole school: ${LEVELS.length} lessons in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.table(laps);
});

/**
 * A caption longer than its box: the hidden lines are under the box's edge; "Read it all"
 * opens it over the stage (the stage keeps its place), the kid can scroll it by keyboard, and
 * Escape closes it and gives focus back to the button.
 */
async function readWholeCaption(page: Page): Promise<void> {
  const list = page.locator('.stage-caption');
  const last = list.locator('li').last();
  const bottom = async (locator: ReturnType<Page['locator']>) => {
    const box = await locator.boundingBox();
    return box ? box.y + box.height : 0;
  };
  const stageBefore = await page.locator('.stage-slot').boundingBox();
  const shut = await list.boundingBox();
  const toggle = page.getByRole('button', { name: 'Read it all' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  expect(await bottom(last)).toBeGreaterThan(await bottom(list));
  await toggle.click();
  await expect(page.locator('.caption-toggle')).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('.caption-toggle')).toHaveText('Show less');
  await expect(list).toBeFocused();
  const open = await list.boundingBox();
  // taller by a line at least, and (as far as the stage's height allows) every line of it shows
  expect(open!.height).toBeGreaterThan(shut!.height + 20);
  // it opens upwards over the stage: same bottom edge, and the stage has not moved
  expect(Math.abs(open!.y + open!.height - (shut!.y + shut!.height))).toBeLessThan(2);
  expect(await page.locator('.stage-slot').boundingBox()).toEqual(stageBefore);
  await page.keyboard.press('End');
  await expect.poll(async () => (await bottom(last)) <= (await bottom(list)) + 1).toBe(true);
  await snap(page, 'whole-school-caption-open');
  await page.keyboard.press('Escape');
  await expect(page.locator('.caption-toggle')).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('.caption-toggle')).toBeFocused();
}

/**
 * At 200% zoom (a 1280 x 800 window shows 640 x 400 CSS pixels) the lesson is one column that
 * scrolls: the panels stack without overlapping and the caption's words wrap inside its box.
 */
async function lookAtDoubleZoom(page: Page): Promise<void> {
  const before = page.viewportSize()!;
  await page.setViewportSize({ width: before.width / 2, height: before.height / 2 });
  // the page lays itself out again after the resize (the stage follows a resize observer): the
  // panels are measured once that is done, not in the middle of it
  const stacked = async (): Promise<string> => {
    const [editor, stage, results] = await Promise.all(
      ['.editor-panel', '.stage-panel', '.results-panel'].map((panel) => page.locator(panel).boundingBox()),
    );
    const overlaps = [];
    if (editor!.y + editor!.height > stage!.y) overlaps.push(`editor ends at ${editor!.y + editor!.height}, stage starts at ${stage!.y}`);
    if (stage!.y + stage!.height > results!.y) overlaps.push(`stage ends at ${stage!.y + stage!.height}, results start at ${results!.y}`);
    return overlaps.join('; ');
  };
  await expect.poll(stacked, { message: 'the panels stack without overlapping' }).toBe('');
  const cut = await page.locator('.stage-caption').evaluate((list) => list.scrollWidth > list.clientWidth + 1);
  expect(cut, 'caption words wrap, never run off to the side').toBe(false);
  await page.locator('.stage-panel').scrollIntoViewIfNeeded();
  await expect(page.locator('.caption-toggle')).toBeVisible();
  await snap(page, 'whole-school-zoom-200');
  await page.setViewportSize(before);
}
