import type { CastResult, LabRunesFunction, LabRunesSceneData } from '../../../contracts/cast-protocol.js';
import type { MessageParams } from '../../messages/format.js';
import type { MessageKey } from '../../messages/translator.js';

/**
 * The runes view's pure part (no DOM): a `lab/runes` cast turned into what lab-runes-panel.ts
 * draws, the words as catalogue keys with their parameters, so the panel only translates.
 */

/** A message of the view: a key of lab.runes and what fills it. */
export interface RunesWords {
  key: MessageKey;
  params?: MessageParams;
}

/** One rune, side by side: as the compiler made it and as the run left it. */
export interface LabRuneRow {
  index: number;
  line: number | null;
  /** `BINARY_OP +`: the opname and what dis shows after it. */
  before: string;
  after: string;
  /**
   * sped-up: the interpreter specialised it (BINARY_OP -> BINARY_OP_ADD_INT); first-run: RESUME,
   * which becomes RESUME_CHECK at a function's first call (not a speed-up of its work).
   */
  change: 'same' | 'sped-up' | 'first-run';
  /** The badge beside a changed rune, or null. */
  badge: RunesWords | null;
  /** The note of a constant the compiler folded, or null. */
  folded: RunesWords | null;
}

/** What the view can say about a cast: nothing to read, or the runes (with how the program ended). */
export type LabRunesReading = { kind: 'refused' } | { kind: 'read'; scene: LabRunesSceneData; ending: 'ran' | 'error' | 'stopped' };

/** The cast's runes, or refused: the program never ran (the policy, a broken runtime), so no scene. */
export function labRunesReading(result: CastResult): LabRunesReading {
  const scene = result.scene;
  if (scene === null || scene.kind !== 'lab-runes') return { kind: 'refused' };
  const runes = scene as LabRunesSceneData;
  const ending = runes.interrupted || result.interrupted ? 'stopped' : runes.error !== null ? 'error' : 'ran';
  return { kind: 'read', scene: runes, ending };
}

/** The sentence under the picker: how the run ended, when it did not end well. */
export function labRunesEnding(reading: LabRunesReading): RunesWords | null {
  if (reading.kind === 'refused') return { key: 'lab.runes.could-not-run' };
  if (reading.ending === 'error') return { key: 'lab.runes.stopped-error' };
  if (reading.ending === 'stopped') return { key: 'lab.runes.stopped-time' };
  return null;
}

export function runeText(opname: string, argument: string): string {
  return argument === '' ? opname : `${opname} ${argument}`;
}

/** A folded constant's note: a minus joined to a number (-5) has its own sentence. */
function foldedNote(source: string): RunesWords {
  const sign = /^-\s*\d[\d_]*(\.\d*)?([eE][-+]?\d+)?$/.test(source);
  return { key: sign ? 'lab.runes.folded-sign' : 'lab.runes.folded', params: { source } };
}

export function labRuneRows(fn: LabRunesFunction): LabRuneRow[] {
  return fn.runes.map((rune, index) => {
    const change = rune.now === null ? 'same' : rune.opname === 'RESUME' ? 'first-run' : 'sped-up';
    return {
      index,
      line: rune.line,
      before: runeText(rune.opname, rune.argument),
      after: runeText(rune.now ?? rune.opname, rune.argument),
      change,
      badge:
        rune.now === null
          ? null
          : { key: change === 'first-run' ? 'lab.runes.first-run' : 'lab.runes.sped-up', params: { rune: rune.now } },
      folded: rune.folded === null ? null : foldedNote(rune.folded),
    };
  });
}

/** The picker's text of a function: its name and line, and whether it never ran or sped up. */
export function labRunesOption(fn: LabRunesFunction): RunesWords {
  if (fn.program) return { key: 'lab.runes.option-program' };
  const params = { name: fn.name, line: fn.line };
  if (!fn.ran) return { key: 'lab.runes.option-never-ran', params };
  if (fn.specialised > 0) return { key: 'lab.runes.option-sped', params: { ...params, count: fn.specialised } };
  return { key: 'lab.runes.option-function', params };
}

export function labRunesHeading(fn: LabRunesFunction): RunesWords {
  return fn.program
    ? { key: 'lab.runes.heading-program' }
    : { key: 'lab.runes.heading-function', params: { name: fn.name, line: fn.line } };
}

/** What happened to the function's runes in the run, in one sentence. */
export function labRunesSummary(fn: LabRunesFunction): RunesWords {
  if (!fn.ran) return { key: 'lab.runes.summary-never-ran' };
  if (fn.specialised === 0) return { key: 'lab.runes.summary-cold' };
  return { key: 'lab.runes.summary-sped', params: { count: fn.specialised } };
}

/** Where a key takes the focus among `count` rows (null: not a key of the list). */
export function nextRowIndex(current: number, key: string, count: number): number | null {
  if (count === 0) return null;
  const last = count - 1;
  switch (key) {
    case 'ArrowDown':
      return Math.min(last, current + 1);
    case 'ArrowUp':
      return Math.max(0, current - 1);
    case 'PageDown':
      return Math.min(last, current + 10);
    case 'PageUp':
      return Math.max(0, current - 10);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}

/** The function to show: the one chosen before if it is still there (by name and line), else the first that sped up, else the program. */
export function chosenFunction(scene: LabRunesSceneData, before: { name: string; line: number } | null): number {
  if (before !== null) {
    const again = scene.functions.findIndex((fn) => fn.name === before.name && fn.line === before.line);
    if (again >= 0) return again;
  }
  const warmed = scene.functions.findIndex((fn) => !fn.program && fn.specialised > 0);
  return warmed >= 0 ? warmed : 0;
}
