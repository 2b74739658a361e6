import type { SceneData, WizardSceneData, WizardStep } from '../../python-runtime/protocol.js';
import type { Rect } from './tally-layout.js';

/**
 * The wizard stage as plain maths (no Phaser), so it is tested without a canvas. The stage
 * draws exactly this:
 *
 *   brew(5) · step 7 of 14                          <- header: what is read, where the wand is
 *   ┌ runes ───────────────────┐  ┌ brew ─┐┌ double ┐
 *   │ 5  LOAD_GLOBAL double     │  │       ││        │   <- one box per open frame, the newest
 *   │ 5  CALL 1           ×1    │  │       ││  [ 2 ] │      (deepest) on the right, its value
 *  ➤│ 2  BINARY_OP *      ×1    │  │       ││  [ 5 ] │      stack as stones from the bottom up
 *   └───────────────────────────┘  └───────┘└────────┘
 *
 * The wand (➤) moves rune by rune; a long listing scrolls so the wand's rune stays in sight.
 * Each rune counts how many times the wizard ran it (a loop's JUMP_BACKWARD: ×4). The runes the
 * level asks about are lit. After the last rune the stage comes back to the focus step (the
 * last lit one), which is what the kid predicted.
 */
export interface WizardLayoutOptions {
  /** Smallest and largest font of the rune rows (px). */
  minFontSize: number;
  maxFontSize: number;
  /** Width of one character per px of font size (monospace). */
  charRatio: number;
  /** Row height per px of font size. */
  rowRatio: number;
  /** Share of the width the rune column takes. */
  columnShare: number;
  gap: number;
  headerHeight: number;
  /** Time per step, kept between these, so that a whole reading takes about `runMs`. */
  minStepMs: number;
  maxStepMs: number;
  runMs: number;
  /** Pause on the focus step at the end. */
  holdMs: number;
}

export const DEFAULT_WIZARD_OPTIONS: WizardLayoutOptions = {
  minFontSize: 14,
  maxFontSize: 18,
  charRatio: 0.61,
  rowRatio: 1.35,
  columnShare: 0.64,
  gap: 14,
  headerHeight: 30,
  minStepMs: 90,
  maxStepMs: 520,
  runMs: 7000,
  holdMs: 400,
};

export function isWizardScene(data: SceneData | null | undefined): data is WizardSceneData {
  return (
    typeof data === 'object' &&
    data !== null &&
    data.kind === 'wizard' &&
    Array.isArray((data as WizardSceneData).runes) &&
    Array.isArray((data as WizardSceneData).steps)
  );
}

/** The step the stage ends on: the last lit one, else the last one (-1 when nothing ran). */
export function focusStepIndex(data: WizardSceneData): number {
  for (let i = data.steps.length - 1; i >= 0; i -= 1) {
    if (data.steps[i]!.marked) return i;
  }
  return data.steps.length - 1;
}

function stackText(stack: string[]): string {
  return `[${stack.join(', ')}]`;
}

/**
 * The step the picture rests on once the reading is over: the lit-up step, or the last step
 * while the lesson's question is still open (resting on the pile after the lit-up rune would
 * give the answer away; the kid watched it go by).
 */
export function restingStepIndex(data: WizardSceneData): number {
  return data.puzzle ? data.steps.length - 1 : focusStepIndex(data);
}

/** Whether the resting picture leaves out how often the lit-up runes ran (that is the question). */
export function hidesLitCounts(data: WizardSceneData): boolean {
  return data.puzzle === 'jumps';
}

/** For the e2e tests (`data-wizard-animated`): runes read, and the stack after the focus step. */
export function wizardSummary(data: WizardSceneData): string {
  const focus = data.steps[focusStepIndex(data)];
  return `steps:${data.totalSteps};stack:${stackText(focus ? focus.after : [])}`;
}

/** How many times each rune ran, counting the steps up to and including `upTo`. */
export function runCounts(data: WizardSceneData, upTo = data.steps.length - 1): number[] {
  const counts = data.runes.map(() => 0);
  for (let i = 0; i <= upTo && i < data.steps.length; i += 1) {
    const rune = data.steps[i]!.rune;
    if (rune >= 0 && rune < counts.length) counts[rune]! += 1;
  }
  return counts;
}

export interface FrameView {
  /** The function that frame runs. */
  name: string;
  /** Its value stack, bottom first. */
  stack: string[];
  /** The frame the wand is in (the newest). */
  current: boolean;
}

/**
 * The frames open right after step `index`, outermost first, with their stacks. Names come from
 * replaying the depth changes: a step runs in the function of its rune; a CALL that opened a
 * frame is followed by a step in the callee.
 */
export function framesAfter(data: WizardSceneData, index: number): FrameView[] {
  const step = data.steps[index];
  if (!step) return [];
  const names: string[] = [];
  for (let i = 0; i <= index; i += 1) {
    const s = data.steps[i]!;
    names.length = Math.max(0, s.depth);
    names[s.depth - 1] = data.runes[s.rune]?.function ?? '?';
    if (s.depthAfter > s.depth) {
      const next = data.steps[i + 1];
      names[s.depthAfter - 1] = next ? (data.runes[next.rune]?.function ?? '?') : '?';
    }
  }
  names.length = Math.max(0, step.depthAfter);
  if (step.depthAfter === 0) return [];
  const outer = step.outer.slice(-(step.depthAfter - 1));
  const frames: FrameView[] = [];
  const skipped = step.depthAfter - 1 - outer.length; // frames too deep down to be sent
  for (let k = 0; k < step.depthAfter; k += 1) {
    if (k < skipped) continue;
    const isCurrent = k === step.depthAfter - 1;
    frames.push({ name: names[k] ?? '?', stack: isCurrent ? step.after : (outer[k - skipped] ?? []), current: isCurrent });
  }
  return frames;
}

/** The most frames open at once, over the shown steps. */
export function deepestFrames(data: WizardSceneData): number {
  return data.steps.reduce((deepest, step) => Math.max(deepest, step.depth, step.depthAfter), 0);
}

export interface WizardLayout {
  header: Rect;
  /** The rune column (the scroll). */
  column: Rect;
  /** Where the frame boxes go. */
  frames: Rect;
  fontSize: number;
  rowHeight: number;
  /** Rune rows that fit in the column. */
  visibleRows: number;
  /** Characters of a row that fit (longer rows are cut with …). */
  rowChars: number;
  stepMs: number;
  /** Whole animation: every step, then the hold on the focus step. */
  durationMs: number;
}

/** The text of one rune row: opname and argument (the line goes in its own gutter). */
export function runeRowText(data: WizardSceneData, index: number): string {
  const rune = data.runes[index];
  if (!rune) return '';
  return rune.argument ? `${rune.opname} ${rune.argument}` : rune.opname;
}

/** The font (px) a stone label fits in at `width`, between `min` and `font`. */
export function stoneFontSize(label: string, width: number, font: number, min = 11, charRatio = DEFAULT_WIZARD_OPTIONS.charRatio): number {
  const fits = Math.floor((width - 12) / (Math.max(1, label.length) * charRatio));
  return Math.max(min, Math.min(font, fits));
}

export function fitText(text: string, chars: number): string {
  if (chars <= 1) return text.length > 0 ? '…' : '';
  return text.length <= chars ? text : `${text.slice(0, chars - 1)}…`;
}

/** Gutter (line number) and count (×N) widths in characters, around the row text. */
export const GUTTER_CHARS = 3;
export const COUNT_CHARS = 4;

export function layoutWizard(data: WizardSceneData, area: Rect, options: Partial<WizardLayoutOptions> = {}): WizardLayout {
  const o = { ...DEFAULT_WIZARD_OPTIONS, ...options };
  const header: Rect = { x: area.x, y: area.y, width: area.width, height: Math.min(o.headerHeight, area.height) };
  const bodyY = area.y + header.height + o.gap / 2;
  const bodyHeight = Math.max(0, area.height - header.height - o.gap / 2);
  const columnWidth = Math.max(0, Math.floor(area.width * o.columnShare));
  const column: Rect = { x: area.x, y: bodyY, width: columnWidth, height: bodyHeight };
  const frames: Rect = {
    x: area.x + columnWidth + o.gap,
    y: bodyY,
    width: Math.max(0, area.width - columnWidth - o.gap),
    height: bodyHeight,
  };
  const longest = data.runes.reduce((most, _rune, i) => Math.max(most, runeRowText(data, i).length), 8);
  const wanted = (columnWidth - 16) / ((longest + GUTTER_CHARS + COUNT_CHARS + 2) * o.charRatio);
  const fontSize = Math.max(o.minFontSize, Math.min(o.maxFontSize, Math.floor(wanted)));
  const rowHeight = Math.round(fontSize * o.rowRatio);
  const visibleRows = Math.max(1, Math.floor((bodyHeight - 12) / rowHeight));
  const rowChars = Math.max(4, Math.floor((columnWidth - 16) / (fontSize * o.charRatio)) - GUTTER_CHARS - COUNT_CHARS - 2);
  const count = data.steps.length;
  const stepMs = count === 0 ? 0 : Math.round(Math.max(o.minStepMs, Math.min(o.maxStepMs, o.runMs / count)));
  return { header, column, frames, fontSize, rowHeight, visibleRows, rowChars, stepMs, durationMs: stepMs * count + o.holdMs };
}

/** First rune row shown so that the wand's rune `current` stays in sight (about a third down). */
export function runeWindowStart(runeCount: number, visibleRows: number, current: number): number {
  if (runeCount <= visibleRows) return 0;
  const start = current - Math.floor(visibleRows / 3);
  return Math.max(0, Math.min(runeCount - visibleRows, start));
}

export interface StoneBox extends Rect {
  label: string;
}

export interface FrameBox {
  box: Rect;
  name: string;
  current: boolean;
  stones: StoneBox[];
  /** Stones of a tall stack not drawn (the bottom ones), shown as "+N". */
  hidden: number;
}

/**
 * One box per open frame, side by side, the newest on the right; stones stacked from the bottom
 * up. A stack taller than the box shows its top stones and counts the rest.
 */
export function frameBoxes(frames: FrameView[], area: Rect, fontSize: number, gap = 10): FrameBox[] {
  if (frames.length === 0 || area.width <= 0 || area.height <= 0) return [];
  const width = (area.width - gap * (frames.length - 1)) / frames.length;
  const title = Math.round(fontSize * 1.6);
  const stoneHeight = Math.round(fontSize * 1.7);
  const room = Math.max(1, Math.floor((area.height - title - 10) / (stoneHeight + 4)));
  return frames.map((frame, k) => {
    const box: Rect = { x: area.x + k * (width + gap), y: area.y, width, height: area.height };
    const shown = frame.stack.length > room ? frame.stack.slice(frame.stack.length - room + 1) : frame.stack;
    const hidden = frame.stack.length - shown.length;
    const stones = shown.map((label, i) => ({
      x: box.x + 8,
      y: box.y + box.height - 8 - (i + 1) * (stoneHeight + 4) + 4,
      width: width - 16,
      height: stoneHeight,
      label,
    }));
    return { box, name: frame.name, current: frame.current, stones, hidden };
  });
}

type Format = (key: string, params?: Record<string, string | number>) => string;

/** One sentence per thing the stage shows, for screen readers (see stage-words.ts). */
export function describeWizard(data: WizardSceneData, format: Format): string[] {
  const words: string[] = [];
  if (data.steps.length === 0) {
    words.push(format('level.wizard-nothing', { name: data.title }));
  } else {
    words.push(format('level.wizard-read', { name: data.title, count: data.totalSteps }));
    const puzzle = data.puzzle ?? null;
    const counts = runCounts(data);
    const lit = new Set(data.steps.filter((step) => step.marked).map((step) => step.rune));
    for (const rune of lit) {
      words.push(
        puzzle === 'jumps'
          ? format('level.wizard-rune-lit', { rune: runeRowText(data, rune) })
          : format('level.wizard-rune-ran', { rune: runeRowText(data, rune), times: counts[rune] ?? 0 }),
      );
    }
    const focus = data.steps[focusStepIndex(data)];
    if (focus && focus.marked && puzzle !== 'stack') {
      words.push(format('level.wizard-stack-after', { rune: runeRowText(data, focus.rune), stack: stackText(focus.after) }));
    }
    const deepest = deepestFrames(data);
    if (deepest > 1 && puzzle !== 'frames') words.push(format('level.wizard-frames', { count: deepest, names: data.functions.join(', ') }));
    if (data.returned !== null && puzzle !== 'frames') words.push(format('level.wizard-returned', { value: data.returned }));
    // the lesson's question stays the kid's to answer: say where to look, not what is there
    if (puzzle) words.push(format(`level.wizard-puzzle-${puzzle}`));
  }
  for (const rune of data.missing) words.push(format('level.rune-missing', { rune }));
  return words;
}
