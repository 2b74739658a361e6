/**
 * The words inside a starter spell: its comments and the sentences it prints. The code stays
 * Python (names stay English), but these are words a kid reads, so each language has them in its
 * catalogue (`levels.<id>.spell`, in the order they stand in the starter) and the lesson shows the
 * starter in the kid's language. A phrase is a comment's text after `#`, or a string literal with
 * a space in it inside a `print(...)` line (a one-word label such as "gold" may be a key the code
 * uses too, so it stays).
 */
interface Phrase {
  start: number;
  end: number;
  text: string;
  /** The quote of the string it stands in (null: a comment). */
  quote: string | null;
}

function phrasesOf(starter: string): Phrase[] {
  const phrases: Phrase[] = [];
  let offset = 0;
  for (const line of starter.split('\n')) {
    const comment = commentStart(line);
    const code = comment === -1 ? line : line.slice(0, comment);
    if (/\bprint\(/.test(code)) {
      for (const match of code.matchAll(/"([^"\\]*)"|'([^'\\]*)'/g)) {
        const text = match[1] ?? match[2]!;
        const quote = match[0][0]!;
        if (text.includes(' ')) phrases.push({ start: offset + match.index + 1, end: offset + match.index + 1 + text.length, text, quote });
      }
    }
    if (comment !== -1) {
      const at = comment + 1 + (line[comment + 1] === ' ' ? 1 : 0);
      const text = line.slice(at).trimEnd();
      if (text !== '') phrases.push({ start: offset + at, end: offset + at + text.length, text, quote: null });
    }
    offset += line.length + 1;
  }
  return phrases;
}

/** Where a line's comment starts (a `#` outside a string), or -1. */
function commentStart(line: string): number {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quote) {
      if (char === '\\') i++;
      else if (char === quote) quote = null;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '#') return i;
  }
  return -1;
}

/** The starter's phrases in order: what `levels.<id>.spell` translates. */
export function starterPhrases(starter: string): string[] {
  return phrasesOf(starter).map((phrase) => phrase.text);
}

/**
 * The starter with its phrases in another language (`words`, in the same order). A list that
 * does not fit (another number of phrases) leaves the starter as it is: English words beat a
 * broken spell.
 */
export function starterInWords(starter: string, words: readonly string[] | undefined): string {
  const phrases = phrasesOf(starter);
  if (!words || words.length !== phrases.length) return starter;
  let out = starter;
  for (let i = phrases.length - 1; i >= 0; i--) {
    const phrase = phrases[i]!;
    // a translation must not end the string it sits in, nor the comment's line
    const line = words[i]!.replace(/[\r\n]+/g, ' ');
    const word = phrase.quote === null ? line : line.replace(/\\/g, '\\\\').replaceAll(phrase.quote, `\\${phrase.quote}`);
    out = out.slice(0, phrase.start) + word + out.slice(phrase.end);
  }
  return out;
}
