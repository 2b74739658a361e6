import type { Translator } from '../messages/translator.js';
import { iconImage } from '../art/icons.js';
import { el, uniqueId } from './dom.js';
import { starIcons } from './level-screen.js';
import type { ScreenView } from './ui-root.js';
import './stars.css';
import './chapter-screen.css';

/** A chapter's lessons in order: done, ready, or locked until the one before is passed. */
export interface LessonView {
  levelId: string;
  title: string;
  status: 'passed' | 'open' | 'locked';
  stars: { earned: number; possible: number; label: string };
}

export interface ChapterScreenHandlers {
  onOpen(levelId: string): void;
  onLocked(): void;
  onBack(): void;
}

export function createChapterScreen(
  words: Translator,
  chapter: { name: string; tagline: string; icon: string },
  lessons: LessonView[],
  handlers: ChapterScreenHandlers,
): ScreenView {
  const heading = el('h1', { text: chapter.name });
  const back = el('button', { className: 'button', attrs: { type: 'button' }, on: { click: handlers.onBack } }, [
    iconImage('world-map', 26),
    el('span', { text: words.t('chapter.back-to-map') }),
  ]);
  const listHeadingId = uniqueId('lessons-heading');
  const buttons = lessons.map((lesson, index) => {
    const statusId = uniqueId('lesson-status');
    const locked = lesson.status === 'locked';
    const icon = lesson.status === 'passed' ? 'check-mark-button' : locked ? 'locked' : 'sparkles';
    return el(
      'button',
      {
        className: `lesson lesson-${lesson.status}`,
        attrs: { type: 'button', 'data-level-id': lesson.levelId, 'aria-describedby': statusId, 'aria-disabled': locked ? 'true' : null },
        on: { click: () => (locked ? handlers.onLocked() : handlers.onOpen(lesson.levelId)) },
      },
      [
        iconImage(icon, 36),
        el('span', { className: 'lesson-title', text: words.t('chapter.lesson', { number: index + 1, title: lesson.title }) }),
        el('span', { className: 'lesson-status', attrs: { id: statusId } }, [
          el('span', { text: words.t(`chapter.${lesson.status}`) }),
          lesson.status === 'locked' ? null : el('span', { className: 'visually-hidden', text: `, ${lesson.stars.label}` }),
        ]),
        lesson.status === 'locked'
          ? null
          : el(
              'span',
              {
                className: 'star-row lesson-stars',
                attrs: { 'aria-hidden': 'true', 'data-stars': `${lesson.stars.earned}/${lesson.stars.possible}` },
              },
              starIcons(lesson.stars.earned, lesson.stars.possible),
            ),
      ],
    );
  });
  const element = el('section', { className: 'screen chapter-screen' }, [
    el('div', { className: 'chapter-header panel' }, [
      iconImage(chapter.icon, 72, 'icon chapter-icon'),
      el('div', {}, [heading, el('p', { className: 'chapter-tagline', text: chapter.tagline })]),
    ]),
    el('section', { className: 'panel lessons-panel' }, [
      el('h2', { text: words.t('chapter.lessons-heading'), attrs: { id: listHeadingId } }),
      el(
        'ol',
        { className: 'lesson-list', attrs: { 'aria-labelledby': listHeadingId } },
        buttons.map((b) => el('li', {}, [b])),
      ),
    ]),
    el('div', { className: 'screen-actions' }, [back]),
  ]);
  const firstOpen = buttons[lessons.findIndex((l) => l.status === 'open')] ?? buttons[0];
  return { element, initialFocus: firstOpen ?? heading };
}
