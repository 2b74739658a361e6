import { describe, expect, it } from 'vitest';
import type { TallyObject } from '../../../contracts/cast-protocol.js';
import { translatorFor } from '../../messages/translator.js';
import { describeScene } from '../stage-packs.js';
import { describeTallyMoment } from './tally-words.js';

const english = translatorFor('en');

function hat(partial: Partial<TallyObject> = {}): TallyObject {
  return { label: 'hat', delta: 0, holders: ['hat'], containers: [], vanished: false, ...partial };
}

describe('the words under a tally stage', () => {
  it('says the change, never the count, and who holds the object', () => {
    expect(describeScene({ kind: 'tally', objects: [hat({ delta: 1, holders: ['hat', 'my_hat'] })] }, english.say)).toEqual([
      'hat: its tally changed by +1. Held by the names: hat, my_hat.',
    ]);
  });

  it('says what the weak-reference ghost does, before and after the object vanished', () => {
    expect(describeScene({ kind: 'tally', objects: [hat({ weakGhost: true })] }, english.say)[0]).toContain(
      'The ghost is a weak reference: it watches without holding',
    );
    expect(
      describeScene({ kind: 'tally', objects: [hat({ delta: -3, holders: [], vanished: true, weakGhost: true })] }, english.say)[0],
    ).toContain('It vanished: nobody held it any more, so Python threw it away. The ghost, a weak reference, saw it go');
  });

  it("tells a step of the replay: the start, a function's own name holding it, a return", () => {
    expect(describeTallyMoment({ line: null, returned: null, objects: [hat()] }, english.say)).toBe(
      'Before the spell: hat: its tally did not change. Held by the names: hat.',
    );
    expect(
      describeTallyMoment(
        { line: 7, returned: null, objects: [hat({ delta: 1, locals: [{ name: 'h', function: 'wear' }] })] },
        english.say,
      ),
    ).toBe('hat: its tally changed by +1. Held by the names: hat. Inside wear(), its name h holds it too.');
    expect(describeTallyMoment({ line: 7, returned: 'wear', objects: [hat()] }, english.say)).toBe(
      'wear() returned: hat: its tally did not change. Held by the names: hat.',
    );
  });
});
