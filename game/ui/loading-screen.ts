import type { Translator } from '../messages/translator.js';
import { el, uniqueId } from './dom.js';
import type { ScreenView } from './ui-root.js';
import './loading-screen.css';

/**
 * The first screen: two real progress bars, one for the game's own files (code, font, icons)
 * and one for Python waking up in its worker. The title appears as soon as the first is full;
 * Python keeps loading behind it.
 */
export interface LoadingScreen extends ScreenView {
  setAssets(fraction: number): void;
  setPython(fraction: number): void;
}

export function createLoadingScreen(words: Translator): LoadingScreen {
  const assets = progressBar(words.t('loading.assets'));
  const python = progressBar(words.t('loading.python'));
  const heading = el('h1', { text: words.t('loading.heading') });
  const element = el('section', { className: 'screen loading-screen panel' }, [
    el('p', { className: 'app-name', text: words.t('app.name') }),
    heading,
    assets.element,
    python.element,
  ]);
  return {
    element,
    initialFocus: heading,
    setAssets: assets.set,
    setPython: python.set,
  };
}

/** A labelled progress bar (role=progressbar with a visible label and percentage). */
export function progressBar(label: string): { element: HTMLElement; set: (fraction: number) => void } {
  const labelId = uniqueId('progress-label');
  const fill = el('div', { className: 'progress-fill' });
  const percentText = el('span', { className: 'progress-percent', attrs: { 'aria-hidden': 'true' } });
  const bar = el(
    'div',
    { className: 'progress', attrs: { role: 'progressbar', 'aria-labelledby': labelId, 'aria-valuemin': 0, 'aria-valuemax': 100 } },
    [fill],
  );
  const element = el('div', { className: 'progress-row' }, [
    el('div', { className: 'progress-label-row' }, [el('span', { text: label, attrs: { id: labelId } }), percentText]),
    bar,
  ]);
  let shown = -1;
  const set = (fraction: number) => {
    const percent = Math.round(Math.max(0, Math.min(1, fraction)) * 100);
    if (percent === shown) return;
    shown = percent;
    bar.setAttribute('aria-valuenow', String(percent));
    fill.style.width = `${percent}%`;
    percentText.textContent = `${percent}%`;
  };
  set(0);
  return { element, set };
}
