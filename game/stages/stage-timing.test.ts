import { describe, expect, it } from 'vitest';
import type { GhostsSceneData, KnightsSceneData, RuneSceneData, TallySceneData } from '../../contracts/cast-protocol.js';
import { ghostTiming, layoutGhosts } from './ghosts/ghost-layout.js';
import { knightTiming, layoutKnights } from './knights/knight-layout.js';
import { layoutRunes, runeTiming } from './runes/rune-layout.js';
import type { Rect } from './shared/stage-geometry.js';
import { QUICK_STAGE_MAX_MS, type StagePace } from './shared/stage-pace.js';
import { layoutTally, tallyTiming } from './tally/tally-layout.js';
import { translatorFor } from '../messages/translator.js';

const AREA: Rect = { x: 600, y: 80, width: 560, height: 360 };

/** Three objects, one with a big delta (the most counter steps) and one that vanished. */
const tally: TallySceneData = {
  kind: 'tally',
  objects: [
    { label: 'hat', delta: 40, holders: ['hat', 'a', 'b'], containers: [{ name: 'shelf', slots: 38 }], vanished: false },
    { label: 'wand', delta: -1, holders: [], containers: [], vanished: true },
    { label: 'cape', delta: 2, holders: ['cape', 'x', 'y'], containers: [], vanished: false },
  ],
};

/** Freed by the tally first, then two visits of the Ghost Collector, with a cut hold. */
const ghosts: GhostsSceneData = {
  kind: 'ghosts',
  spirits: [
    { label: 'pip', end: 'freed', inCycle: false, line: 4 },
    { label: 'wisp', end: 'swept', inCycle: true, line: 9 },
    { label: 'mist', end: 'swept', inCycle: true, line: 9 },
    { label: 'boo', end: 'swept', inCycle: true, line: 12 },
    { label: 'lamp', end: 'alive', inCycle: false, line: null },
  ],
  start: [{ kind: 'attribute', holder: 'lamp', via: 'friend', target: 'pip' }],
  holds: [
    { kind: 'attribute', holder: 'wisp', via: 'friend', target: 'mist' },
    { kind: 'attribute', holder: 'mist', via: 'friend', target: 'wisp' },
    { kind: 'attribute', holder: 'boo', via: 'self', target: 'boo' },
    { kind: 'name', holder: 'lamp', via: '', target: 'lamp' },
  ],
  events: [
    { what: 'freed', labels: ['pip'], line: 4 },
    { what: 'sweep', labels: ['wisp', 'mist'], line: 9 },
    { what: 'sweep', labels: ['boo'], line: 12 },
  ],
  collectorCame: true,
};

function rune(opname: string, extra: Partial<RuneSceneData['runes'][number]> = {}): RuneSceneData['runes'][number] {
  return { opname, argument: '', line: 3, found: false, specialised: null, ...extra };
}

/** A function after many casts: most runes specialised, two of them found. */
const runes: RuneSceneData = {
  kind: 'runes',
  function: 'brew',
  runes: [
    rune('RESUME', { specialised: 'RESUME_CHECK' }),
    ...Array.from({ length: 14 }, (_, i) => rune('BINARY_OP', { argument: '+', found: i < 2, specialised: 'BINARY_OP_ADD_INT' })),
    rune('RETURN_VALUE'),
  ],
  more: 0,
  missing: [],
};

/** Two knights taking 80 runes in turns (long enough that moving takes seconds). */
const knightSteps: KnightsSceneData['steps'] = Array.from({ length: 80 }, (_, i) => ({
  thread: i % 4 < 2 ? 0 : 1,
  op: 'LOAD_GLOBAL',
  arg: 'count',
  line: 4,
  read: true,
  write: false,
  waits: false,
  counter: '0',
  lock: null,
}));
const knightNames = ['arthur', 'bors'].map((name) => ({ name, steps: 40, status: 'done' as const }));
const knights: KnightsSceneData = {
  kind: 'knights',
  mode: 'replay',
  counter: 'count',
  start: '0',
  final: '1',
  expected: '2',
  knights: knightNames,
  turns: 20,
  firstShown: 0,
  stepsTotal: 80,
  steps: knightSteps,
  lost: [],
};

/** How long each stage takes to play its scene at a pace. */
const DURATIONS: Record<string, (pace: StagePace) => number> = {
  tally: (pace) => layoutTally(tally, AREA, tallyTiming(pace)).durationMs,
  ghosts: (pace) => layoutGhosts(ghosts, AREA, ghostTiming(pace)).durationMs,
  runes: (pace) => layoutRunes(runes, AREA, translatorFor('en').t, runeTiming(pace)).durationMs,
  knights: (pace) => layoutKnights(knights, AREA, knightTiming(pace)).durationMs,
};

describe('stage pace', () => {
  for (const [kind, duration] of Object.entries(DURATIONS)) {
    it(`${kind}: quick is over within ${QUICK_STAGE_MAX_MS} ms where moving takes seconds`, () => {
      expect(duration('moving')).toBeGreaterThan(1500);
      expect(duration('quick')).toBeLessThanOrEqual(QUICK_STAGE_MAX_MS);
      expect(duration('still')).toBeLessThanOrEqual(duration('quick'));
    });
  }

  it('ghosts: quick keeps the measured order (freed by the tally, then each visit of the collector)', () => {
    const layout = layoutGhosts(ghosts, AREA, ghostTiming('quick'));
    const leave = (label: string) => layout.spirits.find((spirit) => spirit.label === label)?.leaveAt ?? null;
    expect(leave('pip')).not.toBeNull();
    expect(leave('pip')!).toBeLessThan(leave('wisp')!);
    expect(leave('wisp')!).toBeLessThan(leave('boo')!);
    expect(leave('lamp')).toBeNull();
    expect(layout.passes.map((pass) => pass.labels)).toEqual([['wisp', 'mist'], ['boo']]);
  });

  it('tally: quick still counts to the measured delta, only faster', () => {
    const quick = layoutTally(tally, AREA, tallyTiming('quick'));
    const moving = layoutTally(tally, AREA, tallyTiming('moving'));
    expect(quick.objects.map((o) => o.counter.text)).toEqual(moving.objects.map((o) => o.counter.text));
    expect(quick.objects.map((o) => o.vanished)).toEqual([false, true, false]);
  });
});
