import { isoTime, kidFileName, kidFileOf, parseKidFile, profileFromKidFile, type KidFile, type KidFileProblem } from './kid-file.js';
import { mergeKidFiles, mergeKidFilesById } from './kid-merge.js';
import { cleanName, MAX_NAME_LENGTH } from './profile-name.js';
import type { Profile, SaveData } from './save-data.js';

/**
 * The browser build's way across a lab's computers (issue 14): "Carry my wizard" downloads a
 * kid's file, "Bring my wizard" (and the teacher's "Import wizard files") brings files here. A kid
 * this computer knows is merged with what it brings (game/model/kid-merge.ts: no pass is lost and
 * nothing is counted twice, so bringing the same file again changes nothing); a kid it does not
 * know becomes a new profile. Kiosk guests have no files and are never merged into.
 *
 * The teacher's resets go with the files: a file of a higher generation (kid-file.ts, a reset on
 * another computer) replaces this computer's progress of the kid instead of being merged with it,
 * and a file of a lower generation (a copy from before a reset here) changes nothing. Neither is a
 * problem to report: the kid is brought, with what the newer generation holds.
 */

/** A file as the page read it: its name (to say which one had a problem) and its text. */
export interface BroughtFile {
  fileName: string;
  text: string;
}

export interface BroughtKid {
  id: string;
  /** The kid's name on this computer now (a clash with another kid's name gets a number). */
  name: string;
  /** The kid was not on this computer before. */
  isNew: boolean;
  /** Lessons passed now that were not passed here before. */
  passedAdded: number;
  /** Lessons passed now, in all. */
  passed: number;
}

/** A file that brought nobody: a catalogue key (sections `classFolder`, `carry`) with its parameters. */
export interface BringProblem {
  fileName: string;
  problem: KidFileProblem | 'carry.guest-file' | 'carry.removed-file' | 'carry.read-failed';
  params: Record<string, string | number>;
}

export interface BringResult {
  save: SaveData;
  brought: BroughtKid[];
  problems: BringProblem[];
}

export interface BringOptions {
  /** Make the last kid brought the active player (the profile screen lists and focuses them first). */
  activate?: boolean;
}

/**
 * Brings kid files into the save of the computer `computerId`. A file that cannot be read (damaged,
 * from a newer game, not a kid's file) is reported and changes nothing; the other files still come.
 * Files of the same kid are merged together first, so a kid is listed once. The active player is
 * kept unless `options.activate` is set.
 */
export function bringKidFiles(
  save: SaveData,
  files: readonly BroughtFile[],
  computerId: string,
  now: Date,
  options: BringOptions = {},
): BringResult {
  const problems: BringProblem[] = [];
  const readable: KidFile[] = [];
  /** Which files each kid came in, for a problem said per file. */
  const fileNames = new Map<string, string[]>();
  for (const { fileName, text } of files) {
    const parsed = parseKidFile(text);
    if (parsed.ok) {
      readable.push(parsed.file);
      fileNames.set(parsed.file.kid.id, [...(fileNames.get(parsed.file.kid.id) ?? []), fileName]);
    } else problems.push({ fileName, problem: parsed.problem, params: { ...(parsed.params ?? {}), file: fileName } });
  }

  const result = bringKids(save, mergeKidFilesById(readable), computerId, now, options, (kidId) => fileNames.get(kidId) ?? []);
  return { ...result, problems: [...problems, ...result.problems] };
}

/**
 * Brings kids' files already read (a class folder's, from the desktop app's main process) into
 * the save: as bringKidFiles, one file per kid. `fileNamesOf` names the files a kid came in, for
 * the problem said of a guest's id; a class folder's file is named by the kid's id.
 *
 * A removed file (the teacher deleted the kid) brings nobody and is reported (`carry.removed-file`):
 * brought, it would give a kid with no progress. The class folder's sync deletes the kid with a
 * backup before it gets here (class-folder-sync.ts), and its listing leaves removed files out
 * (electron/class-folder-service.ts); a browser's Bring or Import of a file copied out of a class
 * folder meets it here. A kid restored here since (a higher generation) wins the merge and is kept.
 */
export function bringKids(
  save: SaveData,
  files: readonly KidFile[],
  computerId: string,
  now: Date,
  options: BringOptions = {},
  fileNamesOf: (kidId: string) => readonly string[] = (kidId) => [kidFileName(kidId)],
): BringResult {
  const problems: BringProblem[] = [];
  let profiles = save.profiles;
  const brought: BroughtKid[] = [];
  for (const file of mergeKidFilesById(files)) {
    const local = profiles.find((p) => p.id === file.kid.id);
    if (local?.guest) {
      // a guest's id in a kid's file was not written by this game: nobody's progress goes into a guest
      for (const fileName of fileNamesOf(file.kid.id)) {
        problems.push({ fileName, problem: 'carry.guest-file', params: { file: fileName } });
      }
      continue;
    }
    const mine = local ? kidFileOf(local, computerId, localTime(local, now)) : null;
    const merged = mine ? mergeKidFiles(mine, file) : file;
    if (merged.kid.removed) {
      // a teacher's delete, copied out of a class folder: it brings nobody and deletes nobody here
      // (only a class folder's sync removes a kid, with a backup); this computer's copy stays
      for (const fileName of fileNamesOf(file.kid.id)) {
        problems.push({ fileName, problem: 'carry.removed-file', params: { file: fileName, name: file.kid.name } });
      }
      continue;
    }
    const profile = profileFromKidFile(merged, computerId);
    const others = profiles.filter((p) => p.id !== profile.id);
    profile.name = freeName(profile.name, others);
    profiles = local ? profiles.map((p) => (p.id === profile.id ? profile : p)) : [...profiles, profile];
    const passed = passedLessons(profile);
    brought.push({
      id: profile.id,
      name: profile.name,
      isNew: !local,
      passed: passed.size,
      passedAdded: [...passed].filter((levelId) => local?.levels[levelId]?.passed !== true).length,
    });
  }

  const last = brought.at(-1);
  const activeProfileId = options.activate && last ? last.id : save.activeProfileId;
  const changed = brought.length > 0 || activeProfileId !== save.activeProfileId;
  return { save: changed ? { ...save, profiles, activeProfileId } : save, brought, problems };
}

/**
 * When this computer's copy of the kid last changed, as far as the save knows: its last play or
 * Lab save (never after `now`). The merge keeps the name, avatar and Lab draft of the newer file, so
 * a kid renamed on another computer since they last played here keeps the new name when brought.
 */
export function localTime(profile: Profile, now: Date): Date {
  const times = [
    profile.createdAt,
    ...Object.values(profile.levels).map((l) => l.lastPlayedAt),
    ...(profile.labExperiments ?? []).map((e) => e.savedAt),
  ]
    .map(isoTime)
    .filter((t): t is string => t !== null);
  const latest = times.reduce((a, b) => (a > b ? a : b), new Date(0).toISOString());
  return new Date(Math.min(Date.parse(latest), now.getTime()));
}

/**
 * The kid's name, or with a number when another profile here has it (the profile screen's rule:
 * two kids never share a name, whatever its case): "Vera" then "Vera 2", cut to fit MAX_NAME_LENGTH.
 */
export function freeName(name: string, others: readonly Profile[]): string {
  const taken = new Set(others.map((p) => p.name.toLocaleLowerCase()));
  if (!taken.has(name.toLocaleLowerCase())) return name;
  for (let n = 2; ; n += 1) {
    const suffix = ` ${n}`;
    const base = cleanName([...name].slice(0, MAX_NAME_LENGTH - suffix.length).join(''));
    const candidate = `${base}${suffix}`;
    if (!taken.has(candidate.toLocaleLowerCase())) return candidate;
  }
}

function passedLessons(profile: Profile): Set<string> {
  return new Set(Object.entries(profile.levels).flatMap(([levelId, progress]) => (progress.passed ? [levelId] : [])));
}
