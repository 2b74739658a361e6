import { describe, expect, it } from 'vitest';
import type { KnightsSceneData, KnightStep } from '../../../contracts/cast-protocol.js';
import { en } from '../../messages/en.js';
import { translatorFor } from '../../messages/translator.js';
import { layoutKnights } from './knight-layout.js';
import { isKnightsScene, knightsSummary, lostSteps } from './knight-scene.js';
import { describeKnights, finalText, stepText } from './knight-words.js';

const english = translatorFor('en');

function step(thread: number, op: string, arg: string, extra: Partial<KnightStep> = {}): KnightStep {
  return { thread, op, arg, line: 4, read: false, write: false, waits: false, counter: '0', lock: null, ...extra };
}

/** Arthur reads 0, Bors reads 0, Arthur writes 1, Bors writes 1 over it: read, read, write, write. */
function lostScene(): KnightsSceneData {
  const steps: KnightStep[] = [
    step(0, 'RESUME', '0'),
    step(0, 'LOAD_GLOBAL', 'count', { read: true }),
    step(1, 'RESUME', '0'),
    step(1, 'LOAD_GLOBAL', 'count', { read: true }),
    step(0, 'LOAD_SMALL_INT', '1'),
    step(0, 'BINARY_OP', '+='),
    step(0, 'STORE_GLOBAL', 'count', { write: true, counter: '1' }),
    step(1, 'LOAD_SMALL_INT', '1', { counter: '1' }),
    step(1, 'BINARY_OP', '+=', { counter: '1' }),
    step(1, 'STORE_GLOBAL', 'count', { write: true, counter: '1' }),
  ];
  return {
    kind: 'knights',
    mode: 'replay',
    counter: 'count',
    start: '0',
    final: '1',
    expected: '2',
    knights: [
      { name: 'arthur', steps: 5, status: 'done' },
      { name: 'bors', steps: 5, status: 'done' },
    ],
    turns: 4,
    firstShown: 0,
    stepsTotal: steps.length,
    steps,
    lost: [[3, 6, 9]],
  };
}

const AREA = { x: 20, y: 40, width: 900, height: 320 };

describe('knights scene data', () => {
  it('knows its kind and summarises turns and the final counter', () => {
    const data = lostScene();
    expect(isKnightsScene(data)).toBe(true);
    expect(isKnightsScene({ kind: 'ghosts' })).toBe(false);
    expect(isKnightsScene({ kind: 'knights' })).toBe(false);
    expect(knightsSummary(data)).toBe('turns:4;final:count=1');
    expect(knightsSummary({ ...data, counter: null, final: null })).toBe('turns:4;runes:10');
  });

  it('marks the read, read, write, write of a lost update', () => {
    expect([...lostSteps(lostScene())].sort((a, b) => a - b)).toEqual([1, 3, 6, 9]);
  });
});

describe('layoutKnights', () => {
  it('puts every rune in the lane of the knight who ran it, left to right, inside the stage', () => {
    const data = lostScene();
    const layout = layoutKnights(data, AREA);
    expect(layout.knights).toHaveLength(2);
    for (const cell of layout.cells) {
      const lane = layout.knights[cell.thread]!.lane;
      expect(cell.y).toBe(lane.y);
      expect(cell.x).toBeGreaterThanOrEqual(lane.x - 0.01);
      expect(cell.x + cell.width).toBeLessThanOrEqual(AREA.x + AREA.width + 0.01);
      expect(cell.y + cell.height).toBeLessThanOrEqual(AREA.y + AREA.height + 0.01);
    }
    const xs = layout.cells.map((cell) => cell.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(layout.cells.filter((cell) => cell.lost).map((cell) => cell.step)).toEqual([1, 3, 6, 9]);
    expect(layout.cells[1]!.mark).toBe('read');
    expect(layout.cells[6]!.mark).toBe('write');
    // the lanes never run under the counter box
    const box = layout.counterBox!;
    for (const knight of layout.knights) expect(knight.lane.x + knight.lane.width).toBeLessThanOrEqual(box.x);
    // the lost outline spans from the first read to the overwriting write
    const outline = layout.lostBoxes[0]!;
    expect(outline.x).toBeLessThanOrEqual(layout.cells[1]!.x);
    expect(outline.x + outline.width).toBeGreaterThanOrEqual(layout.cells[9]!.x + layout.cells[9]!.width);
  });

  it('writes each name where the next knight is not: under him on a tall stage, beside him on a short one', () => {
    const data = lostScene();
    const fontSize = 16;
    for (const height of [420, 150]) {
      const layout = layoutKnights(data, { ...AREA, height }, { fontSize });
      const [first, second] = layout.knights as [(typeof layout.knights)[0], (typeof layout.knights)[0]];
      // the bottom of the first knight's picture and name stays above the second's picture
      const nameBottom = first.label.place === 'below' ? first.label.y + fontSize * 1.3 : first.label.y + fontSize * 0.65;
      const firstBottom = Math.max(first.y + first.size / 2, nameBottom);
      expect(firstBottom, `height ${height}`).toBeLessThanOrEqual(second.y - second.size / 2 + 1);
      expect(first.label.place).toBe(height === 420 ? 'below' : 'beside');
      if (first.label.place === 'beside') expect(first.label.x).toBeGreaterThanOrEqual(first.x + first.size / 2);
    }
  });

  it('plays runes in order and never takes longer than the cap', () => {
    const base = lostScene();
    const many = Array.from({ length: 60 }, (_, i) => base.steps[i % base.steps.length]!);
    const layout = layoutKnights({ ...base, steps: many, lost: [] }, AREA, { stepMs: 500, maxMs: 3000 });
    expect(layout.durationMs).toBeLessThanOrEqual(3000);
    const times = layout.cells.map((cell) => cell.atMs);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(layoutKnights(base, AREA, { stepMs: 0 }).durationMs).toBe(0);
  });

  it('keeps a row under the lanes for the legend of the kinds of rune the run has, on a stage with room', () => {
    const data = lostScene();
    const layout = layoutKnights(data, AREA);
    expect(layout.legend).not.toBeNull();
    const { row, marks } = layout.legend!;
    expect(marks).toEqual(expect.arrayContaining(['read', 'write']));
    // beside reads and writes, plain runes need no words
    expect(marks).not.toContain('plain');
    expect(new Set(marks).size).toBe(marks.length);
    for (const mark of marks) expect(layout.cells.some((cell) => cell.mark === mark)).toBe(true);
    // under every lane, inside the stage, and never under the counter box
    for (const knight of layout.knights) expect(knight.lane.y + knight.lane.height).toBeLessThanOrEqual(row.y);
    expect(row.y + row.height).toBeLessThanOrEqual(AREA.y + AREA.height + 0.5);
    expect(row.x + row.width).toBeLessThanOrEqual(layout.counterBox!.x);
    // a stage too short for lanes and a legend keeps the lanes
    expect(layoutKnights(data, { ...AREA, height: 100 }).legend).toBeNull();
  });

  it('leaves out the counter box when nothing is counted', () => {
    const data = { ...lostScene(), counter: null, start: null, final: null, expected: null, lost: [] };
    const layout = layoutKnights(data, AREA);
    expect(layout.counterBox).toBeNull();
    expect(layout.knights[0]!.lane.x + layout.knights[0]!.lane.width).toBeCloseTo(AREA.x + AREA.width, 5);
  });
});

describe('knights words', () => {
  it('says which knight read and wrote the counter, and tells the lost update in words', () => {
    const data = lostScene();
    expect(stepText(data, data.steps[1]!, english.say)).toContain('arthur READS count');
    expect(stepText(data, data.steps[9]!, english.say)).toContain('bors WRITES count');
    const sentences = describeKnights(data, english.say);
    expect(sentences.join(' ')).toContain('ended at 1, but it should be 2');
    expect(sentences.join(' ')).toContain(
      'Lost update: bors read count at rune 4, arthur wrote it at rune 7, then bors wrote 1 over it at rune 10.',
    );
    expect(sentences.every((sentence) => !sentence.includes('{'))).toBe(true);
  });

  it('ends the rune panel with who wrote over whom, or where the counter ended', () => {
    const data = lostScene();
    expect(finalText(data, english.say)).toBe("bors wrote over arthur's add: lost update!");
    expect(finalText({ ...data, lost: [], final: '2' }, english.say)).toBe('count ended at 2.');
    expect(finalText({ ...data, lost: [], counter: null, final: null }, english.say)).toBe('The knights took 4 turns with the stick.');
  });

  it('says when only a window of the runes is shown', () => {
    const data = { ...lostScene(), firstShown: 20, stepsTotal: 106 };
    expect(describeKnights(data, english.say).join(' ')).toContain('Showing runes 21 to 30 of 106.');
  });

  it('has every stage word in the catalogue', () => {
    for (const key of [
      'knights-mode-gil',
      'knights-mode-anywhere',
      'knights-mode-replay',
      'knights-lost-tag',
      'knights-counter-title',
      'knights-legend-plain',
      'knights-legend-read',
      'knights-legend-write',
      'knights-legend-wait',
    ]) {
      expect((en.level as Record<string, string>)[key]).toBeTruthy();
    }
  });
});
