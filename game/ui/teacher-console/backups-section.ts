import type { Translator } from '../../messages/translator.js';
import type { ProfileBackup } from '../../model/teacher-section.js';
import { el, uniqueId } from '../dom.js';
import { smallButton, when } from './console-parts.js';
import type { ConsoleHandlers } from './console-types.js';

/** What was reset or deleted, each with its way back (focused when a profile action redraws the console). */
export function backupsSection(words: Translator, backups: readonly ProfileBackup[], handlers: ConsoleHandlers): HTMLElement {
  const headingId = uniqueId('backups-heading');
  const items = backups.map((backup, index) =>
    el('li', { className: 'teacher-backup' }, [
      el('span', { text: words.t(`teacher.backup-${backup.action}`, { name: backup.profile.name, when: when(words, backup.at) }) }),
      smallButton(words.t('teacher.restore', { name: backup.profile.name }), `restore:${index}`, () => handlers.onRestore(index)),
    ]),
  );
  return el(
    'section',
    { className: 'panel teacher-section', attrs: { 'aria-labelledby': headingId, 'data-focus-key': 'backups', tabindex: -1 } },
    [
      el('h2', { text: words.t('teacher.backups-heading'), attrs: { id: headingId } }),
      el('p', { className: 'muted', text: words.t('teacher.backups-intro') }),
      items.length > 0 ? el('ul', { className: 'teacher-backups' }, items) : el('p', { text: words.t('teacher.no-backups') }),
    ],
  );
}
