import { describe, expect, it } from 'vitest';
import { glossaryPattern, storyPieces } from '../ui/story-text.js';
import { en } from './en.js';
import { enLevels } from './en-levels.js';

/*
 * A kid of 9 reads the stories: each lesson's story is short (the deeper part waits behind
 * "Tell me more"), shows no raw Markdown, and every word of the glossary in it is a link to
 * its entry.
 */

const STORIES = Object.entries(enLevels);
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('the stories', () => {
  it('are at most 70 words before "Tell me more"', () => {
    const counts = STORIES.map(([id, texts]) => ({ id, words: words(texts.story) }));
    console.table(counts);
    expect(counts.filter((count) => count.words > 70)).toEqual([]);
    expect(STORIES.length).toBeGreaterThanOrEqual(27);
  });

  it('show no Markdown: no backticks, stars or hashes for the kid to read', () => {
    for (const [id, texts] of STORIES) {
      for (const text of [texts.story, texts.more ?? '', texts.goal, ...texts.hints]) {
        expect(text, id).not.toMatch(/`|\*\*|__\w|^#|\[[^\]]+\]\(/m);
      }
    }
  });

  it('link every glossary word they use to its entry', () => {
    const glossary = en.glossary;
    let linked = 0;
    for (const [id, texts] of STORIES) {
      for (const text of [texts.story, texts.more ?? '']) {
        const pieces = storyPieces(text, glossary);
        expect(pieces.map((piece) => piece.text).join(''), id).toBe(text);
        const links = new Set(pieces.flatMap((piece) => ('entry' in piece ? [piece.entry] : [])));
        for (const [entry, { forms }] of Object.entries(glossary)) {
          // a word inside a longer linked one ("constant" in "constant folding") is that word's
          const plain = pieces.filter((piece) => !('entry' in piece)).map((piece) => piece.text);
          const used = forms.some((form) => plain.some((piece) => glossaryPattern(form).test(piece)));
          if (used) expect(links.has(entry), `${id}: "${entry}" is used but not linked`).toBe(true);
        }
        linked += links.size;
      }
    }
    expect(linked).toBeGreaterThan(40);
  });

  it('has an entry for every word a kid meets in the school, and none that no story uses', () => {
    for (const term of ['tally', 'rune', 'switch-point', 'code-object', 'none', 'frame', 'value-stack', 'circle', 'gil', 'thread']) {
      expect(en.glossary, term).toHaveProperty([term]);
    }
    const allText = STORIES.map(([, texts]) => `${texts.story} ${texts.more ?? ''}`).join(' ');
    for (const [entry, { forms }] of Object.entries(en.glossary)) {
      expect(
        forms.some((form) => allText.toLowerCase().includes(form.toLowerCase())),
        `${entry} is in no story`,
      ).toBe(true);
    }
  });

  it('link a word once, the longest form first, and leave words in code alone', () => {
    const glossary = {
      lock: { term: 'lock', forms: ['lock'], text: '' },
      folding: { term: 'constant folding', forms: ['constant folding'], text: '' },
      constant: { term: 'constant', forms: ['constant'], text: '' },
    };
    expect(storyPieces('lock.acquire() takes the lock, then the lock again', glossary)).toEqual([
      { text: 'lock.acquire() takes the ' },
      { text: 'lock', entry: 'lock' },
      { text: ', then the lock again' },
    ]);
    expect(storyPieces('This is constant folding: a constant.', glossary)).toEqual([
      { text: 'This is ' },
      { text: 'constant folding', entry: 'folding' },
      { text: ': a ' },
      { text: 'constant', entry: 'constant' },
      { text: '.' },
    ]);
  });
});
