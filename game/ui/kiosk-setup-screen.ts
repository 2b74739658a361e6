import { iconImage } from '../art/icons.js';
import { formatMessage } from '../messages/format.js';
import { el, uniqueId } from './dom.js';
import type { ScreenView } from './ui-root.js';
import './kiosk.css';

/**
 * Before a kiosk's first title: the host chooses the teacher PIN (4 to 8 digits, twice), so a kid
 * can never leave an unguarded kiosk. There is no way back from here: the kiosk starts once the
 * PIN is saved. The rules (validateNewPin) and the hashing are the console's; the scene applies them.
 */
export interface KioskSetupScreen extends ScreenView {
  showProblem(text: string): void;
  setBusy(busy: boolean): void;
}

export function createKioskSetupScreen(onSet: (pin: string, repeated: string) => void): KioskSetupScreen {
  const firstId = uniqueId('kiosk-new-pin');
  const secondId = uniqueId('kiosk-repeat-pin');
  const problemId = uniqueId('kiosk-pin-problem');
  const pinField = (id: string) =>
    el('input', {
      className: 'text-input kiosk-pin-input',
      attrs: { id, type: 'password', inputmode: 'numeric', autocomplete: 'off', maxlength: 8, 'aria-describedby': problemId },
    });
  const first = pinField(firstId);
  const second = pinField(secondId);
  const problem = el('p', { className: 'field-error', attrs: { id: problemId, 'aria-live': 'polite' } });
  const submit = el('button', { className: 'button button-primary', attrs: { type: 'submit' } }, [
    iconImage('locked', 26),
    el('span', { text: formatMessage('kiosk.setup-submit') }),
  ]);
  const form = el(
    'form',
    {
      className: 'panel kiosk-setup-form',
      attrs: { novalidate: true },
      on: {
        submit: (event) => {
          event.preventDefault();
          if (!submit.disabled) onSet(first.value, second.value);
        },
      },
    },
    [
      el('h1', { text: formatMessage('kiosk.setup-heading') }),
      el('p', { text: formatMessage('kiosk.setup-intro') }),
      el('label', { className: 'field-label', text: formatMessage('kiosk.setup-pin'), attrs: { for: firstId } }),
      first,
      el('label', { className: 'field-label', text: formatMessage('kiosk.setup-repeat'), attrs: { for: secondId } }),
      second,
      problem,
      el('div', { className: 'kiosk-actions' }, [submit]),
    ],
  );
  return {
    element: el('section', { className: 'screen kiosk-setup-screen' }, [form]),
    initialFocus: first,
    showProblem(text) {
      problem.textContent = text;
      first.setAttribute('aria-invalid', 'true');
      first.value = '';
      second.value = '';
      first.focus();
    },
    setBusy(busy) {
      submit.disabled = busy;
      if (busy) problem.textContent = formatMessage('kiosk.setup-saving');
    },
  };
}
