import type { Translator } from '../../messages/translator.js';
import { MAX_COUNTDOWN_SECONDS, MAX_IDLE_MINUTES, MIN_COUNTDOWN_SECONDS, MIN_IDLE_MINUTES } from '../../model/kiosk-options.js';
import { el, markInvalid, uniqueId } from '../dom.js';
import { resultLine, showResult } from './console-parts.js';
import type { ConsoleHandlers, ConsoleInput } from './console-types.js';

/**
 * The workshop host's kiosk options. Desktop: "start as a kiosk next time"; browser: the address
 * that opens a kiosk (a page cannot restart itself as one). The numbers are checked by the model
 * (teacher-kiosk.ts) when saved; each field says its own problem next to it.
 */
export function kioskSection(words: Translator, input: ConsoleInput, handlers: ConsoleHandlers): HTMLElement {
  // what was typed before a language switch drew the console again, else what is stored
  const typed = input.draft?.kiosk;
  const headingId = uniqueId('kiosk-heading');
  const resultId = uniqueId('kiosk-result');
  const result = resultLine('kiosk-result', resultId);
  const numberField = (labelKey: string, value: number | string, min: number, max: number, focusKey: string) => {
    const id = uniqueId(focusKey);
    const errorId = uniqueId(`${focusKey}-error`);
    const field = el('input', {
      className: 'text-input teacher-number',
      attrs: {
        id,
        type: 'number',
        inputmode: 'numeric',
        min,
        max,
        step: 1,
        value,
        required: true,
        'aria-describedby': errorId,
        'data-focus-key': focusKey,
      },
    });
    const error = el('p', { className: 'field-error', attrs: { id: errorId } });
    return {
      field,
      error,
      nodes: [el('label', { className: 'field-label', text: words.say(labelKey), attrs: { for: id } }), field, error],
    };
  };
  const idle = numberField(
    'teacher.kiosk-idle-label',
    typed?.idleMinutes ?? input.kiosk.idleMinutes,
    MIN_IDLE_MINUTES,
    MAX_IDLE_MINUTES,
    'kiosk-idle',
  );
  const countdown = numberField(
    'teacher.kiosk-countdown-label',
    typed?.countdownSeconds ?? input.kiosk.countdownSeconds,
    MIN_COUNTDOWN_SECONDS,
    MAX_COUNTDOWN_SECONDS,
    'kiosk-countdown',
  );
  let startInKiosk: HTMLInputElement | null = null;
  const where: HTMLElement[] = [];
  if (input.place.desktop) {
    const id = uniqueId('kiosk-start');
    const hintId = uniqueId('kiosk-start-hint');
    startInKiosk = el('input', {
      attrs: {
        id,
        type: 'checkbox',
        checked: typed?.startInKiosk ?? input.kiosk.startInKiosk,
        'aria-describedby': hintId,
        'data-focus-key': 'kiosk-start',
      },
    });
    where.push(
      el('div', { className: 'teacher-check' }, [
        startInKiosk,
        el('label', { text: words.t('teacher.kiosk-start-next-time'), attrs: { for: id } }),
      ]),
      el('p', { className: 'muted teacher-hint', text: words.t('teacher.kiosk-start-hint'), attrs: { id: hintId } }),
    );
  } else {
    const id = uniqueId('kiosk-address');
    const explainId = uniqueId('kiosk-browser');
    const address = el('input', {
      className: 'text-input teacher-address',
      attrs: { id, type: 'text', readonly: true, value: input.place.kioskAddress, 'aria-describedby': explainId, spellcheck: false },
      // the whole address is selected at once, ready to copy
      on: { focus: () => address.select() },
    });
    where.push(
      el('p', { text: words.t('teacher.kiosk-browser'), attrs: { id: explainId } }),
      el('label', { className: 'field-label', text: words.t('teacher.kiosk-browser-address'), attrs: { for: id } }),
      address,
    );
  }
  // the Lab's door is hidden only in a kiosk: the choice means the same in the app and a browser
  const hideLabId = uniqueId('kiosk-hide-lab');
  const hideLabHintId = uniqueId('kiosk-hide-lab-hint');
  const hideLab = el('input', {
    attrs: {
      id: hideLabId,
      type: 'checkbox',
      checked: typed?.hideLab ?? input.kiosk.hideLab,
      'aria-describedby': hideLabHintId,
      'data-focus-key': 'kiosk-hide-lab',
    },
  });
  const hideLabNodes = [
    el('div', { className: 'teacher-check' }, [
      hideLab,
      el('label', { text: words.t('teacher.kiosk-hide-lab'), attrs: { for: hideLabId } }),
    ]),
    el('p', { className: 'muted teacher-hint', text: words.t('teacher.kiosk-hide-lab-hint'), attrs: { id: hideLabHintId } }),
  ];
  const fields = { idleMinutes: idle, countdownSeconds: countdown } as const;
  const form = el(
    'form',
    {
      className: 'teacher-kiosk-form',
      attrs: { novalidate: true },
      on: {
        submit: (event) => {
          event.preventDefault();
          const answer = handlers.onKioskOptions({
            // the browser has no "next time": the stored choice is kept as it is
            startInKiosk: startInKiosk ? startInKiosk.checked : input.kiosk.startInKiosk,
            idleMinutes: idle.field.value,
            countdownSeconds: countdown.field.value,
            hideLab: hideLab.checked,
          });
          let firstWrong: HTMLInputElement | null = null;
          for (const [name, { field, error }] of Object.entries(fields)) {
            const problem = answer.saved ? undefined : answer.problems[name as keyof typeof fields];
            error.textContent = problem ?? '';
            markInvalid(field, problem !== undefined);
            if (problem !== undefined && firstWrong === null) firstWrong = field;
          }
          showResult(result, { text: answer.text, ok: answer.saved });
          firstWrong?.focus();
        },
      },
    },
    [
      ...where,
      ...idle.nodes,
      ...countdown.nodes,
      ...hideLabNodes,
      el('div', { className: 'teacher-actions' }, [
        el('button', {
          className: 'button button-small button-primary',
          text: words.t('teacher.kiosk-save'),
          attrs: { type: 'submit', 'data-focus-key': 'kiosk-save', 'aria-describedby': resultId },
        }),
      ]),
      result,
    ],
  );
  return el('section', { className: 'panel teacher-section', attrs: { 'aria-labelledby': headingId } }, [
    el('h2', { text: words.t('teacher.kiosk-heading'), attrs: { id: headingId } }),
    el('p', { className: 'muted', text: words.t('teacher.kiosk-intro') }),
    form,
  ]);
}
