import type { CastOptions, CastResult } from '../../../contracts/cast-protocol.js';
import type { Translator } from '../../messages/translator.js';

/**
 * The Memory Lab's views beyond the memory picture, each a tab beside it (lab-screen.ts) and a
 * module of its own: the runes of each function, the wizard reading rune by rune, the knights.
 * The Lab scene makes them from LAB_PANELS with one context, so a panel never reaches the
 * runtime, the editor or the profile except through it.
 */
export type LabRunState = 'ready' | 'running' | 'waiting' | 'failed';

export interface LabPanelContext {
  words: Translator;
  /**
   * The program through one of the Lab's checkers (`lab/<name>`), in the spell sandbox with a
   * spell's limits, queued after any other run. Never throws: a runtime that failed comes back
   * as a result with an error, as a cast would say it. While it runs the Lab's Run button waits.
   */
  cast(level: string, source: string, options?: CastOptions): Promise<CastResult>;
  /** Light a line of the program in the editor (null: none), as the memory steps do. */
  markLine(line: number | null): void;
  /** Say something to a screen reader (a result arrived, a step moved). */
  announce(text: string): void;
  /** Keep the game drawing smoothly for a moment (the pacer idles a still screen). */
  keepAwake(ms: number): void;
  /**
   * What the panel wants to find again when the Lab draws itself anew (a language switch, the
   * map and back): its last result, its choices. Outlives the panel; cleared by nothing else.
   */
  kept: Map<string, unknown>;
}

export interface LabPanel {
  /** Its tab's name, in the words of the moment. */
  label: string;
  element: HTMLElement;
  /**
   * Its tab was opened. `program`: the program as it was last run (null before any Run): a
   * panel reads that one, never the editor's unsaved text, so what it shows matches the memory.
   */
  shown(program: string | null): void;
  /** Run was pressed and the program ran again: what the panel showed belongs to the old one. */
  programRan(program: string): void;
  /** Python woke, is busy or failed: for the panel's own buttons (showPythonButtonState). */
  setRunState(state: LabRunState): void;
  destroy(): void;
}

export type LabPanelFactory = (context: LabPanelContext) => LabPanel;
