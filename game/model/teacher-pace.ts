import type { ChapterId } from '../../contracts/level-schema.js';
import type { SaveData } from './save-data.js';
import type { ChapterOverride, ChapterOverrides, TeacherSection } from './teacher-section.js';

/**
 * The class's pace: the teacher opens or locks a chapter for every kid, or for one kid. A kid's
 * own override wins over the class's; without either, the map's rule stays (progress.ts).
 * `null` removes an override (back to the rule, or to the class's choice for one kid).
 */
export function chapterOverridesFor(teacher: TeacherSection, profileId: string): ChapterOverrides {
  return { ...teacher.classChapters, ...(teacher.profileChapters[profileId] ?? {}) };
}

/** The overrides of the save's active profile (what the map and the lesson list use). */
export function activeChapterOverrides(save: SaveData): ChapterOverrides {
  return save.activeProfileId === null ? { ...save.teacher.classChapters } : chapterOverridesFor(save.teacher, save.activeProfileId);
}

export function setClassChapter(save: SaveData, chapter: ChapterId, value: ChapterOverride | null): SaveData {
  return { ...save, teacher: { ...save.teacher, classChapters: withOverride(save.teacher.classChapters, chapter, value) } };
}

/** The teacher opens the Memory Lab for every kid (or gives it back to its rule: finish reference counting). */
export function setClassLab(save: SaveData, open: boolean): SaveData {
  return { ...save, teacher: { ...save.teacher, labOpenForClass: open } };
}

export function setKidChapter(save: SaveData, profileId: string, chapter: ChapterId, value: ChapterOverride | null): SaveData {
  // a guest follows the class's pace; its own overrides would outlive it in the save
  if (!save.profiles.some((p) => p.id === profileId && !p.guest)) throw new Error(`no profile ${profileId}`);
  const current = save.teacher.profileChapters[profileId] ?? {};
  const next = withOverride(current, chapter, value);
  const profileChapters = { ...save.teacher.profileChapters };
  if (Object.keys(next).length === 0) delete profileChapters[profileId];
  else profileChapters[profileId] = next;
  return { ...save, teacher: { ...save.teacher, profileChapters } };
}

function withOverride(overrides: ChapterOverrides, chapter: ChapterId, value: ChapterOverride | null): ChapterOverrides {
  const next = { ...overrides };
  if (value === null) delete next[chapter];
  else next[chapter] = value;
  return next;
}
