import { describe, expect, it } from 'vitest';
import type { LabObject, LabStep } from '../../../contracts/cast-protocol.js';
import { LAB_SIZES, layOutLab, shortText, wrapWords } from './lab-layout.js';
import { labPictureAt } from './lab-picture.js';

const obj = (type: string, repr: string, refs: number[] = [], extra: Partial<LabObject> = {}): LabObject => ({
  type,
  repr,
  refs,
  tally_change: 0,
  immortal: false,
  ...extra,
});

function step(line: number, names: Record<string, number>, objects: Record<string, LabObject>, extra: Partial<LabStep> = {}): LabStep {
  return { line, names, frames: [], objects, freed: [], swept: [], collections: [], printed: 0, cut: false, ...extra };
}

// a = [1, 2]; b = a; b = None; me = []; me.append(me); del me; gc.collect()
const one = obj('int', '1', [], { immortal: true });
const two = obj('int', '2', [], { immortal: true });
const none = obj('NoneType', 'None', [], { immortal: true });
const STEPS: LabStep[] = [
  step(1, { a: 1 }, { 1: obj('list', '[1, 2]', [2, 3]), 2: one, 3: two }),
  step(2, { a: 1, b: 1 }, { 1: obj('list', '[1, 2]', [2, 3], { tally_change: 1 }), 2: one, 3: two }),
  step(3, { b: 4 }, { 4: none }, { freed: [1] }),
  step(4, { b: 4, me: 5 }, { 4: none, 5: obj('list', '[]', []) }),
  step(5, { b: 4, me: 5 }, { 4: none, 5: obj('list', '[[...]]', [5], { tally_change: 1 }) }),
  step(6, { b: 4 }, { 4: none }),
  step(7, { b: 4 }, { 4: none }, { swept: [5], collections: [{ generation: 2, swept: [5] }] }),
];

describe('labPictureAt', () => {
  it('counts every hold in the picture: names and objects', () => {
    const picture = labPictureAt(STEPS, 1);
    expect(picture.scopes).toEqual([
      {
        function: null,
        names: [
          { name: 'a', target: 1 },
          { name: 'b', target: 1 },
        ],
      },
    ]);
    expect(picture.boxes.map((box) => [box.id, box.holders, box.tallyChange])).toEqual([
      [1, 2, 1],
      [2, 1, 0],
      [3, 1, 0],
    ]);
    expect(picture.boxes.filter((box) => box.immortal).map((box) => box.id)).toEqual([2, 3]);
  });

  it('draws a freed object faded, from its last sight, holding nothing any more', () => {
    const ghost = labPictureAt(STEPS, 2).boxes.find((box) => box.id === 1);
    expect(ghost).toMatchObject({ type: 'list', repr: '[1, 2]', gone: 'freed', holders: 0, refs: [] });
  });

  it('draws a swept object still holding the others of its circle, seen steps before it went', () => {
    const ghost = labPictureAt(STEPS, 6).boxes.find((box) => box.id === 5);
    expect(ghost).toMatchObject({ repr: '[[...]]', gone: 'swept', refs: [5] });
    // not a ghost at the step after
    expect(labPictureAt(STEPS, 6).boxes.filter((box) => box.gone)).toHaveLength(1);
    expect(labPictureAt(STEPS, 5).boxes.some((box) => box.gone)).toBe(false);
  });

  it('shows a running function’s names in a scope of their own, counted as holders', () => {
    const steps = [step(3, { x: 1 }, { 1: obj('list', '[]') }, { frames: [{ function: 'grow', line: 2, names: { items: 1 } }] })];
    const picture = labPictureAt(steps, 0);
    expect(picture.scopes.map((scope) => scope.function)).toEqual([null, 'grow']);
    expect(picture.boxes[0]!.holders).toBe(2);
  });

  it('refuses a step out of range', () => {
    expect(() => labPictureAt(STEPS, 7)).toThrow(RangeError);
  });
});

describe('layOutLab', () => {
  it('puts names on the left and objects in columns by how far a name is', () => {
    const layout = layOutLab(labPictureAt(STEPS, 1));
    const [a, b] = layout.names;
    expect(a!.x).toBe(b!.x);
    expect(b!.y).toBeGreaterThan(a!.y);
    const column = (id: number) => layout.boxes.find((box) => box.id === id)!.column;
    expect([column(1), column(2), column(3)]).toEqual([0, 1, 1]);
    const list = layout.boxes.find((box) => box.id === 1)!;
    expect(list.x).toBeGreaterThanOrEqual(a!.x + a!.width);
    // two ints in one column, one under the other, not overlapping
    const [i1, i2] = [layout.boxes.find((box) => box.id === 2)!, layout.boxes.find((box) => box.id === 3)!];
    expect(i2.y).toBeGreaterThanOrEqual(i1.y + i1.height);
  });

  it('draws an arrow for every hold: two names, two list slots', () => {
    const layout = layOutLab(labPictureAt(STEPS, 1));
    expect(layout.arrows.map((arrow) => [arrow.from.kind, arrow.to])).toEqual([
      ['name', 1],
      ['name', 1],
      ['box', 2],
      ['box', 3],
    ]);
    for (const arrow of layout.arrows) expect(arrow.d).toMatch(/^M [\d.]+ [\d.]+ C /);
  });

  it('puts the ghosts in a column of their own at the right, the swept circle’s arrow faded', () => {
    const layout = layOutLab(labPictureAt(STEPS, 6));
    const none = layout.boxes.find((box) => box.id === 4)!;
    const ghost = layout.boxes.find((box) => box.id === 5)!;
    expect(ghost.column).toBe(none.column + 1);
    const loop = layout.arrows.find((arrow) => arrow.to === 5)!;
    expect(loop).toMatchObject({ ghost: true, from: { kind: 'box', id: 5 } });
    expect(layout.width).toBeGreaterThanOrEqual(ghost.x + ghost.width);
  });

  it('is big enough for every name and box', () => {
    const names = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`n${i}`, 1]));
    const layout = layOutLab(labPictureAt([step(1, names, { 1: obj('list', '[]') })], 0));
    for (const rect of [...layout.names, ...layout.boxes]) {
      expect(rect.y + rect.height).toBeLessThanOrEqual(layout.height);
      expect(rect.x + rect.width).toBeLessThanOrEqual(layout.width);
    }
    expect(layout.height).toBeGreaterThan(12 * LAB_SIZES.nameHeight);
  });

  it('gives a running function’s names a heading of their own, under the program’s names', () => {
    const steps = [step(3, { x: 1 }, { 1: obj('list', '[]') }, { frames: [{ function: 'grow', line: 2, names: { items: 1 } }] })];
    const layout = layOutLab(labPictureAt(steps, 0));
    expect(layout.headings.map((heading) => heading.scope)).toEqual([1]);
    const [x, items] = layout.names;
    expect(layout.headings[0]!.y).toBeGreaterThan(x!.y + x!.height);
    expect(items!.y).toBeGreaterThan(layout.headings[0]!.y);
    expect(layout.arrows.filter((arrow) => arrow.to === 1)).toHaveLength(2);
  });

  it('draws an empty picture (nothing named yet) without failing', () => {
    const layout = layOutLab(labPictureAt([step(1, {}, {})], 0));
    expect(layout).toMatchObject({ names: [], boxes: [], arrows: [] });
    expect(layout.width).toBeGreaterThan(0);
  });
});

describe('shortText', () => {
  it('cuts a long repr with an ellipsis, leaving a short one', () => {
    expect(shortText('[1, 2]', 10)).toBe('[1, 2]');
    expect(shortText('abcdefghijkl', 6)).toBe('abcde…');
  });
});

describe('wrapWords', () => {
  it('breaks a sentence into lines that fit, keeping every word', () => {
    expect(wrapWords('swept by the Ghost Collector at line 12', 28)).toEqual(['swept by the Ghost Collector', 'at line 12']);
    expect(wrapWords('short', 28)).toEqual(['short']);
    expect(wrapWords('averyveryverylongword here', 10)).toEqual(['averyveryverylongword', 'here']);
  });
});
