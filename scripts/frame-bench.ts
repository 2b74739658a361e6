/**
 * Frames a second in every place of the game, for `npm run bench` (bench.ts): a fresh profile
 * in a fresh browser context (so Python's first start is a cold one), every chapter open, and in
 * each chapter's first lesson the reference spell cast so its stage animates.
 *
 * Frames are counted the way a kid sees them: requestAnimationFrame callbacks of the page,
 * recorded from the first script on (an init script), so a main thread blocked by the game, by
 * Python's start or by drawing shows as missing frames. For each place: frames a second over the
 * window, and the 95th percentile of the time between two frames.
 */
import type { Browser, Page } from '@playwright/test';
import { LEVELS } from '../python-runtime/levels/index.js';
import { CHAPTERS, type ChapterId } from '../contracts/level-schema.js';
import { guessIfAsked, seededSave, typeSpell } from '../e2e/kid-actions.js';

/** How long a place at rest is watched. */
const REST_MS = 2000;

export interface FrameFigure {
  place: string;
  fps: number;
  p95Ms: number;
  frames: number;
  windowMs: number;
}

/** Recorded in the page: every frame's time, and when body attributes changed (cast done, stage animated). */
const RECORDER = `
(() => {
  const frames = [];
  const marks = [];
  window.__frameBench = { frames, marks };
  const tick = (time) => { frames.push(time); requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  const watch = () => new MutationObserver((changes) => {
    for (const change of changes) {
      const name = change.attributeName;
      if (name) marks.push({ name, value: document.body.getAttribute(name), at: performance.now() });
    }
  }).observe(document.body, { attributes: true });
  if (document.body) watch(); else document.addEventListener('DOMContentLoaded', watch);
})();
`;

interface Mark {
  name: string;
  value: string | null;
  at: number;
}

async function recorded(page: Page): Promise<{ frames: number[]; marks: Mark[] }> {
  return (await page.evaluate('({ frames: window.__frameBench.frames.slice(), marks: window.__frameBench.marks.slice() })')) as {
    frames: number[];
    marks: Mark[];
  };
}

async function now(page: Page): Promise<number> {
  return (await page.evaluate('performance.now()')) as number;
}

/** Frames a second and p95 frame time between two moments of the page's clock. */
export function figureOf(place: string, frames: readonly number[], from: number, to: number): FrameFigure {
  const inside = frames.filter((time) => time >= from && time <= to);
  const gaps = inside
    .slice(1)
    .map((time, index) => time - inside[index]!)
    .sort((a, b) => a - b);
  const windowMs = to - from;
  const p95 = gaps.length === 0 ? windowMs : gaps[Math.min(gaps.length - 1, Math.ceil(gaps.length * 0.95) - 1)]!;
  return {
    place,
    fps: Math.round((inside.length / Math.max(1, windowMs)) * 1000 * 10) / 10,
    p95Ms: Math.round(p95 * 10) / 10,
    frames: inside.length,
    windowMs: Math.round(windowMs),
  };
}

async function atRest(page: Page, place: string): Promise<FrameFigure> {
  const from = await now(page);
  await page.waitForTimeout(REST_MS);
  const to = await now(page);
  return figureOf(place, (await recorded(page)).frames, from, to);
}

/** Casts the lesson's reference spell; the window runs from the verdict to the stage's "animated" mark. */
async function stageAnimating(page: Page, place: string, spell: string): Promise<FrameFigure> {
  await typeSpell(page, spell);
  // a chapter's first lesson asks for a guess before its first cast (the cast waits for it)
  await guessIfAsked(page);
  const pressed = await now(page);
  await page.keyboard.press('Control+Enter');
  await page.waitForFunction(
    (since) => {
      const marks = (window as unknown as { __frameBench: { marks: Mark[] } }).__frameBench.marks;
      return marks.some((mark) => mark.at >= since && /^data-.+-animated$/.test(mark.name) && mark.value !== null);
    },
    pressed,
    { timeout: 60_000 },
  );
  const { frames, marks } = await recorded(page);
  const done = marks.find((mark) => mark.at >= pressed && mark.name === 'data-cast-state' && mark.value === 'done');
  const animated = marks.find((mark) => mark.at >= pressed && /^data-.+-animated$/.test(mark.name) && mark.value !== null);
  if (done === undefined || animated === undefined) throw new Error(`${place}: the stage never said it animated`);
  return figureOf(place, frames, done.at, animated.at);
}

/**
 * `screenshots`: a folder for a picture of every stage once it animated (PYLAND_SCREENSHOTS), to
 * compare how the stages look under each renderer (PYLAND_BENCH_RENDERER=webgl|canvas).
 */
export async function measureFrames(
  browser: Browser,
  url: string,
  screenshots?: string,
): Promise<{ figures: FrameFigure[]; firstStartPythonMs: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(RECORDER);
    // every place open: a kid who passed the lessons before each chapter's first
    const everyFirst = new Set(CHAPTERS.map((chapter) => LEVELS.find((level) => level.chapter === chapter)!.id));
    const passed = LEVELS.filter((level) => !everyFirst.has(level.id)).map((level) => level.id);
    await page.addInitScript(
      (save) => {
        if (localStorage.getItem('pyland.save') === null) localStorage.setItem('pyland.save', save);
      },
      seededSave({ id: 'bench-kid', name: 'Bench', avatar: 'owl' }, passed),
    );
    await page.goto(url);
    await page.waitForFunction(() => document.body.dataset['pythonReady'] === 'true', null, { timeout: 120_000 });
    const { frames, marks } = await recorded(page);
    const titleReady = marks.find((mark) => mark.name === 'data-title-ready')?.at ?? 0;
    const pythonReady = marks.find((mark) => mark.name === 'data-python-ready')?.at ?? (await now(page));
    const figures: FrameFigure[] = [figureOf('title_python_starting', frames, titleReady, pythonReady)];
    figures.push(await atRest(page, 'title'));

    await page.getByRole('button', { name: 'Enter the school' }).click();
    await page.getByRole('button', { name: /Bench/ }).click();
    await page.waitForFunction(() => document.body.dataset['scene'] === 'map');
    figures.push(await atRest(page, 'map'));

    for (const chapter of CHAPTERS) {
      const first = LEVELS.find((level) => level.chapter === chapter)!;
      await openFirstLesson(page, chapter);
      figures.push(await atRest(page, `lesson_${chapter}`));
      figures.push(await stageAnimating(page, `stage_${chapter}_${first.scene}`, first.reference));
      if (screenshots !== undefined) await page.screenshot({ path: `${screenshots}/stage-${chapter}.png` });
      await page.getByRole('button', { name: 'Back to the map' }).click();
      await page.waitForFunction(() => document.body.dataset['scene'] === 'map');
    }
    return { figures, firstStartPythonMs: Math.round(pythonReady) };
  } finally {
    await context.close();
  }
}

async function openFirstLesson(page: Page, chapter: ChapterId): Promise<void> {
  await page.locator(`button[data-chapter="${chapter}"]`).click();
  await page.getByRole('button', { name: /Lesson 1/ }).click();
  await page.waitForFunction(() => document.body.dataset['scene'] === 'level');
}
