import { describe, expect, it } from 'vitest';
import type { CastResult } from '../../../contracts/cast-protocol.js';
import { messageArguments } from '../../messages/format.js';
import { LANGUAGE_IDS } from '../../model/language-choice.js';
import { translatorFor } from '../../messages/translator.js';
import { castResultView } from '../cast-result-view.js';
import { LAB_WORDS_PREFIX, labProgramSay } from './lab-program-words.js';

/** Every text under a catalogue node, by its key. */
function texts(node: unknown, path: string[] = []): [string, string][] {
  if (typeof node === 'string') return [[path.join('.'), node]];
  if (node && typeof node === 'object' && !Array.isArray(node))
    return Object.entries(node).flatMap(([key, value]) => texts(value, [...path, key]));
  return [];
}

/** The word for a spell (and casting one) in each language, which no Lab text may use; "spell it" is the verb. */
const SPELL_WORD: Record<string, RegExp> = { en: /\b(?:spell(?! it)|spells|cast)\b/i, es: /hechizo|lanz/i };

const refused: CastResult = {
  level: 'lab/memory',
  passed: false,
  messages: [],
  output: '',
  error: {
    type: 'ZeroDivisionError',
    message: 'division by zero',
    line: 3,
    explanation: { key: 'errors.ZeroDivisionError', params: { line: 3 } },
  },
  interrupted: false,
  ms: 1,
  scene: null,
};

describe.each(LANGUAGE_IDS)('the Lab’s own words for errors (%s)', (language) => {
  const words = translatorFor(language);
  const own = texts(words.lookup(LAB_WORDS_PREFIX.slice(0, -1)));

  it('stand for a key the lessons have, with the same placeholders, and never say spell', () => {
    expect(own.length).toBeGreaterThan(10);
    for (const [key, text] of own) {
      const lessons = words.lookup(key);
      expect(typeof lessons, `${key} is a lessons' key`).toBe('string');
      expect(messageArguments(text), key).toEqual(messageArguments(lessons as string));
      expect(text, key).not.toMatch(SPELL_WORD[language]!);
    }
  });

  it('cover every error explanation that speaks of a spell', () => {
    const lessons = [...texts(words.catalogue.errors, ['errors']), ...texts(words.catalogue.common, ['common'])];
    const ownKeys = new Set(own.map(([key]) => key));
    const missing = lessons.filter(([key, text]) => SPELL_WORD[language]!.test(text) && !ownKeys.has(key)).map(([key]) => key);
    expect(missing).toEqual([]);
  });

  it('are what the Lab shows, while a lesson keeps its own', () => {
    const lab = castResultView(refused, labProgramSay(words));
    const lesson = castResultView(refused, words.say);
    expect(lab.error!.explanation).toBe(words.say(`${LAB_WORDS_PREFIX}errors.ZeroDivisionError`, { line: 3 }));
    expect(lesson.error!.explanation).toBe(words.say('errors.ZeroDivisionError', { line: 3 }));
    expect(lesson.error!.explanation).toMatch(SPELL_WORD[language]!);
    expect(lab.error!.explanation).not.toMatch(SPELL_WORD[language]!);
    // a key with no Lab wording is said as the lessons say it
    expect(labProgramSay(words)('errors.IndentationError', { line: 2 })).toBe(words.say('errors.IndentationError', { line: 2 }));
  });
});
