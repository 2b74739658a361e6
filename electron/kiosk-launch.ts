import { normalizeKioskOptions } from '../game/model/kiosk-options.js';

/**
 * Whether this start of the desktop app is a kiosk. Two ways switch it on:
 *
 *   - the `--kiosk` flag: `npm start -- --kiosk` runs `electron . --kiosk`, so the main process sees
 *     process.argv = [<electron binary>, '.', '--kiosk']; the packaged app sees
 *     [<app executable>, '--kiosk']. Playwright and Chromium may add their own switches
 *     (--inspect=0, --remote-debugging-port=0, ...) anywhere, and a user may write
 *     `npm start -- -- --kiosk`, which puts a `--` before it: the flag counts wherever it is
 *     after argv[0] (the executable, never a flag);
 *   - the teacher's console: `teacher.kiosk.startInKiosk` in the stored save, read by the main
 *     process before the window opens. A missing or broken save means no kiosk (a broken save must
 *     not lock a computer into a kiosk nobody asked for); the flag still works then.
 *
 * `--no-kiosk` starts an ordinary window even when the stored option says kiosk: the host's way
 * back to the console to switch the option off (leaving a kiosk quits the app, and every start
 * would be a kiosk again). It is no way out for a kid: starting the app with a flag needs a shell
 * or a shortcut on a computer whose running kiosk holds the single-instance lock.
 */

export const KIOSK_FLAG = '--kiosk';
export const NO_KIOSK_FLAG = '--no-kiosk';

/** What the command line says: true (`--kiosk`), false (`--no-kiosk`), null (neither). The last one given wins. */
export function kioskFlag(argv: readonly string[]): boolean | null {
  let said: boolean | null = null;
  for (const argument of argv.slice(1)) {
    if (argument === KIOSK_FLAG || argument === `${KIOSK_FLAG}=true` || argument === `${KIOSK_FLAG}=1`) said = true;
    else if (argument === NO_KIOSK_FLAG || argument === `${KIOSK_FLAG}=false` || argument === `${KIOSK_FLAG}=0`) said = false;
  }
  return said;
}

/** True when `--kiosk` (or `--kiosk=true`/`=1`) is the last kiosk flag after the executable. */
export function kioskFlagGiven(argv: readonly string[]): boolean {
  return kioskFlag(argv) === true;
}

/** `teacher.kiosk.startInKiosk` of a stored save text, read as the game reads it; false for anything broken. */
export function storedStartInKiosk(text: string | null): boolean {
  if (text === null) return false;
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return false;
  }
  if (!isObject(document) || !isObject(document['teacher'])) return false;
  return normalizeKioskOptions(document['teacher']['kiosk']).startInKiosk;
}

export interface KioskDecision {
  kiosk: boolean;
  /** Why, for the log line a workshop host reads when a computer starts as a kiosk unexpectedly. */
  reason: 'flag' | 'no-kiosk-flag' | 'stored-option' | 'none';
}

/**
 * The decision at start. `readSave` is SaveStore.peek('save') (read-only, so the game's own first
 * load still finds and reports a damaged save); it is not even called when a flag decides, and a
 * read that throws counts as no save.
 */
export async function decideKiosk(argv: readonly string[], readSave: () => Promise<string | null>): Promise<KioskDecision> {
  const flag = kioskFlag(argv);
  if (flag === true) return { kiosk: true, reason: 'flag' };
  if (flag === false) return { kiosk: false, reason: 'no-kiosk-flag' };
  let text: string | null;
  try {
    text = await readSave();
  } catch {
    return { kiosk: false, reason: 'none' };
  }
  return storedStartInKiosk(text) ? { kiosk: true, reason: 'stored-option' } : { kiosk: false, reason: 'none' };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
