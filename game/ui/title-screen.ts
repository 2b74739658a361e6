import { formatMessage } from '../messages/format.js';
import { iconImage } from '../art/icons.js';
import { el } from './dom.js';
import type { ScreenView } from './ui-root.js';

/** The title: the school's name, one line about it, and the way in. */
export function createTitleScreen(onStart: () => void): ScreenView {
  const start = el(
    'button',
    { className: 'button button-primary button-large', attrs: { type: 'button' }, on: { click: onStart } },
    [iconImage('castle', 32), el('span', { text: formatMessage('title.start') })],
  );
  const element = el('section', { className: 'screen title-screen' }, [
    el('h1', { className: 'title-heading', text: formatMessage('app.name') }),
    el('p', { className: 'title-tagline', text: formatMessage('title.tagline') }),
    start,
  ]);
  return { element, initialFocus: start };
}
