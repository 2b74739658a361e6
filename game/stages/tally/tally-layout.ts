import type { TallyObject, TallySceneData } from '../../../contracts/cast-protocol.js';
import type { Rect, StringCurve } from '../shared/stage-geometry.js';
import type { StagePace } from '../shared/stage-pace.js';

/**
 * Where everything of a tally scene goes and what it counts, as plain maths (no Phaser), so
 * it is tested without a canvas. The level scene draws exactly this layout:
 *
 *        [+2]            <- the tally counter counts 0 -> delta in steps
 *       (hat)            <- the object's sprite (hat / wand / treasure ...)
 *      /  |   \          <- strings from each tag to the object
 *   [hat][my_hat][bag ×2]  <- holder tags (names) and container tags (name × slots)
 *
 * One cell per object in a grid that fills the stage; tags wrap into rows under the object
 * and the ones that do not fit become a "+N" tag, so no spell can make the scene overflow.
 */

export type TagKind = 'holder' | 'local' | 'container' | 'more';

export interface TagBox {
  kind: TagKind;
  text: string;
  /** Centre of the tag. */
  x: number;
  y: number;
  width: number;
  height: number;
  string: StringCurve;
}

export interface CounterPlacement {
  /** Centre of the counter badge. */
  x: number;
  y: number;
  /** The values the counter shows one after another, from just after 0 up (or down) to delta. */
  steps: number[];
  delta: number;
  /** The final text, e.g. `+2`, `−1`, `0`. */
  text: string;
}

export interface ObjectPlacement {
  label: string;
  /** fluent-emoji-flat icon name of the sprite. */
  icon: string;
  /** Centre and size of the sprite. */
  x: number;
  y: number;
  size: number;
  counter: CounterPlacement;
  tags: TagBox[];
  vanished: boolean;
  /** The weak-reference ghost beside the object (it watches without holding), or null. */
  ghost: { x: number; y: number; size: number } | null;
  /** Animation timing, relative to the start of the scene. */
  startMs: number;
  countEndMs: number;
  endMs: number;
}

export interface TallyLayout {
  objects: ObjectPlacement[];
  columns: number;
  rows: number;
  /** When the last animation is finished. */
  durationMs: number;
}

export interface TallyLayoutOptions {
  /** Width of one character of tag text (tags use a monospace font). */
  charWidth: number;
  tagHeight: number;
  /** Space left and right of the text inside a tag. */
  tagPadding: number;
  /** Space between tags and between rows of tags. */
  gap: number;
  /** Counter steps shown at most, however big the delta. */
  maxSteps: number;
  stepMs: number;
  /** Delay between one object's animation and the next one's. */
  staggerMs: number;
  vanishMs: number;
}

export const DEFAULT_TALLY_OPTIONS: TallyLayoutOptions = {
  charWidth: 11,
  tagHeight: 32,
  tagPadding: 10,
  gap: 8,
  maxSteps: 12,
  stepMs: 420,
  staggerMs: 300,
  vanishMs: 900,
};

/** The largest sprite drawn (icon textures are 256 px, drawn at most this big). */
const MAX_SPRITE = 112;
const MIN_SPRITE = 40;

/**
 * The counter values to show, one per animation step, ending exactly at `delta`.
 * Small deltas count one by one; big ones (a loop that appended 1000 times) jump in even steps
 * so the animation never takes longer than `maxSteps` steps. Zero has no steps: it just shows 0.
 */
export function tallySteps(delta: number, maxSteps = DEFAULT_TALLY_OPTIONS.maxSteps): number[] {
  const whole = Math.trunc(delta);
  const size = Math.abs(whole);
  if (size === 0) return [];
  const sign = Math.sign(whole);
  const count = Math.min(size, Math.max(1, Math.floor(maxSteps)));
  const steps: number[] = [];
  for (let i = 1; i <= count; i += 1) steps.push(sign * Math.round((size * i) / count));
  return steps;
}

/** `+2`, `−1` (a real minus sign, easier to read than a hyphen) or `0`. */
export function formatDelta(delta: number): string {
  if (delta > 0) return `+${delta}`;
  if (delta < 0) return `\u2212${Math.abs(delta)}`;
  return '0';
}

/** The sprite for an object, from the name its level gave it. */
export function objectIcon(label: string): string {
  const name = label.toLowerCase();
  if (name.includes('hat')) return 'top-hat';
  if (name.includes('wand')) return 'magic-wand';
  if (/treasure|gem|jewel|crown|coin/.test(name)) return 'gem-stone';
  if (/book|scroll/.test(name)) return 'books';
  if (name.includes('broom')) return 'broom';
  return 'crystal-ball';
}

/** Columns and rows for `count` cells in `area`, picking the grid whose cells are largest. */
export function gridShape(count: number, area: Rect): { columns: number; rows: number } {
  if (count <= 0) return { columns: 0, rows: 0 };
  let best = { columns: 1, rows: count, score: -Infinity };
  for (let columns = 1; columns <= Math.min(count, 4); columns += 1) {
    const rows = Math.ceil(count / columns);
    // a cell needs to be taller than wide (sprite above, tags below), hence the 0.8
    const score = Math.min(area.width / columns, (area.height / rows) * 0.8);
    if (score > best.score + 0.5) best = { columns, rows, score };
  }
  return { columns: best.columns, rows: best.rows };
}

/** The text of the tags hanging from an object: names first, a running function's names (`h · wear()`), then containers. */
export function tagTexts(object: TallyObject): { kind: 'holder' | 'local' | 'container'; text: string }[] {
  return [
    ...object.holders.map((name) => ({ kind: 'holder' as const, text: name })),
    ...(object.locals ?? []).map((local) => ({ kind: 'local' as const, text: `${local.name} \u00b7 ${local.function}()` })),
    ...object.containers.map((c) => ({ kind: 'container' as const, text: `${c.name} \u00d7${c.slots}` })),
  ];
}

export function layoutTally(data: TallySceneData, area: Rect, options: Partial<TallyLayoutOptions> = {}): TallyLayout {
  const o = { ...DEFAULT_TALLY_OPTIONS, ...options };
  const { columns, rows } = gridShape(data.objects.length, area);
  const cellWidth = columns ? area.width / columns : 0;
  const cellHeight = rows ? area.height / rows : 0;
  const objects = data.objects.map((object, index) => {
    const cell: Rect = {
      x: area.x + (index % columns) * cellWidth,
      y: area.y + Math.floor(index / columns) * cellHeight,
      width: cellWidth,
      height: cellHeight,
    };
    return placeObject(object, index, cell, o);
  });
  return {
    objects,
    columns,
    rows,
    durationMs: objects.reduce((latest, object) => Math.max(latest, object.endMs), 0),
  };
}

function placeObject(object: TallyObject, index: number, cell: Rect, o: TallyLayoutOptions): ObjectPlacement {
  const counterRoom = o.tagHeight * 0.9;
  const size = clamp(Math.min(cell.width * 0.42, cell.height * 0.4), MIN_SPRITE, MAX_SPRITE);
  const x = cell.x + cell.width / 2;
  const y = cell.y + counterRoom + size / 2;
  const steps = tallySteps(object.delta, o.maxSteps);
  const startMs = index * o.staggerMs;
  const countEndMs = startMs + Math.max(1, steps.length) * o.stepMs;
  const endMs = countEndMs + (object.vanished ? o.vanishMs : 0);
  const tagsTop = y + size / 2 + Math.max(24, size * 0.35);
  const tags = placeTags(tagTexts(object), { x, y, size }, { ...cell, y: tagsTop, height: cell.y + cell.height - tagsTop }, o);
  // centre the drawing (counter, object, tags) in its cell, so a lone object does not float at the top
  const used = Math.max(y + size / 2 + 12, ...tags.map((t) => t.y + t.height / 2)) - cell.y;
  const shift = Math.max(0, (cell.height - used) / 2);
  for (const tag of tags) {
    tag.y += shift;
    tag.string = { ...tag.string, y1: tag.string.y1 + shift, cy: tag.string.cy + shift, y2: tag.string.y2 + shift };
  }
  return {
    label: object.label,
    icon: objectIcon(object.label),
    x,
    y: y + shift,
    size,
    counter: {
      x: x + size * 0.55,
      y: y + shift - size * 0.5,
      steps,
      delta: object.delta,
      text: formatDelta(object.delta),
    },
    tags,
    vanished: object.vanished,
    // up and to the left of the object, inside its cell
    ghost: object.weakGhost
      ? { x: Math.max(cell.x + size * 0.25, x - size * 0.95), y: y + shift - size * 0.2, size: Math.round(size * 0.45) }
      : null,
    startMs,
    countEndMs,
    endMs,
  };
}

function placeTags(
  texts: { kind: TagKind; text: string }[],
  sprite: { x: number; y: number; size: number },
  area: Rect,
  o: TallyLayoutOptions,
): TagBox[] {
  if (texts.length === 0) return [];
  const usable = Math.max(o.charWidth * 4, area.width - 2 * o.gap);
  const maxRows = Math.max(1, Math.floor((area.height + o.gap) / (o.tagHeight + o.gap)));
  const sized = texts.map((t) => ({ ...t, text: fitText(t.text, usable, o) }));

  // greedy rows; when they do not all fit, keep what fits and end with "+N"
  let rowsOfTags = packRows(sized, usable, o);
  if (rowsOfTags.length > maxRows) {
    const kept = rowsOfTags.slice(0, maxRows);
    const lastRow = kept[maxRows - 1]!;
    let shown = kept.reduce((sum, row) => sum + row.length, 0);
    const moreTag = () => ({ kind: 'more' as const, text: `+${texts.length - shown}` });
    while (lastRow.length > 0 && rowWidth([...lastRow, moreTag()], o) > usable) {
      lastRow.pop();
      shown -= 1;
    }
    lastRow.push(moreTag());
    rowsOfTags = kept;
  }

  const boxes: TagBox[] = [];
  rowsOfTags.forEach((row, rowIndex) => {
    const total = rowWidth(row, o);
    let left = area.x + (area.width - total) / 2;
    const centreY = area.y + rowIndex * (o.tagHeight + o.gap) + o.tagHeight / 2;
    for (const tag of row) {
      const width = tagWidth(tag.text, o);
      const centreX = left + width / 2;
      left += width + o.gap;
      boxes.push({
        kind: tag.kind,
        text: tag.text,
        x: centreX,
        y: centreY,
        width,
        height: o.tagHeight,
        string: { x1: 0, y1: 0, cx: 0, cy: 0, x2: 0, y2: 0 },
      });
    }
  });

  // strings start at each tag's top and meet the object along its bottom edge, in the same
  // left-to-right order as the tags so they never cross at the object
  const spread = sprite.size * 0.5;
  const bottom = sprite.y + sprite.size * 0.42;
  const minX = Math.min(...boxes.map((b) => b.x));
  const maxX = Math.max(...boxes.map((b) => b.x));
  for (const box of boxes) {
    const t = maxX === minX ? 0.5 : (box.x - minX) / (maxX - minX);
    const x2 = sprite.x + (t - 0.5) * spread;
    const y1 = box.y - box.height / 2;
    box.string = { x1: box.x, y1, cx: (box.x + x2) / 2, cy: (y1 + bottom) / 2 + 10, x2, y2: bottom };
  }
  return boxes;
}

function packRows<T extends { text: string }>(tags: T[], usable: number, o: TallyLayoutOptions): T[][] {
  const rows: T[][] = [];
  let row: T[] = [];
  for (const tag of tags) {
    if (row.length > 0 && rowWidth([...row, tag], o) > usable) {
      rows.push(row);
      row = [];
    }
    row.push(tag);
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

export function tagWidth(text: string, o: Pick<TallyLayoutOptions, 'charWidth' | 'tagPadding'>): number {
  return [...text].length * o.charWidth + 2 * o.tagPadding;
}

function rowWidth(row: { text: string }[], o: TallyLayoutOptions): number {
  return row.reduce((sum, tag) => sum + tagWidth(tag.text, o), 0) + Math.max(0, row.length - 1) * o.gap;
}

/** Shortens a very long name with "…" so its tag still fits the cell. */
function fitText(text: string, usable: number, o: TallyLayoutOptions): string {
  const maxChars = Math.max(2, Math.floor((usable - 2 * o.tagPadding) / o.charWidth));
  const chars = [...text];
  return chars.length <= maxChars ? text : `${chars.slice(0, maxChars - 1).join('')}\u2026`;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Tally timing (counters count, vanished objects fade): quick shows the end counters at once. */
export function tallyTiming(pace: StagePace): Partial<TallyLayoutOptions> {
  if (pace === 'moving') return {};
  const quick = pace === 'quick';
  return { stepMs: quick ? 40 : 0, staggerMs: 0, vanishMs: quick ? 120 : 0 };
}
