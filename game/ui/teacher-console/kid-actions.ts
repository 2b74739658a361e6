import { formatMessage } from '../../messages/format.js';
import type { KidReport } from '../../model/teacher-report.js';
import { el, uniqueId } from '../dom.js';
import { smallButton } from './console-parts.js';
import type { ConsoleHandlers } from './console-types.js';

/**
 * Rename, reset and delete for one kid. Reset and delete ask first, in place (no pop-up window,
 * so it works the same in a kiosk and by keyboard); the answer's buttons take focus.
 */
export function kidActions(kid: KidReport, handlers: ConsoleHandlers): HTMLElement {
  const box = el('div', { className: 'teacher-actions teacher-kid-actions' });
  const showButtons = (focus?: string) => {
    const buttons = [
      smallButton(formatMessage('teacher.rename'), `rename:${kid.profileId}`, showRename),
      smallButton(formatMessage('teacher.reset'), `reset:${kid.profileId}`, () =>
        showConfirm('teacher.reset-confirm', 'teacher.reset-yes', `reset:${kid.profileId}`, () => handlers.onReset(kid.profileId)),
      ),
      smallButton(formatMessage('teacher.delete'), `delete:${kid.profileId}`, () =>
        showConfirm('teacher.delete-confirm', 'teacher.delete-yes', `delete:${kid.profileId}`, () => handlers.onDelete(kid.profileId)),
      ),
    ];
    box.replaceChildren(...buttons);
    if (focus) buttons.find((b) => b.dataset['focusKey'] === focus)?.focus();
  };
  const showConfirm = (questionKey: string, yesKey: string, backTo: string, onYes: () => void) => {
    const yes = smallButton(formatMessage(yesKey, { name: kid.name }), `${backTo}:yes`, onYes, true);
    const question = el('p', {
      className: 'teacher-confirm',
      text: formatMessage(questionKey, { name: kid.name }),
      attrs: { role: 'alert' },
    });
    box.replaceChildren(
      question,
      yes,
      smallButton(formatMessage('teacher.cancel'), `${backTo}:no`, () => showButtons(backTo)),
    );
    yes.focus();
  };
  const showRename = () => {
    const inputId = uniqueId('rename');
    const errorId = uniqueId('rename-error');
    const input = el('input', {
      className: 'text-input teacher-rename-input',
      attrs: { id: inputId, type: 'text', value: kid.name, autocomplete: 'off', 'aria-describedby': errorId },
    });
    const error = el('p', { className: 'field-error', attrs: { id: errorId, 'aria-live': 'polite' } });
    const form = el(
      'form',
      {
        className: 'teacher-rename',
        attrs: { novalidate: true },
        on: {
          submit: (event) => {
            event.preventDefault();
            const problem = handlers.onRename(kid.profileId, input.value);
            if (problem !== null) {
              error.textContent = problem;
              input.setAttribute('aria-invalid', 'true');
              input.focus();
            }
          },
        },
      },
      [
        el('label', { className: 'field-label', text: formatMessage('teacher.rename-label', { name: kid.name }), attrs: { for: inputId } }),
        input,
        error,
        el('div', { className: 'teacher-actions' }, [
          el('button', {
            className: 'button button-small button-primary',
            text: formatMessage('teacher.rename-save'),
            attrs: { type: 'submit' },
          }),
          smallButton(formatMessage('teacher.cancel'), `rename:${kid.profileId}:no`, () => showButtons(`rename:${kid.profileId}`)),
        ]),
      ],
    );
    box.replaceChildren(form);
    input.focus();
    input.select();
  };
  showButtons();
  return box;
}
