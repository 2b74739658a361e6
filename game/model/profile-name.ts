export const MAX_NAME_LENGTH = 24;

/**
 * Characters a name never keeps, typed or read from a save: control characters (C0, DEL, C1: a
 * newline or a bell would break the lists and the class CSV), lone surrogates (half an emoji),
 * and the invisible ones: format characters and the rest of Unicode's default-ignorables, among
 * them the bidirectional overrides, isolates and marks (U+202A–U+202E, U+2066–U+2069, U+200E,
 * U+200F, U+061C, with which "gnp\u202Eexe.png" shows as "gnpgnp.exe"), zero-width spaces, the
 * Hangul fillers and the tag characters (a Scottish flag is left a plain black one), and the
 * braille blank, which draws nothing either. Kept: the zero-width joiner and non-joiner and the
 * variation selectors, which emoji (🧙‍♀️, ❤️) and scripts such as Persian and Hindi are made with.
 */
// the joiners and selectors stand alone in these classes on purpose: they are what the rules find
/* eslint-disable no-misleading-character-class */
const INVISIBLE_CHARACTERS =
  /(?![\u200c\u200d\ufe00-\ufe0f\u{e0100}-\u{e01ef}])[\p{Cc}\p{Cf}\p{Cs}\p{Default_Ignorable_Code_Point}\u2800]/gu;

/**
 * Joiners and variation selectors that start a word, and joiners that end one: they have nothing
 * to join or to change there, and a name made only of them would look empty.
 */
const LOOSE_JOINERS = /(?<=^|\s)[\u200c\u200d\ufe00-\ufe0f\u{e0100}-\u{e01ef}]+|[\u200c\u200d]+(?=\s|$)/gu;
/* eslint-enable no-misleading-character-class */

/**
 * The one rule for a profile name, whether a kid types it or a save file brings it: names keep
 * their letters (accents and emoji included) but lose invisible and control characters and runs
 * of spaces. Its length is counted in code points against MAX_NAME_LENGTH.
 */
export function cleanName(name: string): string {
  return name.replace(INVISIBLE_CHARACTERS, '').replace(LOOSE_JOINERS, '').replace(/\s+/g, ' ').trim();
}

/**
 * A name read from a save, held to the rules of a typed one: a save file can be edited by hand
 * (or crafted), and its name is shown on every screen and in the class CSV. Cleaned like a typed
 * name, cut to MAX_NAME_LENGTH (where typing is refused instead), or `unnamed` (the catalogue's
 * kind default) when it is missing or nothing is left.
 */
export function nameFromSave(stored: unknown, unnamed: string): string {
  if (typeof stored !== 'string') return unnamed;
  // cleaned again after the cut: a cut through an emoji can leave a joiner or a space at the end
  const name = cleanName(firstCodePoints(cleanName(stored), MAX_NAME_LENGTH));
  return name === '' ? unnamed : name;
}

/** The first `count` code points of `text` (never half of a surrogate pair), without spreading all of a huge text. */
function firstCodePoints(text: string, count: number): string {
  let end = 0;
  let taken = 0;
  for (const char of text) {
    if (taken === count) break;
    end += char.length;
    taken += 1;
  }
  return text.slice(0, end);
}
