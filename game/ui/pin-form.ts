import { iconImage } from '../art/icons.js';
import type { Translator } from '../messages/translator.js';
import { el, uniqueId } from './dom.js';

/**
 * The one PIN form behind the four places that ask for the teacher PIN: choosing it in the
 * console and before a kiosk's first title (two fields: the PIN and the same again), typing it
 * to open the console and in the kiosk's exit prompt (one field, with the lockout's countdown).
 * The form only shows and asks; the PIN rules and the tries are the model's (teacher-pin.ts).
 * Each screen keeps its own words, classes and what it does after a try.
 */
export interface PinFormOptions {
  /** The form's classes ('panel teacher-pin-form', 'kiosk-exit-form' ...). */
  className: string;
  /** The fields' class besides text-input ('teacher-pin-input', 'kiosk-pin-input'). */
  fieldClassName: string;
  /** One field, or the new PIN and the same again: each with its id prefix and label words. */
  fields: readonly { idPrefix: string; label: string }[];
  /** The line under the fields that says what went wrong (every field is described by it). */
  feedback: { idPrefix: string; live: 'polite' | 'assertive'; testId?: string };
  /** What comes before the fields: a heading, an introduction. */
  before?: readonly HTMLElement[];
  submitLabel: string;
  /** The row of buttons: its class, and the buttons after the submit button. */
  actions: { className: string; more?: readonly HTMLElement[] };
  /** What comes after the buttons. */
  after?: readonly HTMLElement[];
  /** The fields' values, in order; never called while the submit button is disabled. */
  onSubmit(values: string[]): void;
}

export interface PinForm {
  readonly form: HTMLFormElement;
  readonly fields: readonly HTMLInputElement[];
  readonly feedback: HTMLParagraphElement;
  readonly submit: HTMLButtonElement;
  /** Empties every field (a PIN is never left typed after a try). */
  clear(): void;
  /**
   * The lockout: counts down under the fields until `untilMs` (ms since epoch), said once and
   * then only shown, and calls `onOver` once the PIN can be tried again.
   */
  countDown(untilMs: number, onOver: () => void): void;
  stopCountdown(): void;
}

export function createPinForm(words: Translator, options: PinFormOptions): PinForm {
  const ids = options.fields.map((field) => uniqueId(field.idPrefix));
  const feedbackId = uniqueId(options.feedback.idPrefix);
  // type=password hides the PIN from kids looking over the teacher's shoulder
  const fields = ids.map((id) =>
    el('input', {
      className: `text-input ${options.fieldClassName}`,
      attrs: { id, type: 'password', inputmode: 'numeric', autocomplete: 'off', maxlength: 8, 'aria-describedby': feedbackId },
    }),
  );
  const feedback = el('p', {
    className: 'field-error',
    attrs: {
      id: feedbackId,
      'aria-live': options.feedback.live,
      ...(options.feedback.testId ? { 'data-testid': options.feedback.testId } : {}),
    },
  });
  const submit = el('button', { className: 'button button-primary', attrs: { type: 'submit' } }, [
    iconImage('locked', 26),
    el('span', { text: options.submitLabel }),
  ]);
  const form = el(
    'form',
    {
      className: options.className,
      attrs: { novalidate: true },
      on: {
        submit: (event) => {
          event.preventDefault();
          if (!submit.disabled) options.onSubmit(fields.map((field) => field.value));
        },
      },
    },
    [
      ...(options.before ?? []),
      ...options.fields.flatMap((field, index) => [
        el('label', { className: 'field-label', text: field.label, attrs: { for: ids[index]! } }),
        fields[index]!,
      ]),
      feedback,
      el('div', { className: options.actions.className }, [submit, ...(options.actions.more ?? [])]),
      ...(options.after ?? []),
    ],
  );
  let lockTimer: number | null = null;
  const stopCountdown = () => {
    if (lockTimer !== null) window.clearInterval(lockTimer);
    lockTimer = null;
  };
  return {
    form,
    fields,
    feedback,
    submit,
    clear() {
      for (const field of fields) field.value = '';
    },
    countDown(untilMs, onOver) {
      stopCountdown();
      // the countdown is refreshed once a second; the PIN check itself is the model's
      const tick = () => {
        const left = untilMs - Date.now();
        if (left <= 0) {
          stopCountdown();
          feedback.textContent = '';
          onOver();
          return;
        }
        feedback.textContent = words.t('teacher.locked-out', { time: durationText(words, left) });
      };
      tick();
      // said once; the countdown's later seconds are shown, not read out every second
      window.setTimeout(() => feedback.setAttribute('aria-live', 'off'), 1500);
      lockTimer = window.setInterval(tick, 1000);
    },
    stopCountdown,
  };
}

/** "30 seconds", "2 minutes": how long a lockout still lasts. */
export function durationText(words: Translator, ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  // a minute or more reads in minutes, so a lockout that doubles (30 seconds, 1 minute, 2 minutes) reads so
  if (seconds < 60) return words.t('teacher.time-seconds', { seconds });
  return words.t('teacher.time-minutes', { minutes: Math.ceil(seconds / 60) });
}
