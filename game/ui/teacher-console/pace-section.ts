import { CHAPTERS } from '../../../contracts/level-schema.js';
import type { Translator } from '../../messages/translator.js';
import { LAB_OPENS_AFTER } from '../../model/lab-door.js';
import type { ChapterOverride } from '../../model/teacher-section.js';
import { el, uniqueId } from '../dom.js';
import { chapterName, chapterStateText } from './console-parts.js';
import type { ConsoleHandlers, ConsoleInput } from './console-types.js';

/**
 * The pace: one row per place, one choice for the whole class and one per kid (follow the rule,
 * open, locked), each kid's cell also saying what their map shows now; under it, the switch that
 * opens the Memory Lab for every kid (saved at once, as a choice in the table is).
 */

function overrideSelect(
  words: Translator,
  label: string,
  focusKey: string,
  value: ChapterOverride | null,
  inheritKey: string,
  onChange: (value: ChapterOverride | null) => void,
): HTMLSelectElement {
  const options: [string, string][] = [
    ['', words.say(inheritKey)],
    ['open', words.t('teacher.choice-open')],
    ['locked', words.t('teacher.choice-locked')],
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

export function paceSection(words: Translator, input: ConsoleInput, handlers: ConsoleHandlers): HTMLElement {
  const chapters = CHAPTERS.filter((c) => input.chaptersWithLessons.has(c));
  const headingId = uniqueId('pace-heading');
  const head = el('tr', {}, [
    el('th', { attrs: { scope: 'col' }, text: words.t('teacher.col-chapter') }),
    el('th', { attrs: { scope: 'col' }, text: words.t('teacher.class-column') }),
    ...input.report.map((kid) => el('th', { attrs: { scope: 'col' }, text: kid.name })),
  ]);
  const rows = chapters.map((chapter) =>
    el('tr', {}, [
      el('th', { attrs: { scope: 'row' }, text: chapterName(words, chapter) }),
      el('td', {}, [
        overrideSelect(
          words,
          words.t('teacher.for-class', { chapter: chapterName(words, chapter) }),
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
            words,
            words.t('teacher.for-kid', { chapter: chapterName(words, chapter), name: kid.name }),
            `kid:${kid.profileId}:${chapter}`,
            report.kidOverride,
            'teacher.choice-class',
            (value) => handlers.onKidChapter(kid.profileId, chapter, value),
          ),
          el('span', { className: `teacher-place-state state-${report.state.status}`, text: chapterStateText(words, report) }),
        ]);
      }),
    ]),
  );
  return el('section', { className: 'panel teacher-section', attrs: { 'aria-labelledby': headingId } }, [
    el('h2', { text: words.t('teacher.pace-heading'), attrs: { id: headingId } }),
    el('p', { className: 'muted', text: words.t('teacher.pace-intro') }),
    el('div', { className: 'teacher-table-scroll' }, [
      el('table', { className: 'teacher-table' }, [el('thead', {}, [head]), el('tbody', {}, rows)]),
    ]),
    ...labSwitch(words, input, handlers),
  ]);
}

/** "Open the Memory Lab for everyone": without it, each kid's Lab opens after chapter 1 (lab-door.ts). */
function labSwitch(words: Translator, input: ConsoleInput, handlers: ConsoleHandlers): HTMLElement[] {
  const id = uniqueId('class-lab');
  const hintId = uniqueId('class-lab-hint');
  const box = el('input', {
    attrs: { id, type: 'checkbox', checked: input.labOpenForClass, 'aria-describedby': hintId, 'data-focus-key': 'class:lab' },
    on: { change: () => handlers.onClassLab(box.checked) },
  });
  return [
    el('div', { className: 'teacher-check' }, [box, el('label', { text: words.t('teacher.lab-open-label'), attrs: { for: id } })]),
    el('p', {
      className: 'muted teacher-hint',
      text: words.t('teacher.lab-open-hint', { chapter: chapterName(words, LAB_OPENS_AFTER) }),
      attrs: { id: hintId },
    }),
  ];
}
