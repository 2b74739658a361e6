import { cleanName, MAX_NAME_LENGTH } from './profiles.js';
import type { Profile, SaveData } from './save-data.js';
import { MAX_PROFILE_BACKUPS, type ProfileBackup } from './teacher-section.js';

/**
 * What the teacher can do to a kid's profile: rename it, reset its progress, delete it. Reset and
 * delete keep a backup in the save (the newest MAX_PROFILE_BACKUPS), so a mistake can be undone
 * from the console. Each returns the new save, or throws a ProfileActionError with a catalogue key.
 */
export class ProfileActionError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
  }
}

/** Why a profile cannot be renamed to `name` (a catalogue key), or null. Its own name, recased, is fine. */
export function validateRename(save: SaveData, profileId: string, name: string): string | null {
  const trimmed = cleanName(name);
  if (trimmed === '') return 'profile.name-empty';
  if ([...trimmed].length > MAX_NAME_LENGTH) return 'profile.name-too-long';
  const folded = trimmed.toLocaleLowerCase();
  if (save.profiles.some((p) => p.id !== profileId && p.name.toLocaleLowerCase() === folded)) return 'profile.name-taken';
  return null;
}

export function renameProfile(save: SaveData, profileId: string, name: string): SaveData {
  const profile = findProfile(save, profileId);
  const problem = validateRename(save, profileId, name);
  if (problem) throw new ProfileActionError(problem, { max: MAX_NAME_LENGTH });
  return { ...save, profiles: save.profiles.map((p) => (p === profile ? { ...p, name: cleanName(name) } : p)) };
}

/**
 * Clears every lesson of the kid (their chapter overrides stay), keeping the old profile as a backup.
 * What other computers had counted goes too (`countedElsewhere`): the reset is of the whole class's
 * copy of the kid, not only this computer's.
 */
export function resetProgress(save: SaveData, profileId: string, now: Date): SaveData {
  const profile = findProfile(save, profileId);
  const withBackup = addBackup(save, {
    action: 'reset',
    at: now.toISOString(),
    profile,
    chapters: save.teacher.profileChapters[profileId] ?? {},
  });
  // a new generation: with a class folder, the other computers' copies of the old progress lose to
  // this one (kid-merge.ts), so the reset reaches the whole class instead of coming back from them
  const reset = (p: Profile): Profile => {
    const { countedElsewhere: _elsewhere, ...kept } = p;
    return { ...kept, levels: {}, generation: (p.generation ?? 0) + 1 };
  };
  return { ...withBackup, profiles: withBackup.profiles.map((p) => (p.id === profileId ? reset(p) : p)) };
}

/** Removes the kid (and their overrides) from this computer, keeping a backup. */
export function deleteProfile(save: SaveData, profileId: string, now: Date): SaveData {
  const profile = findProfile(save, profileId);
  const withBackup = addBackup(save, {
    action: 'delete',
    at: now.toISOString(),
    profile,
    chapters: save.teacher.profileChapters[profileId] ?? {},
  });
  const profileChapters = { ...withBackup.teacher.profileChapters };
  delete profileChapters[profileId];
  return {
    ...withBackup,
    profiles: withBackup.profiles.filter((p) => p.id !== profileId),
    activeProfileId: withBackup.activeProfileId === profileId ? null : withBackup.activeProfileId,
    teacher: { ...withBackup.teacher, profileChapters },
  };
}

/**
 * Puts a backed-up profile back as it was (progress and overrides) and removes the backup.
 * A deleted profile comes back only if no other kid has taken its name meanwhile. It comes back a
 * generation above the reset or delete it undoes (restoredGeneration), so in a class folder the
 * undo replaces the reset's file or the removal instead of losing to them.
 */
export function restoreBackup(save: SaveData, index: number): SaveData {
  const backup = save.teacher.backups[index];
  if (!backup) throw new ProfileActionError('teacher.backup-gone');
  const backups = save.teacher.backups.filter((_, i) => i !== index);
  const existing = save.profiles.find((p) => p.id === backup.profile.id);
  const folded = backup.profile.name.toLocaleLowerCase();
  if (save.profiles.some((p) => p.id !== backup.profile.id && p.name.toLocaleLowerCase() === folded)) {
    throw new ProfileActionError('teacher.restore-name-taken', { name: backup.profile.name });
  }
  const restored: Profile = { ...backup.profile, generation: restoredGeneration(save, backup) };
  const profiles: Profile[] = existing
    ? save.profiles.map((p) => (p.id === backup.profile.id ? restored : p))
    : [...save.profiles, restored];
  const profileChapters = { ...save.teacher.profileChapters };
  if (Object.keys(backup.chapters).length > 0) profileChapters[backup.profile.id] = backup.chapters;
  else delete profileChapters[backup.profile.id];
  return { ...save, profiles, teacher: { ...save.teacher, backups, profileChapters } };
}

/**
 * The generation of a profile brought back from `backup`: above every copy of the kid a class
 * folder can hold, so the undo wins there too and reaches the other computers (kid-merge.ts: the
 * higher generation is kept whole). A backup is taken just before a reset, whose profile is one
 * generation up, or a delete, whose removal (kid-file.ts removedKidFile) is one generation up: so
 * two above the backup, `(backup.profile.generation ?? 0) + 2`. The same for every other backup of
 * the kid still here, since an undo of an older backup (a reset, then a delete, then the reset
 * undone) must also beat the later delete's removal, which has the same generation as that "+ 2";
 * and one above the kid's profile here now, which the class folder may have raised since.
 */
function restoredGeneration(save: SaveData, backup: ProfileBackup): number {
  const id = backup.profile.id;
  return Math.max(
    ...[backup, ...save.teacher.backups.filter((b) => b.profile.id === id)].map((b) => (b.profile.generation ?? 0) + 2),
    ...save.profiles.filter((p) => p.id === id).map((p) => (p.generation ?? 0) + 1),
  );
}

function addBackup(save: SaveData, backup: ProfileBackup): SaveData {
  return { ...save, teacher: { ...save.teacher, backups: [backup, ...save.teacher.backups].slice(0, MAX_PROFILE_BACKUPS) } };
}

/** A guest is not the teacher's to manage (the kiosk clears it): it counts as not there. */
function findProfile(save: SaveData, profileId: string): Profile {
  const profile = save.profiles.find((p) => p.id === profileId && !p.guest);
  if (!profile) throw new ProfileActionError('teacher.profile-gone');
  return profile;
}
