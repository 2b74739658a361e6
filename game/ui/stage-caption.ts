import type { Translator } from '../messages/translator.js';
import { el, replaceChildren, uniqueId } from './dom.js';
import './stage-caption.css';

/**
 * The words under a level's stage: one line per thing the stage shows (each kind's words, in game/stages/<kind>/). The box
 * keeps a fixed height (new words after a cast must not resize the stage in the middle of its
 * animation), so a long caption scrolls inside it, by keyboard too (the list is focusable), and
 * "Read it all" opens it upwards over the stage without moving anything; Escape or the same
 * button closes it again.
 */
export interface StageCaption {
  /** The fixed-height box under the stage. */
  readonly element: HTMLElement;
  /** "Read it all" / "Show less", for the stage's heading row (hidden when all fit). */
  readonly toggle: HTMLButtonElement;
  show(sentences: string[]): void;
  destroy(): void;
}

/**
 * @param room how tall the open caption may be (px): the stage above it and the box itself, so
 *   it never covers the heading row and its button
 */
export function createStageCaption(words: Translator, room: () => number = () => 0): StageCaption {
  const listId = uniqueId('stage-caption');
  const list = el('ul', {
    className: 'stage-caption',
    attrs: { id: listId, tabindex: 0, 'aria-label': words.t('level.caption-label') },
  });
  const box = el('div', { className: 'stage-caption-box', attrs: { 'data-expanded': 'false' } }, [list]);
  const toggleLabel = el('span');
  const toggle = el(
    'button',
    {
      className: 'button button-small caption-toggle',
      attrs: { type: 'button', 'aria-controls': listId, 'aria-expanded': 'false', 'data-needed': 'false' },
    },
    [toggleLabel],
  );

  const setExpanded = (expanded: boolean) => {
    box.dataset['expanded'] = String(expanded);
    toggle.setAttribute('aria-expanded', String(expanded));
    const limit = expanded ? room() : 0;
    list.style.maxHeight = limit > 0 ? `${Math.floor(limit)}px` : '';
    refresh();
  };
  /** The button is there only when some lines are out of sight (or the list is open). */
  const refresh = () => {
    const expanded = box.dataset['expanded'] === 'true';
    const hidden = list.scrollHeight > list.clientHeight + 2;
    toggle.dataset['needed'] = String(expanded || hidden);
    toggleLabel.textContent = expanded ? words.t('level.caption-less') : words.t('level.caption-more');
  };

  toggle.addEventListener('click', () => {
    const expand = box.dataset['expanded'] !== 'true';
    setExpanded(expand);
    if (expand) list.focus();
  });
  list.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && box.dataset['expanded'] === 'true') {
      event.preventDefault();
      event.stopPropagation();
      setExpanded(false);
      toggle.focus();
    }
  });
  const resized = new ResizeObserver(() => refresh());
  resized.observe(box);

  const show = (sentences: string[]) => {
    replaceChildren(
      list,
      sentences.map((text) => el('li', { text })),
    );
    list.scrollTop = 0;
    // a new cast: the stage animates, so the words step back under it
    setExpanded(false);
  };
  show([words.t('level.stage-idle')]);

  return { element: box, toggle, show, destroy: () => resized.disconnect() };
}
