import { describe, expect, it } from 'vitest';
import { LANGUAGE_IDS } from '../model/language-choice.js';
import { formatText, messageArguments } from './format.js';
import { LANGUAGES } from './languages.js';

/*
 * Every language has every message English has, and nothing else: the same keys, the same
 * number of hints, the same placeholders in each message (a missing `{line}` would hide where the
 * mistake is), and every message is one the formatter can read. This is the test a new language
 * is written against (README: "Adding a language").
 */

type Leaf = { key: string; text: string };

function leaves(node: unknown, path: string[] = []): Leaf[] {
  // a glossary word has as many forms as its language has (hat, hats; sombrero, sombreros)
  if (path.at(-1) === 'forms' && Array.isArray(node)) return [{ key: path.join('.'), text: node.join(' | ') }];
  if (typeof node === 'string') return [{ key: path.join('.'), text: node }];
  if (Array.isArray(node)) return node.flatMap((item, index) => leaves(item, [...path, String(index)]));
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([key, value]) => leaves(value, [...path, key]));
  return [];
}

/** The names a message fills (each language fills them its own way: a plural, a select for a gender). */
const placeholders = messageArguments;

const english = leaves(LANGUAGES.en.catalogue);
const englishKeys = new Map(english.map((leaf) => [leaf.key, leaf.text]));

describe.each(LANGUAGE_IDS.filter((id) => id !== 'en'))('the %s catalogue', (id) => {
  const catalogue = LANGUAGES[id].catalogue;
  const own = leaves(catalogue);
  const ownKeys = new Map(own.map((leaf) => [leaf.key, leaf.text]));

  it('has every key English has, and no other', () => {
    expect(
      [...englishKeys.keys()].filter((key) => !ownKeys.has(key)),
      'missing',
    ).toEqual([]);
    expect(
      [...ownKeys.keys()].filter((key) => !englishKeys.has(key)),
      'extra',
    ).toEqual([]);
  });

  it('fills the same placeholders in every message, the same way', () => {
    const different = own
      .filter((leaf) => englishKeys.has(leaf.key) && leaf.key !== 'locale')
      .filter((leaf) => placeholders(leaf.text).join() !== placeholders(englishKeys.get(leaf.key)!).join())
      .map((leaf) => `${leaf.key}: ${placeholders(englishKeys.get(leaf.key)!).join()} → ${placeholders(leaf.text).join()}`);
    expect(different).toEqual([]);
  });

  it('has messages the formatter can read, with its own plural rules, and no English "a"/"an"', () => {
    for (const leaf of own) {
      expect(() => formatText(leaf.text, {}, catalogue), leaf.key).not.toThrow();
      expect(leaf.text, leaf.key).not.toMatch(/\{\w+\s*,\s*a\s*\}/);
    }
    expect(new Intl.PluralRules(catalogue.locale).resolvedOptions().locale.split('-')[0]).toBe(id);
  });

  it('is translated: most texts differ from the English ones', () => {
    const same = own.filter((leaf) => leaf.text.length > 20 && englishKeys.get(leaf.key) === leaf.text);
    expect(same.length / own.length).toBeLessThan(0.05);
  });
});

describe('the test itself', () => {
  it('notices a missing key, an extra key and another placeholder', () => {
    const broken = { ...LANGUAGES.es.catalogue, app: { title: 'x' } };
    const keys = new Set(leaves(broken).map((leaf) => leaf.key));
    expect(keys.has('app.name')).toBe(false);
    expect(keys.has('app.title')).toBe(true);
    expect(placeholders('At line {line}: {count, plural, one {# stone of {name}} other {# stones}}')).toEqual(['count', 'line', 'name']);
    expect(placeholders('En la línea {linea}')).not.toEqual(placeholders('At line {line}'));
  });
});
