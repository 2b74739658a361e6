import type { LevelDefinition } from '../../contracts/level-schema.js';
import { AVATARS } from './profiles.js';
import { chapterStates, levelStates } from './progress.js';
import { chapterOverridesFor } from './teacher-pace.js';
import type { Profile, SaveData } from './save-data.js';

/**
 * Kiosk guests: a kid at a workshop computer plays at once, without typing a name. A guest is a
 * profile with `guest: true`; it never shows as a kid in the profile list or the class report,
 * and the kiosk removes it (its progress and its last spells with it) when it goes back to the
 * title for the next kid, and at start in case the last run ended in a crash.
 */

/** The profiles a kid can pick by name: guests are not among them. */
export function namedProfiles(save: SaveData): Profile[] {
  return save.profiles.filter((profile) => !profile.guest);
}

export function hasGuests(save: SaveData): boolean {
  return save.profiles.some((profile) => profile.guest);
}

/**
 * The save without any guest: named profiles, their progress and the teacher's settings are kept
 * as they are; what belonged only to a guest (its chapter overrides, console backups of it) goes too.
 * Returns the same object when there was no guest, so nothing needs writing.
 */
export function withoutGuests(save: SaveData): SaveData {
  if (!hasGuests(save)) return save;
  const guestIds = new Set(save.profiles.filter((p) => p.guest).map((p) => p.id));
  const profileChapters = Object.fromEntries(Object.entries(save.teacher.profileChapters).filter(([id]) => !guestIds.has(id)));
  return {
    ...save,
    profiles: namedProfiles(save),
    activeProfileId: save.activeProfileId !== null && guestIds.has(save.activeProfileId) ? null : save.activeProfileId,
    teacher: {
      ...save.teacher,
      profileChapters,
      backups: save.teacher.backups.filter((backup) => !backup.profile.guest),
    },
  };
}

/**
 * The kiosk goes back to the title for the next kid: guests are removed and nobody is the active
 * player any more (the next kid must not find the last one's name in the top bar).
 */
export function readyForNextKid(save: SaveData): SaveData {
  const next = withoutGuests(save);
  return next.activeProfileId === null ? next : { ...next, activeProfileId: null };
}

/**
 * A new guest who becomes the active player. Any guest left over is removed first: "Play now"
 * starts a fresh game for a new kid, never someone else's half-done one.
 */
export function startGuest(
  save: SaveData,
  name: string,
  now: Date,
  id: string = `guest-${globalThis.crypto.randomUUID()}`,
): { save: SaveData; profile: Profile } {
  const profile: Profile = { id, name, avatar: AVATARS[0].id, createdAt: now.toISOString(), levels: {}, guest: true, language: null };
  const clean = withoutGuests(save);
  return { save: { ...clean, profiles: [...clean.profiles, profile], activeProfileId: id }, profile };
}

/**
 * Where "Play now" takes a new guest: the first lesson that is open to them (the teacher may have
 * locked the first place for the class), or null when none is open (the map then says why).
 */
export function guestFirstLesson(save: SaveData, profileId: string, levels: readonly LevelDefinition[]): string | null {
  const profile = save.profiles.find((p) => p.id === profileId);
  if (!profile) return null;
  const overrides = chapterOverridesFor(save.teacher, profileId);
  for (const chapter of chapterStates(profile, levels, overrides)) {
    if (chapter.status === 'locked') continue;
    const open = levelStates(profile, chapter.chapter, levels, overrides).find((l) => l.open && !l.passed);
    if (open) return open.level.id;
  }
  return null;
}
