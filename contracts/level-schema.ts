/**
 * A level is data plus its Python checker, side by side, sharing one id:
 *   python-runtime/levels/<chapter>/<slug>.ts   (this data)
 *   python-runtime/levels/<chapter>/<slug>.py   (the checker, see harness/pyland.py for its API)
 * Kid-facing words (title, story, goal, hints, checker messages) live in the message
 * catalogue under `levels['<chapter>/<slug>']`, never here.
 */
export const CHAPTERS = ['refcount', 'gc', 'gil', 'bytecode', 'interpreter', 'graduation'] as const;
export type ChapterId = (typeof CHAPTERS)[number];

export type SceneKind = 'tally' | 'runes' | 'ghosts' | 'knights' | 'wizard';

/** A spell of a level's table, and the messages its verdict must give. */
export interface LevelSpell {
  why: string;
  source: string;
  /**
   * The verdict's message keys, in order: a level's own key (`well-done`), or a whole key for an
   * error's explanation (`errors.NameError-deleted`). Checked through the real runtime.
   */
  says?: readonly string[];
  /** Words the kid must read in the verdict (its messages and the error's explanation, as shown). */
  reads?: readonly string[];
}

export interface LevelDefinition {
  /** `<chapter>/<slug>`, stable forever: saves refer to it. */
  id: string;
  chapter: ChapterId;
  /** What the scene draws. */
  scene: SceneKind;
  /** The spell the editor starts with. */
  starter: string;
  /** How many hints the catalogue has for this level (hints are `levels[id].hints[0..n-1]`). */
  hintCount: number;
  /** A spell that passes. */
  reference: string;
  /** Spells that must fail, with why. At least three; one fakes the expected output. */
  wrong: LevelSpell[];
  /** More spells that must pass, each for a reason of its own (another honest way, or words it must get). */
  right?: LevelSpell[];
  /**
   * The kid guesses before the first cast, and the cast shows whether the guess came true: what
   * is measured comes from the result, never from the level (game/model/predictions.ts).
   */
  predict?: PredictionRule;
}

/** What a lesson asks the kid to guess, and which part of the cast's result answers it. */
export type PredictionRule =
  | { measure: 'tally-change'; label: string }
  | { measure: 'spirit-end'; label: string }
  | { measure: 'knights-turns' }
  | { measure: 'lit-rune'; choices: readonly string[] }
  | { measure: 'folded'; value: string }
  | { measure: 'update-lost' };
