import { iconImage } from '../../art/icons.js';
import type { Translator } from '../../messages/translator.js';
import { el } from '../dom.js';
import type { ScreenView } from '../ui-root.js';
import { backupsSection } from './backups-section.js';
import { classFolderSection } from './class-folder-section.js';
import { classSection } from './class-section.js';
import type { ConsoleDraft, ConsoleHandlers, ConsoleInput, KidActionDraft } from './console-types.js';
import { exportSection } from './export-section.js';
import { kidActionDraft } from './kid-actions.js';
import { kidsImportSection } from './kids-import-section.js';
import { kioskSection } from './kiosk-section.js';
import { paceSection } from './pace-section.js';
import { setupSection } from './setup-section.js';
import './teacher-console.css';

export interface ConsoleScreen extends ScreenView {
  /** What the teacher has typed or opened and not saved, for drawing the console again in other words. */
  draft(): ConsoleDraft;
}

/**
 * The teacher's console (pace, class view, backups, kiosk, class setup, export), one section a
 * file beside this one. The screen only shows and asks; the scene stores every change through
 * the game store and redraws the console with focus back on the control that was used.
 */
export function createConsoleScreen(words: Translator, input: ConsoleInput, handlers: ConsoleHandlers): ConsoleScreen {
  const heading = el('h1', { text: words.t('teacher.heading') });
  const leave = el(
    'button',
    { className: 'button button-small', attrs: { type: 'button', 'data-focus-key': 'leave' }, on: { click: handlers.onLeave } },
    [iconImage('locked', 24), el('span', { text: words.t('teacher.leave') })],
  );
  // a kid only in the class folder has no pace of their own here: the pace table lists this computer's kids
  const folderOnly = input.folderOnly ?? new Set<string>();
  const paceInput = folderOnly.size > 0 ? { ...input, report: input.report.filter((kid) => !folderOnly.has(kid.profileId)) } : input;
  const element = el('section', { className: 'screen teacher-screen teacher-console' }, [
    el('div', { className: 'teacher-header' }, [heading, leave]),
    paceSection(words, paceInput, handlers),
    classSection(words, input, handlers),
    backupsSection(words, input.backups, handlers),
    kioskSection(words, input, handlers),
    // the class folder brings every computer's kids here; without one (the browser build, a kiosk), wizard files do
    input.classFolder ? classFolderSection(words, input.classFolder, handlers) : null,
    setupSection(words, handlers),
    input.classFolder ? null : kidsImportSection(words, handlers, input.kidsImported),
    exportSection(words, handlers),
  ]);
  const refocus = input.focusKey ? element.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(input.focusKey)}"]`) : null;
  return { element, initialFocus: refocus ?? heading, draft: () => readDraft(element) };
}

/** Read from the page as it is: the fields keep what was typed, the kids' boxes what is open. */
function readDraft(element: HTMLElement): ConsoleDraft {
  const field = (key: string) => element.querySelector<HTMLInputElement>(`[data-focus-key="${key}"]`);
  const idle = field('kiosk-idle');
  const countdown = field('kiosk-countdown');
  const start = field('kiosk-start');
  const hideLab = field('kiosk-hide-lab');
  const kids = [...element.querySelectorAll<HTMLElement>('.teacher-kid-actions')]
    .map(kidActionDraft)
    .filter((open): open is KidActionDraft => open !== undefined);
  return {
    ...(idle && countdown
      ? {
          kiosk: {
            idleMinutes: idle.value,
            countdownSeconds: countdown.value,
            startInKiosk: start ? start.checked : null,
            ...(hideLab ? { hideLab: hideLab.checked } : {}),
          },
        }
      : {}),
    kids,
  };
}
