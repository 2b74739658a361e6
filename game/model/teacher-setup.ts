import { CHAPTERS } from '../../contracts/level-schema.js';
import { normalizeClassFolder } from './class-folder-path.js';
import { MAX_COUNTDOWN_SECONDS, MAX_IDLE_MINUTES, MIN_COUNTDOWN_SECONDS, MIN_IDLE_MINUTES, type KioskOptions } from './kiosk-options.js';
import type { SaveData } from './save-data.js';
import { normalizePinRecord, type ChapterOverrides, type PinRecord } from './teacher-section.js';

/**
 * The class setup file: what a workshop host sets once and carries to 20 computers (the class's
 * chapter overrides, whether the Memory Lab is open for everyone, the kiosk options, the class folder
 * and the PIN's hash).
 * Unlike a save, which is read leniently (keep what can be understood), an imported setup is
 * checked strictly: anything malformed, from a newer game, too big, of the wrong types or naming
 * unknown chapters is refused as a whole with a reason, and nothing is changed.
 */
export const SETUP_KIND = 'pyland-class-setup';
export const SETUP_SCHEMA_VERSION = 4;
/*
 * Setup schema history:
 *   1: kind, schema, classChapters, pin.
 *   2: + kiosk (startInKiosk, idleMinutes, countdownSeconds), required. A schema 1 file is still
 *      loaded; it has no kiosk options, so this computer's stay as they are.
 *   3: + labOpenForClass (the teacher opened the Memory Lab for everyone) and kiosk.hideLab, both
 *      required. A schema 1 or 2 file is still loaded; it says nothing about the Lab, so this
 *      computer's two Lab choices stay as they are. An older game refuses a schema 3 file as
 *      "from a newer version" (rather than naming a field it does not know).
 *   4: + classFolder (the desktop app's class folder, class-folder-path.ts: an absolute path, or
 *      null for none), required. A file that names no folder stops this computer using one, as the
 *      host's computer does not; a schema 1 to 3 file says nothing about it, so this computer's
 *      folder stays. Parsed, the two differ: `classFolder` is `{ folder }` from a schema 4 file
 *      (folder null: none) and null from an older one (keep this computer's, as labOpenForClass).
 */
/** A real setup is a few hundred bytes; anything this big is not one. */
export const MAX_SETUP_BYTES = 64 * 1024;

export interface ClassSetup {
  kind: typeof SETUP_KIND;
  schema: number;
  classChapters: ChapterOverrides;
  pin: PinRecord | null;
  /** Null when the file is older than schema 3 (than the Memory Lab): applying it keeps this computer's choice. */
  labOpenForClass: boolean | null;
  /**
   * Null when the file is schema 1 (older than kiosk mode): applying it keeps this computer's options.
   * `hideLab` is null in a schema 2 file: this computer's choice is kept.
   */
  kiosk: SetupKiosk | null;
  /**
   * The class folder the file names (`folder` null: the file says there is none), or null when the
   * file is older than schema 4: applying it keeps this computer's folder.
   */
  classFolder: { folder: string | null } | null;
}

/** A setup file as this game writes it (schema 4): every field present, the class folder as a plain path or null. */
interface SetupFile {
  kind: typeof SETUP_KIND;
  schema: typeof SETUP_SCHEMA_VERSION;
  classChapters: ChapterOverrides;
  pin: PinRecord | null;
  labOpenForClass: boolean;
  kiosk: KioskOptions;
  classFolder: string | null;
}

export type SetupKiosk = Omit<KioskOptions, 'hideLab'> & { hideLab: boolean | null };

export function exportSetup(save: SaveData): string {
  const setup: SetupFile = {
    kind: SETUP_KIND,
    schema: SETUP_SCHEMA_VERSION,
    classChapters: save.teacher.classChapters,
    pin: save.teacher.pin,
    labOpenForClass: save.teacher.labOpenForClass,
    kiosk: { ...save.teacher.kiosk },
    classFolder: save.teacher.classFolder,
  };
  return `${JSON.stringify(setup, null, 2)}\n`;
}

export type SetupParse = { ok: true; setup: ClassSetup } | { ok: false; problem: string; params?: Record<string, string | number> };

/** The fields each setup schema may have: a schema 1 file with `kiosk` is not one this game wrote. */
const KNOWN_FIELDS: Record<number, ReadonlySet<string>> = {
  1: new Set(['kind', 'schema', 'classChapters', 'pin']),
  2: new Set(['kind', 'schema', 'classChapters', 'pin', 'kiosk']),
  3: new Set(['kind', 'schema', 'classChapters', 'pin', 'labOpenForClass', 'kiosk']),
  4: new Set(['kind', 'schema', 'classChapters', 'pin', 'labOpenForClass', 'kiosk', 'classFolder']),
};
const KIOSK_NUMBERS = {
  idleMinutes: [MIN_IDLE_MINUTES, MAX_IDLE_MINUTES],
  countdownSeconds: [MIN_COUNTDOWN_SECONDS, MAX_COUNTDOWN_SECONDS],
} as const;
/** The kiosk's fields by setup schema: a schema 2 file with `hideLab` is not one this game wrote. */
const KIOSK_FIELDS: Record<number, ReadonlySet<string>> = {
  2: new Set(['startInKiosk', ...Object.keys(KIOSK_NUMBERS)]),
  3: new Set(['startInKiosk', 'hideLab', ...Object.keys(KIOSK_NUMBERS)]),
  4: new Set(['startInKiosk', 'hideLab', ...Object.keys(KIOSK_NUMBERS)]),
};

export function parseSetup(text: string): SetupParse {
  if (new TextEncoder().encode(text).length > MAX_SETUP_BYTES)
    return { ok: false, problem: 'teacher.setup-too-big', params: { max: MAX_SETUP_BYTES / 1024 } };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: 'teacher.setup-not-json' };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, problem: 'teacher.setup-wrong-kind' };
  const record = raw as Record<string, unknown>;
  if (record['kind'] !== SETUP_KIND) return { ok: false, problem: 'teacher.setup-wrong-kind' };
  const schema = record['schema'];
  if (typeof schema !== 'number' || !Number.isInteger(schema) || schema < 1) return { ok: false, problem: 'teacher.setup-wrong-kind' };
  if (schema > SETUP_SCHEMA_VERSION) return { ok: false, problem: 'teacher.setup-newer', params: { schema } };
  const known = KNOWN_FIELDS[schema]!;
  for (const key of Object.keys(record)) {
    if (!known.has(key)) return { ok: false, problem: 'teacher.setup-unknown-field', params: { field: key.slice(0, 40) } };
  }
  const chapters = record['classChapters'];
  if (typeof chapters !== 'object' || chapters === null || Array.isArray(chapters))
    return { ok: false, problem: 'teacher.setup-bad-chapters' };
  const classChapters: ChapterOverrides = {};
  for (const [chapter, value] of Object.entries(chapters)) {
    if (!(CHAPTERS as readonly string[]).includes(chapter))
      return { ok: false, problem: 'teacher.setup-unknown-chapter', params: { chapter: chapter.slice(0, 40) } };
    if (value !== 'open' && value !== 'locked') return { ok: false, problem: 'teacher.setup-bad-chapters' };
    classChapters[chapter as keyof ChapterOverrides] = value;
  }
  const rawPin = record['pin'];
  const pin = rawPin === null || rawPin === undefined ? null : normalizePinRecord(rawPin);
  if (rawPin !== null && rawPin !== undefined && pin === null) return { ok: false, problem: 'teacher.setup-bad-pin' };
  let labOpenForClass: boolean | null = null;
  if (schema >= 3) {
    const value = record['labOpenForClass'];
    if (typeof value !== 'boolean') return { ok: false, problem: 'teacher.setup-bad-lab' };
    labOpenForClass = value;
  }
  let classFolder: ClassSetup['classFolder'] = null;
  if (schema >= 4) {
    // null (no folder) or a whole absolute path, kept exactly: a path "fixed" here would be another folder
    const value = record['classFolder'];
    const folder = value === null ? null : normalizeClassFolder(value);
    if (folder !== value) return { ok: false, problem: 'teacher.setup-bad-folder' };
    classFolder = { folder };
  }
  let kiosk: SetupKiosk | null = null;
  if (schema >= 2) {
    const parsed = parseKiosk(record['kiosk'], schema);
    if ('problem' in parsed) return { ok: false, ...parsed };
    kiosk = parsed.kiosk;
  }
  return { ok: true, setup: { kind: SETUP_KIND, schema: SETUP_SCHEMA_VERSION, classChapters, pin, labOpenForClass, kiosk, classFolder } };
}

/**
 * A setup's kiosk options, all present (hideLab from schema 3), of the right type and in range. A value out of
 * range is refused rather than clamped: 20 computers silently running another idle time than
 * the file says would be a surprise at the workshop.
 */
function parseKiosk(raw: unknown, schema: number): { kiosk: SetupKiosk } | { problem: string; params?: Record<string, string | number> } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { problem: 'teacher.setup-bad-kiosk' };
  const record = raw as Record<string, unknown>;
  const known = KIOSK_FIELDS[schema]!;
  for (const key of Object.keys(record)) {
    if (!known.has(key)) return { problem: 'teacher.setup-unknown-field', params: { field: `kiosk.${key.slice(0, 40)}` } };
  }
  if (typeof record['startInKiosk'] !== 'boolean') return { problem: 'teacher.setup-bad-kiosk' };
  const hideLab = record['hideLab'];
  if (known.has('hideLab') && typeof hideLab !== 'boolean') return { problem: 'teacher.setup-bad-kiosk' };
  const numbers: Record<string, number> = {};
  for (const [field, [min, max]] of Object.entries(KIOSK_NUMBERS)) {
    const value = record[field];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      return { problem: 'teacher.setup-kiosk-range', params: { field, min, max } };
    }
    numbers[field] = value;
  }
  return {
    kiosk: {
      startInKiosk: record['startInKiosk'],
      idleMinutes: numbers['idleMinutes']!,
      countdownSeconds: numbers['countdownSeconds']!,
      hideLab: typeof hideLab === 'boolean' ? hideLab : null,
    },
  };
}

/**
 * The save with the setup applied: the class's overrides are replaced; the PIN too when the setup
 * has one (a setup without a PIN keeps this computer's), the kiosk options when it has them
 * (a schema 1 file has none), the Lab's two choices when it has them (older than schema 3 has
 * none) and the class folder when it names one or says there is none (older than schema 4 says
 * nothing). Kids' own overrides are not part of a setup.
 */
export function applySetup(save: SaveData, setup: ClassSetup): SaveData {
  const { kiosk } = setup;
  return {
    ...save,
    teacher: {
      ...save.teacher,
      classChapters: { ...setup.classChapters },
      ...(setup.labOpenForClass === null ? {} : { labOpenForClass: setup.labOpenForClass }),
      ...(setup.classFolder === null ? {} : { classFolder: setup.classFolder.folder }),
      ...(kiosk ? { kiosk: { ...kiosk, hideLab: kiosk.hideLab ?? save.teacher.kiosk.hideLab } } : {}),
      ...(setup.pin ? { pin: setup.pin, failedTries: 0, lockedUntil: null } : {}),
    },
  };
}

export function setupFileName(now: Date): string {
  return `pyland-class-setup-${now.toISOString().slice(0, 10)}.json`;
}
