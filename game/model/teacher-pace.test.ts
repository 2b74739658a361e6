import { describe, expect, it } from 'vitest';
import { createProfile } from './profiles.js';
import { translatorFor } from '../messages/translator.js';
import { placeView } from '../ui/place-view.js';
import { chapterStates, recordCast, recordHint } from './progress.js';
import { saveWords } from '../messages/save-words.js';
import { emptySave, normalizeSave, type SaveData } from './save-data.js';
import { activeChapterOverrides, chapterOverridesFor, setClassChapter, setClassLab, setKidChapter } from './teacher-pace.js';
import { labDoorFor } from './lab-door.js';
import { classReport, STUCK_ATTEMPTS } from './teacher-report.js';
import { testLevel } from './test-levels.js';

const SAVE_WORDS = saveWords(translatorFor('en'));

const english = translatorFor('en');

const level = testLevel;
const LEVELS = [level('refcount/a'), level('refcount/b'), level('gc/a'), level('bytecode/a')];
const NOW = new Date('2026-11-25T10:00:00Z');

function classOfTwo(): SaveData {
  let save = createProfile(emptySave(), { name: 'Ada', avatar: 'owl' }, NOW, 'ada').save;
  save = createProfile(save, { name: 'Grace', avatar: 'fox' }, NOW, 'grace').save;
  return save;
}

const gcOf = (save: SaveData, id: string) =>
  chapterStates(
    save.profiles.find((p) => p.id === id)!,
    LEVELS,
    chapterOverridesFor(save.teacher, id),
  )[1]!;

describe('the class pace', () => {
  it('opens a chapter for the whole class and locks it again for one kid', () => {
    let save = setClassChapter(classOfTwo(), 'gc', 'open');
    expect(gcOf(save, 'ada').status).toBe('open');
    expect(gcOf(save, 'grace').status).toBe('open');
    save = setKidChapter(save, 'grace', 'gc', 'locked');
    expect(gcOf(save, 'ada').status).toBe('open');
    expect(gcOf(save, 'grace')).toMatchObject({ status: 'locked', lockedReason: 'map.locked-by-teacher' });
    // the kid's map uses the active profile's overrides, and says plainly why the place is closed
    expect(activeChapterOverrides(save)).toEqual({ gc: 'locked' });
    expect(placeView(english, gcOf(save, 'grace')).statusText).toBe(english.t('map.locked-by-teacher'));
    expect(english.t('map.locked-by-teacher')).toContain('your teacher opens this next');
  });

  it('goes back to the class choice, then to the rule, when overrides are removed', () => {
    let save = setKidChapter(setClassChapter(classOfTwo(), 'gc', 'open'), 'ada', 'gc', 'locked');
    save = setKidChapter(save, 'ada', 'gc', null);
    expect(save.teacher.profileChapters).toEqual({});
    expect(gcOf(save, 'ada').status).toBe('open');
    save = setClassChapter(save, 'gc', null);
    expect(gcOf(save, 'ada')).toMatchObject({ status: 'locked', lockedReason: 'map.locked-finish-previous' });
  });

  it('survives the save being written and read again', () => {
    const save = setKidChapter(setClassChapter(classOfTwo(), 'gc', 'open'), 'grace', 'gc', 'locked');
    const again = normalizeSave(JSON.parse(JSON.stringify(save)), SAVE_WORDS);
    expect(gcOf(again, 'ada').status).toBe('open');
    expect(gcOf(again, 'grace').status).toBe('locked');
  });

  it('opens the Memory Lab for every kid, and it survives the save being written and read again', () => {
    const door = (save: SaveData, id: string) =>
      labDoorFor(
        save.profiles.find((p) => p.id === id)!,
        LEVELS,
        save.teacher,
        false,
      );
    let save = setClassLab(classOfTwo(), true);
    expect(door(save, 'ada')).toMatchObject({ status: 'open', reason: 'teacher-opened' });
    expect(door(save, 'grace')).toMatchObject({ status: 'open', reason: 'teacher-opened' });
    save = normalizeSave(JSON.parse(JSON.stringify(save)), SAVE_WORDS);
    expect(door(save, 'grace').status).toBe('open');
    // back to the rule: finish reference counting first
    expect(door(setClassLab(save, false), 'ada')).toMatchObject({ status: 'locked', reason: 'chapter-not-done' });
  });

  it('refuses an override for a profile that does not exist', () => {
    expect(() => setKidChapter(classOfTwo(), 'nobody', 'gc', 'open')).toThrow(/no profile/);
  });

  it('gives a kiosk guest no overrides of its own: it follows the class', () => {
    let save = setClassChapter(classOfTwo(), 'gc', 'open');
    save = { ...save, profiles: [...save.profiles, { ...save.profiles[0]!, id: 'guest-1', name: 'Guest wizard', guest: true }] };
    expect(() => setKidChapter(save, 'guest-1', 'gc', 'locked')).toThrow(/no profile/);
    expect(gcOf(save, 'guest-1').status).toBe('open');
  });
});

describe('classReport', () => {
  it('lists every kid, level by level, and marks who is stuck', () => {
    let save = recordHint(classOfTwo(), 'grace', 'refcount/a', NOW);
    for (let i = 0; i < STUCK_ATTEMPTS; i += 1) {
      save = recordCast(save, 'grace', 'refcount/a', { passed: false, spell: `x${i}`, seconds: 10 }, new Date(NOW.getTime() + i * 60_000));
    }
    save = recordCast(save, 'ada', 'refcount/a', { passed: false, spell: 'x', seconds: 20 }, NOW);
    save = recordCast(save, 'ada', 'refcount/a', { passed: true, spell: 'y', seconds: 15 }, NOW);
    const report = classReport(save, LEVELS);
    expect(report.map((k) => k.name)).toEqual(['Ada', 'Grace']);
    const [ada, grace] = report;
    expect(ada!.chapters.map((c) => c.chapter)).toEqual(['refcount', 'gc', 'gil', 'bytecode', 'interpreter', 'graduation']);
    expect(ada!.chapters[0]!.levels[0]).toMatchObject({
      status: 'passed',
      attempts: 2,
      seconds: 35,
      firstPassedAt: NOW.toISOString(),
      stuck: false,
    });
    expect(ada!.chapters[0]!.levels[1]).toMatchObject({ status: 'not-started', attempts: 0 });
    expect(ada!.stuckOn).toEqual([]);
    expect(grace!.chapters[0]!.levels[0]).toMatchObject({ status: 'started', attempts: 5, hintsUsed: 1, seconds: 50, stuck: true });
    expect(grace!.stuckOn).toEqual(['refcount/a']);
    expect(grace!.lastPlayedAt).toBe(new Date(NOW.getTime() + 4 * 60_000).toISOString());
  });

  it('shows the overrides and what each kid map says', () => {
    const save = setKidChapter(setClassChapter(classOfTwo(), 'gc', 'open'), 'grace', 'gc', 'locked');
    const [ada, grace] = classReport(save, LEVELS);
    expect(ada!.chapters[1]).toMatchObject({ classOverride: 'open', kidOverride: null });
    expect(ada!.chapters[1]!.state.status).toBe('open');
    expect(grace!.chapters[1]).toMatchObject({ classOverride: 'open', kidOverride: 'locked' });
    expect(grace!.chapters[1]!.state.status).toBe('locked');
  });
});
