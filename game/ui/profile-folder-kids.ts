import { iconImage } from '../art/icons.js';
import type { Translator } from '../messages/translator.js';
import { el, replaceChildren, uniqueId } from './dom.js';

/**
 * The profile screen's kids of the class folder (issue 14, the desktop app): the named kids who
 * played on other computers and never on this one, under the kids of this computer. Filled in
 * when the folder's listing comes (a network share may take a moment), without drawing the screen
 * again, so a name being typed or the focus is never lost. The status line says how the folder is
 * (away, a file left as it is) in words, never as a dialog.
 */
export interface FolderKidChoice {
  id: string;
  name: string;
  avatarIcon: string;
}

export interface ProfileFolderKids {
  element: HTMLElement;
  /** Shows the folder's kids (none: a short line says so) and the folder's status sentence (or none). */
  show(kids: readonly FolderKidChoice[], status: string | null): void;
}

export function profileFolderKids(words: Translator, onPick: (id: string) => void): ProfileFolderKids {
  const headingId = uniqueId('folder-kids-heading');
  const hintId = uniqueId('folder-kid-hint');
  const list = el('ul', { className: 'profile-list', attrs: { 'aria-labelledby': headingId } });
  const none = el('p', { className: 'muted', text: words.t('classFolder.folder-kids-none'), attrs: { hidden: true } });
  const status = el('p', {
    className: 'profile-folder-status',
    attrs: { role: 'status', 'aria-live': 'polite', 'data-testid': 'profile-folder-status' },
  });
  const element = el('section', { className: 'profile-folder', attrs: { 'aria-labelledby': headingId, hidden: true } }, [
    el('h2', { className: 'profile-folder-heading' }, [
      iconImage('file-folder', 28),
      el('span', { text: words.t('classFolder.folder-kids-heading'), attrs: { id: headingId } }),
    ]),
    el('span', { className: 'visually-hidden', text: words.t('classFolder.folder-kid-hint'), attrs: { id: hintId } }),
    list,
    none,
    status,
  ]);
  return {
    element,
    show(kids, said) {
      element.hidden = false;
      replaceChildren(
        list,
        kids.map((kid) =>
          el('li', {}, [
            el(
              'button',
              {
                className: 'button profile-button',
                attrs: { type: 'button', 'data-folder-kid-id': kid.id, 'aria-describedby': hintId },
                on: { click: () => onPick(kid.id) },
              },
              [iconImage(kid.avatarIcon, 56), el('span', { className: 'profile-name', text: kid.name })],
            ),
          ]),
        ),
      );
      list.hidden = kids.length === 0;
      none.hidden = kids.length > 0;
      status.textContent = said ?? '';
      status.hidden = said === null;
    },
  };
}
