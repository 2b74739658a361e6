import { CHAPTERS } from '../../../contracts/level-schema.js';
import { iconImage } from '../../art/icons.js';
import type { Translator } from '../../messages/translator.js';
import type { ChapterReport, KidReport, LevelReport } from '../../model/teacher-report.js';
import { el, uniqueId } from '../dom.js';
import { chapterName, chapterStateText, when } from './console-parts.js';
import type { ConsoleHandlers, ConsoleInput } from './console-types.js';
import { kidActions } from './kid-actions.js';

/** The class: the overview of every kid, then each kid's own table with rename, reset and delete. */

export function classSection(words: Translator, input: ConsoleInput, handlers: ConsoleHandlers): HTMLElement {
  const headingId = uniqueId('class-heading');
  const kids = input.report.map((kid) => kidPanel(words, kid, input, handlers));
  return el('section', { className: 'panel teacher-section', attrs: { 'aria-labelledby': headingId } }, [
    el('h2', { text: words.t('teacher.class-heading'), attrs: { id: headingId } }),
    ...(kids.length > 0 ? [classOverview(words, input), ...kids] : [el('p', { className: 'muted', text: words.t('teacher.no-profiles') })]),
  ]);
}

/**
 * The class at a glance: one row per kid, one column per place, each cell what the kid's map
 * shows (finished, how many done, closed) and STUCK where a lesson there is stuck. The kid's name
 * leads to their own table below.
 */
function classOverview(words: Translator, input: ConsoleInput): HTMLElement {
  const captionId = uniqueId('overview');
  const chapters = CHAPTERS.filter((chapter) => input.chaptersWithLessons.has(chapter));
  const head = el('tr', {}, [
    el('th', { attrs: { scope: 'col' }, text: words.t('teacher.col-kid') }),
    ...chapters.map((chapter) => el('th', { attrs: { scope: 'col' }, text: chapterName(words, chapter) })),
    el('th', { attrs: { scope: 'col' }, text: words.t('teacher.col-last-played') }),
  ]);
  const rows = input.report.map((kid) =>
    el('tr', { attrs: { 'data-profile-id': kid.profileId } }, [
      el('th', { attrs: { scope: 'row' } }, [
        el('button', {
          className: 'link-button',
          text: kid.name,
          attrs: { type: 'button' },
          on: { click: () => document.querySelector<HTMLElement>(`[data-focus-key="kid:${CSS.escape(kid.profileId)}"]`)?.focus() },
        }),
        input.folderOnly?.has(kid.profileId)
          ? el('span', { className: 'teacher-elsewhere', text: words.t('teacherFolder.overview-elsewhere') })
          : null,
      ]),
      ...chapters.map((chapter) => {
        const report = kid.chapters.find((c) => c.chapter === chapter)!;
        const stuck = report.levels.some((level) => level.stuck);
        return el('td', { className: `overview-cell state-${report.state.status}` }, [
          el('span', { text: overviewText(words, report) }),
          stuck
            ? el('strong', { className: 'teacher-stuck' }, [
                iconImage('hourglass-done', 18),
                el('span', { text: words.t('teacher.overview-stuck') }),
              ])
            : null,
        ]);
      }),
      el('td', { text: kid.lastPlayedAt ? when(words, kid.lastPlayedAt) : words.t('teacher.overview-never') }),
    ]),
  );
  return el('div', { className: 'teacher-table-scroll teacher-overview' }, [
    el('table', { className: 'teacher-table', attrs: { 'aria-describedby': captionId } }, [
      el('caption', { text: words.t('teacher.overview-caption'), attrs: { id: captionId } }),
      el('thead', {}, [head]),
      el('tbody', {}, rows),
    ]),
  ]);
}

function overviewText(words: Translator, report: ChapterReport): string {
  const { state } = report;
  if (state.status === 'done') return words.t('teacher.overview-done');
  if (state.status === 'open') return words.t('teacher.overview-open', { passed: state.passed, total: state.total });
  return words.t('teacher.overview-closed');
}

function kidPanel(words: Translator, kid: KidReport, input: ConsoleInput, handlers: ConsoleHandlers): HTMLElement {
  const headingId = uniqueId('kid');
  // a kid only in the class folder has no profile here: rename, reset and delete act on profiles
  const folderOnly = input.folderOnly?.has(kid.profileId) === true;
  const stuckTitles = kid.stuckOn.map((id) => words.t(`levels.${id}.title`));
  const rows = kid.chapters
    .filter((c) => input.chaptersWithLessons.has(c.chapter))
    .flatMap((chapter) => [
      el('tr', { className: 'teacher-chapter-row' }, [
        el('th', {
          attrs: { scope: 'rowgroup', colspan: 7 },
          text: words.t('teacher.chapter-row', {
            chapter: chapterName(words, chapter.chapter),
            state: chapterStateText(words, chapter, !folderOnly),
          }),
        }),
      ]),
      ...chapter.levels.map((level) => levelRow(words, level)),
    ]);
  return el(
    'article',
    {
      className: `teacher-kid${kid.stuckOn.length > 0 ? ' is-stuck' : ''}`,
      attrs: { 'aria-labelledby': headingId, 'data-profile-id': kid.profileId, 'data-folder-only': folderOnly },
    },
    [
      el('h3', { text: kid.name, attrs: { id: headingId, tabindex: -1, 'data-focus-key': `kid:${kid.profileId}` } }),
      folderOnly
        ? el('p', { className: 'muted teacher-folder-only', text: words.t('teacherFolder.folder-only', { name: kid.name }) })
        : kidActions(
            words,
            kid,
            handlers,
            input.draft?.kids?.find((open) => open.profileId === kid.profileId),
            (input.classFolder?.folder ?? null) !== null,
          ),
      el('p', {
        text: kid.lastPlayedAt ? words.t('teacher.kid-summary', { when: when(words, kid.lastPlayedAt) }) : words.t('teacher.never-played'),
      }),
      el('p', {
        className: kid.stuckOn.length > 0 ? 'teacher-stuck-summary' : 'muted',
        text:
          kid.stuckOn.length > 0
            ? words.t('teacher.stuck-summary', { count: kid.stuckOn.length, lessons: stuckTitles.join(', ') })
            : words.t('teacher.not-stuck'),
      }),
      el('div', { className: 'teacher-table-scroll' }, [
        el('table', { className: 'teacher-table' }, [
          el('thead', {}, [
            el(
              'tr',
              {},
              ['col-level', 'col-status', 'col-stars', 'col-attempts', 'col-hints', 'col-time', 'col-last-played'].map((key) =>
                el('th', { attrs: { scope: 'col' }, text: words.say(`teacher.${key}`) }),
              ),
            ),
          ]),
          el('tbody', {}, rows),
        ]),
      ]),
    ],
  );
}

function levelRow(words: Translator, level: LevelReport): HTMLElement {
  const status = words.t(`teacher.status-${level.status}`);
  return el('tr', { className: level.stuck ? 'is-stuck' : '', attrs: { 'data-level-id': level.levelId } }, [
    el('th', { attrs: { scope: 'row' }, text: words.t(`levels.${level.levelId}.title`) }),
    el('td', {}, [
      el('span', { text: status }),
      // stuck is said in words (and marked with an icon), not by colour alone
      level.stuck
        ? el('strong', { className: 'teacher-stuck' }, [
            iconImage('hourglass-done', 20),
            el('span', { text: words.t('teacher.stuck', { attempts: level.attempts }) }),
          ])
        : null,
    ]),
    el('td', { text: words.t('teacher.stars-cell', { earned: level.stars, possible: level.possibleStars }) }),
    el('td', { text: String(level.attempts) }),
    el('td', { text: String(level.hintsUsed) }),
    el('td', { text: words.t('teacher.duration', { minutes: Math.floor(level.seconds / 60), seconds: level.seconds % 60 }) }),
    el('td', { text: level.lastPlayedAt ? when(words, level.lastPlayedAt) : '' }),
  ]);
}
