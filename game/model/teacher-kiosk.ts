import { MAX_COUNTDOWN_SECONDS, MAX_IDLE_MINUTES, MIN_COUNTDOWN_SECONDS, MIN_IDLE_MINUTES, type KioskOptions } from './kiosk-options.js';
import type { SaveData } from './save-data.js';

/**
 * The console's "Workshop kiosk" panel: what the host typed becomes the save's kiosk options, or
 * a worded reason per field. Unlike reading a save (normalizeKioskOptions quietly falls back to a
 * default), a teacher's own typing is refused with a message: silently turning "0 minutes" into 3
 * would leave the host believing the kiosk resets at once.
 */
export interface KioskOptionsInput {
  startInKiosk: boolean;
  /** As typed in the field (a number input gives text), or a number. */
  idleMinutes: string | number;
  countdownSeconds: string | number;
  /** "Hide the Memory Lab"; left out, the stored choice stays as it is. */
  hideLab?: boolean;
}

export interface KioskFieldProblem {
  field: 'idleMinutes' | 'countdownSeconds';
  key: string;
  params: Record<string, string | number>;
}

export type KioskOptionsChange = { ok: true; save: SaveData; options: KioskOptions } | { ok: false; problems: KioskFieldProblem[] };

export function setKioskOptions(save: SaveData, input: KioskOptionsInput): KioskOptionsChange {
  const problems: KioskFieldProblem[] = [];
  const idleMinutes = wholeInRange(input.idleMinutes, MIN_IDLE_MINUTES, MAX_IDLE_MINUTES);
  if (idleMinutes === null) {
    problems.push({ field: 'idleMinutes', key: 'teacher.kiosk-idle-invalid', params: { min: MIN_IDLE_MINUTES, max: MAX_IDLE_MINUTES } });
  }
  const countdownSeconds = wholeInRange(input.countdownSeconds, MIN_COUNTDOWN_SECONDS, MAX_COUNTDOWN_SECONDS);
  if (countdownSeconds === null) {
    problems.push({
      field: 'countdownSeconds',
      key: 'teacher.kiosk-countdown-invalid',
      params: { min: MIN_COUNTDOWN_SECONDS, max: MAX_COUNTDOWN_SECONDS },
    });
  }
  if (idleMinutes === null || countdownSeconds === null) return { ok: false, problems };
  const hideLab = input.hideLab === undefined ? save.teacher.kiosk.hideLab : input.hideLab === true;
  const options: KioskOptions = { startInKiosk: input.startInKiosk === true, idleMinutes, countdownSeconds, hideLab };
  return { ok: true, options, save: { ...save, teacher: { ...save.teacher, kiosk: options } } };
}

/** Digits only (no sign, no decimals, no exponent), then the range: "2.5", "-1", "1e1" and "" are refused. */
function wholeInRange(value: string | number, min: number, max: number): number | null {
  let number: number;
  if (typeof value === 'number') number = value;
  else {
    const text = value.trim();
    if (!/^\d{1,6}$/.test(text)) return null;
    number = Number(text);
  }
  return Number.isInteger(number) && number >= min && number <= max ? number : null;
}

/**
 * The address that opens this same game as a kiosk in a browser: the page's own address with its
 * query and fragment replaced by ?kiosk=1 (any other parameters would be a different setup).
 */
export function kioskAddress(pageHref: string): string {
  const url = new URL(pageHref);
  url.search = '?kiosk=1';
  url.hash = '';
  return url.toString();
}
