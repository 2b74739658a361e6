import type { AvatarId } from './avatars.js';
import type { LanguageId } from './language-choice.js';

/** A kid's profile as the save document keeps it (game/model/save-data.ts reads and writes it). */

/** A kid's first guess before a cast (game/model/predictions.ts), and whether it came true. */
export interface LevelPrediction {
  guess: string;
  right: boolean;
}

/** What a kid's play on a lesson adds up to, the part of LevelProgress that counts. */
export interface LevelCounters {
  attempts: number;
  hintsUsed: number;
  seconds: number;
}

export interface LevelProgress {
  /** Casts of this level, passed or not. */
  attempts: number;
  /** Hints the kid asked for (they come one at a time). */
  hintsUsed: number;
  /** Seconds spent in the level scene. */
  seconds: number;
  passed: boolean;
  /** ISO 8601 of the first pass, kept when the kid passes again. */
  firstPassedAt: string | null;
  lastPlayedAt: string | null;
  /** The kid's last spell, so coming back shows their own work. */
  lastSpell: string | null;
  /** Hints asked for before the first pass (null before a pass, or unknown for a pass from schema 3). */
  hintsBeforePass: number | null;
  /** The first guess that a cast could check, kept for good. */
  prediction: LevelPrediction | null;
}

export interface Profile {
  id: string;
  name: string;
  avatar: AvatarId;
  createdAt: string;
  levels: Record<string, LevelProgress>;
  /** A kiosk guest: nameless, never in the class report, cleared when the kiosk resets. */
  guest: boolean;
  /** The language the kid picked (null: none yet, the computer's is spoken; a guest never has one). */
  language: LanguageId | null;
  /**
   * The Memory Lab's saved experiments (game/model/lab-experiments.ts), at most 20. Absent: none
   * (every save before schema 6, and a kid who never saved one), so older profiles need nothing new.
   */
  labExperiments?: LabExperiment[];
  /** The program the kid was writing in the Lab, kept as a lesson keeps its last spell. Absent: none yet. */
  labDraft?: string;
  /**
   * Per lesson and per other computer (its id), the casts, hints and seconds that computer had
   * counted when a class folder's file of this kid was last brought here (game/model/kid-file.ts):
   * they are in this profile's totals, so this computer's own counters are the totals less these,
   * and a file carried on from here still names each computer's part. Absent: none (every save
   * before schema 7, every guest).
   */
  countedElsewhere?: Record<string, Record<string, LevelCounters>>;
  /**
   * A whole number the teacher's console raises at each reset of this kid, and above a reset or a
   * delete when one is undone (teacher-profiles.ts); absent means 0, and it is kept absent while 0
   * so a save reads the same as before. A class folder's file of a higher generation replaces what
   * other computers still have of an older one (kid-merge.ts), so a reset or a delete is not
   * undone by their copies.
   */
  generation?: number;
}

/** One program a kid saved in the Memory Lab. */
export interface LabExperiment {
  id: string;
  /** The name the kid gave it (cleaned like a profile name, at most 40 code points). */
  name: string;
  source: string;
  /** ISO 8601 of the last save. */
  savedAt: string;
}
