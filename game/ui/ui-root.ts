import type { Translator } from '../messages/translator.js';
import { el, replaceChildren } from './dom.js';
import { installTabLoop } from './tab-loop.js';

/**
 * The accessible layer over the canvas: one <main> whose content is the current screen, a top
 * bar that stays, a notice banner and a polite live region. Scenes mount screens here; the
 * canvas underneath is decoration only (aria-hidden).
 */
export interface ScreenView {
  /** The screen's root element (placed inside <main>). */
  element: HTMLElement;
  /** Where focus goes when the screen appears (its heading or its main control). */
  initialFocus?: HTMLElement;
  /** Called when the screen is taken down (free editors, listeners ...). */
  destroy?: () => void;
}

/** An open modal dialog (see UiRoot.openModal). */
export interface ModalHandle {
  readonly overlay: HTMLElement;
  /**
   * Takes the dialog down and gives focus back to where it was. With `fadeMs` the overlay stays
   * (see-through, still catching clicks) that long first: a tap that closed it must not also
   * press whatever button lies under it.
   */
  close(fadeMs?: number): void;
  readonly closed: boolean;
}

export class UiRoot {
  readonly topBar: HTMLElement;
  readonly topBarStart: HTMLElement;
  readonly topBarEnd: HTMLElement;
  readonly main: HTMLElement;
  readonly #notice: HTMLElement;
  readonly #announcer: HTMLElement;
  #current: ScreenView | null = null;
  readonly #host: HTMLElement;
  #modals: ModalHandle[] = [];
  /** Screens mounted since the notice appeared: it stays for the screen it appeared on and the next. */
  #noticeAge = 0;
  readonly #words: () => Translator;

  /** `words` gives the language spoken now (read when a notice is shown). */
  constructor(host: HTMLElement, words: () => Translator) {
    this.#host = host;
    this.#words = words;
    this.topBarStart = el('div', { className: 'top-bar-start' });
    this.topBarEnd = el('div', { className: 'top-bar-end' });
    this.topBar = el('header', { className: 'top-bar' }, [this.topBarStart, this.topBarEnd]);
    this.#notice = el('div', { className: 'notice', attrs: { role: 'status', hidden: true } });
    this.main = el('main', { className: 'screen-host', attrs: { id: 'screen' } });
    this.#announcer = el('div', { className: 'visually-hidden', attrs: { 'aria-live': 'polite', 'aria-atomic': 'true', id: 'announcer' } });
    replaceChildren(host, [this.topBar, this.#notice, this.main, this.#announcer]);
    installTabLoop(host.ownerDocument, () => this.#modals.at(-1)?.overlay ?? this.#host);
  }

  /** Replaces the current screen and moves focus into the new one. */
  mount(view: ScreenView): void {
    this.#current?.destroy?.();
    this.#current = view;
    this.#noticeAge += 1;
    if (!this.#notice.hidden && this.#noticeAge > 2) this.hideNotice();
    replaceChildren(this.main, [view.element]);
    // a new screen starts at its top, whatever the last one was scrolled to
    this.main.scrollTop = 0;
    const target = view.initialFocus ?? view.element.querySelector<HTMLElement>('h1');
    if (target) {
      if (!target.hasAttribute('tabindex') && !isFocusable(target)) target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
    }
  }

  unmount(view: ScreenView): void {
    if (this.#current !== view) return;
    view.destroy?.();
    this.#current = null;
    this.main.replaceChildren();
  }

  /**
   * Shows `dialog` (an element with role="dialog") over everything, with the rest of the overlay
   * made inert (no focus, no clicks, hidden from screen readers) until it closes; focus moves to
   * `initialFocus`. Used by the kiosk's "Still there?" and its PIN prompt.
   */
  openModal(dialog: HTMLElement, initialFocus: HTMLElement, className = ''): ModalHandle {
    const returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const overlay = el('div', { className: `modal-overlay ${className}`.trim() }, [dialog]);
    let closed = false;
    const handle: ModalHandle = {
      overlay,
      get closed() {
        return closed;
      },
      close: (fadeMs = 0) => {
        if (closed) return;
        closed = true;
        const takeDown = () => {
          overlay.remove();
          this.#modals = this.#modals.filter((m) => m !== handle);
          this.#setInert(this.#modals.length > 0);
          // focus goes back only if nothing else took it meanwhile (a new screen, another dialog)
          const top = this.#modals.at(-1);
          if (top) top.overlay.querySelector<HTMLElement>('[data-modal-focus]')?.focus();
          else if (
            returnFocus?.isConnected &&
            (document.activeElement === document.body || document.activeElement === null || overlay.contains(document.activeElement))
          ) {
            returnFocus.focus({ preventScroll: true });
          }
        };
        if (fadeMs > 0) {
          overlay.classList.add('is-closing');
          window.setTimeout(takeDown, fadeMs);
        } else takeDown();
      },
    };
    initialFocus.setAttribute('data-modal-focus', '');
    this.#modals.push(handle);
    this.#host.append(overlay);
    this.#setInert(true);
    initialFocus.focus({ preventScroll: true });
    return handle;
  }

  #setInert(inert: boolean): void {
    for (const part of [this.topBar, this.#notice, this.main]) part.inert = inert;
  }

  /** Says something to screen-reader users without moving focus. */
  announce(text: string): void {
    // clearing first makes a repeated sentence be read again
    this.#announcer.textContent = '';
    window.setTimeout(() => {
      this.#announcer.textContent = text;
    }, 30);
  }

  /**
   * A message from the school (save recovered, save failed ...), until the kid dismisses it or
   * has moved on two screens (so it never sits over a lesson).
   */
  showNotice(text: string): void {
    const dismiss = el('button', {
      className: 'button button-small',
      text: this.#words().t('a11y.dismiss'),
      on: { click: () => this.hideNotice() },
    });
    replaceChildren(this.#notice, [el('p', { text }), dismiss]);
    this.#notice.hidden = false;
    this.#noticeAge = 0;
  }

  hideNotice(): void {
    this.#notice.hidden = true;
    this.#notice.replaceChildren();
  }
}

function isFocusable(element: HTMLElement): boolean {
  return element.matches('a[href], button, input, select, textarea, [tabindex]');
}
