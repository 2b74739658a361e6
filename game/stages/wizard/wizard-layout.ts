import type { WizardSceneData } from '../../../contracts/cast-protocol.js';
import type { Rect } from '../shared/stage-geometry.js';
import type { FrameView } from './wizard-scene.js';

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
