import type { Say, Translator } from '../../messages/translator.js';

/**
 * The lessons' error explanations as the Lab shows them. Python's errors are explained by the
 * same keys everywhere (`errors.*`, `common.*`, a few `level.*`), and a lesson's say "your
 * spell"; in the Lab a kid writes a program, so a key that has its own Lab wording under
 * `lab.programs.words.<key>` is said that way, and every other key as the lessons say it.
 */
export const LAB_WORDS_PREFIX = 'lab.programs.words.';

export function labProgramSay(words: Pick<Translator, 'say' | 'lookup'>): Say {
  return (key, params = {}) => {
    const own = `${LAB_WORDS_PREFIX}${key}`;
    return typeof words.lookup(own) === 'string' ? words.say(own, params) : words.say(key, params);
  };
}
