/**
 * The workshop host's kiosk options, kept in the teacher section of the save (schema 3) and carried
 * to other computers in the class setup file. Kiosk mode itself is switched on by `--kiosk` (desktop),
 * `?kiosk=1` (browser) or `startInKiosk` (desktop, read by the shell at the next start).
 */
export interface KioskOptions {
  /** The desktop app starts as a kiosk next time, without the --kiosk flag. */
  startInKiosk: boolean;
  /** Minutes without input before the "Still there?" countdown appears. */
  idleMinutes: number;
  /** Seconds the "Still there?" countdown lasts before the game goes back to the title screen. */
  countdownSeconds: number;
  /**
   * The kiosk's map shows no Memory Lab door (a row of workshop computers for the lessons only).
   * Only while the game runs as a kiosk; it wins over the teacher opening the Lab for the class.
   */
  hideLab: boolean;
}

export const DEFAULT_IDLE_MINUTES = 3;
export const MIN_IDLE_MINUTES = 1;
export const MAX_IDLE_MINUTES = 60;
export const DEFAULT_COUNTDOWN_SECONDS = 30;
export const MIN_COUNTDOWN_SECONDS = 5;
export const MAX_COUNTDOWN_SECONDS = 120;

export function defaultKioskOptions(): KioskOptions {
  return { startInKiosk: false, idleMinutes: DEFAULT_IDLE_MINUTES, countdownSeconds: DEFAULT_COUNTDOWN_SECONDS, hideLab: false };
}

/** Whole numbers in range only: a save edited by hand cannot make the kiosk reset every second. */
export function normalizeKioskOptions(raw: unknown): KioskOptions {
  const defaults = defaultKioskOptions();
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return defaults;
  const record = raw as Record<string, unknown>;
  const whole = (value: unknown, min: number, max: number, fallback: number) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : fallback;
  return {
    startInKiosk: record['startInKiosk'] === true,
    idleMinutes: whole(record['idleMinutes'], MIN_IDLE_MINUTES, MAX_IDLE_MINUTES, defaults.idleMinutes),
    countdownSeconds: whole(record['countdownSeconds'], MIN_COUNTDOWN_SECONDS, MAX_COUNTDOWN_SECONDS, defaults.countdownSeconds),
    // a save from before the Memory Lab has no such field: the Lab is shown
    hideLab: record['hideLab'] === true,
  };
}
