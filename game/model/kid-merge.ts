import { compareText, newestExperiments, sortedByKey, type KidFile, type KidLevel, type KidRecord } from './kid-file.js';
import type { LevelCounters, LevelPrediction } from './profile-types.js';

/**
 * The same kid's files from two computers (or the class folder's and this computer's), merged
 * lesson by lesson so that nothing is lost. Every field is merged by a rule that does not care in
 * which order files come or how often the same one comes again (commutative, associative,
 * idempotent), so 30 computers syncing in any order all end with the same file:
 *
 *   generation        the higher wins whole: the file of the higher generation is the result, and
 *                     nothing of the lower one is kept (the teacher reset or deleted the kid since;
 *                     kid-file.ts). Every rule below is for two files of the same generation.
 *   removed           kept once true (the teacher deleted the kid); a removed kid keeps who they were
 *                     (id, name, avatar, language, createdAt) and no lessons, Lab programs or draft
 *   passed            kept once true
 *   firstPassedAt     the earliest, with hintsBeforePass from that same pass
 *   lastPlayedAt      the latest
 *   lastSpell         the newest (lastSpellAt), a tie going to the larger computer id, then the larger text
 *   prediction        a right guess over a wrong one (see mergePrediction), then the smaller guess text
 *   byComputer        per computer, per counter, the larger (a computer's counters only grow)
 *   name, avatar, language, Lab draft   the newest file's (writtenAt, then writtenBy)
 *   Lab experiments   by id, the newest copy (savedAt), at most 20, the newest kept
 *   createdAt         the earliest
 *
 * The generation is above every other rule because "kept once true" would otherwise bring a reset
 * pass straight back from the copies the other computers still have. Taking the higher generation
 * whole is still commutative, associative and idempotent: it is the largest generation, and among
 * the files of that generation the rules below.
 *
 * Clock skew: computers of a lab do not share a clock, and there is none to trust instead. Times
 * are compared as they were written (ISO 8601 text in UTC, the same as comparing them as times),
 * even when one lies in the future of another computer's clock: a computer that runs ahead wins
 * "newest" and one that runs behind wins "earliest". What skew can cost is a date or which copy
 * of a spell or a name is kept; it can never cost a pass, an experiment, or a cast counted.
 */
export function mergeKidFiles(a: KidFile, b: KidFile): KidFile {
  if (a.kid.id !== b.kid.id) throw new RangeError(`kid-merge: two different kids (${a.kid.id}, ${b.kid.id})`);
  // the teacher reset or deleted the kid since the other file was written: nothing of before is kept
  if (a.kid.generation !== b.kid.generation) return copyFile(a.kid.generation > b.kid.generation ? a : b);
  const newer = fileOrder(a, b) >= 0 ? a : b;
  const levels: Record<string, KidLevel> = {};
  for (const levelId of new Set([...Object.keys(a.levels), ...Object.keys(b.levels)])) {
    const x = a.levels[levelId];
    const y = b.levels[levelId];
    levels[levelId] = x && y ? mergeLevel(x, y) : copyLevel((x ?? y)!);
  }
  const kid: KidRecord = {
    id: newer.kid.id,
    name: newer.kid.name,
    avatar: newer.kid.avatar,
    createdAt: compareText(a.kid.createdAt, b.kid.createdAt) <= 0 ? a.kid.createdAt : b.kid.createdAt,
    language: newer.kid.language,
    generation: a.kid.generation,
    removed: a.kid.removed || b.kid.removed,
  };
  // a removed kid keeps who they were and nothing else
  if (kid.removed) return { kind: a.kind, schema: a.schema, kid, levels: {}, writtenAt: newer.writtenAt, writtenBy: newer.writtenBy };
  const experiments = newestExperiments([...(a.kid.labExperiments ?? []), ...(b.kid.labExperiments ?? [])]);
  if (experiments.length > 0) kid.labExperiments = experiments;
  if (newer.kid.labDraft !== undefined) kid.labDraft = newer.kid.labDraft;
  return { kind: a.kind, schema: a.schema, kid, levels: sortedByKey(levels), writtenAt: newer.writtenAt, writtenBy: newer.writtenBy };
}

/**
 * A file as it is, shared with nothing (the merge's results never alias its inputs). A removed one
 * carries nothing but who the kid was, as a merge of it with itself would (parseKidFile reads it so
 * too), so which way a removal reaches a file never changes the result.
 */
function copyFile(file: KidFile): KidFile {
  if (file.kid.removed) {
    const { labExperiments: _experiments, labDraft: _draft, ...kid } = file.kid;
    return { ...file, kid, levels: {} };
  }
  const kid: KidRecord = { ...file.kid };
  if (file.kid.labExperiments) kid.labExperiments = file.kid.labExperiments.map((e) => ({ ...e }));
  const levels = Object.fromEntries(Object.entries(file.levels).map(([id, level]) => [id, copyLevel(level)]));
  return { ...file, kid, levels };
}

/** Many files of the same kid as one (null for none). */
export function mergeAllKidFiles(files: readonly KidFile[]): KidFile | null {
  return files.length === 0 ? null : files.slice(1).reduce(mergeKidFiles, files[0]!);
}

/** Files of many kids (a handful a teacher imports), one merged file per kid, in the order each kid first came. */
export function mergeKidFilesById(files: readonly KidFile[]): KidFile[] {
  const byId = new Map<string, KidFile>();
  for (const file of files) {
    const kept = byId.get(file.kid.id);
    byId.set(file.kid.id, kept ? mergeKidFiles(kept, file) : file);
  }
  return [...byId.values()];
}

function mergeLevel(x: KidLevel, y: KidLevel): KidLevel {
  const pass = firstPass(x, y);
  const spell = newestSpell(x, y);
  const byComputer: Record<string, LevelCounters> = {};
  for (const id of new Set([...Object.keys(x.byComputer), ...Object.keys(y.byComputer)])) {
    byComputer[id] = maxCounters(x.byComputer[id], y.byComputer[id]);
  }
  return {
    passed: x.passed || y.passed,
    firstPassedAt: pass ? pass.firstPassedAt : null,
    hintsBeforePass: pass ? pass.hintsBeforePass : null,
    lastPlayedAt: latest(x.lastPlayedAt, y.lastPlayedAt),
    lastSpell: spell.lastSpell,
    lastSpellAt: spell.lastSpellAt,
    lastSpellBy: spell.lastSpellBy,
    prediction: mergePrediction(x.prediction, y.prediction),
    byComputer: sortedByKey(byComputer),
  };
}

/** The side of the first pass: the earlier time (a pass of unknown time, from an old save, comes after any known one), then fewer hints. */
function firstPass(x: KidLevel, y: KidLevel): KidLevel | null {
  if (!x.passed || !y.passed) return x.passed ? x : y.passed ? y : null;
  const order = nullsLast(x.firstPassedAt, y.firstPassedAt) || nullsLastNumber(x.hintsBeforePass, y.hintsBeforePass);
  return order <= 0 ? x : y;
}

function newestSpell(x: KidLevel, y: KidLevel): KidLevel {
  if (x.lastSpell === null || y.lastSpell === null) return x.lastSpell !== null ? x : y;
  const order =
    nullsFirst(x.lastSpellAt, y.lastSpellAt) || nullsFirst(x.lastSpellBy, y.lastSpellBy) || compareText(x.lastSpell, y.lastSpell);
  return order >= 0 ? x : y;
}

/**
 * Each computer keeps a kid's first checked guess for good, but two computers' first guesses
 * have no time to tell which came first. The right one is kept when either was right, so a star
 * earned on one computer is never taken away by another; between two of the same rightness, the
 * smaller text, the same choice everywhere.
 */
function mergePrediction(x: LevelPrediction | null, y: LevelPrediction | null): LevelPrediction | null {
  if (!x || !y) return x ? { ...x } : y ? { ...y } : null;
  if (x.right !== y.right) return { ...(x.right ? x : y) };
  return { ...(compareText(x.guess, y.guess) <= 0 ? x : y) };
}

function maxCounters(x: LevelCounters | undefined, y: LevelCounters | undefined): LevelCounters {
  if (!x || !y) return { ...(x ?? y)! };
  return {
    attempts: Math.max(x.attempts, y.attempts),
    hintsUsed: Math.max(x.hintsUsed, y.hintsUsed),
    seconds: Math.max(x.seconds, y.seconds),
  };
}

function copyLevel(level: KidLevel): KidLevel {
  const byComputer = Object.fromEntries(Object.entries(level.byComputer).map(([id, c]) => [id, { ...c }]));
  return { ...level, prediction: level.prediction ? { ...level.prediction } : null, byComputer };
}

/** Which file's copy of the kid's own fields is newer: writtenAt, then writtenBy, then the fields themselves, so two files never tie. */
function fileOrder(a: KidFile, b: KidFile): number {
  return compareText(a.writtenAt, b.writtenAt) || compareText(a.writtenBy, b.writtenBy) || compareText(ownFields(a), ownFields(b));
}

function ownFields(file: KidFile): string {
  const { name, avatar, language, labDraft } = file.kid;
  return JSON.stringify([name, avatar, language, labDraft ?? null]);
}

function latest(x: string | null, y: string | null): string | null {
  return nullsFirst(x, y) >= 0 ? x : y;
}

/** Text order with null before any text. */
function nullsFirst(x: string | null, y: string | null): number {
  if (x === null || y === null) return x === y ? 0 : x === null ? -1 : 1;
  return compareText(x, y);
}

/** Text order with null after any text. */
function nullsLast(x: string | null, y: string | null): number {
  if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
  return compareText(x, y);
}

function nullsLastNumber(x: number | null, y: number | null): number {
  if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
  return x - y;
}
