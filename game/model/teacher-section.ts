import { CHAPTERS, type ChapterId } from '../../contracts/level-schema.js';
import { normalizeClassFolder } from './class-folder-path.js';
import { defaultKioskOptions, normalizeKioskOptions, type KioskOptions } from './kiosk-options.js';
import type { Profile } from './profile-types.js';

/**
 * The teacher's part of the save document (schema 2): the PIN's salted slow hash, the count of
 * wrong tries and the lockout that follows them (kept in the save so restarting the game does not
 * reset them), and the chapter overrides that set the class's pace. Kept in the same document as
 * the profiles, so every teacher change goes through the same store: atomic, with a backup.
 */
export type ChapterOverride = 'open' | 'locked';
export type ChapterOverrides = Partial<Record<ChapterId, ChapterOverride>>;

/** A PIN stored as PBKDF2-SHA-256 (never the PIN itself). Salt and hash are base64. */
export interface PinRecord {
  algorithm: 'PBKDF2-SHA-256';
  iterations: number;
  salt: string;
  hash: string;
}

export interface TeacherSection {
  pin: PinRecord | null;
  /** Wrong PINs in a row since the last right one. */
  failedTries: number;
  /** ISO 8601: until when the console refuses every PIN, or null. */
  lockedUntil: string | null;
  /** Overrides for every profile on this computer. */
  classChapters: ChapterOverrides;
  /** Overrides for one kid, by profile id; they win over the class's. */
  profileChapters: Record<string, ChapterOverrides>;
  /**
   * The teacher opened the Memory Lab for every kid, finished reference counting or not (see
   * lab-door.ts). A save from before the Lab has no such field: it reads as not opened.
   */
  labOpenForClass: boolean;
  /** Profiles as they were before the teacher reset or deleted them, newest first (see teacher-profiles.ts). */
  backups: ProfileBackup[];
  /** The workshop host's kiosk options (schema 3). */
  kiosk: KioskOptions;
  /**
   * The class folder (schema 8): where every named kid of this computer also has a file, shared by
   * the lab's computers (class-folder-path.ts). Null: none, the kids' progress stays on this computer.
   */
  classFolder: string | null;
}

export interface ProfileBackup {
  /** What the teacher did: the console offers to undo it. */
  action: 'reset' | 'delete';
  /** ISO 8601. */
  at: string;
  profile: Profile;
  /** The kid's own chapter overrides at that moment. */
  chapters: ChapterOverrides;
}

/** Fewer iterations than this is not a slow hash: such a record is not accepted from a file. */
export const MIN_PIN_ITERATIONS = 200_000;

export function emptyTeacher(): TeacherSection {
  return {
    pin: null,
    failedTries: 0,
    lockedUntil: null,
    classChapters: {},
    profileChapters: {},
    labOpenForClass: false,
    backups: [],
    kiosk: defaultKioskOptions(),
    classFolder: null,
  };
}

/**
 * Keeps what can be understood of a stored teacher section; anything else becomes the empty default.
 * Backups hold whole profiles, so save-data.ts (which reads profiles) passes its reader in.
 */
export function normalizeTeacher(
  raw: unknown,
  profileIds: ReadonlySet<string>,
  readProfile: (raw: unknown) => Profile | null = () => null,
): TeacherSection {
  if (!isObject(raw)) return emptyTeacher();
  const tries = raw['failedTries'];
  const until = raw['lockedUntil'];
  const profileChapters: Record<string, ChapterOverrides> = {};
  if (isObject(raw['profileChapters'])) {
    for (const [id, overrides] of Object.entries(raw['profileChapters'])) {
      // overrides of a profile that is gone would come back to a new kid with a reused id: drop them
      if (!profileIds.has(id)) continue;
      const normal = normalizeOverrides(overrides);
      if (Object.keys(normal).length > 0) profileChapters[id] = normal;
    }
  }
  return {
    pin: normalizePinRecord(raw['pin']),
    failedTries: typeof tries === 'number' && Number.isInteger(tries) && tries >= 0 ? Math.min(tries, 1000) : 0,
    lockedUntil: typeof until === 'string' && !Number.isNaN(Date.parse(until)) ? until : null,
    classChapters: normalizeOverrides(raw['classChapters']),
    profileChapters,
    labOpenForClass: raw['labOpenForClass'] === true,
    backups: normalizeBackups(raw['backups'], readProfile),
    kiosk: normalizeKioskOptions(raw['kiosk']),
    classFolder: normalizeClassFolder(raw['classFolder']),
  };
}

/** Backups kept at most: each holds a whole profile with its spells, and the save must stay small. */
export const MAX_PROFILE_BACKUPS = 5;

function normalizeBackups(raw: unknown, readProfile: (raw: unknown) => Profile | null): ProfileBackup[] {
  if (!Array.isArray(raw)) return [];
  const backups: ProfileBackup[] = [];
  for (const entry of raw.slice(0, MAX_PROFILE_BACKUPS)) {
    if (!isObject(entry)) continue;
    const { action, at } = entry;
    const profile = readProfile(entry['profile']);
    if ((action !== 'reset' && action !== 'delete') || typeof at !== 'string' || Number.isNaN(Date.parse(at)) || !profile) continue;
    backups.push({ action, at, profile, chapters: normalizeOverrides(entry['chapters']) });
  }
  return backups;
}

export function normalizeOverrides(raw: unknown): ChapterOverrides {
  const overrides: ChapterOverrides = {};
  if (!isObject(raw)) return overrides;
  for (const chapter of CHAPTERS) {
    const value = raw[chapter];
    if (value === 'open' || value === 'locked') overrides[chapter] = value;
  }
  return overrides;
}

export function normalizePinRecord(raw: unknown): PinRecord | null {
  if (!isObject(raw)) return null;
  const { algorithm, iterations, salt, hash } = raw;
  if (algorithm !== 'PBKDF2-SHA-256') return null;
  if (typeof iterations !== 'number' || !Number.isInteger(iterations) || iterations < MIN_PIN_ITERATIONS || iterations > 10_000_000)
    return null;
  const base64 = /^[A-Za-z0-9+/]+={0,2}$/;
  if (typeof salt !== 'string' || !base64.test(salt) || salt.length < 16 || salt.length > 128) return null;
  if (typeof hash !== 'string' || !base64.test(hash) || hash.length < 40 || hash.length > 128) return null;
  return { algorithm, iterations, salt, hash };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
