export type Box = { x: number; y: number; width: number; height: number };
export type Point = { x: number; y: number };

/**
 * The legs of the path from one place to the next: straight along a row; down to the next row
 * (the map reads like a book, so from the end of a row to the start of the next) it goes down
 * into the gap between the rows, across it, and down again, never under another place.
 */
export function pathLegs(from: Box, to: Box): [Point, Point][] {
  const a = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
  const b = { x: to.x + to.width / 2, y: to.y + to.height / 2 };
  if (to.y < from.y + from.height) return [[a, b]];
  const gap = (from.y + from.height + to.y) / 2;
  return [
    [a, { x: a.x, y: gap }],
    [
      { x: a.x, y: gap },
      { x: b.x, y: gap },
    ],
    [{ x: b.x, y: gap }, b],
  ];
}
