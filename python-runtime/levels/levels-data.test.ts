import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en } from '../../game/messages/en.js';
import { enLevels } from '../../game/messages/en-levels.js';
import { formatMessage, lookup } from '../../game/messages/format.js';
import { LEVELS, levelById, levelsOfChapter } from './index.js';
import { CHAPTERS } from './level-types.js';

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
    expect(formatMessage(`levels.${id}.title`)).toBe(texts!.title);
  });

  it('has a catalogue message for every key its checker sends, and no unused ones', () => {
    const used = messageKeysUsedBy(checkerSource(id));
    expect(used.length).toBeGreaterThan(0);
    for (const key of used) {
      if (key.includes('.')) {
        expect(typeof lookup(en, key), `${key} (used by ${id}.py)`).toBe('string');
      } else {
        expect(texts!.msg, `levels.${id}.msg.${key} (used by ${id}.py)`).toHaveProperty([key]);
      }
    }
    expect(Object.keys(texts!.msg).sort()).toEqual(used.filter((key) => !key.includes('.')).sort());
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

describe('the message key scanner', () => {
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
