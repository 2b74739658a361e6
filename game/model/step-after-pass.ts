import type { ChapterId, LevelDefinition } from '../../contracts/level-schema.js';
import { chapterStates, chaptersLeftForCertificate, levelStates, nextLevel } from './progress.js';
import type { Profile } from './save-data.js';
import type { ChapterOverrides } from './teacher-section.js';

/**
 * What a lesson offers right after a pass: "Next lesson" (only into a lesson that is open, a
 * teacher's lock included, and only out of a chapter once it is finished), a word when the pass
 * finished the chapter, and at the end of the graduation the certificate. A teacher may open the
 * graduation early: the certificate still waits for every chapter, and the lesson says which.
 * Pure functions over the kid's profile (as saved after the pass) and the teacher's overrides.
 */
export interface StepAfterPass {
  /** The lesson "Next lesson" leads to, or null when there is none to go to now. */
  nextLevelId: string | null;
  /** The word under the verdict, or null when the pass finished nothing. */
  finished: { kind: 'chapter'; chapter: ChapterId } | { kind: 'certificate-waits'; chapters: ChapterId[] } | null;
  /** The school is finished: the last graduation lesson offers the certificate. */
  offersCertificate: boolean;
}

export function stepAfterPass(
  profile: Profile,
  levels: readonly LevelDefinition[],
  level: Pick<LevelDefinition, 'id' | 'chapter'>,
  overrides: ChapterOverrides = {},
): StepAfterPass {
  const next = nextLevel(levels, level.id);
  const chapterDone = chapterStates(profile, levels, overrides).find((c) => c.chapter === level.chapter)?.status === 'done';
  const leavesChapter = !next || next.chapter !== level.chapter;
  // "Next lesson" never walks into a place that is closed (a teacher's lock included)
  const nextOpen = next !== null && levelStates(profile, next.chapter, levels, overrides).some((s) => s.level.id === next.id && s.open);
  const finalExam = !next && level.chapter === 'graduation' && chapterDone;
  // a teacher may open the graduation early: the certificate still waits for every chapter
  const left = finalExam ? chaptersLeftForCertificate(profile, levels) : [];
  return {
    nextLevelId: next && nextOpen && (!leavesChapter || chapterDone) ? next.id : null,
    finished:
      left.length > 0
        ? { kind: 'certificate-waits', chapters: left }
        : chapterDone && leavesChapter
          ? { kind: 'chapter', chapter: level.chapter }
          : null,
    offersCertificate: finalExam && left.length === 0,
  };
}

/** What the certificate says: the kid's name, the chapters finished and the graduation day. */
export interface CertificateFacts {
  name: string;
  chapters: ChapterId[];
  date: Date;
}

export function certificateFacts(
  profile: Profile,
  levels: readonly LevelDefinition[],
  overrides: ChapterOverrides,
  now: Date,
): CertificateFacts {
  return {
    name: profile.name,
    chapters: chapterStates(profile, levels, overrides)
      .filter((c) => c.status === 'done')
      .map((c) => c.chapter),
    // the day the school was finished, not the day the certificate is looked at again
    date: graduationDay(profile, 'graduation', now),
  };
}

/** When the kid first passed the last lesson of the chapter (graduation), or `now` if unknown. */
export function graduationDay(profile: Profile, chapter: ChapterId, now: Date): Date {
  const times = Object.entries(profile.levels)
    .filter(([id, progress]) => id.startsWith(`${chapter}/`) && progress.passed && progress.firstPassedAt)
    .map(([, progress]) => Date.parse(progress.firstPassedAt ?? ''))
    .filter((time) => Number.isFinite(time));
  return times.length > 0 ? new Date(Math.max(...times)) : now;
}
