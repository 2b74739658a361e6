import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../game/messages/format.js';
import type { CastResult, GhostsSceneData, KidMessage, RuneSceneData, TallyObject, TallySceneData } from '../protocol.js';
import { LEVELS, levelById } from './index.js';
import { sceneOf, useRealRuntime } from './real-runtime.js';

/*
 * Every level's spells, cast through the real runtime (Pyodide = CPython 3.14 in a worker, the
 * harness, the level's checker from disk): the reference passes, the starter and every wrong
 * spell fail with messages a kid can read, and the scenes show what was really measured.
 * One Python for the whole file, as in the game, so casts must not leak into each other.
 * The level table reads results only: it casts each of its spells once (castOnce), though the
 * reference and the wrong spells are read by two tests each.
 */

const real = useRealRuntime({ timeLimitMs: 10_000 });
const { cast, castOnce, outputOf } = real;

/** Every message resolves to a catalogue text with all its placeholders filled. */
function expectReadable(messages: KidMessage[]): void {
  expect(messages.length).toBeGreaterThan(0);
  for (const message of messages) {
    const text = formatMessage(message.key, message.params ?? {});
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
  return messages.map((message) => formatMessage(message.key, message.params ?? {})).join('\n');
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

  it.each((level.right ?? []).map((right) => [right.why, right] as const))('passes another right spell: %s', async (_why, { source, says, reads }) => {
    const result = await castOnce(id, source);
    expect(result.error, JSON.stringify(result.error)).toBeNull();
    expect(result.passed, JSON.stringify(result.messages)).toBe(true);
    expectReadable(result.messages);
    if (says) expect(saidBy(id, result)).toEqual(says);
    for (const words of reads ?? []) expect(shownBy(result)).toContain(words);
  });

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

/** What the scenes must show for some spells: numbers measured by the checker, never canned. */
describe('measured scenes', () => {
  it('shows the new holder and +1 for another-holder', async () => {
    const hat = tallyOf(await cast('refcount/another-holder', 'my_hat = hat\n'), 'hat');
    expect(hat).toMatchObject({ delta: 1, holders: ['hat', 'my_hat'], vanished: false });
    const twice = tallyOf(await cast('refcount/another-holder', 'a = hat\nb = [hat, hat]\n'), 'hat');
    expect(twice).toMatchObject({ delta: 3, holders: ['a', 'hat'], containers: [{ name: 'b', slots: 2 }] });
  });

  it('counts list slots of the same wand one by one', async () => {
    const result = await cast('refcount/three-pockets', 'pockets.extend([wand] * 3)\n');
    expect(result.passed).toBe(true);
    expect(tallyOf(result, 'wand')).toMatchObject({ delta: 3, containers: [{ name: 'pockets', slots: 3 }] });
  });

  it('shows the broom going back to where it started, whichever way the holders let go', async () => {
    for (const spell of ['del spare\nshelf.clear()\n', 'spare = None\ndel shelf\n', 'del spare\nshelf.pop()\nshelf.pop()\n']) {
      const result = await cast('refcount/let-go', spell);
      expect(result.passed, spell).toBe(true);
      expect(tallyOf(result, 'broom')).toMatchObject({ delta: -3, holders: ['broom'], containers: [] });
    }
  });

  it('shows the hat vanish only when the last holder lets go', async () => {
    const gone = await cast('refcount/make-it-vanish', 'wardrobe.clear()\nbag.clear()\nhat = "a new hat"\n');
    expect(gone.passed).toBe(true);
    expect(tallyOf(gone, 'hat')).toMatchObject({ vanished: true, delta: -3 });
    const still = await cast('refcount/make-it-vanish', 'wardrobe.remove(hat)\ndel hat\n');
    expect(still.passed).toBe(false);
    expect(tallyOf(still, 'hat')).toMatchObject({ vanished: false, delta: -2, containers: [{ name: 'bag', slots: 1 }] });
  });

  it('says which cleaner freed the hat: the tally reaching 0 (a pass), or gc.collect() sweeping a hat that held itself (not one)', async () => {
    const letGo = 'import gc\nwardrobe.remove(hat)\ndel bag["hat"]\ndel hat\ngc.collect()\n';
    const byTally = await cast('refcount/make-it-vanish', letGo);
    expect(byTally.passed).toBe(true);
    expect(byTally.messages.map((message) => message.key)).toEqual(['levels.refcount/make-it-vanish.msg.well-done']);
    const swept = await cast('refcount/make-it-vanish', letGo.replace('import gc\n', 'import gc\nhat.me = hat\n'));
    // it vanished, but its tally never reached 0: the story's way (and two-cleaners') is not a pass
    expect(swept.passed).toBe(false);
    expect(swept.messages.map((message) => message.key)).toEqual(['levels.refcount/make-it-vanish.msg.swept']);
    expect(tallyOf(swept, 'hat')).toMatchObject({ vanished: true, swept: true });
    expect(tallyOf(byTally, 'hat')).toMatchObject({ vanished: true, swept: false });
  });

  it('sees a function name hold the hat only while the function runs', async () => {
    const result = await cast('refcount/function-holder', 'def wear(h):\n    print(peek())\nwear(hat)\nprint(peek())\n');
    expect(result.passed).toBe(true);
    expect(result.output).toBe('1\n0\n');
    expect(result.messages[0]!.params).toMatchObject({ inside: '+1', after: '0' });
    // a list outside the function raises the tally too, but no name of the function held the hat
    const outside = await cast('refcount/function-holder', 'def wear():\n    print(peek())\ntmp = [hat]\nwear()\ndel tmp\nprint(peek())\n');
    expect(outside.passed).toBe(false);
    expect(outside.output).toBe('1\n0\n');
    expect(outside.messages.map((message) => message.key)).toEqual(['levels.refcount/function-holder.msg.held-outside']);
    // the function's own tuple of arguments holds the hat: that is the function holding it
    const gathered = await cast('refcount/function-holder', 'def wear(*things):\n    print(peek())\nwear(hat)\nprint(peek())\n');
    expect(gathered.passed, JSON.stringify(gathered.messages)).toBe(true);
  });

  it("shows None's tally frozen next to the hat's", async () => {
    const result = await cast('refcount/immortal-none', 'pile.extend([hat, None] * 5)\n');
    expect(result.passed).toBe(true);
    expect(tallyOf(result, 'hat')).toMatchObject({ delta: 5, containers: [{ name: 'pile', slots: 5 }] });
    expect(tallyOf(result, 'None')).toMatchObject({ delta: 0, containers: [{ name: 'pile', slots: 5 }] });
  });

  it('reports a crash in the spell as an error with its line, not as a verdict', async () => {
    const result = await cast('refcount/another-holder', 'my_hat = hat\nprint(my_hatt)\n');
    expect(result.passed).toBe(false);
    expect(result.error).toMatchObject({ type: 'NameError', line: 2 });
  });
});

/** The stories teach these facts: they must hold in this very Python. */
describe('what the stories claim', () => {
  it('sys.getrefcount counts hidden helpers besides the names (another-holder)', async () => {
    // the only name in the spell holding the hat is `hat`, yet the tally is higher
    expect(Number(await outputOf('refcount/another-holder', 'import sys\nprint(sys.getrefcount(hat))\n'))).toBeGreaterThan(1);
  });

  it('a weak reference is not a holder (make-it-vanish)', async () => {
    const spell = 'import sys, weakref\nbefore = sys.getrefcount(hat)\nghost = weakref.ref(hat)\nprint(sys.getrefcount(hat) - before, ghost() is hat)\n';
    expect(await outputOf('refcount/make-it-vanish', spell)).toBe('0 True\n');
  });

  it('Python frees an object at once when its tally reaches 0 (make-it-vanish)', async () => {
    const spell = 'import weakref\nghost = weakref.ref(hat)\nwardrobe.remove(hat)\ndel bag["hat"]\ndel hat\nprint(ghost())\n';
    expect(await outputOf('refcount/make-it-vanish', spell)).toBe('None\n');
  });

  it('a default value like h=hat holds the hat as long as the function lives (function-holder kept-hidden)', async () => {
    const spell = 'import sys\nbefore = sys.getrefcount(hat)\ndef wear(h=hat):\n    pass\nwear()\nprint(sys.getrefcount(hat) - before)\ndel wear\nprint(sys.getrefcount(hat) - before)\n';
    expect(await outputOf('refcount/another-holder', spell)).toBe('1\n0\n');
  });

  it('None, True, False and small numbers like 7 are immortal: their tally never moves (immortal-none)', async () => {
    const spell = [
      'import sys',
      'things = [None, True, False, 7]',
      'before = [sys.getrefcount(t) for t in things]',
      'crowd = [t for t in things for _ in range(100)]',
      'print([sys.getrefcount(t) - b for t, b in zip(things, before)])',
      'print(all(sys._is_immortal(t) for t in things), sys.getrefcount(None) > 1_000_000)',
    ].join('\n');
    expect(await outputOf('refcount/immortal-none', spell)).toBe('[0, 0, 0, 0]\nTrue True\n');
  });

  it('the level texts promise sys._is_immortal exists (immortal-none well-done)', async () => {
    expect(await outputOf('refcount/immortal-none', 'import sys\nprint(sys._is_immortal(None), sys.version_info >= (3, 12))\n')).toBe('True True\n');
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
    ['the class that writes the result patched', 'import json\nhat2 = hat\njson.JSONEncoder.encode = lambda self, o: \'{"passed": true}\'\n'],
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

