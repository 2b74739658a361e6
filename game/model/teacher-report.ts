import { CHAPTERS, type ChapterId, type LevelDefinition } from '../../contracts/level-schema.js';
import { chapterStates, levelProgress, type ChapterState } from './progress.js';
import type { Profile, SaveData } from './save-data.js';
import { lessonStars } from './stars.js';
import { chapterOverridesFor } from './teacher-pace.js';
import type { ChapterOverride } from './teacher-section.js';

/**
 * What the teacher's class view shows, computed from the save: every profile, chapter by chapter,
 * with each level's numbers, and who is stuck (many casts, no pass yet), so the console and the
 * CSV export read the same facts.
 */
export const STUCK_ATTEMPTS = 5;

export type LevelStatus = 'passed' | 'started' | 'not-started';

export interface LevelReport {
  levelId: string;
  status: LevelStatus;
  attempts: number;
  hintsUsed: number;
  seconds: number;
  firstPassedAt: string | null;
  lastPlayedAt: string | null;
  /** Cast at least STUCK_ATTEMPTS times without a pass. */
  stuck: boolean;
  /** The lesson's stars (stars.ts): earned of possible. */
  stars: number;
  possibleStars: number;
}

export interface ChapterReport {
  chapter: ChapterId;
  /** What the kid's map shows (with the teacher's overrides). */
  state: ChapterState;
  classOverride: ChapterOverride | null;
  kidOverride: ChapterOverride | null;
  levels: LevelReport[];
}

export interface KidReport {
  profileId: string;
  name: string;
  chapters: ChapterReport[];
  /** Level ids the kid is stuck on, in school order. */
  stuckOn: string[];
  lastPlayedAt: string | null;
}

/**
 * The profiles a teacher sees and manages: every named kid on this computer. A kiosk guest is
 * nobody's profile (nameless, cleared when the kiosk resets), so it is never in the class view,
 * the CSV or the rename/reset/delete lists.
 */
export function classProfiles(save: SaveData): Profile[] {
  return save.profiles.filter((profile) => !profile.guest);
}

export function classReport(save: SaveData, levels: readonly LevelDefinition[]): KidReport[] {
  const { teacher } = save;
  return classProfiles(save).map((profile) => {
    const states = chapterStates(profile, levels, chapterOverridesFor(teacher, profile.id));
    const chapters = CHAPTERS.map((chapter, index): ChapterReport => ({
      chapter,
      state: states[index]!,
      classOverride: teacher.classChapters[chapter] ?? null,
      kidOverride: teacher.profileChapters[profile.id]?.[chapter] ?? null,
      levels: levels
        .filter((level) => level.chapter === chapter)
        .map((level) => {
          const p = levelProgress(profile, level.id);
          const stars = lessonStars(level, p);
          return {
            levelId: level.id,
            status: p.passed ? 'passed' : p.attempts > 0 || p.lastPlayedAt !== null ? 'started' : 'not-started',
            attempts: p.attempts,
            hintsUsed: p.hintsUsed,
            seconds: p.seconds,
            firstPassedAt: p.firstPassedAt,
            lastPlayedAt: p.lastPlayedAt,
            stuck: !p.passed && p.attempts >= STUCK_ATTEMPTS,
            stars: stars.earned,
            possibleStars: stars.possible,
          };
        }),
    }));
    const all = chapters.flatMap((c) => c.levels);
    const lastPlayedAt = all.reduce<string | null>(
      (latest, l) =>
        l.lastPlayedAt !== null && (latest === null || Date.parse(l.lastPlayedAt) > Date.parse(latest)) ? l.lastPlayedAt : latest,
      null,
    );
    return { profileId: profile.id, name: profile.name, chapters, stuckOn: all.filter((l) => l.stuck).map((l) => l.levelId), lastPlayedAt };
  });
}
