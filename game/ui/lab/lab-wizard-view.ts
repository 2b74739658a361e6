import type { CastResult, LabWizardFrame, LabWizardSceneData } from '../../../contracts/cast-protocol.js';

/**
 * The rune-by-rune view's logic, without the DOM: the scene of `lab/wizard` (LabWizardSceneData)
 * turned into what one step shows (the caption, the runes around the lit one, the rooms), and the
 * sentence that says how the reading ended. lab-wizard-panel.ts draws it.
 */

/** The scene of a cast of `lab/wizard`, or null (the program was refused before it ran). */
export function labWizardSceneOf(result: CastResult): LabWizardSceneData | null {
  return result.scene !== null && result.scene.kind === 'lab-wizard' ? (result.scene as LabWizardSceneData) : null;
}

/**
 * Every step's frames whole, outermost first: the scene sends only what changed (`keep` frames
 * stay as the step before had them). Steps share the frames that did not change.
 */
export function wholeFrames(scene: LabWizardSceneData): LabWizardFrame[][] {
  let before: LabWizardFrame[] = [];
  return scene.steps.map((step) => {
    before = [...before.slice(0, step.keep), ...step.frames];
    return before;
  });
}

export interface RuneRow {
  /** The rune's index in its code. */
  index: number;
  opname: string;
  argument: string;
  line: number | null;
  current: boolean;
}

export interface WizardRoom {
  /** The code it runs: null for the program's module (its main part), else the function's name. */
  functionName: string | null;
  line: number | null;
  /** The value stack, bottom first, and how many stones lie under the ones shown. */
  stones: string[];
  below: number;
  names: [string, string][];
  moreNames: number;
  /** The room the rune ran in (or, after a call or a return, the room the wizard is in now). */
  current: boolean;
}

export interface WizardStepView {
  /** 1-based, of `total`. */
  number: number;
  total: number;
  opname: string;
  argument: string;
  /** The rune's line (what the editor lights), or null before the module's first line. */
  line: number | null;
  /** The code the rune belongs to: null for the module. */
  functionName: string | null;
  /** The runes of that code around the lit one (at most RUNES_AROUND), and how many were left out before them. */
  runes: RuneRow[];
  runesBefore: number;
  runesAfter: number;
  /** Innermost first (the newest room on top, as the interpreter chapter's stage piles them). */
  rooms: WizardRoom[];
  /** Rooms left out between the outermost and the others (a deep recursion). */
  hiddenRooms: number;
  /** The class this rune built (a `class` statement's CALL: its body ran in one go), or null. */
  builtClass: string | null;
}

/** Runes listed at once: a long module shows the ones around the lit rune. */
export const RUNES_AROUND = 40;

const MODULE = '<module>';

function functionOf(name: string): string | null {
  return name === MODULE ? null : name;
}

/** What step `index` (0-based, clamped) shows; null when the scene has no steps. */
export function wizardStepView(scene: LabWizardSceneData, frames: LabWizardFrame[][], index: number): WizardStepView | null {
  const total = scene.steps.length;
  if (total === 0) return null;
  const at = Math.min(Math.max(0, Math.trunc(index)), total - 1);
  const step = scene.steps[at]!;
  const code = scene.codes[step.code]!;
  const [opname, argument, line] = code.runes[step.rune]!;
  const first = Math.max(0, Math.min(step.rune - Math.floor(RUNES_AROUND / 2), code.runes.length - RUNES_AROUND));
  const last = Math.min(code.runes.length, first + RUNES_AROUND);
  const runes = code.runes.slice(first, last).map(([op, arg, runeLine], offset) => ({
    index: first + offset,
    opname: op,
    argument: arg,
    line: runeLine,
    current: first + offset === step.rune,
  }));
  const shown = frames[at] ?? [];
  const rooms = shown
    .map((frame, n) => ({
      functionName: functionOf(scene.codes[frame.code]!.name),
      line: frame.line,
      stones: frame.stack,
      below: frame.below,
      names: frame.names,
      moreNames: frame.moreNames,
      current: n === shown.length - 1,
    }))
    .reverse();
  return {
    number: at + 1,
    total,
    opname,
    argument,
    line,
    functionName: functionOf(code.name),
    runes,
    runesBefore: first,
    runesAfter: code.runes.length - last,
    rooms,
    hiddenRooms: step.hidden,
    builtClass: step.builds ?? null,
  };
}

/** The step a key press or a button asks for, from `current` among `total` steps. */
export function stepAsked(current: number, total: number, move: { delta: number } | { to: number }): number {
  const wanted = 'to' in move ? move.to : current + move.delta;
  return Math.min(Math.max(0, wanted), Math.max(0, total - 1));
}

export interface EndNote {
  /** A key of `lab.wizard` (without the prefix) and its values. */
  key: 'end-finished' | 'end-error' | 'end-interrupted' | 'end-unsupported' | 'end-unsupported-generator' | 'end-stuck';
  params: Record<string, string | number>;
  /** The cut marker's key, when more runes ran than were written down. */
  cut: 'cut-ran-on' | 'cut-stopped' | null;
}

/** Runes the stepper stops at that a kid meets most, each with a sentence of its own. */
const UNSUPPORTED_KINDS: Record<string, EndNote['key']> = {
  RETURN_GENERATOR: 'end-unsupported-generator',
};

/** How the reading ended, in one sentence (and the cut marker): the panel says it under the stepper. */
export function endNote(scene: LabWizardSceneData): EndNote {
  const runs = { runs: scene.total, shown: scene.steps.length };
  // after the cut the program ran on unwritten; a stop or an error after it ended that part too
  const cut = scene.cut ? (scene.end === 'finished' ? 'cut-ran-on' : 'cut-stopped') : null;
  switch (scene.end) {
    case 'error': {
      const error = scene.error;
      return { key: 'end-error', params: { ...runs, type: error?.type ?? '?', line: error?.line ?? '?' }, cut };
    }
    case 'interrupted':
      return { key: 'end-interrupted', params: runs, cut };
    case 'unsupported': {
      const rune = scene.unsupported?.rune ?? '?';
      return { key: UNSUPPORTED_KINDS[rune] ?? 'end-unsupported', params: { ...runs, rune, line: scene.unsupported?.line ?? '?' }, cut };
    }
    case 'stuck':
      return { key: 'end-stuck', params: runs, cut };
    default:
      return { key: 'end-finished', params: runs, cut };
  }
}
