import type { Translator } from '../../messages/translator.js';
import type { KidReport } from '../../model/teacher-report.js';
import { el, uniqueId } from '../dom.js';
import { smallButton } from './console-parts.js';
import type { ConsoleHandlers, KidActionDraft } from './console-types.js';

/**
 * Rename, reset and delete for one kid. Reset and delete ask first, in place (no pop-up window,
 * so it works the same in a kiosk and by keyboard); the answer's buttons take focus.
 * `draft`: the form or question that was open before the console was drawn again in another
 * language (see kidActionDraft), opened again as it was.
 */
/** `classFolder`: this computer uses a class folder, so a reset or a delete reaches every computer of the class (the questions say so). */
export function kidActions(
  words: Translator,
  kid: KidReport,
  handlers: ConsoleHandlers,
  draft?: KidActionDraft,
  classFolder = false,
): HTMLElement {
  const box = el('div', { className: 'teacher-actions teacher-kid-actions', attrs: { 'data-profile-id': kid.profileId } });
  const showButtons = (focus?: string) => {
    delete box.dataset['open'];
    const buttons = [
      smallButton(words.t('teacher.rename'), `rename:${kid.profileId}`, () => showRename()),
      smallButton(words.t('teacher.reset'), `reset:${kid.profileId}`, showReset),
      smallButton(words.t('teacher.delete'), `delete:${kid.profileId}`, showDelete),
    ];
    box.replaceChildren(...buttons);
    if (focus) buttons.find((b) => b.dataset['focusKey'] === focus)?.focus();
  };
  const showConfirm = (questionKey: string, yesKey: string, backTo: string, onYes: () => void) => {
    box.dataset['open'] = questionKey.startsWith('teacher.reset-confirm') ? 'reset' : 'delete';
    const yes = smallButton(words.say(yesKey, { name: kid.name }), `${backTo}:yes`, onYes, true);
    const question = el('p', {
      className: 'teacher-confirm',
      text: words.say(questionKey, { name: kid.name }),
      attrs: { role: 'alert' },
    });
    box.replaceChildren(
      question,
      yes,
      smallButton(words.t('teacher.cancel'), `${backTo}:no`, () => showButtons(backTo)),
    );
    yes.focus();
  };
  const showReset = () =>
    showConfirm(classFolder ? 'teacher.reset-confirm-folder' : 'teacher.reset-confirm', 'teacher.reset-yes', `reset:${kid.profileId}`, () =>
      handlers.onReset(kid.profileId),
    );
  const showDelete = () =>
    showConfirm(
      classFolder ? 'teacher.delete-confirm-folder' : 'teacher.delete-confirm',
      'teacher.delete-yes',
      `delete:${kid.profileId}`,
      () => handlers.onDelete(kid.profileId),
    );
  const showRename = (typed = kid.name) => {
    box.dataset['open'] = 'rename';
    const inputId = uniqueId('rename');
    const errorId = uniqueId('rename-error');
    const input = el('input', {
      className: 'text-input teacher-rename-input',
      attrs: {
        id: inputId,
        type: 'text',
        value: typed,
        autocomplete: 'off',
        'aria-describedby': errorId,
        'data-focus-key': `rename-input:${kid.profileId}`,
      },
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
        el('label', { className: 'field-label', text: words.t('teacher.rename-label', { name: kid.name }), attrs: { for: inputId } }),
        input,
        error,
        el('div', { className: 'teacher-actions' }, [
          el('button', {
            className: 'button button-small button-primary',
            text: words.t('teacher.rename-save'),
            attrs: { type: 'submit' },
          }),
          smallButton(words.t('teacher.cancel'), `rename:${kid.profileId}:no`, () => showButtons(`rename:${kid.profileId}`)),
        ]),
      ],
    );
    box.replaceChildren(form);
    input.focus();
    input.select();
  };
  if (!draft) showButtons();
  else if (draft.open === 'rename') showRename(draft.name);
  else if (draft.open === 'reset') showReset();
  else showDelete();
  return box;
}

/** The form or question open in one kid's actions (read from the page), to open it again after a redraw. */
export function kidActionDraft(box: HTMLElement): KidActionDraft | undefined {
  const profileId = box.dataset['profileId'];
  const open = box.dataset['open'];
  if (profileId === undefined) return undefined;
  if (open === 'reset' || open === 'delete') return { profileId, open };
  const input = box.querySelector<HTMLInputElement>('.teacher-rename-input');
  return open === 'rename' && input ? { profileId, open, name: input.value } : undefined;
}
