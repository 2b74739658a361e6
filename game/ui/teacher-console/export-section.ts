import { iconImage } from '../../art/icons.js';
import type { Translator } from '../../messages/translator.js';
import { el } from '../dom.js';
import { resultLine, runExport } from './console-parts.js';
import type { ConsoleHandlers } from './console-types.js';

/** The class's progress as a CSV file (a spreadsheet), saved or downloaded. */
export function exportSection(words: Translator, handlers: ConsoleHandlers): HTMLElement {
  const exportResult = resultLine('export-result');
  const exportButton = el(
    'button',
    {
      className: 'button',
      attrs: { type: 'button', 'data-focus-key': 'export' },
      on: { click: () => runExport(exportButton, exportResult, handlers.onExportCsv) },
    },
    [iconImage('scroll', 26), el('span', { text: words.t('teacher.export-csv') })],
  );
  return el('section', { className: 'panel teacher-section' }, [
    el('h2', { text: words.t('teacher.export-heading') }),
    exportButton,
    exportResult,
  ]);
}
