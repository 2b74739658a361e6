import { expect, test, type Page } from '@playwright/test';
import { LEVELS } from '../python-runtime/levels/index.js';
import { CHAPTERS } from '../contracts/level-schema.js';
import { moonDisc } from '../game/art/sky-painter.js';
import { castAndWait, enterAs, seed, seedDocument, seededSave, snap, typeSpell } from './kid-actions.js';

/**
 * The lesson gives the spell room at the window sizes school laptops have: in every chapter's
 * first lesson at least 12 lines of the spell are visible, and after a cast the verdict and the
 * first line of what the spell printed are on the screen, without scrolling the page.
 * The story and what happened share one panel with two tabs, reachable by keyboard.
 */

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1280, height: 800 },
];

const FIRSTS = CHAPTERS.map((chapter) => LEVELS.find((level) => level.chapter === chapter)!);
const EVERY_OTHER = LEVELS.filter((level) => !FIRSTS.includes(level)).map((level) => level.id);
const LASTS = CHAPTERS.map((chapter) => LEVELS.filter((level) => level.chapter === chapter).at(-1)!.id);

/** Whole lines of the spell the editor shows at once. */
async function visibleEditorLines(page: Page): Promise<number> {
  return page.locator('.cm-scroller').evaluate((scroller) => {
    // one line's height: the shortest line (a long one wraps onto several)
    const heights = [...scroller.querySelectorAll('.cm-line')].map((line) => line.getBoundingClientRect().height).filter((h) => h > 0);
    const height = heights.length === 0 ? 0 : Math.min(...heights);
    const shown = Math.min(scroller.getBoundingClientRect().bottom, window.innerHeight) - scroller.getBoundingClientRect().top;
    return height > 0 ? Math.floor((shown - 8) / height) : 0;
  });
}

async function pageScrolls(page: Page): Promise<boolean> {
  return page.evaluate(() => document.scrollingElement!.scrollHeight > window.innerHeight + 1 || window.scrollY > 0);
}

/** The box is inside the window and not cut by the panel it scrolls in. */
async function inView(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const box = element.getBoundingClientRect();
      let clip = { top: 0, bottom: window.innerHeight };
      for (let parent = element.parentElement; parent !== null; parent = parent.parentElement) {
        const style = getComputedStyle(parent);
        if (/(auto|scroll|hidden)/.test(style.overflowY)) {
          const bounds = parent.getBoundingClientRect();
          clip = { top: Math.max(clip.top, bounds.top), bottom: Math.min(clip.bottom, bounds.bottom) };
        }
      }
      return box.height > 0 && box.top >= clip.top - 1 && box.top + Math.min(box.height, 30) <= clip.bottom + 1;
    });
}

/** A new kid in lesson 1 of the first chapter, at 1280 x 800. */
async function openFirstLesson(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await seed(page, { id: 'kid-ada', name: 'Ada', avatar: 'owl' }, []);
  await enterAs(page, 'Ada');
  await page.locator('button[data-chapter="refcount"]').click();
  await page.getByRole('button', { name: /Lesson 1/ }).click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'level');
}

for (const size of SIZES) {
  test(`at ${size.width}x${size.height} every chapter's first lesson shows 12 lines of spell, then the verdict and the printing`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    // a pass that finishes a place also shows its robe piece, a moment of its own: here each
    // place keeps a lesson to do (its last), and the teacher opened every place
    const save = JSON.parse(
      seededSave(
        { id: 'kid-ada', name: 'Ada', avatar: 'owl' },
        EVERY_OTHER.filter((id) => !LASTS.includes(id)),
      ),
    );
    save.teacher.classChapters = Object.fromEntries(CHAPTERS.map((chapter) => [chapter, 'open']));
    // the guess of each first lesson was made on an earlier visit (e2e/first-hour.spec.ts plays
    // that moment): this is the room of an everyday pass
    for (const level of FIRSTS) {
      save.profiles[0].levels[level.id] = {
        attempts: 1,
        hintsUsed: 0,
        seconds: 30,
        passed: false,
        firstPassedAt: null,
        lastPlayedAt: null,
        lastSpell: null,
        hintsBeforePass: null,
        prediction: { guess: 'same', right: false },
      };
    }
    await seedDocument(page, JSON.stringify(save));
    await enterAs(page, 'Ada');
    for (const level of FIRSTS) {
      await page.locator(`button[data-chapter="${level.chapter}"]`).click();
      await page.getByRole('button', { name: /Lesson 1/ }).click();
      await expect(page.locator('body')).toHaveAttribute('data-scene', 'level');
      expect(await visibleEditorLines(page), `${level.id}: editor lines`).toBeGreaterThanOrEqual(12);
      expect(await inView(page, '.goal-text'), `${level.id}: the goal`).toBe(true);
      expect(await pageScrolls(page), `${level.id}: the page scrolls`).toBe(false);
      await snap(page, `roomy-${level.chapter}-${size.width}`);

      // the reference spell, with a line that prints: both are visible after the cast
      await typeSpell(page, `${level.reference}\nprint("the spell ran")\n`);
      await castAndWait(page);
      expect(await inView(page, '.verdict-headline'), `${level.id}: the verdict`).toBe(true);
      await expect(page.locator('.spell-output')).toContainText('the spell ran');
      await snap(page, `roomy-${level.chapter}-${size.width}-cast`);
      expect(await inView(page, '.spell-output'), `${level.id}: the printed output`).toBe(true);
      expect(await pageScrolls(page), `${level.id}: the page scrolls after the cast`).toBe(false);

      await page.getByRole('button', { name: 'Back to the map' }).click();
      await expect(page.locator('body')).toHaveAttribute('data-scene', 'map');
    }
  });
}

test('the story and what happened are two tabs: a cast turns to what happened, a hint and the arrow keys turn back', async ({ page }) => {
  await openFirstLesson(page);
  const story = page.getByRole('tab', { name: 'The story' });
  const happened = page.getByRole('tab', { name: 'What happened' });
  await expect(story).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'The story' })).toContainText('tally');

  await typeSpell(page, 'print("hello")');
  await castAndWait(page);
  await expect(happened).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'What happened' })).toContainText('Not quite yet');
  await expect(page.getByRole('tabpanel', { name: 'The story' })).toBeHidden();

  // by keyboard: the selected tab is in the Tab order, the arrows move between the tabs
  await happened.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(story).toBeFocused();
  await expect(story).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(happened).toHaveAttribute('aria-selected', 'true');

  await page.getByRole('button', { name: 'Show a hint' }).click();
  await expect(story).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.hint-list li')).toHaveCount(1);
  await expect(page.locator('.hint-list li').first()).toBeInViewport();
});

test('a wrapped line of the spell hangs under its code, and Home and End act on the whole line', async ({ page }) => {
  await openFirstLesson(page);
  const long = `    note = "${'a very long string of magic words '.repeat(3)}"`;
  await typeSpell(page, `def wear():\n${long}\n    return note\n`);
  const rects = await page.locator('.cm-line', { hasText: 'a very long string' }).evaluate((line) => {
    const range = document.createRange();
    range.selectNodeContents(line);
    const code = line.textContent!.indexOf('note');
    const lines = [...range.getClientRects()].filter((rect) => rect.width > 0);
    return {
      first: lines[0]!.top,
      last: lines.at(-1)!,
      codeLeft: (() => {
        const start = document.createRange();
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        let seen = 0;
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          if (seen + text.length > code) {
            start.setStart(node, code - seen);
            start.setEnd(node, code - seen + 1);
            return start.getBoundingClientRect().left;
          }
          seen += text.length;
        }
        return 0;
      })(),
    };
  });
  // it wrapped, and the continuation starts right of where the line's code starts
  expect(rects.last.top).toBeGreaterThan(rects.first);
  expect(rects.last.left).toBeGreaterThan(rects.codeLeft + 5);

  // in the middle of the wrapped line: End goes to its real end, Home to its real start
  await page.locator('.cm-line', { hasText: 'a very long string' }).click({ position: { x: 200, y: 40 } });
  await page.keyboard.press('End');
  await page.keyboard.type('!');
  await page.keyboard.press('Home');
  await page.keyboard.type('#');
  await expect(page.locator('.cm-line', { hasText: 'a very long string' })).toHaveText(`#${long}!`);
});

test('"Watch it big" gives the stage the whole lesson, by keyboard, and Escape brings the spell back', async ({ page }) => {
  await openFirstLesson(page);
  await typeSpell(page, 'my_hat = hat\n');
  await castAndWait(page);
  const small = (await page.locator('.stage-slot').boundingBox())!;
  const big = page.getByRole('button', { name: 'Watch it big' });
  await big.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Back to my spell' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.editor-panel')).toBeHidden();
  const large = (await page.locator('.stage-slot').boundingBox())!;
  expect(large.width).toBeGreaterThan(small.width * 1.6);
  expect(large.height).toBeGreaterThan(small.height * 1.6);
  // the stage is drawn at its new size: the tally shows again there
  await expect(page.locator('body')).toHaveAttribute('data-tally-animated', '1');
  await snap(page, 'roomy-watch-it-big');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Watch it big' })).toBeFocused();
  await expect(page.locator('.editor-panel')).toBeVisible();
  expect(await page.locator('.stage-slot').boundingBox()).toEqual(small);
});

test('at 1024x640 the lesson still fits: the spell, the cast button, and the verdict after a cast', async ({ page }) => {
  await openFirstLesson(page);
  await page.setViewportSize({ width: 1024, height: 640 });
  expect(await visibleEditorLines(page)).toBeGreaterThanOrEqual(6);
  await expect(page.getByRole('button', { name: 'Cast the spell' })).toBeInViewport();
  await typeSpell(page, 'my_hat = hat\nprint("held!")\n');
  await castAndWait(page);
  expect(await inView(page, '.verdict-headline')).toBe(true);
  expect(await pageScrolls(page)).toBe(false);
  // the stage's words end above the story and what happened, never on them
  const caption = (await page.locator('.stage-caption-box').boundingBox())!;
  const book = (await page.locator('.book-panel').boundingBox())!;
  expect(caption.y + caption.height).toBeLessThanOrEqual(book.y + 1);
  await snap(page, 'roomy-1024');
});

// a small laptop window, and a 1280 x 800 screen zoomed to 150% (the page then has 853 x 533 CSS pixels)
const SMALL_WINDOWS = [
  { name: '800x600', viewport: { width: 800, height: 600 }, deviceScaleFactor: 1 },
  { name: '1280x800 at 150% zoom', viewport: { width: 853, height: 533 }, deviceScaleFactor: 1.5 },
];

for (const small of SMALL_WINDOWS) {
  test(`at ${small.name} a cast brings the verdict into view`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: small.viewport, deviceScaleFactor: small.deviceScaleFactor });
    const page = await context.newPage();
    await seed(page, { id: 'kid-ada', name: 'Ada', avatar: 'owl' }, []);
    await enterAs(page, 'Ada');
    await page.locator('button[data-chapter="refcount"]').click();
    await page.getByRole('button', { name: /Lesson 1/ }).click();
    await expect(page.locator('body')).toHaveAttribute('data-scene', 'level');
    await typeSpell(page, 'my_hat = hat\n');
    await castAndWait(page);
    // the page scrolls down to the verdict (smoothly, unless less motion is asked for)
    await expect.poll(() => inView(page, '.verdict-headline')).toBe(true);
    await expect(page.locator('.verdict-headline')).toBeInViewport();
    await snap(page, `roomy-small-${small.viewport.width}-cast`);
    await context.close();
  });
}

/** Does the box come within the moon's disc? */
function onTheMoon(box: { x: number; y: number; width: number; height: number }, viewport: { width: number; height: number }): boolean {
  const moon = moonDisc(viewport.width, viewport.height);
  const nearestX = Math.max(box.x, Math.min(moon.x, box.x + box.width));
  const nearestY = Math.max(box.y, Math.min(moon.y, box.y + box.height));
  return Math.hypot(moon.x - nearestX, moon.y - nearestY) < moon.radius;
}

test('at 800x600 no lesson title sits on the moon, and no title loses its end', async ({ page }) => {
  const viewport = { width: 800, height: 600 };
  await page.setViewportSize(viewport);
  const save = JSON.parse(
    seededSave(
      { id: 'kid-ada', name: 'Ada', avatar: 'owl' },
      LEVELS.map((level) => level.id),
    ),
  );
  save.teacher.classChapters = Object.fromEntries(CHAPTERS.map((chapter) => [chapter, 'open']));
  await seedDocument(page, JSON.stringify(save));
  await enterAs(page, 'Ada');
  for (const chapter of CHAPTERS) {
    await page.locator(`button[data-chapter="${chapter}"]`).click();
    const lessons = LEVELS.filter((level) => level.chapter === chapter);
    for (const [index, level] of lessons.entries()) {
      await page.getByRole('button', { name: new RegExp(`Lesson ${index + 1}\\b`) }).click();
      await expect(page.locator('body')).toHaveAttribute('data-scene', 'level');
      const title = page.locator('.level-title');
      const box = (await title.boundingBox())!;
      expect(onTheMoon(box, viewport), `${level.id}: the title is on the moon`).toBe(false);
      // two lines at most, and every word of the title is shown (a third line would hide 32 px)
      const heights = await title.evaluate((h1) => ({ shown: h1.clientHeight, whole: h1.scrollHeight }));
      expect(heights.whole, `${level.id}: the title is cut`).toBeLessThanOrEqual(heights.shown + 4);
      if (index === 0) await snap(page, `roomy-title-${chapter}-800`);
      await page.getByRole('button', { name: 'Back to the lessons' }).click();
    }
    await page.getByRole('button', { name: 'Back to the map' }).click();
  }
});
