import type { Translator } from '../messages/translator.js';
import { iconImage } from '../art/icons.js';
import { el } from './dom.js';

/**
 * The small "royal wizard is waking up" indicator in the top bar: Python's start-up progress
 * while it loads in the background, then a short "awake" line. Polite live updates only at the
 * milestones (not every percent), so screen readers are not flooded.
 */
export type PythonState = { kind: 'waking'; fraction: number } | { kind: 'ready' } | { kind: 'failed'; detail: string };

export class PythonStatus {
  readonly element: HTMLElement;
  readonly #bar: HTMLElement;
  readonly #fill: HTMLElement;
  readonly #text: HTMLElement;
  readonly #words: () => Translator;
  #state: PythonState = { kind: 'waking', fraction: 0 };

  /** `words` is read at every change: after a language switch, `refresh()` says it again. */
  constructor(words: () => Translator) {
    this.#words = words;
    const label = words().t('python.label');
    this.#fill = el('div', { className: 'progress-fill' });
    this.#bar = el(
      'div',
      {
        className: 'progress progress-small',
        attrs: {
          role: 'progressbar',
          'aria-valuemin': 0,
          'aria-valuemax': 100,
          'aria-valuenow': 0,
          'aria-label': label,
        },
      },
      [this.#fill],
    );
    this.#text = el('span', { className: 'python-status-text' });
    this.element = el('div', { className: 'python-status', attrs: { 'data-state': 'waking' } }, [
      iconImage('person-mage', 28),
      el('div', { className: 'python-status-body' }, [this.#text, this.#bar]),
    ]);
    this.set({ kind: 'waking', fraction: 0 });
  }

  /** Says the same state again in the language spoken now. */
  refresh(): void {
    this.#bar.setAttribute('aria-label', this.#words().t('python.label'));
    this.set(this.#state);
  }

  set(state: PythonState): void {
    this.#state = state;
    const words = this.#words();
    this.element.dataset['state'] = state.kind;
    if (state.kind === 'waking') {
      const percent = Math.round(Math.max(0, Math.min(1, state.fraction)) * 100);
      this.#text.textContent = words.t('python.waking', { percent });
      this.#bar.hidden = false;
      this.#bar.setAttribute('aria-valuenow', String(percent));
      this.#fill.style.width = `${percent}%`;
    } else {
      this.#bar.hidden = true;
      this.#text.textContent = words.t(state.kind === 'ready' ? 'python.ready' : 'python.failed');
      // the technical reason is for a teacher or a bug report, not for the top bar
      if (state.kind === 'failed') this.element.title = words.t('python.failed-detail', { detail: state.detail });
    }
  }
}
