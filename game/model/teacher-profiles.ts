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

/** Clears every lesson of the kid (their chapter overrides stay), keeping the old profile as a backup. */
export function resetProgress(save: SaveData, profileId: string, now: Date): SaveData {
  const profile = findProfile(save, profileId);
  const withBackup = addBackup(save, {
    action: 'reset',
    at: now.toISOString(),
    profile,
    chapters: save.teacher.profileChapters[profileId] ?? {},
  });
  return { ...withBackup, profiles: withBackup.profiles.map((p) => (p.id === profileId ? { ...p, levels: {} } : p)) };
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
 * A deleted profile comes back only if no other kid has taken its name meanwhile.
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
  const profiles: Profile[] = existing
    ? save.profiles.map((p) => (p.id === backup.profile.id ? backup.profile : p))
    : [...save.profiles, backup.profile];
  const profileChapters = { ...save.teacher.profileChapters };
  if (Object.keys(backup.chapters).length > 0) profileChapters[backup.profile.id] = backup.chapters;
  else delete profileChapters[backup.profile.id];
  return { ...save, profiles, teacher: { ...save.teacher, backups, profileChapters } };
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
