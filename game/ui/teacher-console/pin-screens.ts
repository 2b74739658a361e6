import { iconImage } from '../../art/icons.js';
import { formatMessage } from '../../messages/format.js';
import { el, markInvalid } from '../dom.js';
import { createPinForm } from '../pin-form.js';
import type { ScreenView } from '../ui-root.js';
import './teacher-console.css';

/**
 * The teacher console's two PIN screens: choosing the PIN on first use, and typing it. The
 * screens only show and ask; the scene checks PINs with the model and stores every change
 * through the game store.
 */

/** What a PIN form shows under the field after a try (already worded), and whether it can be used. */
export interface PinFeedback {
  text: string;
  /** The console is locked: the field and button are disabled until `unlockAt` (ms since epoch). */
  lockedUntilMs?: number;
}

export interface PinScreen extends ScreenView {
  showFeedback(feedback: PinFeedback | null): void;
  setBusy(busy: boolean): void;
}

function backButton(onBack: () => void, key = 'teacher.back-to-title'): HTMLButtonElement {
  return el('button', { className: 'button button-small', attrs: { type: 'button' }, on: { click: onBack } }, [
    iconImage('castle', 24),
    el('span', { text: formatMessage(key) }),
  ]);
}

export function createSetPinScreen(handlers: { onSet(pin: string, repeated: string): void; onBack(): void }): PinScreen {
  const pin = createPinForm({
    className: 'panel teacher-pin-form',
    fieldClassName: 'teacher-pin-input',
    fields: [
      { idPrefix: 'new-pin', label: formatMessage('teacher.new-pin') },
      { idPrefix: 'repeat-pin', label: formatMessage('teacher.repeat-pin') },
    ],
    feedback: { idPrefix: 'pin-error', live: 'polite' },
    before: [el('h1', { text: formatMessage('teacher.set-pin-heading') }), el('p', { text: formatMessage('teacher.set-pin-intro') })],
    submitLabel: formatMessage('teacher.set-pin'),
    actions: { className: 'teacher-actions', more: [backButton(handlers.onBack)] },
    onSubmit: ([first, repeated]) => handlers.onSet(first ?? '', repeated ?? ''),
  });
  const first = pin.fields[0]!;
  const element = el('section', { className: 'screen teacher-screen' }, [pin.form]);
  return {
    element,
    initialFocus: first,
    showFeedback(feedback) {
      pin.feedback.textContent = feedback?.text ?? '';
      markInvalid(first, feedback !== null);
      if (feedback) {
        pin.clear();
        first.focus();
      }
    },
    setBusy(busy) {
      pin.submit.disabled = busy;
    },
  };
}

export function createEnterPinScreen(handlers: { onTry(pin: string): void; onBack(): void }): PinScreen {
  const pin = createPinForm({
    className: 'panel teacher-pin-form',
    fieldClassName: 'teacher-pin-input',
    fields: [{ idPrefix: 'pin', label: formatMessage('teacher.enter-pin') }],
    feedback: { idPrefix: 'pin-error', live: 'assertive', testId: 'pin-feedback' },
    before: [el('h1', { text: formatMessage('teacher.enter-pin-heading') })],
    submitLabel: formatMessage('teacher.unlock'),
    actions: { className: 'teacher-actions', more: [backButton(handlers.onBack)] },
    after: [el('p', { className: 'muted teacher-forgot', text: formatMessage('teacher.forgot-pin') })],
    onSubmit: ([value]) => handlers.onTry(value ?? ''),
  });
  const { feedback: error, submit } = pin;
  const input = pin.fields[0]!;
  const element = el('section', { className: 'screen teacher-screen' }, [pin.form]);
  const setLocked = (locked: boolean) => {
    input.disabled = locked;
    submit.disabled = locked;
    submit.setAttribute('aria-disabled', locked ? 'true' : 'false');
  };
  return {
    element,
    initialFocus: input,
    destroy() {
      pin.stopCountdown();
    },
    showFeedback(feedback) {
      pin.stopCountdown();
      input.value = '';
      error.setAttribute('aria-live', 'assertive');
      error.textContent = feedback?.text ?? '';
      markInvalid(input, feedback !== null);
      const until = feedback?.lockedUntilMs;
      if (until !== undefined) {
        setLocked(true);
        pin.countDown(until, () => {
          error.setAttribute('aria-live', 'assertive');
          setLocked(false);
          input.focus();
        });
      } else {
        setLocked(false);
        input.focus();
      }
    },
    setBusy(busy) {
      submit.disabled = busy;
      if (busy) error.textContent = formatMessage('teacher.checking');
    },
  };
}
