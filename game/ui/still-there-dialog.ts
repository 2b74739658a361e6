import { iconImage } from '../art/icons.js';
import type { Translator } from '../messages/translator.js';
import { el, uniqueId } from './dom.js';
import './kiosk.css';

/**
 * The kiosk's "Still there?": a big countdown of whole seconds and one button to stay, which has
 * focus (Enter or Space presses it; any other input cancels the countdown too, see
 * kiosk-controller.ts). The countdown is said once when the dialog appears (a polite live region);
 * the number changes every second on screen only, so a screen reader is not interrupted each second.
 */
export interface StillThereDialog {
  readonly element: HTMLElement;
  readonly stayButton: HTMLButtonElement;
  setSeconds(secondsLeft: number): void;
}

export function createStillThereDialog(words: Translator, totalSeconds: number, onStay: () => void): StillThereDialog {
  const headingId = uniqueId('still-there-heading');
  const textId = uniqueId('still-there-text');
  const count = el('span', { className: 'still-there-count' });
  const fill = el('span', { className: 'still-there-fill' });
  const stayButton = el(
    'button',
    { className: 'button button-primary button-large still-there-stay', attrs: { type: 'button' }, on: { click: onStay } },
    [iconImage('backhand-index-pointing-left', 32), el('span', { text: words.t('kiosk.still-here') })],
  );
  const live = el('p', { className: 'visually-hidden', attrs: { 'aria-live': 'polite', 'aria-atomic': 'true' } });
  const element = el(
    'div',
    {
      className: 'panel kiosk-dialog still-there-dialog',
      attrs: { role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': headingId, 'aria-describedby': textId },
    },
    [
      iconImage('hourglass-done', 72),
      el('h2', { className: 'kiosk-dialog-heading', text: words.t('kiosk.still-there-heading'), attrs: { id: headingId } }),
      // the number is for eyes; the live region below says it once in a whole sentence
      el('p', { className: 'still-there-countdown', attrs: { 'aria-hidden': 'true' } }, [
        count,
        el('span', { className: 'still-there-unit', text: words.t('kiosk.still-there-unit') }),
      ]),
      el('span', { className: 'still-there-bar', attrs: { 'aria-hidden': 'true' } }, [fill]),
      el('p', { className: 'still-there-text', text: words.t('kiosk.still-there-text'), attrs: { id: textId } }),
      stayButton,
      live,
    ],
  );
  const setSeconds = (secondsLeft: number) => {
    count.textContent = words.t('kiosk.still-there-seconds', { seconds: secondsLeft });
    fill.style.width = `${totalSeconds > 0 ? Math.max(0, Math.min(1, secondsLeft / totalSeconds)) * 100 : 0}%`;
  };
  setSeconds(totalSeconds);
  // after the dialog is in the page, so the region exists before it speaks
  window.setTimeout(() => {
    live.textContent = words.t('kiosk.still-there-announce', { seconds: totalSeconds });
  }, 60);
  return { element, stayButton, setSeconds };
}
