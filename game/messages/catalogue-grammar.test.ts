import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { formatText } from './format.js';

/*
 * Every sentence of the catalogue reads right for one and for many: a kid never meets
 * "1 stones", "1 tries left", "1 lesson(s)", "a int" or "a IndentationError". Each message is
 * rendered with every placeholder set to 1, to 3 and to words that start with a vowel.
 */

function everyText(node: unknown, path: string[] = []): [string, string][] {
  if (typeof node === 'string') return [[path.join('.'), node]];
  if (Array.isArray(node)) return node.flatMap((item, index) => everyText(item, [...path, String(index)]));
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([key, value]) => everyText(value, [...path, key]));
  return [];
}

const TEXTS = everyText(en).filter(([key]) => key !== 'locale' && !key.startsWith('things.'));

/** The names of a text's placeholders, plain or not. */
function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)(?=[,}])/g)].map((match) => match[1]!))];
}

function renderedWith(text: string, value: string | number): string {
  return formatText(text, Object.fromEntries(placeholders(text).map((name) => [name, value])), en);
}

/** The things the game counts for a kid or a teacher. */
const COUNTED = [
  'stone',
  'rune',
  'turn',
  'try',
  'lesson',
  'step',
  'tick',
  'mark',
  'cast',
  'ghost',
  'spirit',
  'time',
  'chapter',
  'star',
  'holder',
  'slot',
  'letter',
  'second',
  'minute',
  'frame',
  'schedule',
  'kid',
  'hint',
  'line',
  'value',
  'name',
  'word',
  'link',
  'jump',
  'attempt',
  'piece',
];
const plural = (noun: string) => (noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : `${noun}s`);
// "1 stones", "1 working runes", "1 "A" marks": a counted noun right after the number, or one word
// later (not a small word like "at" or "a", which starts a new phrase: "3 at line")
const BETWEEN = `(?:(?!(?:a|an|the|at|of|in|on|to|and|or|many)\\b)[\\w"'_]+ )?`;
const ONE_WITH_PLURAL = new RegExp(`\\b1 ${BETWEEN}(?:${COUNTED.map(plural).join('|')})\\b`);
// ("a 3 rune" is a rune named 3, not three runes)
const MANY_WITH_SINGULAR = new RegExp(`(?<!\\ban? )\\b3 ${BETWEEN}(?:${COUNTED.join('|')})\\b(?!-)`);
// "a int", "a IndentationError"; a capital A mid-sentence is the letter A ("the capital A and")
const A_BEFORE_VOWEL = /(?<![\w'"])a [AEIOUaeiou]\w*|(?:^|[.!?] )A [AEIOUaeiou]\w*/;

describe('the catalogue reads right for one and for many', () => {
  it('has texts to check, and every one of them is a message the formatter can read', () => {
    expect(TEXTS.length).toBeGreaterThan(500);
    for (const [key, text] of TEXTS) expect(() => formatText(text, {}, en), key).not.toThrow();
  });

  it('never says "(s)": a count picks its own form', () => {
    expect(TEXTS.filter(([, text]) => text.includes('(s)')).map(([key]) => key)).toEqual([]);
  });

  it('never puts a counted thing in the plural after 1, or in the singular after 3', () => {
    const slips: string[] = [];
    for (const [key, text] of TEXTS) {
      const one = renderedWith(text, 1);
      const many = renderedWith(text, 3);
      if (ONE_WITH_PLURAL.test(one)) slips.push(`${key}: ${ONE_WITH_PLURAL.exec(one)![0]}`);
      if (MANY_WITH_SINGULAR.test(many)) slips.push(`${key}: ${MANY_WITH_SINGULAR.exec(many)![0]}`);
    }
    expect(slips).toEqual([]);
  });

  it('never writes "a" before a word that starts with a vowel, whatever a placeholder holds', () => {
    const slips: string[] = [];
    for (const [key, text] of TEXTS) {
      for (const value of ['IndentationError', 'int', 'AnyPile', 'apple']) {
        const rendered = renderedWith(text, value);
        const slip = A_BEFORE_VOWEL.exec(rendered);
        if (slip) slips.push(`${key}: ${slip[0]}`);
      }
    }
    expect(slips).toEqual([]);
  });

  it('catches the slips it is meant to catch', () => {
    expect(ONE_WITH_PLURAL.test(renderedWith('Your pile has {count} stones', 1))).toBe(true);
    expect(ONE_WITH_PLURAL.test(renderedWith('{count} tries left', 1))).toBe(true);
    expect(ONE_WITH_PLURAL.test(renderedWith('arthur() left {count} {letter} marks', 1))).toBe(true);
    expect(ONE_WITH_PLURAL.test(renderedWith('{count, plural, one {# stone} other {# stones}}', 1))).toBe(false);
    expect(MANY_WITH_SINGULAR.test(renderedWith('{count, plural, one {# stones} other {# stone}}', 3))).toBe(true);
    expect(A_BEFORE_VOWEL.test(renderedWith('runes is a {kind}', 'int'))).toBe(true);
    expect(A_BEFORE_VOWEL.test(renderedWith('A {error} stopped it', 'IndentationError'))).toBe(true);
    expect(A_BEFORE_VOWEL.test(renderedWith('runes holds {kind, thing}', 'int'))).toBe(false);
    expect(A_BEFORE_VOWEL.test('the capital A and the ! count')).toBe(false);
  });
});
