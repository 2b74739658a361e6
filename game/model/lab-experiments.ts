import { cleanName } from './profile-name.js';
import type { LabExperiment, Profile } from './profile-types.js';

export type { LabExperiment } from './profile-types.js';

/**
 * The Memory Lab's "save my experiment": a kid keeps up to MAX_LAB_EXPERIMENTS programs in their
 * profile, each with a name they type. The rules are here, pure: a save, a rename and a delete
 * each give the new list or the reason (a catalogue key) they cannot, and nothing is ever dropped
 * to make room: the 21st save asks the kid to delete one first.
 */
export const MAX_LAB_EXPERIMENTS = 20;
/** An experiment's name, in code points (a title, not a sentence). */
export const MAX_EXPERIMENT_NAME = 40;
/** The longest program kept (the Lab's draft too): as long as a lesson's spell may be kept. */
export const MAX_LAB_PROGRAM_CHARS = 20_000;

export type ExperimentProblem =
  | 'lab.programs.saved.full'
  | 'lab.programs.saved.name-empty'
  | 'lab.programs.saved.name-too-long'
  | 'lab.programs.saved.name-taken'
  | 'lab.programs.saved.too-long'
  | 'lab.programs.saved.missing';

export type ExperimentChange =
  | { ok: true; experiments: LabExperiment[]; experiment: LabExperiment }
  | { ok: false; problem: ExperimentProblem; params: Record<string, string | number> };

/** A profile's experiments (none before schema 6). */
export function experimentsOf(profile: Profile): LabExperiment[] {
  return profile.labExperiments ?? [];
}

/** The profile with this list (the field left out when it is empty, as a profile that never saved one). */
export function withExperiments(profile: Profile, experiments: LabExperiment[]): Profile {
  const { labExperiments: _old, ...rest } = profile;
  return experiments.length === 0 ? rest : { ...rest, labExperiments: experiments };
}

/** The profile with the Lab's draft (the program being written), cut as a saved spell is. */
export function withLabDraft(profile: Profile, source: string): Profile {
  return { ...profile, labDraft: source.slice(0, MAX_LAB_PROGRAM_CHARS) };
}

/** Newest first: the one saved last is the one a kid looks for. */
export function listExperiments(experiments: readonly LabExperiment[]): LabExperiment[] {
  return [...experiments].sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

/**
 * The name offered before the kid types one: the program's first comment (a kid's "# my tally
 * test" is the best title there is), else "Experiment N" (`numbered`, from the catalogue) with
 * the first N no experiment is called yet.
 */
export function defaultExperimentName(source: string, experiments: readonly LabExperiment[], numbered: (n: number) => string): string {
  for (const line of source.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (!trimmed.startsWith('#')) break;
    const name = firstCodePoints(cleanName(trimmed.replace(/^#+/, '')), MAX_EXPERIMENT_NAME).trim();
    if (name !== '' && !isTaken(experiments, name, null)) return name;
    break;
  }
  for (let n = experiments.length + 1; ; n++) {
    const name = numbered(n);
    if (!isTaken(experiments, name, null)) return name;
  }
}

/**
 * Saves a program. `replaces`: the experiment the program was opened from; saved under that
 * experiment's own name, the program is saved over it (keeping its place). Under any other name
 * it is a new one, which needs a name no other has (two "test"s could not be told apart in the
 * list) and a free place.
 */
export function saveExperiment(
  experiments: readonly LabExperiment[],
  input: { name: string; source: string; replaces?: string | null },
  now: Date,
  id: string = newExperimentId(),
): ExperimentChange {
  const opened = input.replaces ? experiments.find((e) => e.id === input.replaces) : undefined;
  const replaced = opened && sameName(opened.name, input.name) ? opened : undefined;
  const problem = nameProblem(experiments, input.name, replaced?.id ?? null);
  if (problem) return problem;
  if (input.source.length > MAX_LAB_PROGRAM_CHARS) {
    return { ok: false, problem: 'lab.programs.saved.too-long', params: { max: MAX_LAB_PROGRAM_CHARS } };
  }
  const experiment: LabExperiment = {
    id: replaced?.id ?? id,
    name: cleanName(input.name),
    source: input.source,
    savedAt: now.toISOString(),
  };
  if (replaced) return { ok: true, experiments: experiments.map((e) => (e.id === replaced.id ? experiment : e)), experiment };
  if (experiments.length >= MAX_LAB_EXPERIMENTS)
    return { ok: false, problem: 'lab.programs.saved.full', params: { max: MAX_LAB_EXPERIMENTS } };
  return { ok: true, experiments: [...experiments, experiment], experiment };
}

export function renameExperiment(experiments: readonly LabExperiment[], id: string, name: string): ExperimentChange {
  const found = experiments.find((e) => e.id === id);
  if (!found) return { ok: false, problem: 'lab.programs.saved.missing', params: {} };
  const problem = nameProblem(experiments, name, id);
  if (problem) return problem;
  const experiment = { ...found, name: cleanName(name) };
  return { ok: true, experiments: experiments.map((e) => (e.id === id ? experiment : e)), experiment };
}

export function deleteExperiment(experiments: readonly LabExperiment[], id: string): LabExperiment[] {
  return experiments.filter((e) => e.id !== id);
}

/**
 * The experiments a save holds, whatever the file says: entries that cannot be understood are
 * left out (keeping the rest), names cleaned and cut, programs cut, the same id kept once, and at
 * most MAX_LAB_EXPERIMENTS (the newest, should a hand-edited file hold more).
 */
export function experimentsFromSave(raw: unknown, unnamed: (n: number) => string): LabExperiment[] {
  if (!Array.isArray(raw)) return [];
  const kept: LabExperiment[] = [];
  const seen = new Set<string>();
  for (const entry of raw as unknown[]) {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) continue;
    const { id, name, source, savedAt } = entry as Record<string, unknown>;
    if (typeof id !== 'string' || id === '' || seen.has(id) || typeof source !== 'string') continue;
    seen.add(id);
    const cleaned = typeof name === 'string' ? firstCodePoints(cleanName(name), MAX_EXPERIMENT_NAME).trim() : '';
    kept.push({
      id,
      name: cleaned === '' ? unnamed(kept.length + 1) : cleaned,
      source: source.slice(0, MAX_LAB_PROGRAM_CHARS),
      savedAt: typeof savedAt === 'string' && !Number.isNaN(Date.parse(savedAt)) ? savedAt : new Date(0).toISOString(),
    });
  }
  if (kept.length <= MAX_LAB_EXPERIMENTS) return kept;
  const newest = new Set(listExperiments(kept).slice(0, MAX_LAB_EXPERIMENTS));
  return kept.filter((e) => newest.has(e));
}

function nameProblem(
  experiments: readonly LabExperiment[],
  name: string,
  self: string | null,
): Extract<ExperimentChange, { ok: false }> | null {
  const cleaned = cleanName(name);
  if (cleaned === '') return { ok: false, problem: 'lab.programs.saved.name-empty', params: {} };
  if ([...cleaned].length > MAX_EXPERIMENT_NAME)
    return { ok: false, problem: 'lab.programs.saved.name-too-long', params: { max: MAX_EXPERIMENT_NAME } };
  if (isTaken(experiments, cleaned, self)) return { ok: false, problem: 'lab.programs.saved.name-taken', params: { name: cleaned } };
  return null;
}

function isTaken(experiments: readonly LabExperiment[], name: string, self: string | null): boolean {
  return experiments.some((e) => e.id !== self && sameName(e.name, name));
}

function sameName(a: string, b: string): boolean {
  return cleanName(a).toLocaleLowerCase() === cleanName(b).toLocaleLowerCase();
}

/**
 * Whether putting another program in the editor would lose the kid's work: it has something
 * written, and it is none of the programs kept elsewhere (an example as it is, a saved
 * experiment, the file just loaded).
 */
export function hasUnsavedWork(program: string, kept: Iterable<string>): boolean {
  if (program.trim() === '') return false;
  for (const source of kept) if (source === program) return false;
  return true;
}

export type ProgramFile = { ok: true; source: string } | { ok: false; problem: 'lab.programs.file.too-big' | 'lab.programs.file.not-text' };

/** Files larger than this many bytes are refused before they are read (4 bytes are the most one letter takes). */
export const MAX_PROGRAM_FILE_BYTES = MAX_LAB_PROGRAM_CHARS * 4;

/**
 * A loaded file's text as a program: at most MAX_LAB_PROGRAM_CHARS letters, and text (no NUL, no
 * bytes that are not UTF-8, which the browser reads as U+FFFD). Windows line ends become plain ones
 * and a byte order mark goes, so the editor and the line numbers see what the kid wrote.
 */
export function programFromFile(text: string): ProgramFile {
  if (text.includes('\u0000') || text.includes('\ufffd')) return { ok: false, problem: 'lab.programs.file.not-text' };
  const source = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  if (source.length > MAX_LAB_PROGRAM_CHARS) return { ok: false, problem: 'lab.programs.file.too-big' };
  return { ok: true, source };
}

/** The file a program is saved as: its name without what a file system refuses, ending in .py. */
export function programFileName(name: string, fallback: string): string {
  // eslint-disable-next-line no-control-regex
  const base = cleanName(name.replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, ' '))
    .replace(/\.py$/i, '')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  return `${firstCodePoints(base === '' ? fallback : base, 60).trim()}.py`;
}

function firstCodePoints(text: string, count: number): string {
  return [...text].slice(0, count).join('');
}

function newExperimentId(): string {
  return `x-${globalThis.crypto.randomUUID()}`;
}
