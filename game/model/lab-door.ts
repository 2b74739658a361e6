import type { ChapterId, LevelDefinition } from '../../contracts/level-schema.js';
import { chapterStates, type ChapterState } from './progress.js';
import type { Profile } from './profile-types.js';
import { chapterOverridesFor } from './teacher-pace.js';
import type { TeacherSection } from './teacher-section.js';

/** The chapter a kid finishes before the Memory Lab opens: the Lab draws tallies and holders, taught there. */
export const LAB_OPENS_AFTER: ChapterId = 'refcount';

/** What decides the Memory Lab's door. */
export interface LabDoorInput {
  /** The kid's chapter states (the model's, the teacher's pace included). */
  states: readonly ChapterState[];
  /** The teacher opened the Lab for the whole class in the console. */
  openedByTeacher: boolean;
  /** This game runs as a kiosk whose host chose to hide the Lab. */
  hiddenByKiosk: boolean;
}

/**
 * The Memory Lab's door on the map, with why it is as it is:
 *   - open: 'chapter-done' (the kid finished the chapter) or 'teacher-opened';
 *   - locked: 'chapter-not-done' (the card says which chapter to finish: `chapter`);
 *   - hidden: 'kiosk-hides' (the map shows no door at all, and the Lab scene sends the kid back).
 */
export type LabDoor =
  | { status: 'open'; reason: 'chapter-done' | 'teacher-opened'; chapter: ChapterId }
  | { status: 'locked'; reason: 'chapter-not-done'; chapter: ChapterId }
  | { status: 'hidden'; reason: 'kiosk-hides'; chapter: ChapterId };

/**
 * The door opens once every lesson of reference counting is passed, or when the teacher opened
 * the Lab for everyone. A teacher opening the chapter early does not open the door: the Lab needs
 * what the chapter teaches, not only the way in; opening the Lab itself is the teacher's own
 * choice to make. A kiosk's host hiding the Lab wins over everything: a workshop row of computers
 * shows only the lessons, whatever the class setup file brought.
 */
export function labDoor(input: LabDoorInput): LabDoor {
  const chapter = LAB_OPENS_AFTER;
  if (input.hiddenByKiosk) return { status: 'hidden', reason: 'kiosk-hides', chapter };
  const first = input.states.find((state) => state.chapter === chapter);
  // finished first: a kid who did the chapter is told so, even where the teacher opened the Lab too
  if (first !== undefined && first.total > 0 && first.passed === first.total) return { status: 'open', reason: 'chapter-done', chapter };
  if (input.openedByTeacher) return { status: 'open', reason: 'teacher-opened', chapter };
  return { status: 'locked', reason: 'chapter-not-done', chapter };
}

/**
 * The door for one kid from the save's parts: the map and the Lab scene (which checks again, so a
 * jump straight there obeys the same rule) ask the same question the same way.
 */
export function labDoorFor(
  profile: Profile,
  levels: readonly LevelDefinition[],
  teacher: TeacherSection,
  kiosk: boolean,
  states: readonly ChapterState[] = chapterStates(profile, levels, chapterOverridesFor(teacher, profile.id)),
): LabDoor {
  return labDoor({ states, openedByTeacher: teacher.labOpenForClass, hiddenByKiosk: kiosk && teacher.kiosk.hideLab });
}
