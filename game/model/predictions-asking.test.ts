import { describe, expect, it } from 'vitest';
import { createProfile } from './profiles.js';
import { levelProgress, recordCast, recordPrediction } from './progress.js';
import { asksForGuess, castWaitsForGuess } from './predictions.js';
import { emptySave } from './save-data.js';
import { testLevel } from './test-levels.js';

/* When a lesson asks for a guess before the cast (the guess itself is judged in predictions.test.ts). */

const NOW = new Date('2026-12-07T10:00:00Z');
const GUESSING = { ...testLevel('refcount/a'), predict: { measure: 'tally-change', label: 'hat' } as const };
const PLAIN = testLevel('refcount/b');
const fresh = () => createProfile(emptySave(), { name: 'Ada', avatar: 'owl' }, NOW, 'ada').save;

describe('predict, then cast', () => {
  it('the first cast of a guessing lesson waits for a guess; with one picked it goes', () => {
    const progress = levelProgress(fresh().profiles[0]!, GUESSING.id);
    expect(asksForGuess(GUESSING, progress)).toBe(true);
    expect(castWaitsForGuess(GUESSING, progress, null)).toBe(true);
    expect(castWaitsForGuess(GUESSING, progress, 'up-one')).toBe(false);
  });

  it('once a cast has checked a guess (right or wrong) the lesson asks no more, even after a failed cast', () => {
    let save = recordPrediction(fresh(), 'ada', GUESSING.id, { guess: 'same', right: false }, NOW);
    save = recordCast(save, 'ada', GUESSING.id, { passed: false, spell: 'x', seconds: 3 }, NOW);
    const progress = levelProgress(save.profiles[0]!, GUESSING.id);
    expect(asksForGuess(GUESSING, progress)).toBe(false);
    expect(castWaitsForGuess(GUESSING, progress, null)).toBe(false);
  });

  it('a lesson without a guess never waits', () => {
    const progress = levelProgress(fresh().profiles[0]!, PLAIN.id);
    expect(asksForGuess(PLAIN, progress)).toBe(false);
    expect(castWaitsForGuess(PLAIN, progress, null)).toBe(false);
  });
});
