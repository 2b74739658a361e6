import type { LanguageId } from '../model/language-choice.js';
import { LANGUAGES } from '../messages/languages.js';
import type { Translator } from '../messages/translator.js';
import { iconImage } from '../art/icons.js';
import { el } from './dom.js';

/**
 * The language picker in the top bar, on every screen (the title's and a lesson's alike): a
 * plain `<select>`, so the keyboard and screen readers know it. Each language is listed in its
 * own words ("Español"), so a kid finds theirs whatever the school speaks now.
 */
export class LanguagePicker {
  readonly element: HTMLElement;
  readonly #select: HTMLSelectElement;
  readonly #label: HTMLElement;

  constructor(words: Translator, onPick: (language: LanguageId) => void) {
    this.#select = el(
      'select',
      { className: 'language-select', attrs: { id: 'language-select' } },
      Object.entries(LANGUAGES).map(([id, language]) =>
        el('option', { text: language.name, attrs: { value: id, lang: language.catalogue.locale } }),
      ),
    );
    this.#select.addEventListener('change', () => onPick(this.#select.value as LanguageId));
    this.#label = el('label', { className: 'visually-hidden', attrs: { for: 'language-select' } });
    this.element = el('div', { className: 'language-picker' }, [iconImage('globe-with-meridians', 24), this.#label, this.#select]);
    this.set(words);
  }

  /** Shows the language spoken now, its label in that language. */
  set(words: Translator): void {
    this.#select.value = words.language;
    this.#label.textContent = words.t('settings.language');
  }
}
