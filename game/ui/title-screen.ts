import { formatMessage } from '../messages/format.js';
import { iconImage } from '../art/icons.js';
import { el } from './dom.js';
import type { ScreenView } from './ui-root.js';

/** The title: the school's name, one line about it, the way in, and the teacher's console. */
export function createTitleScreen(onStart: () => void, onTeacher: () => void): ScreenView {
  const start = el(
    'button',
    { className: 'button button-primary button-large', attrs: { type: 'button' }, on: { click: onStart } },
    [iconImage('castle', 32), el('span', { text: formatMessage('title.start') })],
  );
  // a plain small button after the way in: in the tab order, but not what a kid is drawn to
  const teacher = el(
    'button',
    { className: 'button button-small title-teacher', attrs: { type: 'button' }, on: { click: onTeacher } },
    [iconImage('locked', 22), el('span', { text: formatMessage('title.teacher') })],
  );
  const element = el('section', { className: 'screen title-screen' }, [
    el('h1', { className: 'title-heading', text: formatMessage('app.name') }),
    el('p', { className: 'title-tagline', text: formatMessage('title.tagline') }),
    start,
    teacher,
  ]);
  return { element, initialFocus: start };
}
