import type { ChapterId } from '../../contracts/level-schema.js';
import type { ChapterState } from './progress.js';

/** The chapter a kid finishes before the Memory Lab opens: the Lab draws tallies and holders, taught there. */
export const LAB_OPENS_AFTER: ChapterId = 'refcount';

/** The Memory Lab's door on the map: open, or locked with a catalogue key saying why. */
export interface LabDoor {
  open: boolean;
  /** Why the door is locked (a catalogue key), or null when it is open. */
  lockedReason: 'lab.door-locked' | null;
  /** The chapter to finish first, by id (the kid reads its name). */
  chapter: ChapterId;
}

/**
 * The door opens once every lesson of reference counting is passed (the model's chapter states,
 * the teacher's pace included). A teacher opening the chapter early does not open the door: the
 * Lab needs what the chapter teaches, not only the way in.
 */
export function labDoor(states: readonly ChapterState[]): LabDoor {
  const first = states.find((state) => state.chapter === LAB_OPENS_AFTER);
  const open = first !== undefined && first.total > 0 && first.passed === first.total;
  return { open, lockedReason: open ? null : 'lab.door-locked', chapter: LAB_OPENS_AFTER };
}
