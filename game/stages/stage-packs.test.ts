import { describe, expect, it } from 'vitest';
import type { SceneKind } from '../../contracts/level-schema.js';
import type { SceneData } from '../../contracts/cast-protocol.js';
import { translatorFor } from '../messages/translator.js';
import { describeScene, STAGE_PACKS, stagePackOf } from './stage-packs.js';

const english = translatorFor('en');

/** The least data each kind's guard takes (empty lists where the stage reads lists). */
const EMPTY: Record<SceneKind, SceneData> = {
  tally: { kind: 'tally', objects: [] },
  runes: { kind: 'runes', function: 'f', runes: [], more: 0, missing: [] },
  ghosts: { kind: 'ghosts', spirits: [], start: [], holds: [], events: [], collectorCame: false },
  knights: {
    kind: 'knights',
    mode: 'replay',
    counter: null,
    start: null,
    final: null,
    expected: null,
    knights: [],
    turns: 0,
    firstShown: 0,
    stepsTotal: 0,
    steps: [],
    lost: [],
  },
  wizard: { kind: 'wizard', title: 'f()', functions: [], runes: [], moreRunes: 0, steps: [], totalSteps: 0, returned: null, missing: [] },
};

describe('the stage packs', () => {
  it("each kind's guard takes its own kind's data and no other kind's", () => {
    for (const [kind, pack] of Object.entries(STAGE_PACKS) as [SceneKind, (typeof STAGE_PACKS)[SceneKind]][]) {
      for (const [other, data] of Object.entries(EMPTY) as [SceneKind, SceneData][]) {
        expect(pack.accepts(data), `${kind} pack on ${other} data`).toBe(kind === other);
      }
      expect(stagePackOf(EMPTY[kind])).toBe(pack);
    }
  });

  it('has no words for no scene, a kind no pack knows, or data its guard refuses', () => {
    expect(describeScene(null, english.say)).toEqual([]);
    expect(describeScene({ kind: 'dragons', eggs: 3 }, english.say)).toEqual([]);
    expect(describeScene({ kind: 'toString' }, english.say)).toEqual([]);
    expect(describeScene({ kind: 'ghosts' }, english.say)).toEqual([]);
  });
});
