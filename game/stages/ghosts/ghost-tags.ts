import type { GhostHold } from '../../../contracts/cast-protocol.js';
import type { Rect, StringCurve } from '../shared/stage-geometry.js';

/** The sizes of the name tags that hang under a spirit (part of GhostLayoutOptions). */
export interface GhostTagMetrics {
  /** Width of one character of tag text (monospace). */
  charWidth: number;
  tagHeight: number;
  tagPadding: number;
  gap: number;
}

export interface GhostTag {
  text: string;
  kind: GhostHold['kind'] | 'more';
  /** Centre and size. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** From the tag's top up to the spirit. */
  string: StringCurve;
}

export type TagText = { text: string; kind: GhostTag['kind'] };

function tagWidth(text: string, o: GhostTagMetrics): number {
  return [...text].length * o.charWidth + 2 * o.tagPadding;
}

function tagRowWidth(row: TagText[], o: GhostTagMetrics): number {
  return row.reduce((sum, tag) => sum + tagWidth(tag.text, o), 0) + Math.max(0, row.length - 1) * o.gap;
}

/** The tags under a spirit in rows that fit its cell; past `maxRows` the rest become "+N". */
export function packTagRows(texts: TagText[], cell: Rect, maxRows: number, o: GhostTagMetrics): TagText[][] {
  if (texts.length === 0 || maxRows <= 0) return [];
  const usable = Math.max(o.charWidth * 6, cell.width - 2 * o.gap);
  const maxChars = Math.max(3, Math.floor((usable - 2 * o.tagPadding) / o.charWidth));
  const sized = texts.map((entry) => ({ ...entry, text: fit(entry.text, maxChars) }));
  let rows: TagText[][] = [];
  let row: TagText[] = [];
  for (const tag of sized) {
    if (row.length > 0 && tagRowWidth([...row, tag], o) > usable) {
      rows.push(row);
      row = [];
    }
    row.push(tag);
  }
  if (row.length > 0) rows.push(row);
  if (rows.length > maxRows) {
    rows = rows.slice(0, maxRows);
    const last = rows[maxRows - 1]!;
    let shown = rows.reduce((sum, each) => sum + each.length, 0);
    const more = (): TagText => ({ text: `+${texts.length - shown}`, kind: 'more' });
    while (last.length > 0 && tagRowWidth([...last, more()], o) > usable) {
      last.pop();
      shown -= 1;
    }
    last.push(more());
  }
  return rows;
}

export function placeTagRows(
  rows: TagText[][],
  sprite: { x: number; y: number; size: number },
  cell: Rect,
  nameRoom: number,
  o: GhostTagMetrics,
): GhostTag[] {
  const rowWidth = (row: TagText[]) => tagRowWidth(row, o);
  const width = (text: string) => tagWidth(text, o);
  // under the spirit's own name
  const top = sprite.y + sprite.size * 0.5 + nameRoom - 2;
  const tags: GhostTag[] = [];
  rows.forEach((tagsInRow, rowIndex) => {
    let leftEdge = sprite.x - rowWidth(tagsInRow) / 2;
    // keep the row inside its cell
    leftEdge = clamp(leftEdge, cell.x + o.gap, Math.max(cell.x + o.gap, cell.x + cell.width - o.gap - rowWidth(tagsInRow)));
    const y = top + rowIndex * (o.tagHeight + o.gap) + o.tagHeight / 2;
    for (const tag of tagsInRow) {
      const w = width(tag.text);
      const x = leftEdge + w / 2;
      leftEdge += w + o.gap;
      tags.push({
        text: tag.text,
        kind: tag.kind,
        x,
        y,
        width: w,
        height: o.tagHeight,
        string: { x1: 0, y1: 0, cx: 0, cy: 0, x2: 0, y2: 0 },
      });
    }
  });
  const bottom = sprite.y + sprite.size * 0.42;
  const minX = Math.min(...tags.map((tag) => tag.x));
  const maxX = Math.max(...tags.map((tag) => tag.x));
  for (const tag of tags) {
    const t = maxX === minX ? 0.5 : (tag.x - minX) / (maxX - minX);
    const x2 = sprite.x + (t - 0.5) * sprite.size * 0.5;
    const y1 = tag.y - tag.height / 2;
    tag.string = { x1: tag.x, y1, cx: (tag.x + x2) / 2, cy: (y1 + bottom) / 2 + 8, x2, y2: bottom };
  }
  return tags;
}

function fit(text: string, maxChars: number): string {
  const chars = [...text];
  return chars.length <= maxChars ? text : `${chars.slice(0, maxChars - 1).join('')}\u2026`;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
