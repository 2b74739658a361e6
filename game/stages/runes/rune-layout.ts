import type { Say } from '../../messages/translator.js';
import type { Rune, RuneSceneData } from '../../../contracts/cast-protocol.js';
import type { Rect } from '../shared/stage-geometry.js';
import { paceMs, type StagePace } from '../shared/stage-pace.js';

/**
 * Where the rune stones of a `runes` scene go and when each one moves, as plain maths (no
 * Phaser), so it is tested without a canvas. The rune stage draws exactly this layout:
 *
 *   [RESUME ] [LOAD_CONST      ] [RETURN_VALUE]     <- one stone per rune, in reading order,
 *   [ 0     ] ['Abracadabra!'  ] [            ]        opname above, its argument below
 *   [BINARY_OP_MULTIPLY_INT]                        <- a specialised rune changes its name,
 *   [  * · was BINARY_OP   ]                          and says what it was under it
 *   [LOAD_GLOBAL ?]                                 <- a dashed ghost: looked for, not found
 *
 * Stones flow left to right in rows, like words on a page, at the largest font that fits (never
 * under 16 px). Plain runes that still do not fit fold into "+N" stones where they stood, so no
 * spell can make the stage overflow and the runes that matter stay in sight.
 */
export interface RuneLayoutOptions {
  /** Font size of the opname (px); the argument and the "was" line use `smallFontSize`. */
  fontSize: number;
  smallFontSize: number;
  /** Width of one character per px of font size (the stones use a monospace font). */
  charRatio: number;
  /**
   * The real width of a text (px) in the stage's font, where it can be measured: an emoji, a
   * wide letter or a font fallback is wider than `charRatio` says, and the stone must still hold it.
   */
  measure?: ((text: string, fontSize: number, bold: boolean) => number) | undefined;
  /** Space inside a stone, left and right of the text. */
  padding: number;
  gap: number;
  /** Delay between one stone appearing and the next (shrunk for long functions). */
  staggerMs: number;
  /** All stones have appeared by this time at the latest. */
  maxAppearMs: number;
  appearMs: number;
  /** Time one specialised stone takes to change form, and between two changes. */
  changeMs: number;
  /** How long the lit stones take to light up. */
  lightMs: number;
}

export const DEFAULT_RUNE_OPTIONS: RuneLayoutOptions = {
  fontSize: 18,
  smallFontSize: 16,
  charRatio: 0.61,
  padding: 12,
  gap: 10,
  staggerMs: 140,
  maxAppearMs: 1600,
  appearMs: 320,
  changeMs: 520,
  lightMs: 500,
};

export type StoneKind = 'rune' | 'more' | 'missing';

export interface RuneStone {
  kind: StoneKind;
  /** Index in `data.runes` (rune stones only, else -1). */
  index: number;
  /** Top line: the opname the stone shows first (`+3` for a "more" stone). */
  title: string;
  /** Second line: the argument, or '' (or `?` for a ghost). */
  argument: string;
  /** The name a specialised rune changes into, or null. */
  changeTo: string | null;
  /** The second line once it changed: its argument and the plain name it had (`* · was BINARY_OP`). */
  changedArgument: string | null;
  found: boolean;
  /** Centre and size. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** When the stone appears, changes form and lights up (ms from the start; -1: never). */
  appearAt: number;
  changeAt: number;
  lightAt: number;
}

export interface RuneLayout {
  stones: RuneStone[];
  /** Runes not shown as stones of their own (counted on the "+N" stones). */
  hidden: number;
  /** Ghost stones left out because even they did not fit. */
  droppedGhosts: number;
  /** The font sizes the stones are drawn with (px) and the height of every stone. */
  fontSize: number;
  smallFontSize: number;
  lineHeight: number;
  /** When the last animation is over. */
  durationMs: number;
}

/** Font sizes tried from the largest down; the smallest is still 16 px, readable on the canvas. */
export const RUNE_FONT_STEPS: readonly (readonly [number, number])[] = [
  [22, 18],
  [20, 17],
  [18, 16],
  [16, 16],
];

/**
 * Lays the stones out with the largest font at which every rune fits the stage (unless
 * `options.fontSize` fixes it); when even 16 px is too big, plain runes fold into "+N" stones.
 */
export function layoutRunes(data: RuneSceneData, area: Rect, say: Say, options: Partial<RuneLayoutOptions> = {}): RuneLayout {
  const o = { ...DEFAULT_RUNE_OPTIONS, ...options };
  if (options.fontSize !== undefined) return layoutAt(data, area, say, o);
  let layout: RuneLayout | null = null;
  for (const [fontSize, smallFontSize] of RUNE_FONT_STEPS) {
    layout = layoutAt(data, area, say, { ...o, fontSize, smallFontSize });
    if (layout.hidden === data.more && layout.droppedGhosts === 0) return layout;
  }
  return layout!;
}

type StoneSize = Omit<RuneStone, 'x' | 'y' | 'appearAt' | 'changeAt' | 'lightAt'>;
type Item = { rune: StoneSize } | { folded: number };

function layoutAt(data: RuneSceneData, area: Rect, say: Say, o: RuneLayoutOptions): RuneLayout {
  // every stone has the same height (two lines), so rows line up
  const height = Math.round(o.fontSize * 1.3 + o.smallFontSize * 1.2 + 12);
  const maxWidth = Math.max(o.fontSize * o.charRatio * 4 + 2 * o.padding, area.width);
  const maxRows = Math.max(1, Math.floor((area.height + o.gap) / (height + o.gap)));

  const items: Item[] = data.runes.map((rune, index) => {
    const was = rune.specialised ? wasText(rune, say) : '';
    return {
      rune: {
        kind: 'rune' as const,
        index,
        title: fit(rune.opname, maxWidth, o.fontSize, true, o),
        argument: fit(rune.argument, maxWidth, o.smallFontSize, false, o),
        changeTo: rune.specialised ? fit(rune.specialised, maxWidth, o.fontSize, true, o) : null,
        changedArgument: rune.specialised ? fit(was, maxWidth, o.smallFontSize, false, o) : null,
        found: rune.found,
        width: stoneWidth([rune.opname, rune.specialised ?? ''], [rune.argument, was], maxWidth, o),
        height,
      },
    };
  });
  if (data.more > 0) items.push({ folded: data.more });
  const ghosts: StoneSize[] = data.missing.map((text) => ({
    kind: 'missing' as const,
    index: -1,
    title: fit(text, maxWidth, o.fontSize, true, o),
    argument: '?',
    changeTo: null,
    changedArgument: null,
    found: false,
    width: stoneWidth([text], ['?'], maxWidth, o),
    height,
  }));
  const stonesOf = (list: Item[]): StoneSize[] =>
    list.map((item) =>
      'rune' in item
        ? item.rune
        : {
            kind: 'more' as const,
            index: -1,
            title: `+${item.folded}`,
            argument: '',
            changeTo: null,
            changedArgument: null,
            found: false,
            width: stoneWidth([`+${item.folded}`], [], maxWidth, o),
            height,
          },
    );

  // too many runes: fold plain ones into "+N" stones where they stood, the last ones first, so
  // the runes that light up or change form stay in sight as long as any can
  let rows = packRows([...stonesOf(items), ...ghosts], maxWidth, o.gap);
  while (rows.length > maxRows) {
    let at = findLastIndex(items, (item) => 'rune' in item && !item.rune.found && item.rune.changeTo === null);
    if (at < 0) at = findLastIndex(items, (item) => 'rune' in item);
    if (at < 0) break;
    items[at] = { folded: 1 };
    mergeFolds(items, at);
    rows = packRows([...stonesOf(items), ...ghosts], maxWidth, o.gap);
  }
  // ghosts that still do not fit (a tiny stage) are dropped: the words under the stage name them
  let droppedGhosts = 0;
  while (rows.length > maxRows) {
    const last = rows[rows.length - 1]!;
    last.pop();
    droppedGhosts += 1;
    if (last.length === 0) rows.pop();
  }
  const hidden = items.reduce((sum, item) => sum + ('folded' in item ? item.folded : 0), 0);

  // centre the block of rows in the area, each row centred on its own
  const blockHeight = rows.length * height + Math.max(0, rows.length - 1) * o.gap;
  let top = area.y + Math.max(0, (area.height - blockHeight) / 2);
  const placed: RuneStone[] = [];
  for (const row of rows) {
    const rowWidth = row.reduce((sum, stone) => sum + stone.width, 0) + (row.length - 1) * o.gap;
    let left = area.x + (area.width - rowWidth) / 2;
    for (const stone of row) {
      placed.push({ ...stone, x: left + stone.width / 2, y: top + height / 2, appearAt: 0, changeAt: -1, lightAt: -1 });
      left += stone.width + o.gap;
    }
    top += height + o.gap;
  }

  // timing: stones appear one by one, then specialised ones change form one by one, then the found ones light up
  const stagger = placed.length > 1 ? Math.min(o.staggerMs, o.maxAppearMs / (placed.length - 1)) : 0;
  placed.forEach((stone, order) => {
    stone.appearAt = Math.round(order * stagger);
  });
  let clock = placed.length > 0 ? placed[placed.length - 1]!.appearAt + o.appearMs : 0;
  for (const stone of placed) {
    if (stone.changeTo === null) continue;
    stone.changeAt = clock;
    clock += o.changeMs;
  }
  const lighting = placed.filter((stone) => stone.found);
  for (const stone of lighting) stone.lightAt = clock;
  if (lighting.length > 0) clock += o.lightMs;

  return {
    stones: placed,
    hidden,
    droppedGhosts,
    durationMs: clock,
    fontSize: o.fontSize,
    smallFontSize: o.smallFontSize,
    lineHeight: height,
  };
}

/** The second line of a rune that changed form: `* · was BINARY_OP`, or `was RETURN_VALUE`. */
function wasText(rune: Pick<Rune, 'opname' | 'argument'>, say: Say): string {
  return rune.argument
    ? say('level.rune-was', { argument: rune.argument, rune: rune.opname })
    : say('level.rune-was-bare', { rune: rune.opname });
}

function findLastIndex<T>(list: T[], test: (item: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i -= 1) if (test(list[i]!)) return i;
  return -1;
}

/** Joins the fold at `at` with folds right before and after it: one "+N" stone per gap. */
function mergeFolds(items: Item[], at: number): void {
  let index = at;
  const before = items[index - 1];
  const here = items[index];
  if (before && 'folded' in before && here && 'folded' in here) {
    before.folded += here.folded;
    items.splice(index, 1);
    index -= 1;
  }
  const after = items[index + 1];
  const current = items[index];
  if (after && 'folded' in after && current && 'folded' in current) {
    current.folded += after.folded;
    items.splice(index + 1, 1);
  }
}

function packRows<T extends { width: number }>(stones: T[], maxWidth: number, gap: number): T[][] {
  const rows: T[][] = [];
  let row: T[] = [];
  let width = 0;
  for (const stone of stones) {
    const next = row.length === 0 ? stone.width : width + gap + stone.width;
    if (row.length > 0 && next > maxWidth) {
      rows.push(row);
      row = [];
      width = stone.width;
    } else {
      width = next;
    }
    row.push(stone);
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

function textWidth(text: string, fontSize: number, bold: boolean, o: RuneLayoutOptions): number {
  const estimate = [...text].length * fontSize * o.charRatio;
  // the measured width where there is one, never less than the monospace estimate
  return o.measure ? Math.max(estimate, o.measure(text, fontSize, bold)) : estimate;
}

/** Wide enough for the longest of its lines (big and small), never wider than the stage. */
function stoneWidth(big: string[], small: string[], maxWidth: number, o: RuneLayoutOptions): number {
  const widest = Math.max(
    0,
    ...big.map((t) => textWidth(t, o.fontSize, true, o)),
    ...small.map((t) => textWidth(t, o.smallFontSize, false, o)),
  );
  return Math.min(maxWidth, Math.ceil(widest + 2 * o.padding));
}

/** Shortens a text with "…" so it fits a stone as wide as the stage. */
function fit(text: string, maxWidth: number, fontSize: number, bold: boolean, o: RuneLayoutOptions): string {
  const room = maxWidth - 2 * o.padding;
  if (textWidth(text, fontSize, bold, o) <= room) return text;
  const chars = [...text];
  let keep = Math.max(1, Math.min(chars.length - 1, Math.floor(room / (fontSize * o.charRatio)) - 1));
  while (keep > 1 && textWidth(`${chars.slice(0, keep).join('')}\u2026`, fontSize, bold, o) > room) keep -= 1;
  return `${chars.slice(0, keep).join('')}\u2026`;
}

/**
 * Rune timing: quick lets every stone appear and light up together, briefly; specialised runes
 * still change their names one after another (that order is what the kid watches), but fast.
 */
export function runeTiming(pace: StagePace): Partial<RuneLayoutOptions> {
  if (pace === 'moving') return {};
  return {
    staggerMs: 0,
    maxAppearMs: 0,
    appearMs: paceMs(pace, 80),
    changeMs: paceMs(pace, 40),
    lightMs: paceMs(pace, 120),
  };
}
