import { AVATARS, type AvatarId } from './avatars.js';
import { experimentsFromSave, MAX_LAB_PROGRAM_CHARS } from './lab-experiments.js';
import { isLanguageId, type LanguageId } from './language-choice.js';
import { nameFromSave } from './profile-name.js';
import type { LevelPrediction, LevelProgress, Profile } from './profile-types.js';
import { emptyTeacher, normalizeTeacher, type TeacherSection } from './teacher-section.js';

export type { LevelPrediction, LevelProgress, Profile } from './profile-types.js';

/**
 * The save document: every profile on this computer, their progress, and settings.
 * Stored as one JSON document (desktop: a file in the user-data folder; browser: localStorage),
 * always with `schema` so an older game never misreads a newer file and a newer game can migrate.
 */
export const SAVE_SCHEMA_VERSION = 6;
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
 */

export interface Settings {
  muted: boolean;
  /** The computer's language (the title screen's picker, a kiosk's); null: the system's. */
  language: LanguageId | null;
}

export interface SaveData {
  schema: number;
  profiles: Profile[];
  activeProfileId: string | null;
  settings: Settings;
  teacher: TeacherSection;
}

export class SaveFormatError extends Error {}

export function emptySave(): SaveData {
  return {
    schema: SAVE_SCHEMA_VERSION,
    profiles: [],
    activeProfileId: null,
    settings: { muted: false, language: null },
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

/** Longest spell kept in a save: a pasted novel must not bloat the file. */
export const MAX_SAVED_SPELL_CHARS = 20_000;

/**
 * Turns whatever was stored into a valid SaveData: fills missing fields, drops entries that
 * cannot be understood (keeping everything that can), and refuses documents from a newer schema
 * or of the wrong kind (SaveFormatError), so the caller can fall back to the backup.
 */
export function normalizeSave(raw: unknown, words: SaveWords): SaveData {
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
    settings: { muted: settings['muted'] === true, language: isLanguageId(settings['language']) ? settings['language'] : null },
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
  return profile;
}

function normalizeProgress(raw: unknown): LevelProgress | null {
  if (!isRecord(raw)) return null;
  const count = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : 0);
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

function normalizePrediction(raw: unknown): LevelPrediction | null {
  if (!isRecord(raw) || typeof raw['guess'] !== 'string' || raw['guess'].length > 40 || typeof raw['right'] !== 'boolean') return null;
  return { guess: raw['guess'], right: raw['right'] };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
