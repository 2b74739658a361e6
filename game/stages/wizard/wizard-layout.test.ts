import { describe, expect, it } from 'vitest';
import type { WizardRune, WizardSceneData, WizardStep } from '../../../contracts/cast-protocol.js';
import type { Rect } from '../shared/stage-geometry.js';
import { fitText, frameBoxes, layoutWizard, runeWindowStart, stoneFontSize } from './wizard-layout.js';
import {
  deepestFrames,
  focusStepIndex,
  framesAfter,
  hidesLitCounts,
  isWizardScene,
  restingStepIndex,
  runCounts,
  wizardSummary,
} from './wizard-scene.js';
import { describeWizard } from './wizard-words.js';

const stage: Rect = { x: 600, y: 80, width: 560, height: 360 };

function rune(code: number, fn: string, opname: string, argument = '', line = 1): WizardRune {
  return { code, function: fn, opname, argument, line };
}

function step(
  runeIndex: number,
  depth: number,
  depthAfter: number,
  before: string[],
  after: string[],
  partial: Partial<WizardStep> = {},
): WizardStep {
  return { rune: runeIndex, depth, depthAfter, before, after, outer: [], marked: false, ...partial };
}

/** brew(5) calling double(5), as the call-and-return checker measured it in Pyodide's 3.14. */
const brew: WizardSceneData = {
  kind: 'wizard',
  title: 'brew(5)',
  functions: ['brew', 'double'],
  runes: [
    rune(0, 'brew', 'RESUME', '0', 4),
    rune(0, 'brew', 'LOAD_GLOBAL', 'double + NULL', 5),
    rune(0, 'brew', 'LOAD_FAST_BORROW', 'x', 5),
    rune(0, 'brew', 'CALL', '1', 5),
    rune(0, 'brew', 'STORE_FAST', 'y', 5),
    rune(0, 'brew', 'LOAD_FAST_BORROW', 'y', 6),
    rune(0, 'brew', 'LOAD_SMALL_INT', '1', 6),
    rune(0, 'brew', 'BINARY_OP', '+', 6),
    rune(0, 'brew', 'RETURN_VALUE', '', 6),
    rune(1, 'double', 'RESUME', '0', 1),
    rune(1, 'double', 'LOAD_FAST_BORROW', 'n', 2),
    rune(1, 'double', 'LOAD_SMALL_INT', '2', 2),
    rune(1, 'double', 'BINARY_OP', '*', 2),
    rune(1, 'double', 'RETURN_VALUE', '', 2),
  ],
  moreRunes: 0,
  steps: [
    step(0, 1, 1, [], []),
    step(1, 1, 1, [], ['<function double>', 'NULL']),
    step(2, 1, 1, ['<function double>', 'NULL'], ['<function double>', 'NULL', '5']),
    step(3, 1, 2, ['<function double>', 'NULL', '5'], [], { outer: [[]], marked: true }),
    step(9, 2, 2, [], [], { outer: [[]] }),
    step(10, 2, 2, [], ['5'], { outer: [[]] }),
    step(11, 2, 2, ['5'], ['5', '2'], { outer: [[]] }),
    step(12, 2, 2, ['5', '2'], ['10'], { outer: [[]] }),
    step(13, 2, 1, ['10'], ['10'], { marked: true }),
    step(4, 1, 1, ['10'], []),
    step(5, 1, 1, [], ['10']),
    step(6, 1, 1, ['10'], ['10', '1']),
    step(7, 1, 1, ['10', '1'], ['11']),
    step(8, 1, 0, ['11'], []),
  ],
  totalSteps: 14,
  returned: '11',
  missing: [],
};

describe('wizard scene data', () => {
  it('knows its kind', () => {
    expect(isWizardScene(brew)).toBe(true);
    expect(isWizardScene({ kind: 'runes', runes: [] })).toBe(false);
    expect(isWizardScene({ kind: 'wizard' })).toBe(false);
    expect(isWizardScene(null)).toBe(false);
  });

  it('ends on the last lit step and sums it up for the e2e tests', () => {
    expect(focusStepIndex(brew)).toBe(8);
    expect(wizardSummary(brew)).toBe('steps:14;stack:[10]');
    const unlit = { ...brew, steps: brew.steps.map((s) => ({ ...s, marked: false })) };
    expect(focusStepIndex(unlit)).toBe(13);
    expect(wizardSummary(unlit)).toBe('steps:14;stack:[]');
    expect(wizardSummary({ ...brew, steps: [], totalSteps: 0 })).toBe('steps:0;stack:[]');
  });

  it('counts how many times each rune ran, up to a step', () => {
    const loop: WizardSceneData = {
      ...brew,
      runes: [rune(0, 'stir', 'FOR_ITER', 'to L2'), rune(0, 'stir', 'JUMP_BACKWARD', 'to L1'), rune(0, 'stir', 'RETURN_VALUE')],
      steps: [0, 1, 0, 1, 0, 2].map((r) => step(r, 1, r === 2 ? 0 : 1, [], [])),
    };
    expect(runCounts(loop)).toEqual([3, 2, 1]);
    expect(runCounts(loop, 2)).toEqual([2, 1, 0]);
  });
});

describe('frames', () => {
  it('a CALL opens the callee on top of its caller, RETURN_VALUE closes it and hands the value down', () => {
    expect(framesAfter(brew, 2)).toEqual([{ name: 'brew', stack: ['<function double>', 'NULL', '5'], current: true }]);
    expect(framesAfter(brew, 3)).toEqual([
      { name: 'brew', stack: [], current: false },
      { name: 'double', stack: [], current: true },
    ]);
    expect(framesAfter(brew, 7).map((f) => f.name)).toEqual(['brew', 'double']);
    expect(framesAfter(brew, 7)[1]!.stack).toEqual(['10']);
    expect(framesAfter(brew, 8)).toEqual([{ name: 'brew', stack: ['10'], current: true }]);
    expect(framesAfter(brew, 13)).toEqual([]);
    expect(deepestFrames(brew)).toBe(2);
  });

  it('boxes sit side by side inside the area, stones from the bottom up, a tall stack shows its top', () => {
    const area: Rect = { x: 900, y: 120, width: 240, height: 300 };
    const boxes = frameBoxes(framesAfter(brew, 6), area, 16);
    expect(boxes.map((b) => b.name)).toEqual(['brew', 'double']);
    expect(boxes[1]!.box.x).toBeGreaterThan(boxes[0]!.box.x);
    for (const box of boxes) {
      expect(box.box.x).toBeGreaterThanOrEqual(area.x);
      expect(box.box.x + box.box.width).toBeLessThanOrEqual(area.x + area.width + 0.01);
      for (const stone of box.stones) {
        expect(stone.y).toBeGreaterThanOrEqual(box.box.y);
        expect(stone.y + stone.height).toBeLessThanOrEqual(box.box.y + box.box.height);
      }
    }
    const [bottom, top] = boxes[1]!.stones;
    expect(bottom!.label).toBe('5');
    expect(top!.label).toBe('2');
    expect(top!.y).toBeLessThan(bottom!.y);

    const tall = frameBoxes(
      [{ name: 'f', stack: Array.from({ length: 30 }, (_, i) => String(i)), current: true }],
      { x: 0, y: 0, width: 200, height: 200 },
      16,
    );
    expect(tall[0]!.hidden).toBeGreaterThan(0);
    expect(tall[0]!.stones.at(-1)!.label).toBe('29');
    expect(tall[0]!.stones.length + tall[0]!.hidden).toBe(30);
    expect(tall[0]!.stones[0]!.y).toBeGreaterThanOrEqual(16 * 1.6);
  });
});

describe('layout', () => {
  it('splits the stage into a rune column and a frame area that stay inside it, readable font', () => {
    const layout = layoutWizard(brew, stage);
    expect(layout.column.x).toBe(stage.x);
    expect(layout.frames.x).toBeGreaterThan(layout.column.x + layout.column.width);
    expect(layout.frames.x + layout.frames.width).toBeLessThanOrEqual(stage.x + stage.width);
    expect(layout.column.y + layout.column.height).toBeLessThanOrEqual(stage.y + stage.height);
    expect(layout.fontSize).toBeGreaterThanOrEqual(14);
    expect(layout.visibleRows).toBeGreaterThanOrEqual(10);
    expect(layout.stepMs * brew.steps.length).toBeLessThanOrEqual(7000);
    expect(layout.durationMs).toBeGreaterThan(layout.stepMs * brew.steps.length);
  });

  it('a long reading walks faster but never faster than the floor', () => {
    const many = { ...brew, steps: Array.from({ length: 80 }, () => brew.steps[0]!) };
    const layout = layoutWizard(many, stage);
    expect(layout.stepMs).toBe(90);
  });

  it('the scroll keeps the wand rune in sight', () => {
    expect(runeWindowStart(10, 20, 9)).toBe(0);
    for (const current of [0, 15, 30, 59]) {
      const start = runeWindowStart(60, 12, current);
      expect(current).toBeGreaterThanOrEqual(start);
      expect(current).toBeLessThan(start + 12);
      expect(start + 12).toBeLessThanOrEqual(60);
    }
  });

  it('a long stone label gets a smaller font, never under the floor', () => {
    expect(stoneFontSize('12', 160, 16)).toBe(16);
    const size = stoneFontSize('<range_iterator object>', 170, 16);
    expect(size).toBeLessThan(16);
    expect(size * 0.61 * 23).toBeLessThanOrEqual(170 - 12);
    expect(stoneFontSize('x'.repeat(200), 170, 16)).toBe(11);
  });

  it('cuts text that does not fit with an ellipsis', () => {
    expect(fitText('LOAD_FAST_BORROW_LOAD_FAST_BORROW a, b', 12)).toBe('LOAD_FAST_B…');
    expect(fitText('CALL 1', 12)).toBe('CALL 1');
  });
});

describe('words for screen readers', () => {
  const format = (key: string, params: Record<string, string | number> = {}) => `${key}:${JSON.stringify(params)}`;

  it('says how many runes were read, the lit runes and how often they ran, the stack, the frames and the value handed back', () => {
    const words = describeWizard(brew, format);
    expect(words[0]).toBe('level.wizard-read:{"name":"brew(5)","count":14}');
    expect(words).toContain('level.wizard-rune-ran:{"rune":"CALL 1","times":1}');
    expect(words).toContain('level.wizard-rune-ran:{"rune":"RETURN_VALUE","times":1}');
    expect(words).toContain('level.wizard-stack-after:{"rune":"RETURN_VALUE","stack":"[10]"}');
    expect(words).toContain('level.wizard-frames:{"count":2,"names":"brew, double"}');
    expect(words).toContain('level.wizard-returned:{"value":"11"}');
  });

  it("keeps the lesson's question open until the spell passes: no stack, no count, no rooms given away", () => {
    const stack = describeWizard({ ...brew, puzzle: 'stack' }, format);
    expect(stack.some((words) => words.startsWith('level.wizard-stack-after'))).toBe(false);
    expect(stack).toContain('level.wizard-puzzle-stack:{}');
    const jumps = describeWizard({ ...brew, puzzle: 'jumps' }, format);
    expect(jumps.some((words) => words.includes('"times"'))).toBe(false);
    expect(jumps).toContain('level.wizard-rune-lit:{"rune":"CALL 1"}');
    const frames = describeWizard({ ...brew, puzzle: 'frames' }, format);
    expect(frames.some((words) => /wizard-(frames|returned)/.test(words))).toBe(false);
    expect(frames).toContain('level.wizard-puzzle-frames:{}');
    // the resting picture: the end of the reading, not the lit-up step, and no ×N on lit runes
    expect(restingStepIndex({ ...brew, puzzle: 'stack' })).toBe(brew.steps.length - 1);
    expect(restingStepIndex(brew)).toBe(focusStepIndex(brew));
    expect(hidesLitCounts({ ...brew, puzzle: 'jumps' })).toBe(true);
    expect(hidesLitCounts({ ...brew, puzzle: null })).toBe(false);
  });

  it('says when there was nothing to read and what was missing', () => {
    const words = describeWizard({ ...brew, steps: [], totalSteps: 0, returned: null, missing: ['def brew'] }, format);
    expect(words).toEqual(['level.wizard-nothing:{"name":"brew(5)"}', 'level.rune-missing:{"rune":"def brew"}']);
  });
});
