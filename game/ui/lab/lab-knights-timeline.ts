import type { LabKnightsProblem, LabKnightsSceneData } from '../../../contracts/cast-protocol.js';
import type { MessageParams } from '../../messages/format.js';
import type { MessageKey } from '../../messages/translator.js';

/**
 * The knights view's logic, pure (no DOM): the scene of lab/knights turned into timeline rows
 * with the globals at each rune, the verdict sentence, the problem's words, the stepper's moves
 * and the choices of the two selects. lab-knights-panel.ts draws what this returns.
 */

/** A message to say: a catalogue key and its values. */
export interface KnightsWords {
  key: MessageKey;
  params: MessageParams;
}

export interface KnightRow {
  /** The rune's number in the whole run (0-based), and its place in the rows shown. */
  index: number;
  position: number;
  thread: number;
  op: string;
  arg: string;
  line: number | null;
  reads: string[];
  writes: string[];
  waits: boolean;
  lock: number | null;
  /** The program's names after this rune (short reprs), and the ones this rune changed. */
  globals: Record<string, string>;
  changed: string[];
}

/** Every step shown as a row, each with the globals after it (added up from the window's start). */
export function timelineRows(scene: LabKnightsSceneData): KnightRow[] {
  let globals: Record<string, string> = { ...scene.globalsAtFirstShown };
  return scene.steps.map((step, position) => {
    const changed = Object.keys(step.changed);
    if (changed.length > 0) globals = { ...globals, ...step.changed };
    return {
      index: scene.firstShown + position,
      position,
      thread: step.thread,
      op: step.op,
      arg: step.arg,
      line: step.line,
      reads: step.reads,
      writes: step.writes,
      waits: step.waits,
      lock: step.lock,
      globals,
      changed,
    };
  });
}

/** Where the stepper goes for a key (←/→, ↑/↓, Home/End), or null for any other key. */
export function stepAfterKey(key: string, current: number, total: number): number | null {
  if (total <= 0) return null;
  const last = total - 1;
  if (key === 'ArrowLeft' || key === 'ArrowUp') return Math.max(0, current - 1);
  if (key === 'ArrowRight' || key === 'ArrowDown') return Math.min(last, current + 1);
  if (key === 'Home') return 0;
  if (key === 'End') return last;
  return null;
}

/** "Showing runes 301–600 of 1,412": null when the whole run is shown. */
export function cutWords(scene: LabKnightsSceneData): KnightsWords | null {
  if (scene.steps.length >= scene.stepsTotal) return null;
  return {
    key: 'lab.knights.cut',
    params: { from: scene.firstShown + 1, to: scene.firstShown + scene.steps.length, total: scene.stepsTotal },
  };
}

/** One option of a knight's select: the function, and why it cannot be a knight (then disabled). */
export interface KnightChoice {
  name: string;
  runnable: boolean;
  label: KnightsWords;
}

export function knightChoices(scene: LabKnightsSceneData): KnightChoice[] {
  return scene.functions.map((fn): KnightChoice => {
    const label: KnightsWords = fn.runnable
      ? { key: 'lab.knights.choice', params: { name: fn.name } }
      : { key: 'lab.knights.choice-cannot', params: { name: fn.name, why: fn.why ?? 'other', detail: fn.detail } };
    return { name: fn.name, runnable: fn.runnable, label };
  });
}

/**
 * The two functions picked at first: the ones picked before if the program still has them,
 * else the first function a knight can run, twice (two knights running `add`), or null if none.
 */
export function startingPair(scene: LabKnightsSceneData, before: readonly [string, string] | null): [string, string] | null {
  const runnable = scene.functions.filter((fn) => fn.runnable).map((fn) => fn.name);
  if (runnable.length === 0) return null;
  const keep = (name: string | undefined) => (name !== undefined && runnable.includes(name) ? name : runnable[0]!);
  return [keep(before?.[0]), keep(before?.[1])];
}

/**
 * The one sentence that says what the run shows: the race's verdict (a lost update told from
 * the steps when the run has one, else plainer), or the sample's count of runes and switches.
 */
export function knightsVerdict(scene: LabKnightsSceneData): KnightsWords | null {
  if (scene.ask === 'functions' || scene.steps.length === 0) return null;
  const race = scene.race;
  if (race === null) {
    return { key: 'lab.knights.verdict-sample', params: { total: scene.stepsTotal, switches: scene.switches } };
  }
  const check = scene.invariant ?? '';
  if (race.holds) {
    return race.complete
      ? { key: 'lab.knights.verdict-holds', params: { check, orders: race.orders } }
      : { key: 'lab.knights.verdict-holds-some', params: { check, orders: race.orders } };
  }
  if (race.reason === 'deadlock') return { key: 'lab.knights.verdict-deadlock', params: {} };
  const lost = race.lost;
  if (lost !== null) {
    const told = { name: lost.name, reader: lost.reader, other: lost.other };
    if (race.expected !== null && race.final !== null) {
      return { key: 'lab.knights.verdict-lost', params: { ...told, final: race.final, expected: race.expected } };
    }
    return { key: 'lab.knights.verdict-lost-plain', params: { ...told, check } };
  }
  return { key: 'lab.knights.verdict-broken', params: { check } };
}

/**
 * Where the knights started: the program ran first, so a name it changed (count, after the
 * program called the knights itself) is not where a kid may think. Said with every run's verdict.
 */
export function startNote(scene: LabKnightsSceneData): KnightsWords | null {
  if (scene.ask === 'functions' || scene.steps.length === 0) return null;
  const names = Object.entries(scene.globalsBefore).map(([name, value]) => `${name} = ${value}`);
  return names.length === 0 ? null : { key: 'lab.knights.start', params: { names } };
}

/** A second sentence for a broken check: the shortest order, or one found by chance. */
export function orderNote(scene: LabKnightsSceneData): KnightsWords | null {
  const race = scene.race;
  if (race === null || race.holds) return null;
  return { key: race.shortest ? 'lab.knights.shortest' : 'lab.knights.not-shortest', params: {} };
}

/** The problem's words; `column`/`length` mark the kid's check where it points. */
export function problemWords(problem: LabKnightsProblem): KnightsWords {
  const params: MessageParams = {
    name: problem.name ?? '',
    detail: problem.detail ?? '',
    construct: problem.construct ?? '',
    type: problem.type ?? '',
    error: problem.error ?? '',
    column: problem.column ?? 1,
    limit: problem.limit ?? 0,
    line: problem.line ?? '?',
    why: problem.why ?? 'other',
  };
  const key = PROBLEM_KEYS[problem.kind] ?? 'lab.knights.problem-other';
  if (problem.kind === 'invariant-syntax' && problem.why === 'equals') return { key: 'lab.knights.problem-invariant-equals', params };
  return { key, params };
}

/** A problem with the kid's check: the input is marked (and the characters it points at). */
export function isCheckProblem(problem: LabKnightsProblem | null): boolean {
  return problem !== null && problem.kind.startsWith('invariant-');
}

const PROBLEM_KEYS: Partial<Record<LabKnightsProblem['kind'], MessageKey>> = {
  threads: 'lab.knights.problem-threads',
  'no-function': 'lab.knights.problem-no-function',
  'not-runnable': 'lab.knights.problem-not-runnable',
  'invariant-empty': 'lab.knights.problem-invariant-empty',
  'invariant-long': 'lab.knights.problem-invariant-long',
  'invariant-syntax': 'lab.knights.problem-invariant-syntax',
  'invariant-refused': 'lab.knights.problem-invariant-refused',
  'invariant-name': 'lab.knights.problem-invariant-name',
  'invariant-not-bool': 'lab.knights.problem-invariant-not-bool',
  'invariant-failed': 'lab.knights.problem-invariant-failed',
  runaway: 'lab.knights.problem-runaway',
  'runaway-race': 'lab.knights.problem-runaway-race',
  unsupported: 'lab.knights.problem-unsupported',
  'cannot-copy': 'lab.knights.problem-cannot-copy',
};

/** What the stepper says of one rune. */
export function stepWords(row: KnightRow, total: number, knights: LabKnightsSceneData['knights']): KnightsWords {
  const params = {
    step: row.index + 1,
    total,
    knight: row.thread + 1,
    name: knights[row.thread]?.name ?? '?',
    op: row.arg === '' ? row.op : `${row.op} ${row.arg}`,
    line: row.line ?? '?',
  };
  return { key: row.waits ? 'lab.knights.step-waits' : 'lab.knights.step', params };
}
