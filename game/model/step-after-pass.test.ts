import { describe, expect, it } from 'vitest';
import { createProfile } from './profiles.js';
import { recordCast } from './progress.js';
import { emptySave, type SaveData } from './save-data.js';
import { certificateFacts, graduationDay, stepAfterPass } from './step-after-pass.js';
import { testLevel } from './test-levels.js';

const LEVELS = [testLevel('refcount/a'), testLevel('refcount/b'), testLevel('gc/a'), testLevel('graduation/a'), testLevel('graduation/b')];
const NOW = new Date('2026-12-07T10:00:00Z');

const id = 'ada';

function kid(): SaveData {
  return createProfile(emptySave(), { name: 'Ada', avatar: 'owl' }, NOW, id).save;
}

function passed(save: SaveData, id: string, levelIds: readonly string[], when = NOW): SaveData {
  return levelIds.reduce((s, levelId) => recordCast(s, id, levelId, { passed: true, spell: 'x', seconds: 5 }, when), save);
}

const levelById = (id: string) => LEVELS.find((l) => l.id === id)!;

describe('the step after a pass', () => {
  it('in the middle of a chapter: "Next lesson" leads to the next lesson, and nothing is said finished', () => {
    let save = kid();
    save = passed(save, id, ['refcount/a']);
    expect(stepAfterPass(save.profiles[0]!, LEVELS, levelById('refcount/a'))).toEqual({
      nextLevelId: 'refcount/b',
      finished: null,
      offersCertificate: false,
    });
  });

  it('after the last lesson of a chapter: the chapter is said finished and "Next lesson" opens the next chapter', () => {
    let save = kid();
    save = passed(save, id, ['refcount/a', 'refcount/b']);
    expect(stepAfterPass(save.profiles[0]!, LEVELS, levelById('refcount/b'))).toEqual({
      nextLevelId: 'gc/a',
      finished: { kind: 'chapter', chapter: 'refcount' },
      offersCertificate: false,
    });
  });

  it('a chapter the teacher locked is not walked into: the chapter is still said finished', () => {
    let save = kid();
    save = passed(save, id, ['refcount/a', 'refcount/b']);
    expect(stepAfterPass(save.profiles[0]!, LEVELS, levelById('refcount/b'), { gc: 'locked' })).toMatchObject({
      nextLevelId: null,
      finished: { kind: 'chapter', chapter: 'refcount' },
    });
  });

  it('the last lesson of a chapter opened early by the teacher, with a lesson before it left: no way on, nothing finished', () => {
    let save = kid();
    // the teacher opened the graduation; the kid passed its last lesson but not its first
    save = passed(save, id, ['graduation/b']);
    expect(stepAfterPass(save.profiles[0]!, LEVELS, levelById('graduation/b'), { graduation: 'open' })).toEqual({
      nextLevelId: null,
      finished: null,
      offersCertificate: false,
    });
  });

  it('the last graduation lesson with every chapter finished offers the certificate', () => {
    let save = kid();
    save = passed(
      save,
      id,
      LEVELS.map((l) => l.id),
    );
    expect(stepAfterPass(save.profiles[0]!, LEVELS, levelById('graduation/b'))).toEqual({
      nextLevelId: null,
      finished: { kind: 'chapter', chapter: 'graduation' },
      offersCertificate: true,
    });
  });

  it('a graduation the teacher opened early: the certificate waits, and the lesson says for which chapters', () => {
    let save = kid();
    save = passed(save, id, ['refcount/a', 'graduation/a', 'graduation/b']);
    expect(stepAfterPass(save.profiles[0]!, LEVELS, levelById('graduation/b'), { graduation: 'open' })).toEqual({
      nextLevelId: null,
      finished: { kind: 'certificate-waits', chapters: ['refcount', 'gc'] },
      offersCertificate: false,
    });
  });
});

describe('graduation day', () => {
  it('is the day the last graduation lesson was first passed, not the day the certificate is looked at', () => {
    let save = kid();
    save = passed(save, id, ['refcount/a', 'refcount/b', 'gc/a', 'graduation/a'], new Date('2026-12-01T09:00:00Z'));
    save = passed(save, id, ['graduation/b'], new Date('2026-12-03T14:30:00Z'));
    // passing it again later does not move the day
    save = passed(save, id, ['graduation/b', 'gc/a'], new Date('2026-12-05T08:00:00Z'));
    const facts = certificateFacts(save.profiles[0]!, LEVELS, {}, NOW);
    expect(facts).toEqual({ name: 'Ada', chapters: ['refcount', 'gc', 'graduation'], date: new Date('2026-12-03T14:30:00Z') });
  });

  it('is today when no graduation lesson was passed yet', () => {
    const save = kid();
    expect(graduationDay(save.profiles[0]!, 'graduation', NOW)).toEqual(NOW);
  });
});
