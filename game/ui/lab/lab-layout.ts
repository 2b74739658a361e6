import type { LabPicture } from './lab-picture.js';

/**
 * Where the Memory Lab's picture goes (pure, no canvas, no DOM): the names in a column on the
 * left, grouped by scope, then the objects in columns by how far they are from a name (the
 * objects a name holds first, what they hold next ...), and the ghosts of this step in a column
 * of their own at the right. Every hold is an arrow, a path from its holder to the box it holds.
 */
export const LAB_SIZES = {
  nameWidth: 128,
  nameHeight: 34,
  scopeHeading: 30,
  boxWidth: 190,
  /** Four lines: type, repr, holders, tally (a ghost: what happened to it, on two lines). */
  boxHeight: 96,
  /** Room between a column and the next, where the arrows run. */
  columnGap: 50,
  rowGap: 14,
  margin: 12,
} as const;

export interface LaidRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LaidName extends LaidRect {
  name: string;
  target: number;
  /** The scope's index in picture.scopes. */
  scope: number;
}

export interface LaidScopeHeading {
  scope: number;
  /** Where its words sit (their baseline). */
  x: number;
  y: number;
}

export interface LaidBox extends LaidRect {
  id: number;
  column: number;
}

export interface LaidArrow {
  /** An SVG path from the holder's edge to the held box's edge. */
  d: string;
  from: { kind: 'name'; name: string; scope: number } | { kind: 'box'; id: number };
  to: number;
  /** Between ghosts (the swept circle): drawn faded too. */
  ghost: boolean;
}

export interface LabLayout {
  width: number;
  height: number;
  headings: LaidScopeHeading[];
  names: LaidName[];
  boxes: LaidBox[];
  arrows: LaidArrow[];
}

export function layOutLab(picture: LabPicture): LabLayout {
  const S = LAB_SIZES;
  // the names, scope by scope; a function's names under a heading of their own
  const headings: LaidScopeHeading[] = [];
  const names: LaidName[] = [];
  let y = S.margin;
  picture.scopes.forEach((scope, index) => {
    if (scope.function !== null) {
      y += index > 0 ? S.rowGap : 0;
      headings.push({ scope: index, x: S.margin, y: y + S.scopeHeading - 10 });
      y += S.scopeHeading;
    }
    for (const { name, target } of scope.names) {
      names.push({ name, target, scope: index, x: S.margin, y, width: S.nameWidth, height: S.nameHeight });
      y += S.nameHeight + S.rowGap;
    }
  });
  const namesBottom = y;

  // the live objects by their distance from a name; ghosts in the last column
  const live = picture.boxes.filter((box) => box.gone === null);
  const depth = new Map<number, number>();
  for (const name of names) if (!depth.has(name.target)) depth.set(name.target, 0);
  const byId = new Map(picture.boxes.map((box) => [box.id, box]));
  // breadth first: boxes come in reach order, so a holder's depth is known before its refs'
  for (const box of live) {
    const own = depth.get(box.id) ?? 0;
    if (!depth.has(box.id)) depth.set(box.id, own);
    for (const ref of box.refs) if (!depth.has(ref) && byId.get(ref)?.gone === null) depth.set(ref, own + 1);
  }
  const liveColumns = live.length === 0 ? 0 : Math.max(...live.map((box) => depth.get(box.id) ?? 0)) + 1;
  const columnOf = (box: (typeof picture.boxes)[number]) => (box.gone === null ? (depth.get(box.id) ?? 0) : liveColumns);
  const columnX = (column: number) => S.margin + S.nameWidth + S.columnGap + column * (S.boxWidth + S.columnGap);
  const nextY: number[] = [];
  const boxes: LaidBox[] = picture.boxes.map((box) => {
    const column = columnOf(box);
    const top = nextY[column] ?? S.margin;
    nextY[column] = top + S.boxHeight + S.rowGap;
    return { id: box.id, column, x: columnX(column), y: top, width: S.boxWidth, height: S.boxHeight };
  });
  const laid = new Map(boxes.map((box) => [box.id, box]));

  const arrows: LaidArrow[] = [];
  for (const name of names) {
    const to = laid.get(name.target);
    if (to)
      arrows.push({
        d: curve(name.x + name.width, name.y + name.height / 2, to),
        from: { kind: 'name', name: name.name, scope: name.scope },
        to: to.id,
        ghost: false,
      });
  }
  for (const box of picture.boxes) {
    const from = laid.get(box.id)!;
    box.refs.forEach((ref, index) => {
      const to = laid.get(ref);
      if (!to) return;
      // each reference leaves from its own height on the box's right edge: two holds, two arrows
      const startY = from.y + (from.height * (index + 1)) / (box.refs.length + 1);
      const d = to.id === from.id ? selfLoop(from, startY) : curve(from.x + from.width, startY, to);
      arrows.push({ d, from: { kind: 'box', id: box.id }, to: ref, ghost: box.gone !== null });
    });
  }
  const columns = Math.max(liveColumns + (picture.boxes.length > live.length ? 1 : 0), 1);
  const boxesBottom = Math.max(S.margin, ...nextY);
  return {
    // room on the right for a box's loop to itself
    width: columnX(columns) - S.columnGap + S.margin + 34,
    height: Math.max(namesBottom, boxesBottom) + S.margin,
    headings,
    names,
    boxes,
    arrows,
  };
}

/** A smooth arrow into the left middle of `to`, from a point on a holder's right edge. */
function curve(x1: number, y1: number, to: LaidRect): string {
  const x2 = to.x;
  const y2 = to.y + to.height / 2;
  // a box to the left (a hold back to an earlier column) bends out further, around the columns between
  const bend = x2 > x1 ? Math.max(24, (x2 - x1) / 2) : 90;
  return `M ${x1} ${y1} C ${x1 + bend} ${y1}, ${x2 - bend} ${y2}, ${x2} ${y2}`;
}

/** A box holding itself: a loop out of its right edge and back into its top. */
function selfLoop(box: LaidRect, startY: number): string {
  const x1 = box.x + box.width;
  const x2 = box.x + box.width - 36;
  return `M ${x1} ${startY} C ${x1 + 50} ${startY}, ${x2} ${box.y - 46}, ${x2} ${box.y}`;
}

/** A repr that fits a box: cut at `max` characters, the last then `…` (the whole one is in the box's name). */
export function shortText(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** Words broken into lines of at most `max` characters (a word longer than a line gets a line of its own). */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line === '') line = word;
    else if (Array.from(line).length + 1 + Array.from(word).length <= max) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
