import { CHAPTERS } from '../../../contracts/level-schema.js';
import { formatMessage } from '../../messages/format.js';
import type { ChapterOverride } from '../../model/teacher-section.js';
import { el, uniqueId } from '../dom.js';
import { chapterName, chapterStateText } from './console-parts.js';
import type { ConsoleHandlers, ConsoleInput } from './console-types.js';

/**
 * The pace: one row per place, one choice for the whole class and one per kid (follow the rule,
 * open, locked), each kid's cell also saying what their map shows now.
 */

function overrideSelect(
  label: string,
  focusKey: string,
  value: ChapterOverride | null,
  inheritKey: string,
  onChange: (value: ChapterOverride | null) => void,
): HTMLSelectElement {
  const options: [string, string][] = [
    ['', formatMessage(inheritKey)],
    ['open', formatMessage('teacher.choice-open')],
    ['locked', formatMessage('teacher.choice-locked')],
  ];
  const select = el(
    'select',
    {
      className: 'teacher-select',
      attrs: { 'aria-label': label, 'data-focus-key': focusKey },
      on: {
        change: () => onChange(select.value === 'open' || select.value === 'locked' ? select.value : null),
      },
    },
    options.map(([optionValue, text]) => el('option', { text, attrs: { value: optionValue, selected: (value ?? '') === optionValue } })),
  );
  return select;
}

export function paceSection(input: ConsoleInput, handlers: ConsoleHandlers): HTMLElement {
  const chapters = CHAPTERS.filter((c) => input.chaptersWithLessons.has(c));
  const headingId = uniqueId('pace-heading');
  const head = el('tr', {}, [
    el('th', { attrs: { scope: 'col' }, text: formatMessage('teacher.col-chapter') }),
    el('th', { attrs: { scope: 'col' }, text: formatMessage('teacher.class-column') }),
    ...input.report.map((kid) => el('th', { attrs: { scope: 'col' }, text: kid.name })),
  ]);
  const rows = chapters.map((chapter) =>
    el('tr', {}, [
      el('th', { attrs: { scope: 'row' }, text: chapterName(chapter) }),
      el('td', {}, [
        overrideSelect(
          formatMessage('teacher.for-class', { chapter: chapterName(chapter) }),
          `class:${chapter}`,
          input.classChapters[chapter] ?? null,
          'teacher.choice-rule',
          (value) => handlers.onClassChapter(chapter, value),
        ),
      ]),
      ...input.report.map((kid) => {
        const report = kid.chapters.find((c) => c.chapter === chapter)!;
        return el('td', {}, [
          overrideSelect(
            formatMessage('teacher.for-kid', { chapter: chapterName(chapter), name: kid.name }),
            `kid:${kid.profileId}:${chapter}`,
            report.kidOverride,
            'teacher.choice-class',
            (value) => handlers.onKidChapter(kid.profileId, chapter, value),
          ),
          el('span', { className: `teacher-place-state state-${report.state.status}`, text: chapterStateText(report) }),
        ]);
      }),
    ]),
  );
  return el('section', { className: 'panel teacher-section', attrs: { 'aria-labelledby': headingId } }, [
    el('h2', { text: formatMessage('teacher.pace-heading'), attrs: { id: headingId } }),
    el('p', { className: 'muted', text: formatMessage('teacher.pace-intro') }),
    el('div', { className: 'teacher-table-scroll' }, [
      el('table', { className: 'teacher-table' }, [el('thead', {}, [head]), el('tbody', {}, rows)]),
    ]),
  ]);
}
