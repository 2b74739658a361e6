import type { Translator } from '../../messages/translator.js';
import { el, uniqueId } from '../dom.js';
import { resultLine, runExport, showResult, smallButton } from './console-parts.js';
import type { ConsoleHandlers } from './console-types.js';

/** The class setup: saved to a file on one computer, loaded from it on the others. */
export function setupSection(words: Translator, handlers: ConsoleHandlers): HTMLElement {
  const headingId = uniqueId('setup-heading');
  const inputId = uniqueId('setup-file');
  const resultId = uniqueId('setup-result');
  const result = resultLine('setup-result', resultId);
  const file = el('input', {
    className: 'teacher-file',
    attrs: { id: inputId, type: 'file', accept: '.json,application/json', 'aria-describedby': resultId, 'data-focus-key': 'setup-import' },
  });
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    void handlers.onImportSetup(chosen).then((problem) => {
      file.value = '';
      if (problem !== null) showResult(result, { text: problem, ok: false });
    });
  });
  const exportButton = smallButton(words.t('teacher.setup-export'), 'setup-export', () =>
    runExport(exportButton, result, handlers.onExportSetup),
  );
  return el('section', { className: 'panel teacher-section', attrs: { 'aria-labelledby': headingId } }, [
    el('h2', { text: words.t('teacher.setup-heading'), attrs: { id: headingId } }),
    el('p', { className: 'muted', text: words.t('teacher.setup-intro') }),
    el('div', { className: 'teacher-actions' }, [exportButton]),
    el('label', { className: 'field-label', text: words.t('teacher.setup-import'), attrs: { for: inputId } }),
    file,
    result,
  ]);
}
