import type { Translator } from '../messages/translator.js';
import type { GlossaryEntry } from '../messages/en-glossary.js';
import { el, replaceChildren, uniqueId } from './dom.js';
import { storyPieces } from './story-text.js';
import './story-view.css';

/**
 * A lesson's story as a kid reads it: the short story first, the school's words in it as
 * buttons that open their glossary entry right below, and the deeper part behind "Tell me more".
 * Everything works by keyboard: the words are buttons, Escape closes an open entry and gives the
 * focus back to its word.
 */
export function createStoryView(
  words: Translator,
  texts: { story: string; more?: string },
  glossary: Record<string, GlossaryEntry>,
): HTMLElement {
  const noteId = uniqueId('glossary-note');
  const note = el('div', { className: 'glossary-note', attrs: { id: noteId, role: 'region', 'aria-live': 'polite', hidden: true } });
  let openWord: HTMLButtonElement | null = null;

  const closeNote = (giveFocusBack: boolean) => {
    const word = openWord;
    note.hidden = true;
    replaceChildren(note, []);
    openWord?.setAttribute('aria-expanded', 'false');
    openWord = null;
    if (giveFocusBack) word?.focus();
  };
  const openNote = (word: HTMLButtonElement, entry: GlossaryEntry) => {
    if (openWord === word) {
      closeNote(false);
      return;
    }
    openWord?.setAttribute('aria-expanded', 'false');
    openWord = word;
    word.setAttribute('aria-expanded', 'true');
    note.setAttribute('aria-label', words.t('level.glossary-label', { term: entry.term }));
    replaceChildren(note, [
      el('p', {}, [el('strong', { text: entry.term }), el('span', { text: ` ${entry.text}` })]),
      el('button', {
        className: 'button button-small',
        text: words.t('level.glossary-close'),
        attrs: { type: 'button' },
        on: { click: () => closeNote(true) },
      }),
    ]);
    note.hidden = false;
  };
  note.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      closeNote(true);
    }
  });

  const paragraph = (text: string, className: string) =>
    el(
      'p',
      { className },
      storyPieces(text, glossary).map((piece) => {
        if (!('entry' in piece)) return document.createTextNode(piece.text);
        const entry = glossary[piece.entry]!;
        const word = el('button', {
          className: 'glossary-word',
          text: piece.text,
          attrs: {
            type: 'button',
            'aria-expanded': 'false',
            'aria-controls': noteId,
            title: words.t('level.glossary-open', { term: entry.term }),
          },
        });
        word.addEventListener('click', () => openNote(word, entry));
        word.addEventListener('keydown', (event) => {
          if (event.key === 'Escape' && openWord === word) {
            event.preventDefault();
            closeNote(true);
          }
        });
        return word;
      }),
    );

  const parts: HTMLElement[] = [paragraph(texts.story, 'story-text'), note];
  if (texts.more) {
    const moreId = uniqueId('story-more');
    const more = el('div', { className: 'story-more', attrs: { id: moreId, hidden: true } }, [
      paragraph(texts.more, 'story-text story-more-text'),
    ]);
    const label = el('span', { text: words.t('level.tell-me-more') });
    const toggle = el(
      'button',
      { className: 'button button-small tell-me-more', attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': moreId } },
      [label],
    );
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      more.hidden = !open;
      label.textContent = words.t(open ? 'level.tell-me-less' : 'level.tell-me-more');
    });
    parts.push(toggle, more);
  }
  return el('div', { className: 'story-view' }, parts);
}
