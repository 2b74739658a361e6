/**
 * The pure parts of the graduation certificate: fitting a kid's name (any length, emoji
 * included) into the width the drawing has for it, and the PNG's file name. The date's words are
 * the translator's (`words.day`: the month written out in the kid's language).
 * No canvas here: the painter passes a `measure` function, the tests a fake one.
 */

/** How wide `text` is at `fontSize` pixels (the painter measures with its canvas). */
export type MeasureText = (text: string, fontSize: number) => number;

export interface FittedText {
  text: string;
  fontSize: number;
  /** True when even the smallest size was too wide and the text ends with an ellipsis. */
  cut: boolean;
}

const ELLIPSIS = '…';

/** User-perceived characters, so an emoji made of several code points (👩‍🚀, 🇫🇷) is never split. */
export function graphemes(text: string): string[] {
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (Segmenter) return [...new Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((part) => part.segment);
  return [...text]; // code points: still never splits a surrogate pair
}

/** Runs of whitespace (and control characters) become one space, ends trimmed. */
export function cleanLine(text: string): string {
  return text.replace(/[\s\p{Cc}]+/gu, ' ').trim();
}

/**
 * The biggest font size from `maxSize` down to `minSize` (in steps of 2) at which `text` fits in
 * `maxWidth`; if it does not fit even at `minSize`, the text is cut (whole graphemes) and ends with '…'.
 */
export function fitText(text: string, maxWidth: number, measure: MeasureText, maxSize: number, minSize: number): FittedText {
  const clean = cleanLine(text);
  for (let size = maxSize; size >= minSize; size -= 2) {
    if (measure(clean, size) <= maxWidth) return { text: clean, fontSize: size, cut: false };
  }
  const parts = graphemes(clean);
  // binary search for the longest prefix that fits with the ellipsis
  let low = 0;
  let high = parts.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (measure(parts.slice(0, middle).join('').trimEnd() + ELLIPSIS, minSize) <= maxWidth) low = middle;
    else high = middle - 1;
  }
  return { text: parts.slice(0, low).join('').trimEnd() + ELLIPSIS, fontSize: minSize, cut: true };
}

/** `2026-11-25`, in the kid's own time zone (the day they graduated where they sit). */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * `pyland-certificate-<name>-<yyyy-mm-dd>.png`: the name folded to safe letters (accents dropped,
 * emoji and symbols left out, at most 40 characters), `wizard` when nothing is left, so the file
 * name is valid on every system.
 */
export function certificateFileName(name: string, date: Date): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
  return `pyland-certificate-${slug || 'wizard'}-${isoDay(date)}.png`;
}
