import type { LevelDefinition } from '../../contracts/level-schema.js';
import type { LevelProgress } from './save-data.js';

/**
 * One visit to a level: which hints are showing and how long the kid has been here.
 * Hints the kid already asked for on an earlier visit stay revealed.
 */
export class LevelSession {
  #shownHints: number;
  #lastTake: number;

  constructor(
    readonly level: LevelDefinition,
    progress: LevelProgress,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.#shownHints = Math.min(progress.hintsUsed, level.hintCount);
    this.#lastTake = now();
  }

  get shownHints(): number {
    return this.#shownHints;
  }

  get hintsLeft(): number {
    return this.level.hintCount - this.#shownHints;
  }

  /** Shows the next hint: its index, or null when every hint is already showing. */
  revealHint(): number | null {
    if (this.#shownHints >= this.level.hintCount) return null;
    this.#shownHints += 1;
    return this.#shownHints - 1;
  }

  /** Seconds since the last call (or the start), for recording time spent. */
  takeSeconds(): number {
    const current = this.now();
    const seconds = (current - this.#lastTake) / 1000;
    this.#lastTake = current;
    return seconds;
  }
}
