import { iconImage } from '../../art/icons.js';
import { formatMessage } from '../../messages/format.js';
import { el } from '../dom.js';
import type { ScreenView } from '../ui-root.js';
import { backupsSection } from './backups-section.js';
import { classSection } from './class-section.js';
import type { ConsoleHandlers, ConsoleInput } from './console-types.js';
import { exportSection } from './export-section.js';
import { kioskSection } from './kiosk-section.js';
import { paceSection } from './pace-section.js';
import { setupSection } from './setup-section.js';
import './teacher-console.css';

/**
 * The teacher's console (pace, class view, backups, kiosk, class setup, export), one section a
 * file beside this one. The screen only shows and asks; the scene stores every change through
 * the game store and redraws the console with focus back on the control that was used.
 */
export function createConsoleScreen(input: ConsoleInput, handlers: ConsoleHandlers): ScreenView {
  const heading = el('h1', { text: formatMessage('teacher.heading') });
  const leave = el(
    'button',
    { className: 'button button-small', attrs: { type: 'button', 'data-focus-key': 'leave' }, on: { click: handlers.onLeave } },
    [iconImage('locked', 24), el('span', { text: formatMessage('teacher.leave') })],
  );
  const element = el('section', { className: 'screen teacher-screen teacher-console' }, [
    el('div', { className: 'teacher-header' }, [heading, leave]),
    paceSection(input, handlers),
    classSection(input, handlers),
    backupsSection(input.backups, handlers),
    kioskSection(input, handlers),
    setupSection(handlers),
    exportSection(handlers),
  ]);
  const refocus = input.focusKey ? element.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(input.focusKey)}"]`) : null;
  return { element, initialFocus: refocus ?? heading };
}
