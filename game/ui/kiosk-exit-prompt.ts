import type { Translator } from '../messages/translator.js';
import { el, uniqueId } from './dom.js';
import { createPinForm } from './pin-form.js';
import './kiosk.css';

/**
 * The PIN prompt the exit chord (Ctrl/Cmd+Alt+Shift+K) opens in a kiosk. It only asks; the
 * controller checks the PIN with the console's rules (tries counted, lockout) through the store.
 * The desktop app quits with the right PIN; the browser build opens the teacher's console.
 * Escape or Cancel closes it.
 */
export interface ExitPrompt {
  readonly element: HTMLElement;
  readonly input: HTMLInputElement;
  /** Worded feedback under the field; with `lockedUntilMs` the form waits, counting down, until then. */
  showFeedback(text: string | null, lockedUntilMs?: number): void;
  setBusy(busy: boolean, text?: string): void;
  destroy(): void;
}

export function createExitPrompt(
  words: Translator,
  desktop: boolean,
  handlers: { onTry(pin: string): void; onCancel(): void },
): ExitPrompt {
  const headingId = uniqueId('kiosk-exit-heading');
  const cancel = el('button', { className: 'button', attrs: { type: 'button' }, on: { click: () => handlers.onCancel() } }, [
    el('span', { text: words.t('kiosk.exit-cancel') }),
  ]);
  const pin = createPinForm(words, {
    className: 'kiosk-exit-form',
    fieldClassName: 'kiosk-pin-input',
    fields: [{ idPrefix: 'kiosk-exit-pin', label: words.t('kiosk.exit-pin') }],
    feedback: { idPrefix: 'kiosk-exit-feedback', live: 'assertive', testId: 'kiosk-pin-feedback' },
    submitLabel: words.t(desktop ? 'kiosk.exit-quit' : 'kiosk.exit-console'),
    actions: { className: 'kiosk-actions', more: [cancel] },
    onSubmit: ([value]) => handlers.onTry(value ?? ''),
  });
  const { feedback, submit } = pin;
  const input = pin.fields[0]!;
  const element = el(
    'div',
    {
      className: 'panel kiosk-dialog kiosk-exit-dialog',
      attrs: { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': headingId },
      on: {
        keydown: (event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            handlers.onCancel();
          }
        },
      },
    },
    [
      el('h2', { className: 'kiosk-dialog-heading', text: words.t('kiosk.exit-heading'), attrs: { id: headingId } }),
      el('p', { text: words.t('kiosk.exit-intro') }),
      pin.form,
    ],
  );
  const setLocked = (locked: boolean) => {
    input.disabled = locked;
    submit.disabled = locked;
  };
  return {
    element,
    input,
    showFeedback(text, lockedUntilMs) {
      pin.stopCountdown();
      input.value = '';
      feedback.setAttribute('aria-live', 'assertive');
      input.toggleAttribute('aria-invalid', text !== null || lockedUntilMs !== undefined);
      if (lockedUntilMs === undefined) {
        feedback.textContent = text ?? '';
        setLocked(false);
        input.focus();
        return;
      }
      setLocked(true);
      // Cancel keeps focus while the field waits, so Escape and Tab still work
      cancel.focus();
      pin.countDown(lockedUntilMs, () => {
        setLocked(false);
        input.focus();
      });
    },
    setBusy(busy, text) {
      submit.disabled = busy;
      if (busy && text) feedback.textContent = text;
    },
    destroy: pin.stopCountdown,
  };
}
