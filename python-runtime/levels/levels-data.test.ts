import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en } from '../../game/messages/en.js';
import { enLevels } from '../../game/messages/en-levels.js';
import { lookup } from '../../game/messages/format.js';
import { LANGUAGES } from '../../game/messages/languages.js';
import { translatorFor } from '../../game/messages/translator.js';
import { LEVELS, levelById, levelsOfChapter } from './index.js';
import { CHAPTERS } from '../../contracts/level-schema.js';
import { starterInWords, starterPhrases } from '../../game/model/starter-words.js';

const english = translatorFor('en');

/*
 * The level data, checkers and texts fit together (no Python needed here; levels.test.ts runs
 * every spell through the real runtime).
 */

const LEVELS_DIR = dirname(fileURLToPath(import.meta.url));

function checkerSource(id: string): string {
  return readFileSync(join(LEVELS_DIR, `${id}.py`), 'utf8');
}

/**
 * The message keys a checker sends: the first item of every `("key", {...})`, `("key", params)`
 * or `("key", dict(...))` pair it builds for a Verdict.
 */
function messageKeysUsedBy(source: string): string[] {
  const keys = new Set<string>();
  for (const match of source.matchAll(/\(\s*"([a-z][a-z0-9.-]*)"\s*,\s*(?:\{|dict\(|params\b)/g)) {
    keys.add(match[1]!);
  }
  return [...keys];
}

const HARNESS_DIR = join(LEVELS_DIR, '..', 'harness');

function harnessSource(module: string): string {
  return readFileSync(join(HARNESS_DIR, `${module}.py`), 'utf8');
}

/** The chapter helper modules (harness/pyland_*.py) a checker can import functions from. */
const HELPER_MODULES = readdirSync(HARNESS_DIR)
  .filter((file) => /^pyland_\w+\.py$/.test(file))
  .map((file) => file.replace(/\.py$/, ''));

/**
 * A helper module's `LEVEL_MESSAGES` table: for each of its functions that can put level message
 * keys into a Verdict, all the keys it can send (its own and those of the table's functions it
 * calls). Written one function a line, `    "name": ("key", "key"),`; anything else in the table
 * is an error, so a table the test cannot read never passes as an empty one.
 */
function declaredMessages(source: string): Map<string, string[]> {
  const declared = new Map<string, string[]>();
  const table = /^LEVEL_MESSAGES = \{\n([\s\S]*?)^\}/m.exec(source);
  if (!table) {
    if (/^LEVEL_MESSAGES\b/m.test(source)) throw new Error('LEVEL_MESSAGES is not written as one function a line');
    return declared;
  }
  for (const line of table[1]!.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const entry = /^ {4}"(\w+)": \(((?:"[a-z][a-z0-9.-]*", ?)*(?:"[a-z][a-z0-9.-]*")?)\),$/.exec(line);
    if (!entry) throw new Error(`cannot read this LEVEL_MESSAGES line: ${line}`);
    declared.set(
      entry[1]!,
      [...entry[2]!.matchAll(/"([^"]+)"/g)].map((key) => key[1]!),
    );
  }
  return declared;
}

/** Top-level functions of a Python module: name -> its whole text (def line and body). */
function topLevelFunctions(source: string): Map<string, string> {
  const functions = new Map<string, string>();
  const lines = source.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const def = /^def (\w+)\(/.exec(lines[index]!);
    if (!def) continue;
    let end = index + 1;
    while (end < lines.length && !/^\S/.test(lines[end]!)) end++;
    functions.set(def[1]!, lines.slice(index, end).join('\n'));
  }
  return functions;
}

const calls = (source: string, name: string) => new RegExp(`(?<![\\w.])${name}\\(`).test(source);

/** The functions a checker imports from the helper modules: [module, function name]. */
function helpersImportedBy(source: string): [string, string][] {
  const imported: [string, string][] = [];
  for (const match of source.matchAll(/^from (pyland_\w+) import (\([^)]*\)|.*)$/gm)) {
    for (const name of match[2]!.replace(/[()]/g, '').split(',')) {
      if (name.trim() !== '') imported.push([match[1]!, name.trim()]);
    }
  }
  return imported;
}

/**
 * Every message key a checker can send: the ones it writes itself, and those of the helper
 * functions it calls (read from their module's LEVEL_MESSAGES table).
 */
function messageKeysSentBy(id: string): string[] {
  const source = checkerSource(id);
  const keys = new Set(messageKeysUsedBy(source));
  const body = source.replace(/^from pyland\w* import .*$/gm, '');
  for (const [module, name] of helpersImportedBy(source)) {
    if (!calls(body, name)) continue;
    for (const key of declaredMessages(harnessSource(module)).get(name) ?? []) keys.add(key);
  }
  return [...keys];
}

describe('the level list', () => {
  it('has unique ids of the form <chapter>/<slug>, each in its own chapter', () => {
    const ids = LEVELS.map((level) => level.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const level of LEVELS) {
      const match = /^([a-z]+)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(level.id);
      expect(match, level.id).not.toBeNull();
      expect(match![1]).toBe(level.chapter);
      expect(CHAPTERS).toContain(level.chapter);
    }
  });

  it('keeps the chapters in teaching order', () => {
    const chapterPositions = LEVELS.map((level) => CHAPTERS.indexOf(level.chapter));
    expect(chapterPositions).toEqual([...chapterPositions].sort((a, b) => a - b));
  });

  it('gives chapter 1 (reference counting) at least five levels, in order', () => {
    const chapter = levelsOfChapter('refcount');
    expect(chapter.length).toBeGreaterThanOrEqual(5);
    expect(chapter).toEqual(LEVELS.filter((level) => level.chapter === 'refcount'));
    expect(chapter[0]!.id).toBe('refcount/another-holder');
  });

  it('finds levels by id, and nothing for an unknown id', () => {
    for (const level of LEVELS) expect(levelById(level.id)).toBe(level);
    expect(levelById('refcount/no-such-level')).toBeUndefined();
    expect(levelsOfChapter('graduation').every((level) => level.chapter === 'graduation')).toBe(true);
  });

  it('has a data file and a checker for every level, and no level file left out of the list', () => {
    for (const level of LEVELS) {
      const dataFile = join(LEVELS_DIR, `${level.id}.ts`);
      expect(existsSync(dataFile), dataFile).toBe(true);
      // the data file at <chapter>/<slug>.ts declares exactly this id
      expect(readFileSync(dataFile, 'utf8')).toContain(`id: '${level.id}'`);
      expect(checkerSource(level.id)).toMatch(/^def check\(spell\):/m);
    }
    const known = new Set(LEVELS.map((level) => level.id));
    for (const chapter of CHAPTERS) {
      const dir = join(LEVELS_DIR, chapter);
      if (!existsSync(dir)) continue;
      for (const file of readdirSync(dir)) {
        const slug = file.replace(/\.(ts|py)$/, '');
        if (file.endsWith('.test.ts') || slug === file) continue;
        expect(known.has(`${chapter}/${slug}`), `${chapter}/${file} is not in LEVELS`).toBe(true);
      }
    }
  });
});

describe.each(LEVELS.map((level) => [level.id, level] as const))('level %s', (id, level) => {
  const texts = enLevels[id];

  it('has a title, a story, a goal and exactly hintCount hints', () => {
    expect(texts, `no texts for ${id} in en-levels.ts`).toBeDefined();
    expect(texts!.title.trim()).not.toBe('');
    expect(texts!.story.trim()).not.toBe('');
    expect(texts!.goal.trim()).not.toBe('');
    expect(level.hintCount).toBeGreaterThanOrEqual(1);
    expect(texts!.hints).toHaveLength(level.hintCount);
    for (const hint of texts!.hints) expect(hint.trim()).not.toBe('');
  });

  it('is reachable through the catalogue', () => {
    expect(en.levels[id]).toBe(texts);
    expect(english.t(`levels.${id}.title`)).toBe(texts!.title);
  });

  it('has a catalogue message for every key its checker sends, and no unused ones', () => {
    const used = messageKeysSentBy(id);
    expect(used.length).toBeGreaterThan(0);
    for (const key of used) {
      if (key.includes('.')) {
        expect(typeof lookup(en, key), `${key} (sent by ${id}.py or a helper it calls)`).toBe('string');
      } else {
        expect(texts!.msg, `levels.${id}.msg.${key} (sent by ${id}.py or a helper it calls)`).toHaveProperty([key]);
      }
    }
    expect(Object.keys(texts!.msg).sort()).toEqual(used.filter((key) => !key.includes('.')).sort());
  });

  it('leaves every empty typing line inside a block at the indentation its code needs', () => {
    // a kid who clicks an empty line inside haunt() and types must not get an IndentationError
    const lines = level.starter.split('\n');
    const indent = (line: string) => line.length - line.trimStart().length;
    lines.forEach((line, index) => {
      if (line.trim() !== '') return;
      const before = lines
        .slice(0, index)
        .reverse()
        .find((other) => other.trim() !== '');
      const after = lines.slice(index + 1).find((other) => other.trim() !== '');
      if (before === undefined || after === undefined) return;
      const needed = Math.min(before.trimEnd().endsWith(':') ? indent(before) + 4 : indent(before), indent(after));
      expect(line, `line ${index + 1} of the starter of ${id}`).toBe(' '.repeat(needed));
    });
  });

  it("lists its starter's words in every language, and each language's starter is still the same Python", () => {
    const phrases = starterPhrases(level.starter);
    expect(en.levels[id]!.spell ?? [], `levels.${id}.spell in en-levels-${level.chapter}.ts`).toEqual(phrases);
    // the starter with every phrase blanked: the code a translation must leave exactly as it is
    const blanks = phrases.map(() => '…');
    const code = (starter: string) => starterInWords(starter, blanks);
    for (const [language, { catalogue }] of Object.entries(LANGUAGES)) {
      const words = catalogue.levels[id]?.spell;
      if (phrases.length === 0) {
        expect(words, `${language}: levels.${id} has no words in its starter, so no spell`).toBeUndefined();
        continue;
      }
      expect(words, `${language}: levels.${id}.spell`).toHaveLength(phrases.length);
      const translated = starterInWords(level.starter, words);
      // each word stayed a phrase (a comment, or a sentence inside its print string) and the code around them did not move
      expect(starterPhrases(translated), `${language}: the starter of ${id}`).toEqual(words);
      expect(code(translated), `${language}: the starter of ${id}`).toBe(code(level.starter));
    }
  });

  it('has a starter, a different reference and at least three different wrong spells', () => {
    expect(['tally', 'runes', 'ghosts', 'knights', 'wizard']).toContain(level.scene);
    expect(level.starter.trim()).not.toBe('');
    expect(level.reference.trim()).not.toBe('');
    expect(level.starter).not.toBe(level.reference);
    expect(level.wrong.length).toBeGreaterThanOrEqual(3);
    const sources = level.wrong.map((wrong) => wrong.source);
    expect(new Set(sources).size).toBe(sources.length);
    for (const wrong of level.wrong) {
      expect(wrong.why.trim()).not.toBe('');
      expect(wrong.source).not.toBe(level.reference);
    }
  });
});

describe.each(HELPER_MODULES)('helper module %s', (module) => {
  it('lists in LEVEL_MESSAGES every level key its functions can send, and no key they cannot', () => {
    const source = harnessSource(module);
    const declared = declaredMessages(source);
    const functions = topLevelFunctions(source);
    for (const [name, keys] of declared) {
      const body = functions.get(name);
      expect(body, `${module}.LEVEL_MESSAGES names ${name}, which is no function of ${module}`).toBeDefined();
      const reachable = new Set(messageKeysUsedBy(body!));
      for (const [other, otherKeys] of declared) {
        if (other !== name && calls(body!, other)) for (const key of otherKeys) reachable.add(key);
      }
      expect([...keys].sort(), `${module}.LEVEL_MESSAGES["${name}"]`).toEqual([...reachable].sort());
    }
    for (const [name, body] of functions) {
      if (declared.has(name)) continue;
      expect(messageKeysUsedBy(body), `${module}.${name} sends level keys but is not in LEVEL_MESSAGES`).toEqual([]);
      for (const other of declared.keys()) {
        expect(calls(body, other), `${module}.${name} calls ${other} but is not in LEVEL_MESSAGES`).toBe(false);
      }
    }
    // a key sent from outside the top-level functions (a class, the module body) is listed nowhere
    let outside = source;
    for (const body of functions.values()) outside = outside.replace(body, '');
    expect(messageKeysUsedBy(outside)).toEqual([]);
  });
});

describe('the message key scanner', () => {
  it("reads the helper modules' LEVEL_MESSAGES tables, and refuses one it cannot read", () => {
    const table = [
      'import pyland',
      'LEVEL_MESSAGES = {',
      '    # the counter race',
      '    "alone": ("missing", "idle"),',
      '    "race": ("missing", "idle", "too-big"),',
      '    "quiet": (),',
      '}',
      'def alone(spell):',
      '    return Verdict(False, [("missing", {})], None)',
    ].join('\n');
    expect(declaredMessages(table)).toEqual(
      new Map([
        ['alone', ['missing', 'idle']],
        ['race', ['missing', 'idle', 'too-big']],
        ['quiet', []],
      ]),
    );
    expect(declaredMessages('def alone(spell):\n    pass\n')).toEqual(new Map());
    expect(() => declaredMessages('LEVEL_MESSAGES = {\n    "race": KEYS,\n}\n')).toThrow(/cannot read/);
    expect(() => declaredMessages('LEVEL_MESSAGES = dict(race=("idle",))\n')).toThrow(/one function a line/);
  });

  it('finds the helpers a checker imports, on one line or in brackets', () => {
    const source =
      'from pyland import Verdict\nfrom pyland_knights import race, replay\nfrom pyland_ghosts import (\n    Spirit,\n    SpiritWatch,\n)\n';
    expect(helpersImportedBy(source)).toEqual([
      ['pyland_knights', 'race'],
      ['pyland_knights', 'replay'],
      ['pyland_ghosts', 'Spirit'],
      ['pyland_ghosts', 'SpiritWatch'],
    ]);
  });

  it('splits a module into its top-level functions and sees which ones they call', () => {
    const functions = topLevelFunctions(
      'X = 1\ndef a(spell):\n    return b(spell)\n\n    # still a\ndef b(spell):\n    return spell.b(1)\nY = 2\n',
    );
    expect([...functions.keys()]).toEqual(['a', 'b']);
    expect(calls(functions.get('a')!, 'b')).toBe(true);
    expect(calls('    return spell.b(1)', 'b')).toBe(false);
    expect(functions.get('b')).not.toContain('Y = 2');
  });

  it('finds keys in every form the checkers use', () => {
    const source = [
      'messages.append(("well-done", {"delta": 1}))',
      'message = ("still-here", {"delta": 1})',
      'messages.append(("keep-broom", params))',
      'messages.append(("still-held", dict(params, holders="a")))',
      'messages.append(("common.checker-broken", {}))',
      'ns.get("hat")  # not a message',
    ].join('\n');
    expect(messageKeysUsedBy(source).sort()).toEqual(['common.checker-broken', 'keep-broom', 'still-held', 'still-here', 'well-done']);
  });
});
