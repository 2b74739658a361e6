import type { Translator } from '../messages/translator.js';
import { iconImage } from '../art/icons.js';
import { el } from './dom.js';
import type { ScreenView } from './ui-root.js';
import './title-screen.css';
import './kiosk.css';

export interface TitleScreen extends ScreenView {
  /** The button a kid is meant to press first ("Play now" in a kiosk, "Enter the school" otherwise). */
  readonly mainButton: HTMLButtonElement;
}

/** The title: the school's name, one line about it, the way in, and the teacher's console. */
export function createTitleScreen(words: Translator, onStart: () => void, onTeacher: () => void): TitleScreen {
  const start = el('button', { className: 'button button-primary button-large', attrs: { type: 'button' }, on: { click: onStart } }, [
    iconImage('castle', 32),
    el('span', { text: words.t('title.start') }),
  ]);
  // a plain small button after the way in: in the tab order, but not what a kid is drawn to
  const teacher = el('button', { className: 'button button-small title-teacher', attrs: { type: 'button' }, on: { click: onTeacher } }, [
    iconImage('locked', 22),
    el('span', { text: words.t('title.teacher') }),
  ]);
  const element = el('section', { className: 'screen title-screen' }, [
    el('h1', { className: 'title-heading', text: words.t('app.name') }),
    el('p', { className: 'title-tagline', text: words.t('title.tagline') }),
    start,
    teacher,
  ]);
  return { element, initialFocus: start, mainButton: start };
}

/**
 * The title of a kiosk (a workshop computer): a big "Play now" that starts at once as a guest
 * (first focus), and a smaller way in for kids who made a profile with their name earlier.
 * No Teacher button: the host leaves with the exit chord and the PIN instead.
 */
export function createKioskTitleScreen(words: Translator, handlers: { onPlayNow(): void; onNamed(): void }): TitleScreen {
  const hintId = 'kiosk-play-hint';
  const playNow = el(
    'button',
    {
      className: 'button button-primary button-large button-play-now',
      attrs: { type: 'button', 'aria-describedby': hintId },
      on: { click: () => handlers.onPlayNow() },
    },
    [iconImage('sparkles', 52), el('span', { text: words.t('kiosk.play-now') })],
  );
  const named = el('button', { className: 'button kiosk-named', attrs: { type: 'button' }, on: { click: () => handlers.onNamed() } }, [
    iconImage('castle', 28),
    el('span', { text: words.t('kiosk.named-profiles') }),
  ]);
  const element = el('section', { className: 'screen title-screen is-kiosk' }, [
    el('h1', { className: 'title-heading', text: words.t('app.name') }),
    el('p', { className: 'title-tagline', text: words.t('title.tagline') }),
    playNow,
    el('p', { className: 'kiosk-play-hint', text: words.t('kiosk.play-now-hint'), attrs: { id: hintId } }),
    named,
  ]);
  return { element, initialFocus: playNow, mainButton: playNow };
}
