import { CHAPTERS, type ChapterId, type LevelDefinition } from '../../contracts/level-schema.js';
import {
  emptyProgress,
  MAX_SAVED_SPELL_CHARS,
  type LevelPrediction,
  type LevelProgress,
  type Profile,
  type SaveData,
} from './save-data.js';
import { updateProfile } from './profiles.js';
import type { ChapterOverrides } from './teacher-section.js';

/**
 * The rules of the school map: a chapter opens when the one before it is finished (a chapter
 * with no levels yet is "coming soon" and skipped), and a level opens when the level before it
 * in its chapter is passed. A teacher can override a chapter (see teacher-pace.ts): 'open' opens
 * it whatever came before, 'locked' closes it whatever the kid did, and the place says so
 * ('map.locked-by-teacher'). Pure functions over a profile and its overrides, so the map, the
 * level list and the tests all agree.
 */
export type ChapterStatus = 'locked' | 'open' | 'done';

export interface ChapterState {
  chapter: ChapterId;
  status: ChapterStatus;
  passed: number;
  total: number;
  /** Why the place is closed (a catalogue key), or null when open. */
  lockedReason: string | null;
  /** Parameters for the reason's text. */
  lockedReasonParams: Record<string, string>;
}

export function levelProgress(profile: Profile, levelId: string): LevelProgress {
  return profile.levels[levelId] ?? emptyProgress();
}

export function chapterStates(profile: Profile, levels: readonly LevelDefinition[], overrides: ChapterOverrides = {}): ChapterState[] {
  const states: ChapterState[] = [];
  let previousDone = true;
  let previous: ChapterId | null = null;
  for (const chapter of CHAPTERS) {
    const inChapter = levels.filter((l) => l.chapter === chapter);
    const passed = inChapter.filter((l) => levelProgress(profile, l.id).passed).length;
    const total = inChapter.length;
    let status: ChapterStatus;
    let lockedReason: string | null = null;
    const lockedReasonParams: Record<string, string> = {};
    const override = overrides[chapter];
    if (total === 0) {
      // a teacher cannot open a place that has no lessons yet
      status = 'locked';
      lockedReason = 'map.coming-soon';
    } else if (override === 'locked') {
      status = 'locked';
      lockedReason = 'map.locked-by-teacher';
    } else if (!previousDone && override !== 'open') {
      status = 'locked';
      lockedReason = 'map.locked-finish-previous';
      lockedReasonParams['chapter'] = previous ?? '';
    } else {
      status = passed === total ? 'done' : 'open';
    }
    states.push({ chapter, status, passed, total, lockedReason, lockedReasonParams });
    // a place still being built is skipped: it must not keep the kid from the chapters after it
    // the rule for the next place looks at what the kid finished, not at the teacher's lock
    if (total > 0) {
      previousDone = passed === total;
      previous = chapter;
    }
  }
  return states;
}

export function levelStates(
  profile: Profile,
  chapter: ChapterId,
  levels: readonly LevelDefinition[],
  overrides: ChapterOverrides = {},
): { level: LevelDefinition; passed: boolean; open: boolean }[] {
  const chapterOpen = chapterStates(profile, levels, overrides).find((c) => c.chapter === chapter)?.status !== 'locked';
  let previousPassed = true;
  return levels
    .filter((l) => l.chapter === chapter)
    .map((level) => {
      const passed = levelProgress(profile, level.id).passed;
      const open = chapterOpen && (passed || previousPassed);
      previousPassed = passed;
      return { level, passed, open };
    });
}

/**
 * The chapters a kid must still finish before the graduation certificate: it says "has learned
 * how Python works inside", so it waits for every chapter, even when a teacher opened the
 * graduation early. Empty when the certificate can be given.
 */
export function chaptersLeftForCertificate(profile: Profile, levels: readonly LevelDefinition[]): ChapterId[] {
  return CHAPTERS.filter((chapter) => {
    const inChapter = levels.filter((level) => level.chapter === chapter);
    return inChapter.length > 0 && !inChapter.every((level) => levelProgress(profile, level.id).passed);
  });
}

/** The level after this one in the school's order, or null after the last. */
export function nextLevel(levels: readonly LevelDefinition[], levelId: string): LevelDefinition | null {
  const index = levels.findIndex((l) => l.id === levelId);
  return index >= 0 ? (levels[index + 1] ?? null) : null;
}

/**
 * The part of a spell a save keeps: all of it up to MAX_SAVED_SPELL_CHARS, else its first
 * whole lines that fit (never a line cut in the middle), and whether anything was left out.
 */
export function keptSpell(spell: string): { text: string; cut: boolean; lines: number } {
  if (spell.length <= MAX_SAVED_SPELL_CHARS) return { text: spell, cut: false, lines: spell.split('\n').length };
  const end = spell.lastIndexOf('\n', MAX_SAVED_SPELL_CHARS - 1);
  const text = end > 0 ? spell.slice(0, end + 1) : spell.slice(0, MAX_SAVED_SPELL_CHARS);
  return { text, cut: true, lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0) };
}

/**
 * Records one cast: an attempt, time spent, the spell itself, and the first pass. The very
 * spell of the last cast cast again (to watch it once more, or a button pressed many times) is
 * the same attempt: the teacher's table counts what the kid tried, not how often they pressed.
 */
export function recordCast(
  save: SaveData,
  profileId: string,
  levelId: string,
  cast: { passed: boolean; spell: string; seconds: number },
  now: Date,
): SaveData {
  return updateLevel(save, profileId, levelId, (p) => ({
    ...p,
    attempts: p.attempts > 0 && p.lastSpell === keptSpell(cast.spell).text ? p.attempts : p.attempts + 1,
    seconds: p.seconds + Math.max(0, Math.round(cast.seconds)),
    passed: p.passed || cast.passed,
    hintsBeforePass: p.passed ? p.hintsBeforePass : cast.passed ? p.hintsUsed : null,
    firstPassedAt: p.firstPassedAt ?? (cast.passed ? now.toISOString() : null),
    lastPlayedAt: now.toISOString(),
    lastSpell: keptSpell(cast.spell).text,
  }));
}

/** Keeps the kid's first guess that a cast could check (a later guess never replaces it). */
export function recordPrediction(save: SaveData, profileId: string, levelId: string, prediction: LevelPrediction, now: Date): SaveData {
  return updateLevel(save, profileId, levelId, (p) => (p.prediction ? p : { ...p, prediction, lastPlayedAt: now.toISOString() }));
}

export function recordHint(save: SaveData, profileId: string, levelId: string, now: Date): SaveData {
  return updateLevel(save, profileId, levelId, (p) => ({ ...p, hintsUsed: p.hintsUsed + 1, lastPlayedAt: now.toISOString() }));
}

/** Adds time spent without a cast (the kid read the story, then left). */
export function recordTime(save: SaveData, profileId: string, levelId: string, seconds: number, now: Date): SaveData {
  if (seconds <= 0) return save;
  return updateLevel(save, profileId, levelId, (p) => ({
    ...p,
    seconds: p.seconds + Math.round(seconds),
    lastPlayedAt: now.toISOString(),
  }));
}

function updateLevel(save: SaveData, profileId: string, levelId: string, change: (p: LevelProgress) => LevelProgress): SaveData {
  return updateProfile(save, profileId, (profile) => ({
    ...profile,
    levels: { ...profile.levels, [levelId]: change(levelProgress(profile, levelId)) },
  }));
}
