import { describe, expect, it } from 'vitest';
import { createProfile } from './profiles.js';
import { recordCast, recordHint, recordPrediction } from './progress.js';
import { emptySave, type SaveData } from './save-data.js';
import { castRewards, lessonStars, profileStars, robePieces } from './stars.js';
import { testLevel } from './test-levels.js';

const NOW = new Date('2026-12-06T10:00:00Z');
const GUESSING = { ...testLevel('refcount/a'), predict: { measure: 'tally-change', label: 'hat' } as const };
const PLAIN = testLevel('refcount/b');
const kid = (): { save: SaveData; id: string } => ({
  save: createProfile(emptySave(), { name: 'Ada', avatar: 'owl' }, NOW, 'ada').save,
  id: 'ada',
});
const progressOf = (save: SaveData, levelId: string) => save.profiles[0]!.levels[levelId]!;

describe('stars', () => {
  it('gives a star for a pass, one for no hints before it, one for a guess that came true', () => {
    const player = kid();
    let save = player.save;
    const id = player.id;
    save = recordPrediction(save, id, GUESSING.id, { guess: 'up-one', right: true }, NOW);
    save = recordCast(save, id, GUESSING.id, { passed: true, spell: 'x', seconds: 5 }, NOW);
    expect(lessonStars(GUESSING, progressOf(save, GUESSING.id))).toMatchObject({
      earned: 3,
      possible: 3,
      withoutHints: true,
      predicted: true,
    });
    // a hint asked for after the pass does not take the star away
    save = recordHint(save, id, GUESSING.id, NOW);
    expect(lessonStars(GUESSING, progressOf(save, GUESSING.id)).earned).toBe(3);
  });

  it('keeps the first checked guess: a wrong one is not replaced by a later right one', () => {
    const player = kid();
    let save = player.save;
    const id = player.id;
    save = recordPrediction(save, id, GUESSING.id, { guess: 'same', right: false }, NOW);
    save = recordPrediction(save, id, GUESSING.id, { guess: 'up-one', right: true }, NOW);
    save = recordHint(save, id, GUESSING.id, NOW);
    save = recordCast(save, id, GUESSING.id, { passed: true, spell: 'x', seconds: 5 }, NOW);
    expect(lessonStars(GUESSING, progressOf(save, GUESSING.id))).toMatchObject({
      earned: 1,
      possible: 3,
      withoutHints: false,
      predicted: false,
    });
  });

  it('a lesson without a guess has two stars to earn, and the school adds them all up', () => {
    const player = kid();
    let save = player.save;
    const id = player.id;
    save = recordCast(save, id, PLAIN.id, { passed: true, spell: 'x', seconds: 5 }, NOW);
    expect(lessonStars(PLAIN, progressOf(save, PLAIN.id))).toMatchObject({ earned: 2, possible: 2 });
    expect(profileStars(save.profiles[0]!, [GUESSING, PLAIN])).toEqual({ earned: 2, possible: 5 });
  });

  it("gives the chapter's robe piece once every lesson of it is passed", () => {
    const player = kid();
    let save = player.save;
    const id = player.id;
    const levels = [GUESSING, PLAIN, testLevel('gc/a')];
    save = recordCast(save, id, GUESSING.id, { passed: true, spell: 'x', seconds: 5 }, NOW);
    expect(robePieces(save.profiles[0]!, levels)).toEqual([]);
    save = recordCast(save, id, PLAIN.id, { passed: true, spell: 'x', seconds: 5 }, NOW);
    expect(robePieces(save.profiles[0]!, levels)).toEqual(['refcount']);
  });
});

describe('castRewards', () => {
  const levels = [GUESSING, PLAIN, testLevel('gc/a')];

  it('a first pass with a right guess and no hints earns new stars, with every reason said in order', () => {
    let { save } = kid();
    const { id } = kid();
    const before = save.profiles[0]!;
    save = recordCast(save, id, GUESSING.id, { passed: true, spell: 'x', seconds: 5 }, NOW);
    save = recordPrediction(save, id, GUESSING.id, { guess: 'up-one', right: true }, NOW);
    const rewards = castRewards(GUESSING, levels, before, save.profiles[0]!);
    expect(rewards).toMatchObject({
      stars: { earned: 3, possible: 3 },
      reasons: ['passed', 'without-hints', 'predicted'],
      gainedStars: true,
      newRobePiece: null,
    });
  });

  it('passing the same lesson again earns nothing new: no celebration', () => {
    let { save } = kid();
    const { id } = kid();
    save = recordCast(save, id, PLAIN.id, { passed: true, spell: 'x', seconds: 5 }, NOW);
    const before = save.profiles[0]!;
    save = recordCast(save, id, PLAIN.id, { passed: true, spell: 'y', seconds: 5 }, NOW);
    expect(castRewards(PLAIN, levels, before, save.profiles[0]!)).toMatchObject({
      stars: { earned: 2 },
      gainedStars: false,
      newRobePiece: null,
    });
  });

  it('a failed cast earns no star and no reason', () => {
    let { save } = kid();
    const { id } = kid();
    const before = save.profiles[0]!;
    save = recordCast(save, id, PLAIN.id, { passed: false, spell: 'x', seconds: 5 }, NOW);
    expect(castRewards(PLAIN, levels, before, save.profiles[0]!)).toMatchObject({ stars: { earned: 0 }, reasons: [], gainedStars: false });
  });

  it('the pass that finishes a chapter gives its robe piece, once', () => {
    let { save } = kid();
    const { id } = kid();
    save = recordCast(save, id, GUESSING.id, { passed: true, spell: 'x', seconds: 5 }, NOW);
    const before = save.profiles[0]!;
    save = recordCast(save, id, PLAIN.id, { passed: true, spell: 'x', seconds: 5 }, NOW);
    expect(castRewards(PLAIN, levels, before, save.profiles[0]!).newRobePiece).toBe('refcount');
    const again = save.profiles[0]!;
    save = recordCast(save, id, PLAIN.id, { passed: true, spell: 'y', seconds: 5 }, NOW);
    expect(castRewards(PLAIN, levels, again, save.profiles[0]!).newRobePiece).toBeNull();
  });
});
