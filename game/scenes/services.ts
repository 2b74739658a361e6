import type { LevelDefinition } from '../../contracts/level-schema.js';
import type { SpellRuntime } from '../../python-runtime/spell-runtime.js';
import type { SoundBoard } from '../audio/sound-board.js';
import type { LanguageState } from '../messages/language-state.js';
import type { Translator } from '../messages/translator.js';
import type { ClassFolderSync } from '../model/class-folder-sync.js';
import type { GameStore } from '../model/game-store.js';
import type { SaveData } from '../model/save-data.js';
import type { DebugState } from '../ui/debug-hook.js';
import type { PythonState } from '../ui/python-status.js';
import type { UiRoot } from '../ui/ui-root.js';
import type { RenderPacer } from './render-pacer.js';

/**
 * What every scene is given (by constructor, see start-game.ts): the save store, Python, the
 * levels, the accessible overlay, the sound board and the words. Scenes hold no other global state.
 */
export interface GameServices {
  store: GameStore;
  runtime: SpellRuntime;
  levels: readonly LevelDefinition[];
  ui: UiRoot;
  sound: SoundBoard;
  python: PythonTracker;
  debug: DebugState;
  /** Lets the canvas stop drawing while nothing moves (see render-pacer.ts). */
  pacer: RenderPacer;
  /** The kid's system asks for less motion now (read live): animations run fast and small. */
  readonly reducedMotion: boolean;
  /** The language spoken now, and its switch (the kid may change it while a lesson is open). */
  language: LanguageState;
  /** The words in the language spoken now (read live: `language.words`). */
  readonly words: Translator;
  /** The desktop app's class folder (`available` false in the browser build and in a kiosk). */
  classFolder: ClassFolderSync;
}

/** Python's start-up state, for the indicator and for the Cast buttons. */
export class PythonTracker {
  #state: PythonState = { kind: 'waking', fraction: 0 };
  #listeners = new Set<(state: PythonState) => void>();

  get state(): PythonState {
    return this.#state;
  }

  set(state: PythonState): void {
    this.#state = state;
    for (const listener of this.#listeners) listener(state);
  }

  /** Calls `listener` now and on every change; returns the unsubscribe function. */
  watch(listener: (state: PythonState) => void): () => void {
    this.#listeners.add(listener);
    listener(this.#state);
    return () => this.#listeners.delete(listener);
  }
}

/** The save with sound muted or not (the one setting there is). */
export function withMuted(save: SaveData, muted: boolean): SaveData {
  return { ...save, settings: { ...save.settings, muted } };
}
