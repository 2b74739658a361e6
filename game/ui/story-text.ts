import type { GlossaryEntry } from '../messages/en-glossary.js';

/**
 * A story as text pieces and glossary words: the first time each word of the glossary appears
 * in a text, it becomes a link to its entry. Pure, so the tests can check every story.
 * A word inside code (followed by "(", "=", "_" or ".name", or after a ".") is code, not prose.
 */
export type StoryPiece = { text: string } | { text: string; entry: string };

export function storyPieces(text: string, glossary: Record<string, GlossaryEntry>): StoryPiece[] {
  const found: { start: number; end: number; entry: string }[] = [];
  const linked = new Set<string>();
  // longer forms first: "constant folding" before "constant", "Sir GIL" before "GIL"
  const forms = Object.entries(glossary)
    .flatMap(([entry, { forms }]) => forms.map((form) => ({ entry, form })))
    .sort((a, b) => b.form.length - a.form.length);
  for (const { entry, form } of forms) {
    if (linked.has(entry)) continue;
    const pattern = glossaryPattern(form, 'g');
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (found.some((other) => start < other.end && end > other.start)) continue;
      found.push({ start, end, entry });
      linked.add(entry);
      break;
    }
  }
  found.sort((a, b) => a.start - b.start);
  const pieces: StoryPiece[] = [];
  let at = 0;
  for (const { start, end, entry } of found) {
    if (start > at) pieces.push({ text: text.slice(at, start) });
    pieces.push({ text: text.slice(start, end), entry });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}

/** Where a glossary word stands in prose (a lower-case form in any case, a capital one as written). */
export function glossaryPattern(form: string, flags = ''): RegExp {
  return new RegExp(`(?<![\\w.])${escape(form)}(?![\\w(=_]|\\.\\w)`, /[A-Z]/.test(form) ? flags : `${flags}i`);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
