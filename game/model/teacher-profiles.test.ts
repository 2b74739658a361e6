import { describe, expect, it } from 'vitest';
import { bringKids } from './kid-carry.js';
import { kidFileOf, removedKidFile } from './kid-file.js';
import { mergeKidFiles } from './kid-merge.js';
import { createProfile } from './profiles.js';
import { levelProgress, recordCast } from './progress.js';
import { saveWords } from '../messages/save-words.js';
import { translatorFor } from '../messages/translator.js';
import { emptySave, normalizeSave, type SaveData } from './save-data.js';
import { setKidChapter } from './teacher-pace.js';
import { deleteProfile, ProfileActionError, renameProfile, resetProgress, restoreBackup } from './teacher-profiles.js';
import { MAX_PROFILE_BACKUPS } from './teacher-section.js';

const SAVE_WORDS = saveWords(translatorFor('en'));

const NOW = new Date('2026-11-25T10:00:00Z');
const LATER = new Date('2026-11-26T10:00:00Z');
const HOME = 'pc-home-0001';
const LAB = 'pc-lab-00002';

function classOfTwo(): SaveData {
  let save = createProfile(emptySave(), { name: 'Ada', avatar: 'owl' }, NOW, 'ada').save;
  save = createProfile(save, { name: 'Grace', avatar: 'fox' }, NOW, 'grace').save;
  save = recordCast(save, 'ada', 'refcount/a', { passed: true, spell: 'my_hat = hat', seconds: 30 }, NOW);
  return setKidChapter(save, 'ada', 'gc', 'open');
}

function actionError(run: () => unknown): ProfileActionError {
  try {
    run();
  } catch (error) {
    if (error instanceof ProfileActionError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('renameProfile', () => {
  it('renames, cleans the name, and refuses a name another kid has', () => {
    let save = renameProfile(classOfTwo(), 'ada', '  Ada   Lovelace ');
    expect(save.profiles[0]!.name).toBe('Ada Lovelace');
    save = renameProfile(save, 'ada', 'ADA LOVELACE');
    expect(save.profiles[0]!.name).toBe('ADA LOVELACE');
    expect(actionError(() => renameProfile(save, 'ada', 'grace')).key).toBe('profile.name-taken');
    expect(actionError(() => renameProfile(save, 'ada', '   ')).key).toBe('profile.name-empty');
    expect(actionError(() => renameProfile(save, 'nobody', 'X')).key).toBe('teacher.profile-gone');
  });
});

describe('kiosk guests', () => {
  it("are not the teacher's to rename, reset or delete: the kiosk clears them itself", () => {
    let save = classOfTwo();
    save = { ...save, profiles: [...save.profiles, { ...save.profiles[0]!, id: 'guest-1', name: 'Guest wizard', guest: true }] };
    expect(actionError(() => renameProfile(save, 'guest-1', 'Bob')).key).toBe('teacher.profile-gone');
    expect(actionError(() => resetProgress(save, 'guest-1', NOW)).key).toBe('teacher.profile-gone');
    expect(actionError(() => deleteProfile(save, 'guest-1', NOW)).key).toBe('teacher.profile-gone');
    expect(save.teacher.backups).toEqual([]);
  });
});

describe('reset and delete, with a backup to restore', () => {
  it("resets a kid's progress and brings it back", () => {
    let save = resetProgress(classOfTwo(), 'ada', NOW);
    expect(save.profiles[0]!.levels).toEqual({});
    // a new generation, so a class folder's older copies of her progress do not bring it back
    expect(save.profiles[0]!.generation).toBe(1);
    expect(save.teacher.profileChapters['ada']).toEqual({ gc: 'open' });
    expect(save.teacher.backups[0]).toMatchObject({ action: 'reset', at: NOW.toISOString() });
    // the backup survives the save being written and read back
    save = normalizeSave(JSON.parse(JSON.stringify(save)), SAVE_WORDS);
    save = restoreBackup(save, 0);
    expect(levelProgress(save.profiles[0]!, 'refcount/a')).toMatchObject({ passed: true, lastSpell: 'my_hat = hat' });
    // and the undo is above the reset's generation, so it wins in a class folder too
    expect(save.profiles[0]!.generation).toBe(2);
    expect(save.teacher.backups).toEqual([]);
  });

  it('deletes a kid with their overrides, and restores both', () => {
    let save: SaveData = { ...classOfTwo(), activeProfileId: 'ada' };
    save = deleteProfile(save, 'ada', NOW);
    expect(save.profiles.map((p) => p.name)).toEqual(['Grace']);
    expect(save.activeProfileId).toBeNull();
    expect(save.teacher.profileChapters['ada']).toBeUndefined();
    save = normalizeSave(JSON.parse(JSON.stringify(save)), SAVE_WORDS);
    save = restoreBackup(save, 0);
    expect(save.profiles.map((p) => p.name)).toEqual(['Grace', 'Ada']);
    expect(levelProgress(save.profiles[1]!, 'refcount/a').passed).toBe(true);
    // above the removal a class folder keeps of her (kid-file.ts removedKidFile: one generation up)
    expect(save.profiles[1]!.generation).toBe(2);
    expect(save.teacher.profileChapters['ada']).toEqual({ gc: 'open' });
  });

  it('does not restore a deleted kid over a new kid with the same name', () => {
    let save = deleteProfile(classOfTwo(), 'ada', NOW);
    save = createProfile(save, { name: 'ada', avatar: 'cat' }, NOW, 'new-ada').save;
    const error = actionError(() => restoreBackup(save, 0));
    expect(error.key).toBe('teacher.restore-name-taken');
    expect(error.params['name']).toBe('Ada');
  });

  it('keeps only the newest backups', () => {
    let save = classOfTwo();
    for (let i = 0; i < MAX_PROFILE_BACKUPS + 2; i += 1) save = resetProgress(save, 'grace', new Date(NOW.getTime() + i * 1000));
    expect(save.teacher.backups).toHaveLength(MAX_PROFILE_BACKUPS);
    expect(save.teacher.backups[0]!.at).toBe(new Date(NOW.getTime() + (MAX_PROFILE_BACKUPS + 1) * 1000).toISOString());
  });
});

describe('across a class folder (the generation)', () => {
  const ada = (save: SaveData) => save.profiles.find((p) => p.id === 'ada')!;
  /** What the other computer has after its sync brings Ada's file from this one. */
  const atLab = (lab: SaveData, home: SaveData, now: Date) => bringKids(lab, [kidFileOf(ada(home), HOME, now)!], LAB, now);

  it('a reset replaces the progress another computer still has of the kid, an old copy does not bring it back, and the undo does', () => {
    const home = classOfTwo();
    const lab = atLab(
      emptySave(() => LAB),
      home,
      NOW,
    ).save;
    expect(levelProgress(ada(lab), 'refcount/a').passed).toBe(true);

    const reset = resetProgress(home, 'ada', LATER);
    const afterReset = atLab(lab, reset, LATER);
    expect(ada(afterReset.save).levels).toEqual({});
    expect(afterReset.brought).toEqual([{ id: 'ada', name: 'Ada', isNew: false, passed: 0, passedAdded: 0 }]);
    // the file of before the reset, brought again (a kid's old download, a slow computer), changes nothing
    expect(atLab(afterReset.save, home, LATER).save.profiles).toEqual(afterReset.save.profiles);

    const undone = restoreBackup(reset, 0);
    expect(levelProgress(ada(atLab(afterReset.save, undone, LATER).save), 'refcount/a').passed).toBe(true);
  });

  it('an undo of an older backup still goes above a later delete, so the kid is not removed again', () => {
    let save = resetProgress(classOfTwo(), 'ada', NOW);
    const removal = removedKidFile(ada(save), HOME, NOW)!;
    save = deleteProfile(save, 'ada', NOW);
    // the reset's backup (the older one) brings back her progress from before both
    save = restoreBackup(save, 1);
    expect(levelProgress(ada(save), 'refcount/a').passed).toBe(true);
    const merged = mergeKidFiles(removal, kidFileOf(ada(save), HOME, LATER)!);
    expect(merged.kid.removed).toBe(false);
    expect(merged.levels['refcount/a']!.passed).toBe(true);
  });
});
