import type { PinRecord, TeacherSection } from './teacher-section.js';

/**
 * The teacher's PIN: 4 to 8 digits, stored only as PBKDF2-SHA-256 with a 16-byte random salt
 * (the platform's WebCrypto: globalThis.crypto.subtle, in browsers, Electron and Node 20+),
 * compared in constant time. A 4-digit PIN has only 10,000 values, so the slow hash alone does not
 * protect it: wrong tries are counted in the save and, from the fifth on, each locks the console
 * for twice as long as the one before (30 s, 1 min, 2 min ... at most a day).
 * The lockout rules are pure functions of the teacher section and a clock given by the caller.
 */
export const PIN_ITERATIONS = 600_000;
export const PIN_SALT_BYTES = 16;
export const PIN_MIN_DIGITS = 4;
export const PIN_MAX_DIGITS = 8;
export const FREE_TRIES = 5;
export const FIRST_LOCKOUT_MS = 30_000;
export const MAX_LOCKOUT_MS = 24 * 60 * 60 * 1000;

/** What is wrong with a new PIN (a catalogue key), or null when it can be used. */
export function validateNewPin(pin: string, repeated: string): string | null {
  if (!/^[0-9]+$/.test(pin) || pin.length < PIN_MIN_DIGITS || pin.length > PIN_MAX_DIGITS) return 'teacher.pin-format';
  if (pin !== repeated) return 'teacher.pin-mismatch';
  return null;
}

export async function hashPin(
  pin: string,
  options: { iterations?: number; salt?: Uint8Array; subtle?: SubtleCrypto } = {},
): Promise<PinRecord> {
  const iterations = options.iterations ?? PIN_ITERATIONS;
  const salt = options.salt ?? globalThis.crypto.getRandomValues(new Uint8Array(PIN_SALT_BYTES));
  const hash = await derive(pin, salt, iterations, options.subtle);
  return { algorithm: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt), hash: toBase64(hash) };
}

export async function pinMatches(pin: string, record: PinRecord, subtle?: SubtleCrypto): Promise<boolean> {
  const expected = fromBase64(record.hash);
  const actual = await derive(pin, fromBase64(record.salt), record.iterations, subtle);
  return constantTimeEqual(actual, expected);
}

/** Compares every byte whatever the first difference, so the time taken tells nothing. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i += 1) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

/** Milliseconds until the console takes PINs again (0 when it does now). */
export function lockoutRemainingMs(teacher: TeacherSection, now: Date): number {
  if (teacher.lockedUntil === null) return 0;
  const remaining = Date.parse(teacher.lockedUntil) - now.getTime();
  // a clock set back must not lock the console for longer than the longest lockout
  return Math.max(0, Math.min(remaining, MAX_LOCKOUT_MS));
}

/** How long the lockout after this many wrong tries in a row lasts (0 while tries are free). */
export function lockoutAfter(failedTries: number): number {
  if (failedTries < FREE_TRIES) return 0;
  const doublings = Math.min(failedTries - FREE_TRIES, 30);
  return Math.min(FIRST_LOCKOUT_MS * 2 ** doublings, MAX_LOCKOUT_MS);
}

export function recordWrongPin(teacher: TeacherSection, now: Date): TeacherSection {
  const failedTries = teacher.failedTries + 1;
  const lockMs = lockoutAfter(failedTries);
  return {
    ...teacher,
    failedTries,
    lockedUntil: lockMs > 0 ? new Date(now.getTime() + lockMs).toISOString() : teacher.lockedUntil,
  };
}

export function recordRightPin(teacher: TeacherSection): TeacherSection {
  return { ...teacher, failedTries: 0, lockedUntil: null };
}

export type PinCheck =
  | { outcome: 'right'; teacher: TeacherSection }
  | { outcome: 'wrong'; teacher: TeacherSection; triesLeft: number; lockedForMs: number }
  | { outcome: 'locked'; teacher: TeacherSection; lockedForMs: number }
  | { outcome: 'no-pin'; teacher: TeacherSection };

/**
 * Checks a PIN against the teacher section at `now`: refused without looking while locked,
 * else right (tries reset) or wrong (counted, perhaps locking). Returns the new section to store.
 */
export async function checkPin(teacher: TeacherSection, pin: string, now: Date, subtle?: SubtleCrypto): Promise<PinCheck> {
  if (teacher.pin === null) return { outcome: 'no-pin', teacher };
  const remaining = lockoutRemainingMs(teacher, now);
  if (remaining > 0) return { outcome: 'locked', teacher, lockedForMs: remaining };
  // a PIN of the wrong shape still counts as a wrong try, but is never hashed
  const right = /^[0-9]{4,8}$/.test(pin) && (await pinMatches(pin, teacher.pin, subtle));
  if (right) return { outcome: 'right', teacher: recordRightPin(teacher) };
  const next = recordWrongPin(teacher, now);
  return {
    outcome: 'wrong',
    teacher: next,
    triesLeft: Math.max(0, FREE_TRIES - next.failedTries),
    lockedForMs: lockoutRemainingMs(next, now),
  };
}

async function derive(
  pin: string,
  salt: Uint8Array,
  iterations: number,
  subtle: SubtleCrypto = globalThis.crypto.subtle,
): Promise<Uint8Array> {
  const key = await subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, key, 256);
  return new Uint8Array(bits);
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
