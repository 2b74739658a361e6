import type { Translator } from '../../messages/translator.js';
import { el, uniqueId } from '../dom.js';
import { resultLine, showResult, smallButton } from './console-parts.js';
import type { ClassFolderInput, ConsoleHandlers } from './console-types.js';

/**
 * The class folder (the desktop app, not a kiosk): a shared network folder or memory stick where
 * every named kid of every computer of the class has a file, so the class view shows the whole
 * class, whoever played where (game/model/class-folder-sync.ts copies the kids, the main process
 * writes the files). Here the teacher chooses the folder, or stops using it, and sees what it holds.
 */
export function classFolderSection(words: Translator, input: ClassFolderInput, handlers: ConsoleHandlers): HTMLElement {
  const headingId = uniqueId('class-folder-heading');
  const introId = uniqueId('class-folder-intro');
  const resultId = uniqueId('class-folder-result');
  const result = resultLine('class-folder-result', resultId);
  if (input.result) showResult(result, input.result);
  const { folder, listing } = input;

  const choose = smallButton(
    words.t('teacherFolder.choose'),
    'class-folder-choose',
    () => {
      if (choose.disabled) return;
      // the folder dialog stays open as long as the teacher likes: one dialog at a time
      choose.disabled = true;
      result.textContent = '';
      void handlers
        .onChooseClassFolder()
        .then((answer) => {
          if (answer !== null) showResult(result, answer);
        })
        .finally(() => {
          choose.disabled = false;
        });
    },
    folder === null,
  );
  choose.setAttribute('aria-describedby', `${introId} ${resultId}`);
  const actions = [choose];
  if (folder !== null) actions.push(smallButton(words.t('teacherFolder.stop'), 'class-folder-stop', handlers.onStopClassFolder));

  return el('section', { className: 'panel teacher-section teacher-class-folder', attrs: { 'aria-labelledby': headingId } }, [
    el('h2', { text: words.t('teacherFolder.heading'), attrs: { id: headingId } }),
    el('p', { className: 'muted', text: words.t('teacherFolder.intro'), attrs: { id: introId } }),
    el('p', { className: 'muted', text: words.t('teacherFolder.travels') }),
    el('p', {
      className: 'teacher-folder-now',
      text: folder === null ? words.t('teacherFolder.none') : words.t('teacherFolder.chosen', { folder }),
      attrs: { 'data-testid': 'class-folder-now' },
    }),
    ...(folder === null ? [] : folderContents(words, listing)),
    el('div', { className: 'teacher-actions' }, actions),
    result,
  ]);
}

/** How many kids' files the folder holds, and what could not be read there (the folder itself, a damaged file by its name). */
function folderContents(words: Translator, listing: ClassFolderInput['listing']): HTMLElement[] {
  if (listing === null) {
    return [el('p', { className: 'muted', text: words.t('teacherFolder.reading'), attrs: { 'data-testid': 'class-folder-kids' } })];
  }
  const problems = listing.problems.map(({ file, problem, params }) => {
    const said = words.say(problem, params ?? {});
    return el('li', { text: file === null ? said : words.t('teacherFolder.file-problem', { file, problem: said }) });
  });
  const shown: HTMLElement[] = [
    el('p', { text: words.t('teacherFolder.kids', { count: listing.files.length }), attrs: { 'data-testid': 'class-folder-kids' } }),
  ];
  if (problems.length > 0) {
    shown.push(el('ul', { className: 'field-error teacher-folder-problems', attrs: { 'data-testid': 'class-folder-problems' } }, problems));
  }
  return shown;
}
