import { normalizeTeacher } from '../game/model/teacher-section.js';
import { lockoutAfter, lockoutRemainingMs, PIN_MAX_DIGITS, PIN_MIN_DIGITS, pinMatches } from '../game/model/teacher-pin.js';
import type { KioskQuitOutcome } from '../contracts/ipc-channels.js';

/**
 * window.pyland.quitKiosk: the one way out of a desktop kiosk. The renderer asks for the PIN and
 * counts the tries in the save; the main process does not take the renderer's word for it, and
 * checks the PIN again itself against the stored hash (game/model/teacher-pin.ts), refusing while
 * the save says the console is locked. A renderer that was tricked (or a spell that got out) can
 * therefore not open the kiosk without the PIN, nor try PINs faster than the lockout allows: this
 * side counts its own wrong tries too, with the same doubling lockout, whatever the save says.
 */

/** Catalogue keys (game/messages/en.ts, section `kiosk`) of why the kiosk stays. */
export const KIOSK_QUIT_PROBLEMS = {
  notKiosk: 'kiosk.not-kiosk',
  pinWrong: 'kiosk.pin-wrong',
  locked: 'kiosk.pin-locked',
  noPin: 'kiosk.no-pin',
} as const;

const PIN_SHAPE = new RegExp(`^[0-9]{${PIN_MIN_DIGITS},${PIN_MAX_DIGITS}}$`);

export interface KioskQuitDependencies {
  isKiosk: () => boolean;
  /** The stored save document's text (SaveStore.peek('save'): read-only, never moves a file). */
  readSave: () => Promise<string | null>;
  now: () => Date;
  /** Called once the PIN was right, before answering: the close guard lets the window close. */
  allowQuit: () => void;
  /** Quits a moment later, so the answer still reaches the renderer first. */
  quitSoon: () => void;
  /** WebCrypto's subtle (globalThis.crypto.subtle by default). */
  subtle?: SubtleCrypto;
}

/** The teacher section of a stored save text, read the way the game reads it; null when there is none. */
function storedTeacher(text: string | null) {
  if (text === null) return null;
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return null;
  return normalizeTeacher((document as Record<string, unknown>)['teacher'], new Set());
}

export function createKioskQuit(deps: KioskQuitDependencies): (pin: unknown) => Promise<KioskQuitOutcome> {
  let ownWrongTries = 0;
  let ownLockedUntilMs = 0;
  // One check at a time: parallel calls must not slip past the lockout while a hash is computed.
  let queue: Promise<unknown> = Promise.resolve();

  const check = async (pin: unknown): Promise<KioskQuitOutcome> => {
    if (!deps.isKiosk()) return { quitting: false, problem: KIOSK_QUIT_PROBLEMS.notKiosk };
    const now = deps.now();
    if (ownLockedUntilMs > now.getTime()) return { quitting: false, problem: KIOSK_QUIT_PROBLEMS.locked };
    const teacher = storedTeacher(await deps.readSave());
    if (teacher === null || teacher.pin === null) return { quitting: false, problem: KIOSK_QUIT_PROBLEMS.noPin };
    if (lockoutRemainingMs(teacher, now) > 0) return { quitting: false, problem: KIOSK_QUIT_PROBLEMS.locked };
    // a PIN of the wrong shape is a wrong PIN, but is never hashed
    const right = typeof pin === 'string' && PIN_SHAPE.test(pin) && (await pinMatches(pin, teacher.pin, deps.subtle));
    if (!right) {
      ownWrongTries += 1;
      const lockMs = lockoutAfter(ownWrongTries);
      if (lockMs > 0) ownLockedUntilMs = deps.now().getTime() + lockMs;
      return { quitting: false, problem: KIOSK_QUIT_PROBLEMS.pinWrong };
    }
    ownWrongTries = 0;
    deps.allowQuit();
    deps.quitSoon();
    return { quitting: true };
  };

  return (pin) => {
    const run = queue.then(() => check(pin));
    queue = run.catch(() => undefined);
    return run;
  };
}
