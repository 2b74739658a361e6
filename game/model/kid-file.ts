import { AVATARS, type AvatarId } from './avatars.js';
import { experimentsFromSave, MAX_LAB_EXPERIMENTS, MAX_LAB_PROGRAM_CHARS } from './lab-experiments.js';
import { isLanguageId, type LanguageId } from './language-choice.js';
import { nameFromSave } from './profile-name.js';
import type { LabExperiment, LevelCounters, LevelPrediction, LevelProgress, Profile } from './profile-types.js';
import {
  countersByComputer,
  isComputerId,
  isLevelKey,
  isRecord,
  MAX_SAVED_SPELL_CHARS,
  normalizePrediction,
  storedCount,
} from './save-data.js';

/**
 * A kid's file: one named kid, their profile and progress, as a class folder keeps it
 * (`<class>/kids/<kid-id>.json`, electron/class-folder-store.ts) and as the browser build's
 * "Carry my wizard" downloads it. Every computer the kid played on writes it, so a lesson keeps
 * each computer's own casts, hints and seconds (`byComputer`): a computer's counters only grow,
 * so its newer ones replace its older ones, and the totals are their sum, with no computer
 * counted twice (game/model/kid-merge.ts). Kiosk guests never get a file.
 *
 * Read leniently like a save (a lesson or an experiment that cannot be understood costs only
 * itself), except what makes the file this kid's: the kind, the schema, the kid's id and name,
 * and who wrote it when. Times are kept as `Date#toISOString` text, so comparing two of them as
 * text is comparing them as times.
 */
export const KID_FILE_KIND = 'pyland-kid';
export const KID_FILE_SCHEMA_VERSION = 2;
/*
 * Kid file schema history:
 *   1: kind, schema, kid, levels (with byComputer), writtenAt, writtenBy.
 *   2: + kid.generation and kid.removed: a teacher's reset (a new generation) or delete (a new
 *      generation that is removed) reaches every computer of a class folder (kid-merge.ts: the
 *      higher generation wins). A schema 1 file reads as generation 0, not removed; an older game
 *      leaves a schema 2 file as it is ("from a newer version") instead of bringing back what the
 *      teacher reset or deleted.
 */
/** 27 lessons' last spells and 20 Lab programs of 20,000 characters each stay well under this. */
export const MAX_KID_FILE_BYTES = 4 * 1024 * 1024;
/** A kid id that is also a plain file name on every system (profiles.ts makes `p-<uuid>`). */
export const KID_ID = /^[A-Za-z0-9_-]{1,80}$/;

export interface KidRecord {
  id: string;
  name: string;
  avatar: AvatarId;
  createdAt: string;
  language: LanguageId | null;
  /** Raised by every reset and delete the teacher makes (and twice by an undo): the higher one wins a merge. */
  generation: number;
  /** The teacher deleted this kid: the file keeps who it was and nothing else, so every computer removes them. */
  removed: boolean;
  labExperiments?: LabExperiment[];
  labDraft?: string;
}

/** One lesson in a kid's file: the progress of every computer, merged, with each one's counters apart. */
export interface KidLevel {
  passed: boolean;
  firstPassedAt: string | null;
  /** Hints asked for before the first pass, from the computer of the first pass. */
  hintsBeforePass: number | null;
  lastPlayedAt: string | null;
  lastSpell: string | null;
  /** When the last spell was cast (a lesson can be played later without a cast) and on which computer. */
  lastSpellAt: string | null;
  lastSpellBy: string | null;
  prediction: LevelPrediction | null;
  /** Each computer's own counters (by its settings.computerId). */
  byComputer: Record<string, LevelCounters>;
}

export interface KidFile {
  kind: typeof KID_FILE_KIND;
  schema: typeof KID_FILE_SCHEMA_VERSION;
  kid: KidRecord;
  levels: Record<string, KidLevel>;
  writtenAt: string;
  /** The computer whose copy of the kid's name, avatar, language and Lab draft this file carries. */
  writtenBy: string;
}

/** Catalogue keys (game/messages, section `classFolder`) for a file that cannot be read. */
export type KidFileProblem =
  'classFolder.kid-file-damaged' | 'classFolder.kid-file-wrong-kind' | 'classFolder.kid-file-newer' | 'classFolder.kid-file-too-big';

export type KidFileParse = { ok: true; file: KidFile } | { ok: false; problem: KidFileProblem; params?: Record<string, string | number> };

const ZERO: LevelCounters = { attempts: 0, hintsUsed: 0, seconds: 0 };

/**
 * The file of this profile as this computer knows it, or null for a guest (or an id that cannot
 * name a file). This computer's own counters are the profile's totals less what other computers
 * had counted when their progress was brought here (`countedElsewhere`, from profileFromKidFile);
 * those other computers keep their parts, so a file carried on from here still adds up.
 */
export function kidFileOf(profile: Profile, computerId: string, now: Date): KidFile | null {
  if (profile.guest || !KID_ID.test(profile.id) || !isComputerId(computerId)) return null;
  const levels: Record<string, KidLevel> = {};
  for (const [levelId, progress] of Object.entries(profile.levels)) {
    if (!isLevelKey(levelId)) continue;
    const byComputer: Record<string, LevelCounters> = {};
    for (const [other, counters] of Object.entries(profile.countedElsewhere?.[levelId] ?? {})) {
      if (other !== computerId) byComputer[other] = { ...counters };
    }
    const elsewhere = sumCounters(Object.values(byComputer));
    byComputer[computerId] = {
      attempts: Math.max(0, progress.attempts - elsewhere.attempts),
      hintsUsed: Math.max(0, progress.hintsUsed - elsewhere.hintsUsed),
      seconds: Math.max(0, progress.seconds - elsewhere.seconds),
    };
    const lastPlayedAt = isoTime(progress.lastPlayedAt);
    const passed = progress.passed;
    levels[levelId] = {
      passed,
      firstPassedAt: passed ? isoTime(progress.firstPassedAt) : null,
      hintsBeforePass: passed ? progress.hintsBeforePass : null,
      lastPlayedAt,
      lastSpell: progress.lastSpell,
      // a spell brought here and not cast again is claimed by this computer at its own time:
      // its text is the same, so which of the two copies wins does not matter
      lastSpellAt: progress.lastSpell === null ? null : lastPlayedAt,
      lastSpellBy: progress.lastSpell === null ? null : computerId,
      prediction: progress.prediction ? { ...progress.prediction } : null,
      byComputer: sortedByKey(byComputer),
    };
  }
  const kid: KidRecord = {
    id: profile.id,
    name: profile.name,
    avatar: profile.avatar,
    createdAt: isoTime(profile.createdAt) ?? new Date(0).toISOString(),
    language: profile.language,
    generation: profile.generation ?? 0,
    removed: false,
  };
  if (profile.labExperiments && profile.labExperiments.length > 0) kid.labExperiments = newestExperiments(profile.labExperiments);
  if (profile.labDraft !== undefined) kid.labDraft = profile.labDraft;
  return {
    kind: KID_FILE_KIND,
    schema: KID_FILE_SCHEMA_VERSION,
    kid,
    levels: sortedByKey(levels),
    writtenAt: now.toISOString(),
    writtenBy: computerId,
  };
}

/**
 * The profile this file gives on the computer `computerId`: each lesson's totals over every
 * computer, with the other computers' parts kept in `countedElsewhere` (so kidFileOf can take
 * them off again). To bring a kid's progress here over a local profile, merge the two files first
 * (kidFileOf the local one, mergeKidFiles) and take the profile of the merge.
 */
export function profileFromKidFile(file: KidFile, computerId: string): Profile {
  const levels: Record<string, LevelProgress> = {};
  const countedElsewhere: Record<string, Record<string, LevelCounters>> = {};
  for (const [levelId, level] of Object.entries(file.levels)) {
    levels[levelId] = {
      ...levelTotals(level),
      passed: level.passed,
      firstPassedAt: level.firstPassedAt,
      lastPlayedAt: level.lastPlayedAt,
      lastSpell: level.lastSpell,
      hintsBeforePass: level.hintsBeforePass,
      prediction: level.prediction ? { ...level.prediction } : null,
    };
    const others = Object.entries(level.byComputer).filter(([id]) => id !== computerId);
    if (others.length > 0) countedElsewhere[levelId] = Object.fromEntries(others.map(([id, counters]) => [id, { ...counters }]));
  }
  const { kid } = file;
  const profile: Profile = {
    id: kid.id,
    name: kid.name,
    avatar: kid.avatar,
    createdAt: kid.createdAt,
    levels,
    guest: false,
    language: kid.language,
  };
  if (kid.labExperiments && kid.labExperiments.length > 0) profile.labExperiments = kid.labExperiments.map((e) => ({ ...e }));
  if (kid.labDraft !== undefined) profile.labDraft = kid.labDraft;
  if (Object.keys(countedElsewhere).length > 0) profile.countedElsewhere = countedElsewhere;
  if (kid.generation > 0) profile.generation = kid.generation;
  return profile;
}

/**
 * What the class folder keeps of a kid the teacher deleted: who they were, a generation above
 * theirs and nothing else (no lessons, spells or programs), so it wins over every copy of them the
 * other computers still have, and each of those removes them at its next sync. Null for a guest.
 */
export function removedKidFile(profile: Profile, computerId: string, now: Date): KidFile | null {
  const file = kidFileOf(profile, computerId, now);
  if (!file) return null;
  const { labExperiments: _experiments, labDraft: _draft, ...kid } = file.kid;
  return { ...file, kid: { ...kid, generation: kid.generation + 1, removed: true }, levels: {} };
}

/** A lesson's casts, hints and seconds over every computer. */
export function levelTotals(level: KidLevel): LevelCounters {
  return sumCounters(Object.values(level.byComputer));
}

/** The text of a file as it is written (to a class folder, or downloaded). */
export function kidFileText(file: KidFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The name of a kid's file in a class folder's `kids` folder (a downloaded one too). */
export function kidFileName(kidId: string): string {
  return `${kidId}.json`;
}

/** Reads a kid's file; what makes it unreadable is said with a catalogue key, never thrown. */
export function parseKidFile(text: string): KidFileParse {
  if (text.length > MAX_KID_FILE_BYTES || new TextEncoder().encode(text).length > MAX_KID_FILE_BYTES) {
    return { ok: false, problem: 'classFolder.kid-file-too-big', params: { max: MAX_KID_FILE_BYTES / (1024 * 1024) } };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: 'classFolder.kid-file-damaged' };
  }
  if (!isRecord(raw) || raw['kind'] !== KID_FILE_KIND) return { ok: false, problem: 'classFolder.kid-file-wrong-kind' };
  const schema = raw['schema'];
  if (typeof schema !== 'number' || !Number.isInteger(schema) || schema < 1) return { ok: false, problem: 'classFolder.kid-file-damaged' };
  if (schema > KID_FILE_SCHEMA_VERSION) return { ok: false, problem: 'classFolder.kid-file-newer', params: { schema } };
  const kid = readKid(raw['kid'], schema);
  const writtenAt = isoTime(raw['writtenAt']);
  const writtenBy = raw['writtenBy'];
  if (!kid || writtenAt === null || !isComputerId(writtenBy)) return { ok: false, problem: 'classFolder.kid-file-damaged' };
  const levels: Record<string, KidLevel> = {};
  if (isRecord(raw['levels']) && !kid.removed) {
    for (const [levelId, entry] of Object.entries(raw['levels'])) {
      const level = readLevel(entry);
      if (level && isLevelKey(levelId)) levels[levelId] = level;
    }
  }
  return {
    ok: true,
    file: { kind: KID_FILE_KIND, schema: KID_FILE_SCHEMA_VERSION, kid, levels: sortedByKey(levels), writtenAt, writtenBy },
  };
}

function readKid(raw: unknown, schema: number): KidRecord | null {
  if (!isRecord(raw)) return null;
  const { id, avatar, labDraft, generation, removed } = raw;
  // what makes a reset or a delete stick is read strictly: a file that garbles it is not trusted
  if (schema >= 2 && (typeof generation !== 'number' || !Number.isSafeInteger(generation) || generation < 0)) return null;
  if (schema >= 2 && typeof removed !== 'boolean') return null;
  // the name is who the kid is on the profile screen: a file without one is not a kid's
  const name = nameFromSave(raw['name'], '');
  if (typeof id !== 'string' || !KID_ID.test(id) || name === '') return null;
  const kid: KidRecord = {
    id,
    name,
    avatar: AVATARS.some((a) => a.id === avatar) ? (avatar as AvatarId) : AVATARS[0].id,
    createdAt: isoTime(raw['createdAt']) ?? new Date(0).toISOString(),
    language: isLanguageId(raw['language']) ? raw['language'] : null,
    generation: schema >= 2 ? (generation as number) : 0,
    removed: schema >= 2 ? (removed as boolean) : false,
  };
  // a removed kid keeps nothing but who they were
  if (kid.removed) return kid;
  // this game always names an experiment: one without a name was not written by it, and is left out
  const named = experimentsFromSave(raw['labExperiments'], () => '').filter((e) => e.name !== '');
  const experiments = newestExperiments(named.map((e) => ({ ...e, savedAt: isoTime(e.savedAt) ?? new Date(0).toISOString() })));
  if (experiments.length > 0) kid.labExperiments = experiments;
  if (typeof labDraft === 'string') kid.labDraft = labDraft.slice(0, MAX_LAB_PROGRAM_CHARS);
  return kid;
}

function readLevel(raw: unknown): KidLevel | null {
  if (!isRecord(raw)) return null;
  const passed = raw['passed'] === true;
  const lastSpell = typeof raw['lastSpell'] === 'string' ? raw['lastSpell'].slice(0, MAX_SAVED_SPELL_CHARS) : null;
  const lastSpellBy = raw['lastSpellBy'];
  return {
    passed,
    firstPassedAt: passed ? isoTime(raw['firstPassedAt']) : null,
    hintsBeforePass: passed && typeof raw['hintsBeforePass'] === 'number' ? storedCount(raw['hintsBeforePass']) : null,
    lastPlayedAt: isoTime(raw['lastPlayedAt']),
    lastSpell,
    lastSpellAt: lastSpell === null ? null : isoTime(raw['lastSpellAt']),
    lastSpellBy: lastSpell !== null && isComputerId(lastSpellBy) ? lastSpellBy : null,
    prediction: normalizePrediction(raw['prediction']),
    byComputer: sortedByKey(countersByComputer(raw['byComputer'])),
  };
}

/**
 * One copy per experiment id (the newer, by experimentOrder), newest first, at most
 * MAX_LAB_EXPERIMENTS: a kid's list as a file keeps it, the same whatever order it came in.
 */
export function newestExperiments(experiments: readonly LabExperiment[]): LabExperiment[] {
  const byId = new Map<string, LabExperiment>();
  for (const experiment of experiments) {
    const kept = byId.get(experiment.id);
    if (!kept || experimentOrder(experiment, kept) > 0) byId.set(experiment.id, { ...experiment });
  }
  return [...byId.values()].sort((a, b) => experimentOrder(b, a)).slice(0, MAX_LAB_EXPERIMENTS);
}

/** Older before newer (savedAt), then by id, name and program: two different copies are never equal. */
function experimentOrder(a: LabExperiment, b: LabExperiment): number {
  return compareText(a.savedAt, b.savedAt) || compareText(a.id, b.id) || compareText(a.name, b.name) || compareText(a.source, b.source);
}

/** Plain code-unit order (not the locale's), the same on every computer. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A time as `toISOString` writes it (years 0000 to 9999, so text order is time order), or null. */
export function isoTime(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return null;
  const iso = new Date(ms).toISOString();
  return /^\d{4}-/.test(iso) ? iso : null;
}

export function sumCounters(all: readonly LevelCounters[]): LevelCounters {
  return all.reduce(
    (sum, c) => ({ attempts: sum.attempts + c.attempts, hintsUsed: sum.hintsUsed + c.hintsUsed, seconds: sum.seconds + c.seconds }),
    {
      ...ZERO,
    },
  );
}

/** The same entries in key order, so the same file is always written the same way. */
export function sortedByKey<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => compareText(a, b)));
}
