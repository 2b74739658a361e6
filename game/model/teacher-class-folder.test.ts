import { describe, expect, it } from 'vitest';
import { kidFileOf, type KidFile } from './kid-file.js';
import type { LevelProgress, Profile } from './profile-types.js';
import { emptyProgress, emptySave, type SaveData } from './save-data.js';
import { classWithFolder, setClassFolder } from './teacher-class-folder.js';
import { classReport } from './teacher-report.js';
import { testLevel } from './test-levels.js';

const HERE = 'pc-here-00001';
const OTHER = 'pc-other-0002';
const NOW = new Date('2026-12-07T10:00:00.000Z');
const T1 = '2026-12-01T09:00:00.000Z';
const T2 = '2026-12-02T09:00:00.000Z';
const TEST_LEVELS = [testLevel('refcount/a'), testLevel('refcount/b')];

function kid(id: string, name: string, levels: Profile['levels'] = {}, change: Partial<Profile> = {}): Profile {
  return { id, name, avatar: 'owl', createdAt: '2026-11-25T10:00:00.000Z', levels, guest: false, language: null, ...change };
}

function passed(attempts: number, at: string): LevelProgress {
  return {
    ...emptyProgress(),
    attempts,
    seconds: 30,
    passed: true,
    firstPassedAt: at,
    lastPlayedAt: at,
    lastSpell: 'x = hat',
    hintsBeforePass: 0,
  };
}

function saveWith(profiles: Profile[]): SaveData {
  return { ...emptySave(() => HERE), profiles, activeProfileId: profiles[0]?.id ?? null };
}

/** The kid's file as another computer wrote it into the folder. */
function inFolder(profile: Profile, computer = OTHER): KidFile {
  return kidFileOf(profile, computer, NOW)!;
}

describe('setClassFolder', () => {
  it('stores an absolute folder, and none for a relative or empty one', () => {
    const save = setClassFolder(emptySave(), '\\\\school\\class\\5b');
    expect(save.teacher.classFolder).toBe('\\\\school\\class\\5b');
    expect(setClassFolder(save, 'class-5b').teacher.classFolder).toBeNull();
    expect(setClassFolder(save, '').teacher.classFolder).toBeNull();
    expect(setClassFolder(save, null).teacher.classFolder).toBeNull();
    expect(setClassFolder(save, '/media/usb/class').teacher.classFolder).toBe('/media/usb/class');
  });

  it('keeps everything else in the save, the kids above all', () => {
    const save = saveWith([kid('p-ada', 'Ada', { [TEST_LEVELS[0]!.id]: passed(2, T1) })]);
    const next = setClassFolder(save, '/media/usb/class');
    expect(next.profiles).toBe(save.profiles);
    expect(setClassFolder(next, null).profiles).toBe(save.profiles);
  });
});

describe('classWithFolder', () => {
  const [first, second] = TEST_LEVELS;

  it('shows a kid of this computer with the lessons they passed on other computers, never counting a cast twice', () => {
    const ada = kid('p-ada', 'Ada', { [first!.id]: passed(2, T1) });
    const elsewhere = kid('p-ada', 'Ada', { [second!.id]: passed(3, T2) });
    const save = saveWith([ada]);
    const shown = classWithFolder(save, [inFolder(elsewhere), inFolder(elsewhere)], HERE, NOW);
    expect(shown.folderOnly.size).toBe(0);
    const report = classReport(shown.save, TEST_LEVELS);
    const lessons = report[0]!.chapters.flatMap((c) => c.levels);
    expect(lessons.find((l) => l.levelId === first!.id)).toMatchObject({ status: 'passed', attempts: 2 });
    expect(lessons.find((l) => l.levelId === second!.id)).toMatchObject({ status: 'passed', attempts: 3 });
    // only shown: this computer's save is not changed
    expect(save.profiles).toEqual([ada]);
  });

  it('adds the kids only in the folder, after this computer’s, by name, and says which they are', () => {
    const save = saveWith([kid('p-ben', 'Ben')]);
    const files = [inFolder(kid('p-zoe', 'Zoe', { [first!.id]: passed(1, T1) })), inFolder(kid('p-cal', 'Cal'))];
    const shown = classWithFolder(save, files, HERE, NOW);
    expect(shown.save.profiles.map((p) => p.name)).toEqual(['Ben', 'Cal', 'Zoe']);
    expect([...shown.folderOnly].sort()).toEqual(['p-cal', 'p-zoe']);
    expect(shown.save.activeProfileId).toBe('p-ben');
    expect(classReport(shown.save, TEST_LEVELS).find((k) => k.profileId === 'p-zoe')!.chapters[0]!.levels[0]!.status).toBe('passed');
  });

  it('keeps the name this computer knows a kid by, and numbers a folder kid who has the same name', () => {
    const save = saveWith([kid('p-ada', 'Ada')]);
    // renamed on the other computer later; and another Ada who never played here
    const renamed = { ...inFolder(kid('p-ada', 'Ada B', { [first!.id]: passed(1, T2) })), writtenAt: NOW.toISOString() };
    const shown = classWithFolder(save, [renamed, inFolder(kid('p-ada2', 'ada'))], HERE, NOW);
    expect(shown.save.profiles.map((p) => [p.id, p.name])).toEqual([
      ['p-ada', 'Ada'],
      ['p-ada2', 'ada 2'],
    ]);
  });

  it('never touches a guest, even when a file has a guest’s id', () => {
    const guest = kid('p-guest', 'Guest', { [first!.id]: passed(1, T1) }, { guest: true });
    const save = saveWith([guest]);
    const shown = classWithFolder(save, [inFolder(kid('p-guest', 'Mallory', { [second!.id]: passed(4, T2) }))], HERE, NOW);
    expect(shown.save.profiles).toEqual([guest]);
    expect(shown.folderOnly.size).toBe(0);
    expect(classReport(shown.save, TEST_LEVELS)).toEqual([]);
  });

  it('is this computer’s class as it is when the folder holds nobody', () => {
    const save = saveWith([kid('p-ada', 'Ada')]);
    expect(classWithFolder(save, [], HERE, NOW)).toEqual({ save, folderOnly: new Set() });
  });
});
