import { describe, expect, it } from 'vitest';
import { createProfile } from './profiles.js';
import {
  chapterStates,
  chaptersLeftForCertificate,
  keptSpell,
  levelProgress,
  levelStates,
  nextLevel,
  recordCast,
  recordHint,
} from './progress.js';
import { emptySave, MAX_SAVED_SPELL_CHARS, type SaveData } from './save-data.js';
import { testLevel } from './test-levels.js';

const level = testLevel;
const LEVELS = [level('refcount/a'), level('refcount/b'), level('gc/a'), level('bytecode/a')];
const NOW = new Date('2026-11-25T10:00:00Z');

function withKid(): { save: SaveData; id: string } {
  const { save, profile } = createProfile(emptySave(), { name: 'Ada', avatar: 'owl' }, NOW, 'kid-1');
  return { save, id: profile.id };
}

describe('chapterStates', () => {
  it('opens chapter 1 only, and says why the others are closed', () => {
    const { save } = withKid();
    const states = chapterStates(save.profiles[0]!, LEVELS);
    expect(states.map((s) => s.status)).toEqual(['open', 'locked', 'locked', 'locked', 'locked', 'locked']);
    expect(states[3]!.lockedReason).toBe('map.locked-finish-previous');
    expect(states[3]!.lockedReasonParams['chapter']).toBe('gc');
    expect(states[1]!.lockedReason).toBe('map.locked-finish-previous');
    expect(states[1]!.lockedReasonParams['chapter']).toBe('refcount');
    expect(states[2]!.lockedReason).toBe('map.coming-soon');
  });

  it('skips a place still being built: the chapter after it opens when the last built one is finished', () => {
    const kid = withKid();
    let save = kid.save;
    const id = kid.id;
    for (const levelId of ['refcount/a', 'refcount/b', 'gc/a']) {
      save = recordCast(save, id, levelId, { passed: true, spell: 'x', seconds: 1 }, NOW);
    }
    const states = chapterStates(save.profiles[0]!, LEVELS);
    expect(states.map((s) => s.status)).toEqual(['done', 'done', 'locked', 'open', 'locked', 'locked']);
    expect(states[2]!.lockedReason).toBe('map.coming-soon');
  });

  it('opens the next chapter when every level of the one before is passed', () => {
    const kid = withKid();
    let save = kid.save;
    const id = kid.id;
    save = recordCast(save, id, 'refcount/a', { passed: true, spell: 'x', seconds: 5 }, NOW);
    expect(chapterStates(save.profiles[0]!, LEVELS)[1]!.status).toBe('locked');
    save = recordCast(save, id, 'refcount/b', { passed: true, spell: 'y', seconds: 5 }, NOW);
    const states = chapterStates(save.profiles[0]!, LEVELS);
    expect(states[0]).toMatchObject({ status: 'done', passed: 2, total: 2 });
    expect(states[1]).toMatchObject({ status: 'open', passed: 0, total: 1, lockedReason: null });
  });
});

describe('levelStates', () => {
  it('opens a level when the one before it is passed', () => {
    const kid = withKid();
    let save = kid.save;
    const id = kid.id;
    expect(levelStates(save.profiles[0]!, 'refcount', LEVELS).map((s) => s.open)).toEqual([true, false]);
    save = recordCast(save, id, 'refcount/a', { passed: true, spell: 'x', seconds: 1 }, NOW);
    expect(levelStates(save.profiles[0]!, 'refcount', LEVELS).map((s) => s.open)).toEqual([true, true]);
  });

  it('keeps every level of a locked chapter closed', () => {
    const { save } = withKid();
    expect(levelStates(save.profiles[0]!, 'gc', LEVELS).map((s) => s.open)).toEqual([false]);
  });
});

describe('recordCast', () => {
  it('counts attempts and time, keeps the spell and the first pass time', () => {
    const kid = withKid();
    let save = kid.save;
    const id = kid.id;
    save = recordCast(save, id, 'refcount/a', { passed: false, spell: 'one', seconds: 12.4 }, NOW);
    const later = new Date('2026-11-25T10:05:00Z');
    save = recordCast(save, id, 'refcount/a', { passed: true, spell: 'two', seconds: 30 }, later);
    save = recordCast(save, id, 'refcount/a', { passed: false, spell: 'three', seconds: 3 }, new Date('2026-11-26T09:00:00Z'));
    const p = levelProgress(save.profiles[0]!, 'refcount/a');
    expect(p).toMatchObject({ attempts: 3, seconds: 45, passed: true, firstPassedAt: later.toISOString(), lastSpell: 'three' });
  });

  it('counts the same spell cast again (a button pressed many times, a second look) as one attempt', () => {
    const kid = withKid();
    let save = kid.save;
    const id = kid.id;
    for (let press = 0; press < 15; press += 1)
      save = recordCast(save, id, 'refcount/a', { passed: false, spell: 'hat = hat', seconds: 1 }, NOW);
    expect(levelProgress(save.profiles[0]!, 'refcount/a')).toMatchObject({ attempts: 1, seconds: 15 });
    save = recordCast(save, id, 'refcount/a', { passed: false, spell: 'my_hat = hat', seconds: 1 }, NOW);
    save = recordCast(save, id, 'refcount/a', { passed: false, spell: 'hat = hat', seconds: 1 }, NOW);
    expect(levelProgress(save.profiles[0]!, 'refcount/a').attempts).toBe(3);
  });

  it('keeps a very long spell by whole lines and says it was cut, never mid-line', () => {
    const line = 'print("a line of a very long spell")\n';
    const long = line.repeat(Math.ceil(MAX_SAVED_SPELL_CHARS / line.length) + 10);
    const kept = keptSpell(long);
    expect(kept.cut).toBe(true);
    expect(kept.text.length).toBeLessThanOrEqual(MAX_SAVED_SPELL_CHARS);
    expect(kept.text.endsWith(line)).toBe(true);
    expect(kept.lines).toBe(kept.text.length / line.length);
    expect(keptSpell('x = 1\ny = 2')).toEqual({ text: 'x = 1\ny = 2', cut: false, lines: 2 });
    const kid = withKid();
    let save = kid.save;
    const id = kid.id;
    save = recordCast(save, id, 'refcount/a', { passed: false, spell: long, seconds: 1 }, NOW);
    expect(levelProgress(save.profiles[0]!, 'refcount/a').lastSpell).toBe(kept.text);
  });

  it('leaves other profiles untouched', () => {
    const kid = withKid();
    let save = kid.save;
    const id = kid.id;
    save = createProfile(save, { name: 'Grace', avatar: 'fox' }, NOW, 'kid-2').save;
    save = recordHint(save, id, 'refcount/a', NOW);
    expect(levelProgress(save.profiles[0]!, 'refcount/a').hintsUsed).toBe(1);
    expect(save.profiles[1]!.levels).toEqual({});
  });
});

describe('chaptersLeftForCertificate', () => {
  it('waits for every chapter, even when the graduation was opened early and passed', () => {
    const kid = withKid();
    let save = kid.save;
    const id = kid.id;
    const school = [...LEVELS, level('graduation/a')];
    save = recordCast(save, id, 'graduation/a', { passed: true, spell: 'x', seconds: 1 }, NOW);
    save = recordCast(save, id, 'refcount/a', { passed: true, spell: 'x', seconds: 1 }, NOW);
    expect(chaptersLeftForCertificate(save.profiles[0]!, school)).toEqual(['refcount', 'gc', 'bytecode']);
    for (const levelId of ['refcount/b', 'gc/a', 'bytecode/a'])
      save = recordCast(save, id, levelId, { passed: true, spell: 'x', seconds: 1 }, NOW);
    expect(chaptersLeftForCertificate(save.profiles[0]!, school)).toEqual([]);
  });
});

describe('nextLevel', () => {
  it('goes on in school order and ends after the last level', () => {
    expect(nextLevel(LEVELS, 'refcount/b')?.id).toBe('gc/a');
    expect(nextLevel(LEVELS, 'bytecode/a')).toBeNull();
  });
});

describe('chapterStates with the teacher overrides', () => {
  it('opens a chapter the teacher opened, even before the one before is finished', () => {
    const { save } = withKid();
    const states = chapterStates(save.profiles[0]!, LEVELS, { gc: 'open' });
    expect(states[1]).toMatchObject({ chapter: 'gc', status: 'open', lockedReason: null });
    expect(levelStates(save.profiles[0]!, 'gc', LEVELS, { gc: 'open' }).map((s) => s.open)).toEqual([true]);
    // the place after it still follows the rule: gc is not finished
    expect(states[3]).toMatchObject({ status: 'locked', lockedReason: 'map.locked-finish-previous' });
  });

  it('locks a chapter the teacher locked, even when the rule would open it, and says who locked it', () => {
    const kid = withKid();
    let save = kid.save;
    const id = kid.id;
    for (const levelId of ['refcount/a', 'refcount/b']) save = recordCast(save, id, levelId, { passed: true, spell: 'x', seconds: 1 }, NOW);
    const states = chapterStates(save.profiles[0]!, LEVELS, { gc: 'locked' });
    expect(states[1]).toMatchObject({ status: 'locked', lockedReason: 'map.locked-by-teacher' });
    expect(levelStates(save.profiles[0]!, 'gc', LEVELS, { gc: 'locked' }).map((s) => s.open)).toEqual([false]);
    // without an override the rule stays
    expect(chapterStates(save.profiles[0]!, LEVELS)[1]!.status).toBe('open');
  });

  it('locks a finished chapter too, without closing the next one the kid earned', () => {
    const kid = withKid();
    let save = kid.save;
    const id = kid.id;
    for (const levelId of ['refcount/a', 'refcount/b', 'gc/a'])
      save = recordCast(save, id, levelId, { passed: true, spell: 'x', seconds: 1 }, NOW);
    const states = chapterStates(save.profiles[0]!, LEVELS, { gc: 'locked' });
    expect(states.map((s) => s.status)).toEqual(['done', 'locked', 'locked', 'open', 'locked', 'locked']);
  });

  it('cannot open a place that has no lessons yet', () => {
    const { save } = withKid();
    expect(chapterStates(save.profiles[0]!, LEVELS, { gil: 'open' })[2]).toMatchObject({
      status: 'locked',
      lockedReason: 'map.coming-soon',
    });
  });
});
