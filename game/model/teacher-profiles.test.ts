import { describe, expect, it } from 'vitest';
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
    expect(save.teacher.profileChapters['ada']).toEqual({ gc: 'open' });
    expect(save.teacher.backups[0]).toMatchObject({ action: 'reset', at: NOW.toISOString() });
    // the backup survives the save being written and read back
    save = normalizeSave(JSON.parse(JSON.stringify(save)), SAVE_WORDS);
    save = restoreBackup(save, 0);
    expect(levelProgress(save.profiles[0]!, 'refcount/a')).toMatchObject({ passed: true, lastSpell: 'my_hat = hat' });
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
