import { AVATARS, type AvatarId } from './avatars.js';
import { experimentsFromSave, MAX_LAB_PROGRAM_CHARS } from './lab-experiments.js';
import { isLanguageId, type LanguageId } from './language-choice.js';
import { nameFromSave } from './profile-name.js';
import type { LevelCounters, LevelPrediction, LevelProgress, Profile } from './profile-types.js';
import { emptyTeacher, normalizeTeacher, type TeacherSection } from './teacher-section.js';

export type { LevelCounters, LevelPrediction, LevelProgress, Profile } from './profile-types.js';

/**
 * The save document: every profile on this computer, their progress, and settings.
 * Stored as one JSON document (desktop: a file in the user-data folder; browser: localStorage),
 * always with `schema` so an older game never misreads a newer file and a newer game can migrate.
 */
export const SAVE_SCHEMA_VERSION = 8;
/*
 * Schema history:
 *   1: profiles, activeProfileId, settings.
 *   2: + `teacher` (the teacher's console: PIN hash, lockout, chapter overrides). A schema 1
 *      document is read as schema 2 with an empty teacher section.
 *   3: + `teacher.kiosk` (kiosk options) and `Profile.guest` (the kiosk's nameless player, removed
 *      when the kiosk goes back to the title). Older documents read with default kiosk options and
 *      no guests; a schema 2 game refuses a schema 3 save instead of dropping the kiosk options.
 *   4: + `LevelProgress.hintsBeforePass` and `LevelProgress.prediction` (the stars: passed, passed
 *      without hints, predicted right). Older documents read with none of them known (a pass
 *      from before counts as passed, its hints unknown); a schema 3 game refuses a schema 4
 *      save instead of dropping the stars.
 *   5: + `settings.language` (the computer's language, picked on the title screen) and
 *      `Profile.language` (the kid's own). Older documents read with neither chosen (null: the
 *      system's language is spoken, as before); a schema 4 game refuses a schema 5 save instead
 *      of dropping the choices.
 *   6: + `Profile.labExperiments` (the Memory Lab's saved programs, at most 20) and
 *      `Profile.labDraft` (the program being written there). Both are left out while a kid has
 *      none, so older documents read as they are; a damaged list keeps the entries it can and
 *      never costs the profile. A kiosk guest keeps them only while it plays: guests are removed
 *      when the kiosk resets. A schema 5 game refuses a schema 6 save instead of dropping them.
 *   7: + `settings.computerId` (this computer's own id, random, made once: a kid's file in a class
 *      folder keeps each computer's casts, hints and seconds apart, so they add up without counting
 *      one twice, game/model/kid-file.ts) and `Profile.countedElsewhere` (per lesson, the counters
 *      of the other computers already in this profile's totals, left out while there are none).
 *      An older document gets a fresh id; a schema 6 game refuses a schema 7 save instead of
 *      dropping the id (a new id would count this computer's past play twice).
 *   8: + `teacher.classFolder` (the desktop app's class folder, where each named kid also has a
 *      file; game/model/class-folder-path.ts) + Profile.generation (teacher resets and deletes
 *      across a class folder; absent while 0, so a profile never reset reads as before). Older
 *      documents read with no folder and no generation; a schema 7 game refuses a schema 8 save
 *      instead of forgetting the folder (its kids would stop being copied).
 */

export interface Settings {
  muted: boolean;
  /** The computer's language (the title screen's picker, a kiosk's); null: the system's. */
  language: LanguageId | null;
  /** This computer's id in a class folder's kid files (randomComputerId), kept for good once made. */
  computerId: string;
}

export interface SaveData {
  schema: number;
  profiles: Profile[];
  activeProfileId: string | null;
  settings: Settings;
  teacher: TeacherSection;
}

export class SaveFormatError extends Error {}

export function emptySave(newComputerId: () => string = randomComputerId): SaveData {
  return {
    schema: SAVE_SCHEMA_VERSION,
    profiles: [],
    activeProfileId: null,
    settings: { muted: false, language: null, computerId: newComputerId() },
    teacher: emptyTeacher(),
  };
}

export function emptyProgress(): LevelProgress {
  return {
    attempts: 0,
    hintsUsed: 0,
    seconds: 0,
    passed: false,
    firstPassedAt: null,
    lastPlayedAt: null,
    lastSpell: null,
    hintsBeforePass: null,
    prediction: null,
  };
}

/** The catalogue's words that reading a save needs (the model has none of its own). */
export interface SaveWords {
  /** The name of a profile whose stored name is missing, or empty once cleaned (`profile.unnamed`). */
  unnamedProfile: string;
  /** The name of a saved Lab experiment whose stored name is missing: "Experiment 3" (`lab.programs.saved.numbered`). */
  unnamedExperiment(n: number): string;
}

/** A computer id as this game makes them (and the only ones a save or a kid file accepts): a plain file-safe word. */
export const COMPUTER_ID = /^[A-Za-z0-9-]{8,64}$/;

/** A fresh computer id: 128 random bits in hex (crypto.getRandomValues is in every browser and Node 20+, secure page or not). */
export function randomComputerId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return `pc-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** Longest spell kept in a save: a pasted novel must not bloat the file. */
export const MAX_SAVED_SPELL_CHARS = 20_000;

/**
 * Turns whatever was stored into a valid SaveData: fills missing fields, drops entries that
 * cannot be understood (keeping everything that can), and refuses documents from a newer schema
 * or of the wrong kind (SaveFormatError), so the caller can fall back to the backup.
 */
export function normalizeSave(raw: unknown, words: SaveWords, newComputerId: () => string = randomComputerId): SaveData {
  if (!isRecord(raw)) throw new SaveFormatError('the save is not an object');
  const schema = raw['schema'];
  if (typeof schema !== 'number' || !Number.isInteger(schema) || schema < 1) {
    throw new SaveFormatError('the save has no schema version');
  }
  if (schema > SAVE_SCHEMA_VERSION) throw new SaveFormatError(`the save is from a newer game (schema ${schema})`);
  const profiles: Profile[] = [];
  const seen = new Set<string>();
  // the same reading for the profiles and for the teacher's backups of them
  const readProfile = (entry: unknown) => normalizeProfile(entry, words);
  for (const entry of Array.isArray(raw['profiles']) ? raw['profiles'] : []) {
    const profile = readProfile(entry);
    if (profile && !seen.has(profile.id)) {
      seen.add(profile.id);
      profiles.push(profile);
    }
  }
  const active = raw['activeProfileId'];
  const settings = isRecord(raw['settings']) ? raw['settings'] : {};
  return {
    schema: SAVE_SCHEMA_VERSION,
    profiles,
    activeProfileId: typeof active === 'string' && seen.has(active) ? active : null,
    settings: {
      muted: settings['muted'] === true,
      language: isLanguageId(settings['language']) ? settings['language'] : null,
      // before schema 7 (or a damaged id): a fresh one, kept from the next write on
      computerId: isComputerId(settings['computerId']) ? settings['computerId'] : newComputerId(),
    },
    // schema 1 had no teacher section: normalizeTeacher gives the empty one
    teacher: normalizeTeacher(raw['teacher'], seen, readProfile),
  };
}

/** A stored profile (of the save or of a teacher's backup), or null when it has no id to be known by. */
function normalizeProfile(raw: unknown, words: SaveWords): Profile | null {
  if (!isRecord(raw)) return null;
  const { id, name, avatar, createdAt, labDraft } = raw;
  // a profile without a usable name still holds a kid's progress: it gets the kind default name
  if (typeof id !== 'string' || id === '') return null;
  const levels: Record<string, LevelProgress> = {};
  if (isRecord(raw['levels'])) {
    for (const [levelId, progress] of Object.entries(raw['levels'])) {
      const normal = normalizeProgress(progress);
      if (normal) levels[levelId] = normal;
    }
  }
  const profile: Profile = {
    id,
    name: nameFromSave(name, words.unnamedProfile),
    avatar: AVATARS.some((a) => a.id === avatar) ? (avatar as AvatarId) : AVATARS[0].id,
    createdAt: typeof createdAt === 'string' ? createdAt : new Date(0).toISOString(),
    levels,
    guest: raw['guest'] === true,
    // a guest takes the computer's language: a choice stored on one is not kept
    language: raw['guest'] !== true && isLanguageId(raw['language']) ? raw['language'] : null,
  };
  // the Lab's programs (schema 6): absent while there are none, so a profile reads the same as before
  const experiments = experimentsFromSave(raw['labExperiments'], words.unnamedExperiment);
  if (experiments.length > 0) profile.labExperiments = experiments;
  if (typeof labDraft === 'string') profile.labDraft = labDraft.slice(0, MAX_LAB_PROGRAM_CHARS);
  // schema 7: what other computers added to the totals (a class folder's kid); a guest never has any
  const elsewhere = raw['guest'] === true ? {} : countersByLevel(raw['countedElsewhere']);
  if (Object.keys(elsewhere).length > 0) profile.countedElsewhere = elsewhere;
  // schema 8: the teacher's resets and deletes across a class folder: a whole number, absent while 0
  // (so a profile never reset reads as before) and when it is not one
  const generation = raw['generation'];
  if (typeof generation === 'number' && Number.isSafeInteger(generation) && generation > 0) profile.generation = generation;
  return profile;
}

export function isComputerId(value: unknown): value is string {
  return typeof value === 'string' && COMPUTER_ID.test(value);
}

/** A stored count: a whole number from 0 (anything else reads as 0). */
export function storedCount(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : 0;
}

/** A lesson id as a key: a short plain text that is not one of Object's own names. */
export function isLevelKey(key: string): boolean {
  return key.length > 0 && key.length <= 100 && key !== '__proto__' && key !== 'constructor' && key !== 'prototype';
}

export function countersFromSave(raw: unknown): LevelCounters | null {
  if (!isRecord(raw)) return null;
  return { attempts: storedCount(raw['attempts']), hintsUsed: storedCount(raw['hintsUsed']), seconds: storedCount(raw['seconds']) };
}

/** Counters per lesson and per computer; an entry that is not one is dropped, and a lesson left with none. */
function countersByLevel(raw: unknown): Record<string, Record<string, LevelCounters>> {
  const result: Record<string, Record<string, LevelCounters>> = {};
  if (!isRecord(raw)) return result;
  for (const [levelId, byComputer] of Object.entries(raw)) {
    const counted = countersByComputer(byComputer);
    if (isLevelKey(levelId) && Object.keys(counted).length > 0) result[levelId] = counted;
  }
  return result;
}

/** Each computer's counters (a key that is not a computer id, or an entry that is not counters, is dropped). */
export function countersByComputer(raw: unknown): Record<string, LevelCounters> {
  const result: Record<string, LevelCounters> = {};
  if (!isRecord(raw)) return result;
  for (const [computerId, entry] of Object.entries(raw)) {
    const counters = countersFromSave(entry);
    if (isComputerId(computerId) && counters) result[computerId] = counters;
  }
  return result;
}

function normalizeProgress(raw: unknown): LevelProgress | null {
  if (!isRecord(raw)) return null;
  const count = storedCount;
  const when = (value: unknown) => (typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : null);
  const passed = raw['passed'] === true;
  return {
    attempts: count(raw['attempts']),
    hintsUsed: count(raw['hintsUsed']),
    seconds: count(raw['seconds']),
    passed,
    firstPassedAt: passed ? when(raw['firstPassedAt']) : null,
    lastPlayedAt: when(raw['lastPlayedAt']),
    lastSpell: typeof raw['lastSpell'] === 'string' ? raw['lastSpell'].slice(0, MAX_SAVED_SPELL_CHARS) : null,
    hintsBeforePass: passed && typeof raw['hintsBeforePass'] === 'number' ? count(raw['hintsBeforePass']) : null,
    prediction: normalizePrediction(raw['prediction']),
  };
}

export function normalizePrediction(raw: unknown): LevelPrediction | null {
  if (!isRecord(raw) || typeof raw['guess'] !== 'string' || raw['guess'].length > 40 || typeof raw['right'] !== 'boolean') return null;
  return { guess: raw['guess'], right: raw['right'] };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
