import type { ChapterId } from '../../../contracts/level-schema.js';
import type { Translator } from '../../messages/translator.js';
import type { ChapterReport } from '../../model/teacher-report.js';
import { el } from '../dom.js';
import type { ActionResult } from './console-types.js';

/** The small pieces every section of the teacher's console is made of. */

export function chapterName(words: Translator, chapter: ChapterId): string {
  return words.t(`chapters.${chapter}`);
}

/**
 * What the kid's map shows for a place, in a few words for the teacher. `inPaceTable`: the kid has
 * a column in the pace table, where a closed place can be opened for them (a kid only in the
 * class folder has none: no hint to go there).
 */
export function chapterStateText(words: Translator, report: ChapterReport, inPaceTable = true): string {
  const { state } = report;
  if (state.status === 'done') return words.t('teacher.chapter-state-done');
  if (state.status === 'open') return words.t('teacher.chapter-state-open', { passed: state.passed, total: state.total });
  if (state.lockedReason === 'map.locked-by-teacher') return words.t('teacher.chapter-state-locked-by-teacher');
  // opening a later place leaves the one before it closed by the map's rule: say whose turn it waits for
  const waitsFor = state.lockedReasonParams['chapter'];
  if (state.lockedReason === 'map.locked-finish-previous' && waitsFor) {
    const key = inPaceTable ? 'teacher.chapter-state-waits' : 'teacher.chapter-state-waits-elsewhere';
    return words.t(key, { chapter: words.say(`chapters.${waitsFor}`) });
  }
  return words.t('teacher.chapter-state-locked');
}

export function smallButton(text: string, focusKey: string, onClick: () => void, primary = false): HTMLButtonElement {
  return el('button', {
    className: `button button-small${primary ? ' button-primary' : ''}`,
    text,
    attrs: { type: 'button', 'data-focus-key': focusKey },
    on: { click: onClick },
  });
}

/** A line under an action that says what happened (role=status, so it is also read out). */
export function resultLine(testId: string, id?: string): HTMLParagraphElement {
  return el('p', { className: 'teacher-result', attrs: { role: 'status', 'data-testid': testId, ...(id ? { id } : {}) } });
}

export function showResult(line: HTMLElement, result: ActionResult): void {
  line.className = result.ok ? 'teacher-result' : 'teacher-result field-error';
  line.textContent = result.text;
}

/** An export waits for the desktop save dialog: the button stays disabled until it is answered. */
export function runExport(button: HTMLButtonElement, line: HTMLElement, run: () => Promise<ActionResult>): void {
  if (button.disabled) return;
  button.disabled = true;
  line.textContent = '';
  void run()
    .then((result) => showResult(line, result))
    .finally(() => {
      button.disabled = false;
    });
}

/** When something happened, in the teacher's language (day, month, time). */
export function when(words: Translator, iso: string): string {
  return words.moment(new Date(iso));
}
