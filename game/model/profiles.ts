import type { Profile, SaveData } from './save-data.js';

/** The avatars a kid can pick; `icon` is a fluent-emoji-flat icon name drawn by the game. */
export const AVATARS = [
  { id: 'mage', icon: 'person-mage' },
  { id: 'witch', icon: 'woman-mage-medium' },
  { id: 'owl', icon: 'owl' },
  { id: 'cat', icon: 'cat-face' },
  { id: 'dragon', icon: 'dragon-face' },
  { id: 'unicorn', icon: 'unicorn' },
  { id: 'fox', icon: 'fox' },
  { id: 'frog', icon: 'frog' },
  { id: 'robot', icon: 'robot' },
] as const;

export type AvatarId = (typeof AVATARS)[number]['id'];

export const MAX_NAME_LENGTH = 24;

/** Why a name cannot be used (a catalogue key), or null when it is fine. */
export function validateProfileName(name: string, save: SaveData): string | null {
  const trimmed = cleanName(name);
  if (trimmed === '') return 'profile.name-empty';
  if ([...trimmed].length > MAX_NAME_LENGTH) return 'profile.name-too-long';
  const folded = trimmed.toLocaleLowerCase();
  if (save.profiles.some((p) => p.name.toLocaleLowerCase() === folded)) return 'profile.name-taken';
  return null;
}

/**
 * Characters a name never keeps, typed or read from a save: control characters (C0, DEL, C1: a
 * newline or a bell would break the lists and the class CSV), lone surrogates (half an emoji),
 * and the invisible ones: format characters and the rest of Unicode's default-ignorables, among
 * them the bidirectional overrides, isolates and marks (U+202A–U+202E, U+2066–U+2069, U+200E,
 * U+200F, U+061C, with which "gnp\u202Eexe.png" shows as "gnpgnp.exe"), zero-width spaces, the
 * Hangul fillers and the tag characters (a Scottish flag is left a plain black one), and the
 * braille blank, which draws nothing either. Kept: the zero-width joiner and non-joiner and the
 * variation selectors, which emoji (🧙‍♀️, ❤️) and scripts such as Persian and Hindi are made with.
 */
const INVISIBLE_CHARACTERS = /(?![\u200c\u200d\ufe00-\ufe0f\u{e0100}-\u{e01ef}])[\p{Cc}\p{Cf}\p{Cs}\p{Default_Ignorable_Code_Point}\u2800]/gu;

/**
 * Joiners and variation selectors that start a word, and joiners that end one: they have nothing
 * to join or to change there, and a name made only of them would look empty.
 */
const LOOSE_JOINERS = /(?<=^|\s)[\u200c\u200d\ufe00-\ufe0f\u{e0100}-\u{e01ef}]+|[\u200c\u200d]+(?=\s|$)/gu;

/**
 * The one rule for a profile name, whether a kid types it or a save file brings it: names keep
 * their letters (accents and emoji included) but lose invisible and control characters and runs
 * of spaces. Its length is counted in code points against MAX_NAME_LENGTH.
 */
export function cleanName(name: string): string {
  return name.replace(INVISIBLE_CHARACTERS, '').replace(LOOSE_JOINERS, '').replace(/\s+/g, ' ').trim();
}

/**
 * A name read from a save, held to the rules of a typed one: a save file can be edited by hand
 * (or crafted), and its name is shown on every screen and in the class CSV. Cleaned like a typed
 * name, cut to MAX_NAME_LENGTH (where typing is refused instead), or `unnamed` (the catalogue's
 * kind default) when it is missing or nothing is left.
 */
export function nameFromSave(stored: unknown, unnamed: string): string {
  if (typeof stored !== 'string') return unnamed;
  // cleaned again after the cut: a cut through an emoji can leave a joiner or a space at the end
  const name = cleanName(firstCodePoints(cleanName(stored), MAX_NAME_LENGTH));
  return name === '' ? unnamed : name;
}

/** The first `count` code points of `text` (never half of a surrogate pair), without spreading all of a huge text. */
function firstCodePoints(text: string, count: number): string {
  let end = 0;
  let taken = 0;
  for (const char of text) {
    if (taken === count) break;
    end += char.length;
    taken += 1;
  }
  return text.slice(0, end);
}

export function createProfile(
  save: SaveData,
  input: { name: string; avatar: AvatarId },
  now: Date,
  id: string = newProfileId(),
): { save: SaveData; profile: Profile } {
  const problem = validateProfileName(input.name, save);
  if (problem) throw new Error(problem);
  const profile: Profile = { id, name: cleanName(input.name), avatar: input.avatar, createdAt: now.toISOString(), levels: {}, guest: false };
  return { save: { ...save, profiles: [...save.profiles, profile], activeProfileId: id }, profile };
}

export function selectProfile(save: SaveData, id: string): SaveData {
  if (!save.profiles.some((p) => p.id === id)) throw new Error(`no profile ${id}`);
  return { ...save, activeProfileId: id };
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
