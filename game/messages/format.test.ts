import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { es } from './es.js';
import type { Catalogue } from './en.js';
import { formatMessage, formatText as formatTextIn, type MessageParams } from './format.js';

/** The English catalogue unless a test brings its own language. */
const formatText = (text: string, params: MessageParams, catalogue: Catalogue = en) => formatTextIn(text, params, catalogue);

describe('formatText', () => {
  it('fills plain placeholders and leaves a missing one visible', () => {
    expect(formatText('{knight} took the stick', { knight: 'Bors' })).toBe('Bors took the stick');
    expect(formatText('{knight} took the stick', {})).toBe('{knight} took the stick');
  });

  it('picks the plural form by the number, with # as the number and =N for an exact one', () => {
    const text = 'Your pile has {count, plural, =0 {no stones} one {# stone} other {# stones}}.';
    expect(formatText(text, { count: 0 })).toBe('Your pile has no stones.');
    expect(formatText(text, { count: 1 })).toBe('Your pile has 1 stone.');
    expect(formatText(text, { count: 2 })).toBe('Your pile has 2 stones.');
    expect(formatText(text, { count: 12 })).toBe('Your pile has 12 stones.');
  });

  it("uses the plural rules of the catalogue's language", () => {
    const text = '{n, plural, one {one} few {few} many {many} other {other}}';
    const polish = { ...en, locale: 'pl' };
    expect([1, 3, 5].map((n) => formatText(text, { n }, polish))).toEqual(['one', 'few', 'many']);
    expect([1, 3, 5].map((n) => formatText(text, { n }))).toEqual(['one', 'other', 'other']);
  });

  it('lets a placeholder sit inside a plural branch', () => {
    expect(formatText('{count, plural, one {{name} holds it} other {{name} hold it}}', { count: 2, name: 'bag and box' })).toBe(
      'bag and box hold it',
    );
  });

  it('chooses a select branch by value, and other for anything else', () => {
    const text = '{door, select, files {a file} other {something}}';
    expect(formatText(text, { door: 'files' })).toBe('a file');
    expect(formatText(text, { door: 'network' })).toBe('something');
  });

  it("names a Python type in the game's words, and an unknown one by its own name", () => {
    expect(formatText('prediction is {kind, thing}.', { kind: 'int' })).toBe('prediction is a whole number.');
    expect(formatText('runes holds {kind, thing}.', { kind: 'NoneType' })).toBe('runes holds nothing (None).');
    expect(formatText('prediction is {kind, thing}.', { kind: 'AnyPile' })).toBe('prediction is a thing of its own kind (AnyPile).');
    // a type name that happens to be an Object method is still just a name
    expect(formatText('{kind, thing}', { kind: 'toString' })).toBe('a thing of its own kind (toString)');
  });

  it('puts "a" or "an" before a value', () => {
    expect(formatText('crashed with {error, a}', { error: 'IndentationError' })).toBe('crashed with an IndentationError');
    expect(formatText('crashed with {error, a}', { error: 'TypeError' })).toBe('crashed with a TypeError');
  });

  it('keeps braces that open no placeholder as text, inside a branch too', () => {
    expect(formatText('exec needs a dictionary: vault = {}', {})).toBe('exec needs a dictionary: vault = {}');
    expect(formatText('{n, plural, one {make vault = {} once} other {# times}}', { n: 1 })).toBe('make vault = {} once');
    expect(formatText('# a comment stays', {})).toBe('# a comment stays');
  });

  it('refuses a plural without an other branch, so a broken message is found by the catalogue tests', () => {
    expect(() => formatText('{n, plural, one {x}}', { n: 1 })).toThrow(/other/);
    expect(() => formatText('{n, plural, one {x} other {y}', { n: 1 })).toThrow();
  });
});

describe('a list value', () => {
  it('is joined by the language: the checkers send the names, never an English "and"', () => {
    const text = 'Still holding it: {holders}.';
    expect(formatText(text, { holders: ['spare', 'shelf[0]', 'shelf[1]'] })).toBe('Still holding it: spare, shelf[0], and shelf[1].');
    expect(formatText(text, { holders: ['spare', 'shelf[0]', 'shelf[1]'] }, es)).toBe('Still holding it: spare, shelf[0] y shelf[1].');
    expect(formatText(text, { holders: ['spare'] })).toBe('Still holding it: spare.');
  });

  it('counts its items for a plural', () => {
    const text = '{holders} still {holders, plural, one {holds} other {hold}} it';
    expect(formatText(text, { holders: ['bag'] })).toBe('bag still holds it');
    expect(formatText(text, { holders: ['bag', 'box'] })).toBe('bag and box still hold it');
  });
});

describe('formatMessage', () => {
  it('reads level keys whose id holds a slash', () => {
    expect(formatMessage('levels.refcount/another-holder.title', {}, en)).toBe(en.levels['refcount/another-holder']!.title);
    expect(formatMessage('levels.refcount/no-such-level.title', {}, en)).toBe('[levels.refcount/no-such-level.title]');
  });
});
