import { iconImage } from '../art/icons.js';
import { formatMessage } from '../messages/format.js';
import { el, uniqueId } from './dom.js';
import { durationText } from './teacher-screen.js';
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

export function createExitPrompt(desktop: boolean, handlers: { onTry(pin: string): void; onCancel(): void }): ExitPrompt {
  const headingId = uniqueId('kiosk-exit-heading');
  const inputId = uniqueId('kiosk-exit-pin');
  const feedbackId = uniqueId('kiosk-exit-feedback');
  const input = el('input', {
    className: 'text-input kiosk-pin-input',
    attrs: { id: inputId, type: 'password', inputmode: 'numeric', autocomplete: 'off', maxlength: 8, 'aria-describedby': feedbackId },
  });
  const feedback = el('p', { className: 'field-error', attrs: { id: feedbackId, 'aria-live': 'assertive', 'data-testid': 'kiosk-pin-feedback' } });
  const submit = el('button', { className: 'button button-primary', attrs: { type: 'submit' } }, [
    iconImage('locked', 26),
    el('span', { text: formatMessage(desktop ? 'kiosk.exit-quit' : 'kiosk.exit-console') }),
  ]);
  const cancel = el('button', { className: 'button', attrs: { type: 'button' }, on: { click: () => handlers.onCancel() } }, [
    el('span', { text: formatMessage('kiosk.exit-cancel') }),
  ]);
  let lockTimer: number | null = null;
  const stopLockTimer = () => {
    if (lockTimer !== null) window.clearInterval(lockTimer);
    lockTimer = null;
  };
  const form = el(
    'form',
    {
      className: 'kiosk-exit-form',
      attrs: { novalidate: true },
      on: {
        submit: (event) => {
          event.preventDefault();
          if (!submit.disabled) handlers.onTry(input.value);
        },
      },
    },
    [
      el('label', { className: 'field-label', text: formatMessage('kiosk.exit-pin'), attrs: { for: inputId } }),
      input,
      feedback,
      el('div', { className: 'kiosk-actions' }, [submit, cancel]),
    ],
  );
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
      el('h2', { className: 'kiosk-dialog-heading', text: formatMessage('kiosk.exit-heading'), attrs: { id: headingId } }),
      el('p', { text: formatMessage('kiosk.exit-intro') }),
      form,
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
      stopLockTimer();
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
      const tick = () => {
        const left = lockedUntilMs - Date.now();
        if (left <= 0) {
          stopLockTimer();
          feedback.textContent = '';
          setLocked(false);
          input.focus();
          return;
        }
        feedback.textContent = formatMessage('teacher.locked-out', { time: durationText(left) });
      };
      tick();
      // said once; the later seconds are shown, not read out every second
      window.setTimeout(() => feedback.setAttribute('aria-live', 'off'), 1500);
      lockTimer = window.setInterval(tick, 1000);
    },
    setBusy(busy, text) {
      submit.disabled = busy;
      if (busy && text) feedback.textContent = text;
    },
    destroy: stopLockTimer,
  };
}
