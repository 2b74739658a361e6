import type { SaveData } from './save-data.js';
import type { PinRecord, TeacherSection } from './teacher-section.js';

/**
 * The kiosk's PIN rules on top of the console's (teacher-pin.ts): a kiosk without a teacher PIN
 * is unguarded (a kid could leave it), so it asks the host to choose one before the title; the
 * PIN prompt of the exit chord counts tries in the same teacher section as the console.
 * The console's own PIN screens store the first PIN and the counters through the same two
 * functions below, so the kiosk and the console can never disagree on what a PIN check writes.
 */
export function kioskNeedsPin(save: SaveData): boolean {
  return save.teacher.pin === null;
}

/**
 * The host's first PIN. A PIN that exists already (set meanwhile in another window, or by an
 * imported class setup) is never replaced from the kiosk: the save comes back unchanged.
 */
export function withFirstPin(save: SaveData, record: PinRecord): SaveData {
  if (save.teacher.pin !== null) return save;
  return { ...save, teacher: { ...save.teacher, pin: record, failedTries: 0, lockedUntil: null } };
}

/**
 * The kiosk's setup screen: the first PIN and the host's "Hide the Memory Lab". Like the PIN, the
 * choice is not stored when a PIN exists already: that setup was someone else's, made elsewhere.
 */
export function withFirstKioskSetup(save: SaveData, record: PinRecord, hideLab: boolean): SaveData {
  const next = withFirstPin(save, record);
  if (next === save) return save;
  return { ...next, teacher: { ...next.teacher, kiosk: { ...next.teacher.kiosk, hideLab } } };
}

/** Stores the counters of a PIN check (tries, lockout) and nothing else: other teacher changes made meanwhile are kept. */
export function withPinCounters(save: SaveData, checked: Pick<TeacherSection, 'failedTries' | 'lockedUntil'>): SaveData {
  return { ...save, teacher: { ...save.teacher, failedTries: checked.failedTries, lockedUntil: checked.lockedUntil } };
}
