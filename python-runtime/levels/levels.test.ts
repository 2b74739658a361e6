import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../game/messages/translator.js';
import type { CastResult, GhostsSceneData, KidMessage, RuneSceneData, TallyObject, TallySceneData } from '../../contracts/cast-protocol.js';
import { LEVELS, levelById } from './index.js';
import { sceneOf, useRealRuntime } from './real-runtime.js';

const english = translatorFor('en');

/*
 * Every level's spells, cast through the real runtime (Pyodide = CPython 3.14 in a worker, the
 * harness, the level's checker from disk): the reference passes, the starter and every wrong
 * spell fail with messages a kid can read, and the scenes show what was really measured.
 * One Python for the whole file, as in the game, so casts must not leak into each other.
 * The level table reads results only: it casts each of its spells once (castOnce), though the
 * reference and the wrong spells are read by two tests each.
 */

const real = useRealRuntime({ timeLimitMs: 10_000 });
const { cast, castOnce } = real;

/** Every message resolves to a catalogue text with all its placeholders filled. */
function expectReadable(messages: KidMessage[]): void {
  expect(messages.length).toBeGreaterThan(0);
  for (const message of messages) {
    const text = english.say(message.key, message.params ?? {});
    expect(text, `missing catalogue text for ${message.key}`).not.toBe(`[${message.key}]`);
    expect(text, `unfilled placeholder in ${message.key}`).not.toMatch(/\{\w+\}/);
    if (message.text !== undefined) expect(message.text).toBe(text);
  }
}

/** What a verdict said: the level's own message keys short (`well-done`), an error's explanation whole. */
function saidBy(id: string, result: CastResult): string[] {
  const own = `levels.${id}.msg.`;
  const keys = result.messages.map((message) => (message.key.startsWith(own) ? message.key.slice(own.length) : message.key));
  return result.error ? [...keys, result.error.explanation.key] : keys;
}

/** The verdict as the kid reads it: every message, then the error's explanation. */
function shownBy(result: CastResult): string {
  const messages = result.error ? [...result.messages, result.error.explanation] : result.messages;
  return messages.map((message) => english.say(message.key, message.params ?? {})).join('\n');
}

const tallyScene = (result: CastResult): TallySceneData => sceneOf(result, 'tally');

/** The scene is of the level's own kind and has something measured in it to show. */
function expectSceneOf(result: CastResult, kind: string): void {
  sceneOf(result, kind);
  if (kind === 'tally') expect(tallyScene(result).objects.length).toBeGreaterThan(0);
  if (kind === 'ghosts') expect(Array.isArray((result.scene as GhostsSceneData).spirits)).toBe(true);
  if (kind === 'runes') {
    const runes = result.scene as RuneSceneData;
    expect(runes.runes.length + runes.missing.length).toBeGreaterThan(0);
  }
}

function tallyOf(result: CastResult, label: string): TallyObject {
  const object = tallyScene(result).objects.find((entry) => entry.label === label);
  expect(object, `no "${label}" in the scene`).toBeDefined();
  return object!;
}

describe.each(LEVELS.map((level) => [level.id, level] as const))('level %s', (id, level) => {
  it('passes the reference spell, with a scene measured in the run', async () => {
    const result = await castOnce(id, level.reference);
    expect(result.error, JSON.stringify(result.error)).toBeNull();
    expect(result.interrupted).toBe(false);
    expect(result.passed, JSON.stringify(result.messages)).toBe(true);
    expectReadable(result.messages);
    expect(result.messages.every((message) => message.key.startsWith(`levels.${id}.msg.`))).toBe(true);
    expectSceneOf(result, level.scene);
  });

  it.each((level.right ?? []).map((right) => [right.why, right] as const))(
    'passes another right spell: %s',
    async (_why, { source, says, reads }) => {
      const result = await castOnce(id, source);
      expect(result.error, JSON.stringify(result.error)).toBeNull();
      expect(result.passed, JSON.stringify(result.messages)).toBe(true);
      expectReadable(result.messages);
      if (says) expect(saidBy(id, result)).toEqual(says);
      for (const words of reads ?? []) expect(shownBy(result)).toContain(words);
    },
  );

  it('does not pass the starter as it is, which runs without an error', async () => {
    const result = await castOnce(id, level.starter);
    expect(result.error, JSON.stringify(result.error)).toBeNull();
    expect(result.passed).toBe(false);
    expectReadable(result.messages);
  });

  it.each(level.wrong.map((wrong) => [wrong.why, wrong] as const))('fails a wrong spell: %s', async (_why, { source, says, reads }) => {
    const result = await castOnce(id, source);
    expect(result.interrupted).toBe(false);
    expect(result.passed, JSON.stringify(result.messages)).toBe(false);
    expectReadable(result.messages);
    if (says) expect(saidBy(id, result)).toEqual(says);
    for (const words of reads ?? []) expect(shownBy(result)).toContain(words);
    if (result.error === null) {
      // the checker says WHY with the level's own words, and shows what it measured
      expect(result.messages.some((message) => message.key.startsWith(`levels.${id}.msg.`))).toBe(true);
      expectSceneOf(result, level.scene);
    }
  });

  it('has a wrong spell that prints exactly what the reference prints (and fails, as above)', async () => {
    const reference = await castOnce(id, level.reference);
    expect(reference.output.trim()).not.toBe('');
    const wrongOutputs: string[] = [];
    for (const wrong of level.wrong) wrongOutputs.push((await castOnce(id, wrong.source)).output);
    expect(wrongOutputs).toContain(reference.output);
  });
});

describe('a spell that tampers with Python', () => {
  it('cannot fake a tally by replacing sys.getrefcount: such a spell is told it changed the rules', async () => {
    const cheat = [
      'import sys',
      'real_getrefcount = sys.getrefcount',
      'sys.getrefcount = lambda thing: real_getrefcount(thing) + (1 if type(thing).__name__ == "MagicHat" else 0)',
    ].join('\n');
    // the policy off (it refuses a change to a module where it is written): the state guard's own layer
    const result = await real.runtime.cast({ level: 'refcount/another-holder', source: `my_hat = hat\n${cheat}`, withoutPolicy: true });
    expect(result.error).toBeNull();
    expect(result.passed).toBe(false);
    expect(result.messages.map((m) => m.key)).toEqual(['common.tampered']);
    // and the harness put sys.getrefcount back: the next spell is measured truly
    const honest = await real.runtime.cast({ level: 'refcount/another-holder', source: 'my_hat = hat' });
    expect(honest.passed).toBe(true);
    expect(tallyOf(honest, 'hat').delta).toBe(1);
  });

  it.each([
    ['a table of dis changed in place', 'import dis\nhat2 = hat\ndis.opname[dis.opmap["RESUME"]] = "RESUMING"\n'],
    ['a class of dis patched', 'import dis\nhat2 = hat\ndis.Instruction.is_jump_target = True\n'],
    [
      'the class that writes the result patched',
      'import json\nhat2 = hat\njson.JSONEncoder.encode = lambda self, o: \'{"passed": true}\'\n',
    ],
    ['a weakref class patched', 'import weakref\nhat2 = hat\nweakref.finalize.alive = True\n'],
  ])('cannot change what the school reads after the spell: %s fails the cast and is put back', async (_what, poison) => {
    const runes = levelById('bytecode/runes-that-learn')!;
    const before = await cast(runes.id, runes.starter);
    // the policy off (it refuses these where they are written): what the state guard finds
    expect((await real.castWithoutPolicy('refcount/another-holder', poison)).messages.map((m) => m.key)).toEqual(['common.tampered']);
    const after = await cast(runes.id, runes.starter);
    expect(after.passed).toBe(before.passed);
    expect(after.messages.map((m) => m.key)).toEqual(before.messages.map((m) => m.key));
    expect((await cast('refcount/another-holder', levelById('refcount/another-holder')!.reference)).passed).toBe(true);
  });
  it('cannot make the verdict pass by rewriting the harness it reaches through a frame', async () => {
    const cheat = [
      'import sys',
      'V = sys._getframe(1).f_globals["Verdict"]',
      'old = V.__init__',
      'V.__init__ = lambda s, p, m=(), sc=None: old(s, True, m, sc)',
    ].join('\n');
    const result = await real.runtime.cast({ level: 'refcount/another-holder', source: cheat, withoutPolicy: true });
    expect(result.passed).toBe(false);
    // the policy off, the spell gate refuses the frame while the spell runs
    expect(result.error).toMatchObject({ type: 'SpellDoorClosed', line: 2, explanation: { key: 'errors.host-school' } });
    const next = await real.runtime.cast({ level: 'refcount/another-holder', source: 'print("no holder")' });
    expect(next.passed).toBe(false);
  });
  it('cannot pass by walking frames up to the checker and changing its own variables', async () => {
    const cheat = [
      'import sys',
      'f = sys._getframe()',
      'while f is not None:',
      '    if f.f_code.co_name == "check" and "before" in f.f_locals:',
      '        f.f_locals["before"] -= 1',
      '    f = f.f_back',
    ].join('\n');
    const result = await cast('refcount/another-holder', cheat);
    expect(result.passed).toBe(false);
    expect(result.messages.map((m) => m.key)).toEqual(['common.closed-door']);
  });

  it('cannot leave itself a note on a module to act otherwise in the checker’s later runs of it', async () => {
    const lockless = [
      'import sys',
      'try:\n    sys.knight_runs += 1\nexcept AttributeError:\n    sys.knight_runs = 1',
      'count = 0',
      'if sys.knight_runs <= 4:',
      '    def arthur():\n        global count\n        count += 1',
      '    def bors():\n        global count\n        count += 1',
      'else:',
      '    def arthur():\n        global count\n        count = 2',
      '    def bors():\n        global count\n        count = 2',
    ].join('\n');
    const result = await real.castWithoutPolicy('gil/lock-the-counter', lockless);
    expect(result.passed).toBe(false);
    expect(result.messages.map((m) => m.key)).toEqual(['common.tampered']);
  });

  it('cannot switch the guard off for the casts after it (the next cast gets a fresh Python)', async () => {
    const cheat = [
      'g = __builtins__["__import__"].__globals__',
      'guard = g["_STATE_GUARD"]',
      'guard.classes.clear(); guard.modules.clear()',
      'V = g["Verdict"]; old = V.__init__',
      'V.__init__ = lambda self, passed, messages=(), scene=None: old(self, True, messages, scene)',
    ].join('\n');
    expect((await cast('refcount/another-holder', cheat)).passed).toBe(false);
    // spells that do nothing: measured by an untouched harness, they fail
    expect((await cast('refcount/three-pockets', 'x = 1\n')).passed).toBe(false);
    expect((await cast('gc/call-the-collector', 'print("hi")\n')).passed).toBe(false);
  });
});

describe('a spell that changes Python without any door, in the game (a fresh worker for every cast)', () => {
  const game = useRealRuntime({ freshWorkerPerCast: true });

  it('cannot change what a later cast reads: a list inside dis poisoned, then the starter of runes-that-learn', async () => {
    const runes = levelById('bytecode/runes-that-learn')!;
    const before = await game.cast(runes.id, runes.starter);
    expect(before.passed).toBe(false);
    // a table changed in place, no attribute rebound: the state guard finds it, and the cast fails
    const poison = 'import dis\nhat2 = hat\ndis.opname[dis.opmap["RESUME"]] = "RESUMING"\n';
    expect((await game.castWithoutPolicy('refcount/another-holder', poison)).messages.map((m) => m.key)).toEqual(['common.tampered']);
    const after = await game.cast(runes.id, runes.starter);
    expect(after.passed).toBe(false);
    expect(after.messages.map((m) => m.key)).toEqual(before.messages.map((m) => m.key));
  });
});
