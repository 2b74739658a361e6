import './book-tabs.css';
import { el, uniqueId } from './dom.js';

interface BookTab {
  id: string;
  label: string;
  page: HTMLElement;
}

/**
 * Tabs over pages that share one panel (the WAI-ARIA tabs pattern): one tab in the Tab order,
 * the arrow keys, Home and End move between tabs and show their page at once.
 */
export function createBook(
  tabs: BookTab[],
  options: { onSelect?(index: number): void } = {},
): { element: HTMLElement; select(index: number): void; selected(): number } {
  let chosenIndex = 0;
  const buttons = tabs.map((tab, index) =>
    el('button', {
      className: 'book-tab',
      text: tab.label,
      attrs: { type: 'button', role: 'tab', id: tab.id, 'aria-controls': tab.page.id || (tab.page.id = uniqueId('book-page')) },
      on: { click: () => select(index) },
    }),
  );
  const select = (index: number): void => {
    const changed = index !== chosenIndex;
    chosenIndex = index;
    buttons.forEach((button, at) => {
      const chosen = at === index;
      button.setAttribute('aria-selected', String(chosen));
      button.tabIndex = chosen ? 0 : -1;
      tabs[at]!.page.hidden = !chosen;
    });
    if (changed) options.onSelect?.(index);
  };
  const list = el('div', { className: 'book-tabs', attrs: { role: 'tablist' } }, buttons);
  list.addEventListener('keydown', (event) => {
    const current = buttons.findIndex((button) => button === document.activeElement);
    if (current < 0) return;
    const last = buttons.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? current === last
          ? 0
          : current + 1
        : event.key === 'ArrowLeft'
          ? current === 0
            ? last
            : current - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    select(next);
    buttons[next]!.focus();
  });
  select(0);
  return {
    element: el('section', { className: 'panel book-panel' }, [list, ...tabs.map((tab) => tab.page)]),
    select,
    selected: () => chosenIndex,
  };
}
