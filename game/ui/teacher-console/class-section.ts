import { CHAPTERS, type ChapterId } from '../../../contracts/level-schema.js';
import { iconImage } from '../../art/icons.js';
import { formatMessage } from '../../messages/format.js';
import type { ChapterReport, KidReport, LevelReport } from '../../model/teacher-report.js';
import { el, uniqueId } from '../dom.js';
import { chapterName, chapterStateText, when } from './console-parts.js';
import type { ConsoleHandlers, ConsoleInput } from './console-types.js';
import { kidActions } from './kid-actions.js';

/** The class: the overview of every kid, then each kid's own table with rename, reset and delete. */

export function classSection(input: ConsoleInput, handlers: ConsoleHandlers): HTMLElement {
  const headingId = uniqueId('class-heading');
  const kids = input.report.map((kid) => kidPanel(kid, input.chaptersWithLessons, handlers));
  return el('section', { className: 'panel teacher-section', attrs: { 'aria-labelledby': headingId } }, [
    el('h2', { text: formatMessage('teacher.class-heading'), attrs: { id: headingId } }),
    ...(kids.length > 0 ? [classOverview(input), ...kids] : [el('p', { className: 'muted', text: formatMessage('teacher.no-profiles') })]),
  ]);
}

/**
 * The class at a glance: one row per kid, one column per place, each cell what the kid's map
 * shows (finished, how many done, closed) and STUCK where a lesson there is stuck. The kid's name
 * leads to their own table below.
 */
function classOverview(input: ConsoleInput): HTMLElement {
  const captionId = uniqueId('overview');
  const chapters = CHAPTERS.filter((chapter) => input.chaptersWithLessons.has(chapter));
  const head = el('tr', {}, [
    el('th', { attrs: { scope: 'col' }, text: formatMessage('teacher.col-kid') }),
    ...chapters.map((chapter) => el('th', { attrs: { scope: 'col' }, text: chapterName(chapter) })),
    el('th', { attrs: { scope: 'col' }, text: formatMessage('teacher.col-last-played') }),
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
      ]),
      ...chapters.map((chapter) => {
        const report = kid.chapters.find((c) => c.chapter === chapter)!;
        const stuck = report.levels.some((level) => level.stuck);
        return el('td', { className: `overview-cell state-${report.state.status}` }, [
          el('span', { text: overviewText(report) }),
          stuck
            ? el('strong', { className: 'teacher-stuck' }, [
                iconImage('hourglass-done', 18),
                el('span', { text: formatMessage('teacher.overview-stuck') }),
              ])
            : null,
        ]);
      }),
      el('td', { text: kid.lastPlayedAt ? when(kid.lastPlayedAt) : formatMessage('teacher.overview-never') }),
    ]),
  );
  return el('div', { className: 'teacher-table-scroll teacher-overview' }, [
    el('table', { className: 'teacher-table', attrs: { 'aria-describedby': captionId } }, [
      el('caption', { text: formatMessage('teacher.overview-caption'), attrs: { id: captionId } }),
      el('thead', {}, [head]),
      el('tbody', {}, rows),
    ]),
  ]);
}

function overviewText(report: ChapterReport): string {
  const { state } = report;
  if (state.status === 'done') return formatMessage('teacher.overview-done');
  if (state.status === 'open') return formatMessage('teacher.overview-open', { passed: state.passed, total: state.total });
  return formatMessage('teacher.overview-closed');
}

function kidPanel(kid: KidReport, withLessons: ReadonlySet<ChapterId>, handlers: ConsoleHandlers): HTMLElement {
  const headingId = uniqueId('kid');
  const stuckTitles = kid.stuckOn.map((id) => formatMessage(`levels.${id}.title`));
  const rows = kid.chapters
    .filter((c) => withLessons.has(c.chapter))
    .flatMap((chapter) => [
      el('tr', { className: 'teacher-chapter-row' }, [
        el('th', {
          attrs: { scope: 'rowgroup', colspan: 7 },
          text: formatMessage('teacher.chapter-row', { chapter: chapterName(chapter.chapter), state: chapterStateText(chapter) }),
        }),
      ]),
      ...chapter.levels.map(levelRow),
    ]);
  return el(
    'article',
    {
      className: `teacher-kid${kid.stuckOn.length > 0 ? ' is-stuck' : ''}`,
      attrs: { 'aria-labelledby': headingId, 'data-profile-id': kid.profileId },
    },
    [
      el('h3', { text: kid.name, attrs: { id: headingId, tabindex: -1, 'data-focus-key': `kid:${kid.profileId}` } }),
      kidActions(kid, handlers),
      el('p', {
        text: kid.lastPlayedAt
          ? formatMessage('teacher.kid-summary', { when: when(kid.lastPlayedAt) })
          : formatMessage('teacher.never-played'),
      }),
      el('p', {
        className: kid.stuckOn.length > 0 ? 'teacher-stuck-summary' : 'muted',
        text:
          kid.stuckOn.length > 0
            ? formatMessage('teacher.stuck-summary', { count: kid.stuckOn.length, lessons: stuckTitles.join(', ') })
            : formatMessage('teacher.not-stuck'),
      }),
      el('div', { className: 'teacher-table-scroll' }, [
        el('table', { className: 'teacher-table' }, [
          el('thead', {}, [
            el(
              'tr',
              {},
              ['col-level', 'col-status', 'col-stars', 'col-attempts', 'col-hints', 'col-time', 'col-last-played'].map((key) =>
                el('th', { attrs: { scope: 'col' }, text: formatMessage(`teacher.${key}`) }),
              ),
            ),
          ]),
          el('tbody', {}, rows),
        ]),
      ]),
    ],
  );
}

function levelRow(level: LevelReport): HTMLElement {
  const status = formatMessage(`teacher.status-${level.status}`);
  return el('tr', { className: level.stuck ? 'is-stuck' : '', attrs: { 'data-level-id': level.levelId } }, [
    el('th', { attrs: { scope: 'row' }, text: formatMessage(`levels.${level.levelId}.title`) }),
    el('td', {}, [
      el('span', { text: status }),
      // stuck is said in words (and marked with an icon), not by colour alone
      level.stuck
        ? el('strong', { className: 'teacher-stuck' }, [
            iconImage('hourglass-done', 20),
            el('span', { text: formatMessage('teacher.stuck', { attempts: level.attempts }) }),
          ])
        : null,
    ]),
    el('td', { text: formatMessage('teacher.stars-cell', { earned: level.stars, possible: level.possibleStars }) }),
    el('td', { text: String(level.attempts) }),
    el('td', { text: String(level.hintsUsed) }),
    el('td', { text: formatMessage('teacher.duration', { minutes: Math.floor(level.seconds / 60), seconds: level.seconds % 60 }) }),
    el('td', { text: level.lastPlayedAt ? when(level.lastPlayedAt) : '' }),
  ]);
}
