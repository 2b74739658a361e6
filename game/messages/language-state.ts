import type { LanguageId } from '../model/language-choice.js';
import { translatorFor, type Translator } from './translator.js';

/**
 * The language the game speaks right now, and who wants to know when it changes: screens and
 * scenes draw themselves again in the new words (a live switch: nothing the kid typed is lost).
 */
export class LanguageState {
  #words: Translator;
  #listeners = new Set<(words: Translator) => void>();

  constructor(language: LanguageId) {
    this.#words = translatorFor(language);
  }

  get words(): Translator {
    return this.#words;
  }

  get language(): LanguageId {
    return this.#words.language;
  }

  set(language: LanguageId): void {
    if (language === this.#words.language) return;
    this.#words = translatorFor(language);
    for (const listener of [...this.#listeners]) listener(this.#words);
  }

  /** Calls `listener` on every change (not now); returns the unsubscribe function. */
  onChange(listener: (words: Translator) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
