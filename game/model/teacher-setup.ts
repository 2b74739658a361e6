import { CHAPTERS } from '../../python-runtime/levels/level-types.js';
import type { SaveData } from './save-data.js';
import { normalizePinRecord, type ChapterOverrides, type PinRecord } from './teacher-section.js';

/**
 * The class setup file: what a workshop host sets once and carries to 20 computers (the class's
 * chapter overrides and the PIN's hash; kiosk options will join it when kiosk mode exists).
 * Unlike a save, which is read leniently (keep what can be understood), an imported setup is
 * checked strictly: anything malformed, from a newer game, too big, of the wrong types or naming
 * unknown chapters is refused as a whole with a reason, and nothing is changed.
 */
export const SETUP_KIND = 'pyland-class-setup';
export const SETUP_SCHEMA_VERSION = 1;
/** A real setup is a few hundred bytes; anything this big is not one. */
export const MAX_SETUP_BYTES = 64 * 1024;

export interface ClassSetup {
  kind: typeof SETUP_KIND;
  schema: number;
  classChapters: ChapterOverrides;
  pin: PinRecord | null;
}

export function exportSetup(save: SaveData): string {
  const setup: ClassSetup = { kind: SETUP_KIND, schema: SETUP_SCHEMA_VERSION, classChapters: save.teacher.classChapters, pin: save.teacher.pin };
  return `${JSON.stringify(setup, null, 2)}\n`;
}

export type SetupParse = { ok: true; setup: ClassSetup } | { ok: false; problem: string; params?: Record<string, string | number> };

const KNOWN_FIELDS = new Set(['kind', 'schema', 'classChapters', 'pin']);

export function parseSetup(text: string): SetupParse {
  if (new TextEncoder().encode(text).length > MAX_SETUP_BYTES) return { ok: false, problem: 'teacher.setup-too-big', params: { max: MAX_SETUP_BYTES / 1024 } };
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
  for (const key of Object.keys(record)) {
    if (!KNOWN_FIELDS.has(key)) return { ok: false, problem: 'teacher.setup-unknown-field', params: { field: key.slice(0, 40) } };
  }
  const chapters = record['classChapters'];
  if (typeof chapters !== 'object' || chapters === null || Array.isArray(chapters)) return { ok: false, problem: 'teacher.setup-bad-chapters' };
  const classChapters: ChapterOverrides = {};
  for (const [chapter, value] of Object.entries(chapters)) {
    if (!(CHAPTERS as readonly string[]).includes(chapter)) return { ok: false, problem: 'teacher.setup-unknown-chapter', params: { chapter: chapter.slice(0, 40) } };
    if (value !== 'open' && value !== 'locked') return { ok: false, problem: 'teacher.setup-bad-chapters' };
    classChapters[chapter as keyof ChapterOverrides] = value;
  }
  const rawPin = record['pin'];
  const pin = rawPin === null || rawPin === undefined ? null : normalizePinRecord(rawPin);
  if (rawPin !== null && rawPin !== undefined && pin === null) return { ok: false, problem: 'teacher.setup-bad-pin' };
  return { ok: true, setup: { kind: SETUP_KIND, schema: SETUP_SCHEMA_VERSION, classChapters, pin } };
}

/**
 * The save with the setup applied: the class's overrides are replaced; the PIN too when the setup
 * has one (a setup without a PIN keeps this computer's). Kids' own overrides are not part of a setup.
 */
export function applySetup(save: SaveData, setup: ClassSetup): SaveData {
  return {
    ...save,
    teacher: {
      ...save.teacher,
      classChapters: { ...setup.classChapters },
      ...(setup.pin ? { pin: setup.pin, failedTries: 0, lockedUntil: null } : {}),
    },
  };
}

export function setupFileName(now: Date): string {
  return `pyland-class-setup-${now.toISOString().slice(0, 10)}.json`;
}
