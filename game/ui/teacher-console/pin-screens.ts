import { iconImage } from '../../art/icons.js';
import type { Translator } from '../../messages/translator.js';
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
  /** The PIN fields, in order (what is typed in them is carried over when the screen is drawn again in other words). */
  readonly fields: readonly HTMLInputElement[];
  showFeedback(feedback: PinFeedback | null): void;
  setBusy(busy: boolean): void;
}

function backButton(words: Translator, onBack: () => void, key = 'teacher.back-to-title'): HTMLButtonElement {
  return el('button', { className: 'button button-small', attrs: { type: 'button' }, on: { click: onBack } }, [
    iconImage('castle', 24),
    el('span', { text: words.say(key) }),
  ]);
}

export function createSetPinScreen(words: Translator, handlers: { onSet(pin: string, repeated: string): void; onBack(): void }): PinScreen {
  const pin = createPinForm(words, {
    className: 'panel teacher-pin-form',
    fieldClassName: 'teacher-pin-input',
    fields: [
      { idPrefix: 'new-pin', label: words.t('teacher.new-pin') },
      { idPrefix: 'repeat-pin', label: words.t('teacher.repeat-pin') },
    ],
    feedback: { idPrefix: 'pin-error', live: 'polite' },
    before: [el('h1', { text: words.t('teacher.set-pin-heading') }), el('p', { text: words.t('teacher.set-pin-intro') })],
    submitLabel: words.t('teacher.set-pin'),
    actions: { className: 'teacher-actions', more: [backButton(words, handlers.onBack)] },
    onSubmit: ([first, repeated]) => handlers.onSet(first ?? '', repeated ?? ''),
  });
  const first = pin.fields[0]!;
  const element = el('section', { className: 'screen teacher-screen' }, [pin.form]);
  return {
    element,
    fields: pin.fields,
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

export function createEnterPinScreen(words: Translator, handlers: { onTry(pin: string): void; onBack(): void }): PinScreen {
  const pin = createPinForm(words, {
    className: 'panel teacher-pin-form',
    fieldClassName: 'teacher-pin-input',
    fields: [{ idPrefix: 'pin', label: words.t('teacher.enter-pin') }],
    feedback: { idPrefix: 'pin-error', live: 'assertive', testId: 'pin-feedback' },
    before: [el('h1', { text: words.t('teacher.enter-pin-heading') })],
    submitLabel: words.t('teacher.unlock'),
    actions: { className: 'teacher-actions', more: [backButton(words, handlers.onBack)] },
    after: [el('p', { className: 'muted teacher-forgot', text: words.t('teacher.forgot-pin') })],
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
    fields: pin.fields,
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
      if (busy) error.textContent = words.t('teacher.checking');
    },
  };
}
