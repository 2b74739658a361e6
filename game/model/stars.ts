import type { ChapterId, LevelDefinition } from '../../contracts/level-schema.js';
import { levelProgress } from './progress.js';
import type { LevelProgress, Profile } from './save-data.js';

/**
 * The journey a kid can feel: stars per lesson and a piece of the wizard's robe per chapter.
 *   - a star for passing;
 *   - a star for passing without a hint (hints asked for after the pass do not take it away);
 *   - a star for a first guess that came true, in the lessons that ask for one (predictions.ts).
 * A pass from before the stars were kept (schema 3) has its hints unknown: no second star.
 */
export interface LessonStars {
  earned: number;
  possible: number;
  passed: boolean;
  withoutHints: boolean;
  predicted: boolean;
}

export function lessonStars(level: Pick<LevelDefinition, 'predict'>, progress: LevelProgress): LessonStars {
  const passed = progress.passed;
  const withoutHints = passed && progress.hintsBeforePass === 0;
  const predicted = level.predict !== undefined && progress.prediction?.right === true;
  return {
    earned: Number(passed) + Number(withoutHints) + Number(predicted),
    possible: level.predict !== undefined ? 3 : 2,
    passed,
    withoutHints,
    predicted,
  };
}

/** All the stars of a profile: earned of possible, over every lesson of the school. */
export function profileStars(profile: Profile, levels: readonly LevelDefinition[]): { earned: number; possible: number } {
  return levels.reduce(
    (sum, level) => {
      const stars = lessonStars(level, levelProgress(profile, level.id));
      return { earned: sum.earned + stars.earned, possible: sum.possible + stars.possible };
    },
    { earned: 0, possible: 0 },
  );
}

/** The piece of the wizard's robe each chapter gives when all its lessons are passed. */
export const ROBE_PIECES: Record<ChapterId, string> = {
  refcount: 'top-hat',
  gc: 'scarf',
  gil: 'gloves',
  bytecode: 'coat',
  interpreter: 'magic-wand',
  graduation: 'crown',
};

/** The chapters whose robe piece the kid has earned (every lesson of the chapter passed). */
export function robePieces(profile: Profile, levels: readonly LevelDefinition[]): ChapterId[] {
  return (Object.keys(ROBE_PIECES) as ChapterId[]).filter((chapter) => {
    const inChapter = levels.filter((level) => level.chapter === chapter);
    return inChapter.length > 0 && inChapter.every((level) => levelProgress(profile, level.id).passed);
  });
}

/** Why a lesson's stars were earned, in the order the verdict says them (catalogue `stars.<reason>`). */
export type StarReason = 'passed' | 'without-hints' | 'predicted';

/** What a cast earned: the lesson's stars now, whether any are new, and a robe piece it finished. */
export interface CastRewards {
  stars: LessonStars;
  reasons: StarReason[];
  /** More stars than before the cast (the verdict celebrates them, motion allowed). */
  gainedStars: boolean;
  /** The chapter whose robe piece this cast finished, or null. */
  newRobePiece: ChapterId | null;
}

/** Compares the kid's profile before the cast with the one saved after it (the guess included). */
export function castRewards(
  level: Pick<LevelDefinition, 'id' | 'predict'>,
  levels: readonly LevelDefinition[],
  before: Profile,
  after: Profile,
): CastRewards {
  const stars = lessonStars(level, levelProgress(after, level.id));
  const piecesBefore = robePieces(before, levels);
  const reasons: StarReason[] = [];
  if (stars.passed) reasons.push('passed');
  if (stars.withoutHints) reasons.push('without-hints');
  if (stars.predicted) reasons.push('predicted');
  return {
    stars,
    reasons,
    gainedStars: stars.earned > lessonStars(level, levelProgress(before, level.id)).earned,
    newRobePiece: robePieces(after, levels).find((chapter) => !piecesBefore.includes(chapter)) ?? null,
  };
}
