import type { Translator } from '../../messages/translator.js';
import { el, uniqueId } from '../dom.js';
import { resultLine, showResult } from './console-parts.js';
import type { ActionResult, ConsoleHandlers } from './console-types.js';

/**
 * Kids' wizard files from other computers ("Carry my wizard", game/model/kid-carry.ts), a handful
 * at once: each kid becomes (or is merged into) a profile of this computer, so the class view and
 * the CSV count them. The browser build's way to see a class that played on many computers.
 */
/** `imported`: what the last import said, when the console was drawn again with the kids it brought. */
export function kidsImportSection(words: Translator, handlers: ConsoleHandlers, imported?: ActionResult): HTMLElement {
  const headingId = uniqueId('kids-import-heading');
  const inputId = uniqueId('kids-import-file');
  const introId = uniqueId('kids-import-intro');
  const resultId = uniqueId('kids-import-result');
  const result = resultLine('kids-import-result', resultId);
  if (imported) showResult(result, imported);
  const file = el('input', {
    className: 'teacher-file',
    attrs: {
      id: inputId,
      type: 'file',
      multiple: true,
      accept: '.json,application/json',
      'aria-describedby': `${introId} ${resultId}`,
      'data-focus-key': 'kids-import',
    },
  });
  file.addEventListener('change', () => {
    const chosen = [...(file.files ?? [])];
    if (chosen.length === 0) return;
    file.disabled = true;
    // when kids came, the console is drawn again with them (and this answer); else it is said here
    void handlers
      .onImportKids(chosen)
      .then((answer) => {
        if (answer !== null) showResult(result, answer);
      })
      .finally(() => {
        file.value = '';
        file.disabled = false;
      });
  });
  return el('section', { className: 'panel teacher-section', attrs: { 'aria-labelledby': headingId } }, [
    el('h2', { text: words.t('carry.import-heading'), attrs: { id: headingId } }),
    el('p', { className: 'muted', text: words.t('carry.import-intro'), attrs: { id: introId } }),
    el('label', { className: 'field-label', text: words.t('carry.import-label'), attrs: { for: inputId } }),
    file,
    result,
  ]);
}
