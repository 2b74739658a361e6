import { describe, expect, it } from 'vitest';
import { pathLegs } from './map-path.js';

describe('the map path', () => {
  const card = (x: number, y: number) => ({ x, y, width: 100, height: 80 });

  it('goes straight from place to place along a row', () => {
    expect(pathLegs(card(0, 0), card(200, 0))).toEqual([
      [
        { x: 50, y: 40 },
        { x: 250, y: 40 },
      ],
    ]);
  });

  it('goes from the end of a row to the start of the next through the gap between the rows, never across a place', () => {
    const legs = pathLegs(card(400, 0), card(0, 120));
    expect(legs).toEqual([
      [
        { x: 450, y: 40 },
        { x: 450, y: 100 },
      ],
      [
        { x: 450, y: 100 },
        { x: 50, y: 100 },
      ],
      [
        { x: 50, y: 100 },
        { x: 50, y: 160 },
      ],
    ]);
    // the middle leg runs in the gap: below the top row's cards, above the bottom row's
    expect(legs[1]![0].y).toBeGreaterThan(80);
    expect(legs[1]![0].y).toBeLessThan(120);
  });
});
