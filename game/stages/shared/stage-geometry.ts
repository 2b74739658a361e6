/**
 * The shapes every stage lays out in: a rectangle of the canvas, and the string that hangs a
 * name tag from what it holds. Plain data, no Phaser.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A quadratic curve from the tag up to the object: a string that sags a little. */
export interface StringCurve {
  x1: number;
  y1: number;
  cx: number;
  cy: number;
  x2: number;
  y2: number;
}
