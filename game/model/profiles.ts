import { cleanName, MAX_NAME_LENGTH } from './profile-name.js';
import type { AvatarId } from './avatars.js';
import type { LanguageId } from './language-choice.js';
import type { Profile, SaveData } from './save-data.js';

export { AVATARS, type AvatarId } from './avatars.js';
export { cleanName, MAX_NAME_LENGTH, nameFromSave } from './profile-name.js';

/** Why a name cannot be used (a catalogue key), or null when it is fine. */
export function validateProfileName(name: string, save: SaveData): string | null {
  const trimmed = cleanName(name);
  if (trimmed === '') return 'profile.name-empty';
  if ([...trimmed].length > MAX_NAME_LENGTH) return 'profile.name-too-long';
  const folded = trimmed.toLocaleLowerCase();
  if (save.profiles.some((p) => p.name.toLocaleLowerCase() === folded)) return 'profile.name-taken';
  return null;
}

export function createProfile(
  save: SaveData,
  input: {
    name: string;
    avatar: AvatarId;
    /** The language spoken when the kid made it: theirs from then on. */ language?: LanguageId | null;
  },
  now: Date,
  id: string = newProfileId(),
): { save: SaveData; profile: Profile } {
  const problem = validateProfileName(input.name, save);
  if (problem) throw new Error(problem);
  const profile: Profile = {
    id,
    name: cleanName(input.name),
    avatar: input.avatar,
    createdAt: now.toISOString(),
    levels: {},
    guest: false,
    language: input.language ?? null,
  };
  return { save: { ...save, profiles: [...save.profiles, profile], activeProfileId: id }, profile };
}

export function selectProfile(save: SaveData, id: string): SaveData {
  if (!save.profiles.some((p) => p.id === id)) throw new Error(`no profile ${id}`);
  return { ...save, activeProfileId: id };
}

/**
 * A language picked: the playing kid's from now on, or the computer's when no kid is playing or
 * the player is a kiosk guest (a guest takes the kiosk's language, and so does the next guest).
 */
export function chooseLanguage(save: SaveData, language: LanguageId): SaveData {
  const player = activeProfile(save);
  if (player && !player.guest) {
    return { ...save, profiles: save.profiles.map((p) => (p.id === player.id ? { ...p, language } : p)) };
  }
  return { ...save, settings: { ...save.settings, language } };
}

export function activeProfile(save: SaveData): Profile | null {
  return save.profiles.find((p) => p.id === save.activeProfileId) ?? null;
}

export function updateProfile(save: SaveData, id: string, change: (profile: Profile) => Profile): SaveData {
  if (!save.profiles.some((p) => p.id === id)) throw new Error(`no profile ${id}`);
  return { ...save, profiles: save.profiles.map((p) => (p.id === id ? change(p) : p)) };
}

function newProfileId(): string {
  return `p-${globalThis.crypto.randomUUID()}`;
}
