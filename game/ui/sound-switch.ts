import type { Translator } from '../messages/translator.js';
import { iconImage } from '../art/icons.js';
import { el, replaceChildren } from './dom.js';

/** The sound on/off switch in the top bar (role=switch, so its state is announced). */
export class SoundSwitch {
  readonly element: HTMLButtonElement;
  #on = true;
  readonly #words: () => Translator;

  /** `words` is read at every redraw (`set`), so a language switch is one `set` away. */
  constructor(words: () => Translator, muted: boolean, onChange: (muted: boolean) => void) {
    this.#words = words;
    this.element = el('button', {
      className: 'button button-small sound-switch',
      attrs: { type: 'button', role: 'switch', 'aria-checked': 'true' },
      on: { click: () => onChange(this.#on) },
    });
    this.set(muted);
  }

  set(muted: boolean): void {
    this.#on = !muted;
    this.element.setAttribute('aria-checked', String(this.#on));
    replaceChildren(this.element, [
      iconImage(this.#on ? 'speaker-high-volume' : 'muted-speaker', 24),
      el('span', { text: this.#words().t('settings.sound') }),
    ]);
  }
}
