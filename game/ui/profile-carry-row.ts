import { iconImage } from '../art/icons.js';
import type { Translator } from '../messages/translator.js';
import { el, uniqueId } from './dom.js';

/**
 * The small row under the profile list (profile-screen.ts) that moves a wizard between computers
 * without a class folder: "Carry my wizard" saves the kid who played last as a file, "Bring my
 * wizard" reads one (the browser's own file picker, opened by the labelled button) and merges it
 * in. What happened is said in a kind status line, never a dialog.
 */
export interface ProfileCarry {
  /** The named kid "Carry my wizard" saves (the one who played last), or null: no carry button. */
  name: string | null;
  /** Saves or downloads the file; resolves with what to say. */
  onCarry(): Promise<string>;
  /** The chosen file(s); the scene says what came (it draws the screen again with `status`). */
  onBring(files: File[]): void;
  /** What the last bring said, shown at once. */
  status?: { text: string; ok: boolean };
}

export function profileCarryRow(words: Translator, carry: ProfileCarry): HTMLElement {
  const labelId = uniqueId('carry-label');
  const statusId = uniqueId('carry-status');
  const status = el('p', {
    className: `profile-carry-status${carry.status?.ok === false ? ' field-error' : ''}`,
    text: carry.status?.text ?? '',
    attrs: { id: statusId, role: 'status', 'aria-live': 'polite', 'data-testid': 'carry-status' },
  });
  const say = (text: string) => {
    status.className = 'profile-carry-status';
    status.textContent = text;
  };
  const hint = (text: string) => {
    const id = uniqueId('carry-hint');
    return { id, element: el('span', { className: 'visually-hidden', text, attrs: { id } }) };
  };

  const buttons: HTMLElement[] = [];
  if (carry.name !== null) {
    const carryHint = hint(words.t('carry.carry-hint', { name: carry.name }));
    const carryButton = el(
      'button',
      {
        className: 'button button-small',
        attrs: { type: 'button', 'aria-describedby': `${carryHint.id} ${statusId}` },
        on: {
          click: () => {
            if (carryButton.disabled) return;
            carryButton.disabled = true;
            say('');
            void carry
              .onCarry()
              .then(say)
              .finally(() => {
                carryButton.disabled = false;
              });
          },
        },
      },
      [iconImage('scroll', 24), el('span', { text: words.t('carry.carry') })],
    );
    buttons.push(carryButton, carryHint.element);
  }

  const fileInput = el('input', { attrs: { type: 'file', accept: '.json,application/json', hidden: true, 'data-testid': 'bring-file' } });
  const bringHint = hint(words.t('carry.bring-hint'));
  const bringButton = el(
    'button',
    {
      className: 'button button-small',
      attrs: { type: 'button', 'aria-describedby': `${bringHint.id} ${statusId}` },
      on: { click: () => fileInput.click() },
    },
    [iconImage('magic-wand', 24), el('span', { text: words.t('carry.bring') })],
  );
  fileInput.addEventListener('change', () => {
    const chosen = [...(fileInput.files ?? [])];
    fileInput.value = '';
    if (chosen.length > 0) carry.onBring(chosen);
  });
  buttons.push(bringButton, bringHint.element, fileInput);

  return el('div', { className: 'profile-carry', attrs: { role: 'group', 'aria-labelledby': labelId } }, [
    el('p', { className: 'profile-carry-label muted', text: words.t('carry.row-label'), attrs: { id: labelId } }),
    el('div', { className: 'profile-carry-actions' }, buttons),
    status,
  ]);
}
