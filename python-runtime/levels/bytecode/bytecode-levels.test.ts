import { describe, expect, it } from 'vitest';
import type { CastResult, RuneSceneData } from '../../../contracts/cast-protocol.js';
import { sceneOf, useRealRuntime } from '../real-runtime.js';

/*
 * Chapter 4 (spell runes) through the real runtime: what its stories teach holds in this very
 * Python (CPython 3.14 in Pyodide), the scenes show the runes really read, and a spell cannot
 * fool the checkers by crashing, looping or making dis lie. (levels.test.ts already casts every
 * reference, starter and wrong spell of every level.)
 */

const { cast, outputOf, castWithoutPolicy } = useRealRuntime();

const runes = (result: CastResult): RuneSceneData => sceneOf(result, 'runes');

const opnames = (fn: string) => `[i.opname for i in dis.get_instructions(${fn})]`;

describe('what the stories claim', () => {
  it('a function that only says pass hands back None with LOAD_CONST and RETURN_VALUE (find-the-constant)', async () => {
    const spell = `import dis\ndef greet():\n    pass\nprint([(i.opname, i.argval) for i in dis.get_instructions(greet)][1:])\n`;
    expect(await outputOf('bytecode/find-the-constant', spell)).toBe("[('LOAD_CONST', None), ('RETURN_VALUE', None)]\n");
  });

  it('a word is carried by LOAD_CONST, a small number by LOAD_SMALL_INT, and 3.14 has no RETURN_CONST', async () => {
    const spell = [
      'import dis',
      'def greet():\n    return "Abracadabra!"',
      'def small():\n    return 42',
      'def big():\n    return 1000',
      `print(${opnames('greet')}[1:], ${opnames('small')}[1:], ${opnames('big')}[1:])`,
      'print("RETURN_CONST" in dis.opmap)',
    ].join('\n');
    expect(await outputOf('bytecode/find-the-constant', spell)).toBe(
      "['LOAD_CONST', 'RETURN_VALUE'] ['LOAD_SMALL_INT', 'RETURN_VALUE'] ['LOAD_CONST', 'RETURN_VALUE']\nFalse\n",
    );
  });

  it('a local is read with LOAD_FAST_BORROW, a global and a builtin with LOAD_GLOBAL (local-or-global)', async () => {
    const spell = [
      'import dis',
      'power = 3',
      'def charge(energy):\n    print(energy)\n    return energy * power',
      'print(sorted({(i.opname, i.argval) for i in dis.get_instructions(charge) if i.opname.startswith("LOAD_") and isinstance(i.argval, str)}))',
    ].join('\n');
    expect(await outputOf('bytecode/find-the-constant', spell)).toBe(
      "[('LOAD_FAST_BORROW', 'energy'), ('LOAD_GLOBAL', 'power'), ('LOAD_GLOBAL', 'print')]\n",
    );
  });

  it('6 * 7 is folded into 42 before the spell runs, six * 7 keeps a BINARY_OP rune (fold-the-numbers)', async () => {
    const spell = [
      'import dis',
      'def folded():\n    return 6 * 7',
      'def named():\n    six = 6\n    return six * 7',
      'print([(i.opname, i.argval) for i in dis.get_instructions(folded)][1:])',
      'print([i.opname for i in dis.get_instructions(named) if i.opname.startswith("BINARY_OP")])',
    ].join('\n');
    expect(await outputOf('bytecode/find-the-constant', spell)).toBe("[('LOAD_SMALL_INT', 42), ('RETURN_VALUE', None)]\n['BINARY_OP']\n");
  });

  it('every sum made only of numbers is folded, as dis shows even for a bare "6 * 7" (fold-the-numbers, folded-stack)', async () => {
    const spell =
      'import dis\nfor sum in ["6 * 7", "2 + 3", "100 - 58", "60 * 60", "2 ** 10"]:\n    print([(i.opname, i.argval) for i in dis.get_instructions(sum)][1:])\n';
    expect(await outputOf('bytecode/find-the-constant', spell)).toBe(
      [
        "[('LOAD_SMALL_INT', 42), ('RETURN_VALUE', None)]",
        "[('LOAD_SMALL_INT', 5), ('RETURN_VALUE', None)]",
        "[('LOAD_SMALL_INT', 42), ('RETURN_VALUE', None)]",
        // LOAD_SMALL_INT only carries 0 to 255: a bigger folded number is a LOAD_CONST
        "[('LOAD_CONST', 3600), ('RETURN_VALUE', None)]",
        "[('LOAD_CONST', 1024), ('RETURN_VALUE', None)]",
        '',
      ].join('\n'),
    );
  });

  it('after one call only RESUME has changed; from the second call on, the working runes are specialised (runes-that-learn)', async () => {
    const spell = [
      'import dis',
      'def changes(f):',
      '    return [(a.opname, b.opname) for a, b in zip(dis.get_instructions(f), dis.get_instructions(f, adaptive=True)) if a.opname != b.opname]',
      'def brew(x):\n    return x * 3 + 1',
      'print(changes(brew))',
      'brew(1)',
      'print(changes(brew))',
      'brew(2)',
      'print(len(changes(brew)) > 1)',
    ].join('\n');
    expect(await outputOf('bytecode/find-the-constant', spell)).toBe("[]\n[('RESUME', 'RESUME_CHECK')]\nTrue\n");
  });

  it('one cast is not enough and two are, as the level checks it', async () => {
    const once = await cast('bytecode/runes-that-learn', 'def brew(x):\n    return x * 3 + 1\nbrew(1)\n');
    expect(once.passed).toBe(false);
    expect(once.messages.map((m) => m.key)).toEqual(['levels.bytecode/runes-that-learn.msg.only-entry']);
    const twice = await cast('bytecode/runes-that-learn', 'def brew(x):\n    return x * 3 + 1\nbrew(1)\nbrew(2)\n');
    expect(twice.passed).toBe(true);
  });
});

describe('measured scenes', () => {
  it("shows greet's runes in order and lights the constant and RETURN_VALUE", async () => {
    const result = await cast('bytecode/find-the-constant', 'def greet():\n    return "Abracadabra!"\n');
    expect(result.passed).toBe(true);
    const scene = runes(result);
    expect(scene.runes.map((r) => [r.opname, r.argument, r.found])).toEqual([
      ['RESUME', '0', false],
      ['LOAD_CONST', "'Abracadabra!'", true],
      ['RETURN_VALUE', '', true],
    ]);
    expect(scene.runes.map((r) => r.line)).toEqual([1, 2, 2]);
    expect(scene.missing).toEqual([]);
  });

  it('reads the runes the kid really wrote: a word built from two is folded into the constant too', async () => {
    const result = await cast('bytecode/find-the-constant', 'def greet():\n    return "Abra" + "cadabra!"\n');
    expect(result.passed).toBe(true);
    expect(
      runes(result)
        .runes.filter((r) => r.found)
        .map((r) => r.opname),
    ).toEqual(['LOAD_CONST', 'RETURN_VALUE']);
  });

  it('shows a missing global as a ghost and lights the local it found', async () => {
    const result = await cast('bytecode/local-or-global', 'def charge(energy, power):\n    return energy * power\n');
    const scene = runes(result);
    expect(scene.missing).toEqual(['LOAD_GLOBAL']);
    expect(scene.runes.filter((r) => r.found).map((r) => [r.opname, r.argument])).toEqual([
      ['LOAD_FAST_BORROW_LOAD_FAST_BORROW', 'energy, power'],
    ]);
  });

  it('shows specialised runes next to the plain ones, and lights only the working runes that changed', async () => {
    const result = await cast('bytecode/runes-that-learn', 'def brew(x):\n    return x * 3 + 1\nfor i in range(100):\n    brew(i)\n');
    const scene = runes(result);
    expect(scene.runes[0]).toMatchObject({ opname: 'RESUME', specialised: 'RESUME_CHECK', found: false });
    const lit = scene.runes.filter((r) => r.found);
    expect(lit.length).toBe(2);
    for (const rune of lit) {
      expect(rune.opname).toBe('BINARY_OP');
      expect(rune.specialised).toMatch(/^BINARY_OP_/);
    }
    expect(scene.runes.filter((r) => !r.found && r.opname !== 'RESUME').every((r) => r.specialised === null)).toBe(true);
  });

  it('shows a ghost when there is no such function (a name holding the word is not a spell)', async () => {
    const scene = runes(await cast('bytecode/find-the-constant', 'greet = "Abracadabra!"\n'));
    expect(scene).toMatchObject({ runes: [], missing: ['def greet'] });
  });

  it('keeps a long function to a bounded scene', async () => {
    const body = Array.from({ length: 120 }, (_, i) => `    a${i} = ${i}`).join('\n');
    const scene = runes(await cast('bytecode/find-the-constant', `def greet():\n${body}\n    return "Abracadabra!"\n`));
    expect(scene.runes.length).toBe(80);
    expect(scene.more).toBeGreaterThan(0);
  });
});

describe('a spell cannot fool the rune checks', () => {
  it("a function imported from Python itself is not the spell's own", async () => {
    const result = await cast('bytecode/runes-that-learn', 'from json import dumps as brew\nfor i in range(100):\n    brew(i)\n');
    expect(result.passed).toBe(false);
    expect(result.messages.map((m) => m.key)).toEqual(['levels.bytecode/runes-that-learn.msg.no-function']);
  });

  it('making dis lie is tampering, and the next cast reads the true runes', async () => {
    const cheat = [
      'import dis',
      'real = dis.get_instructions',
      'dis.get_instructions = lambda f, adaptive=False: real(f, adaptive=True)',
      'def brew(x):\n    return x * 3 + 1',
      'brew(1)',
    ].join('\n');
    // the policy off (it refuses changes to a module where they are written): the state guard's own layer
    const result = await castWithoutPolicy('bytecode/runes-that-learn', cheat);
    expect(result.passed).toBe(false);
    expect(result.messages.map((m) => m.key)).toEqual(['common.tampered']);
    const honest = await cast('bytecode/runes-that-learn', 'def brew(x):\n    return x * 3 + 1\nbrew(1)\n');
    expect(honest.passed).toBe(false);
    expect(honest.messages.map((m) => m.key)).toEqual(['levels.bytecode/runes-that-learn.msg.only-entry']);
  });

  it("an error inside greet, raised when the school casts it, is the kid's error with its line", async () => {
    const result = await cast('bytecode/find-the-constant', 'def greet():\n    x = "Abracadabra!"\n    return x / 2\n');
    expect(result.passed).toBe(false);
    expect(result.error).toMatchObject({ type: 'TypeError', line: 3 });
  });

  it('a greet that never ends is stopped like any runaway spell', async () => {
    const result = await cast(
      'bytecode/find-the-constant',
      'def greet():\n    while True:\n        pass\n    return "Abracadabra!"\n',
      1500,
    );
    expect(result.interrupted).toBe(true);
    expect(result.passed).toBe(false);
  });

  it("what greet prints when the school casts it is not added to the spell's output", async () => {
    const result = await cast('bytecode/find-the-constant', 'def greet():\n    print("casting")\n    return "Abracadabra!"\ngreet()\n');
    expect(result.passed).toBe(true);
    expect(result.output).toBe('casting\n');
  });
});

describe('a tracer is not a specialising interpreter', () => {
  it('a tracer a spell switches on is refused while it runs (the policy off), and none is left for the next cast', async () => {
    const traced = await castWithoutPolicy(
      'bytecode/runes-that-learn',
      'import sys\nsys.settrace(lambda *a: None)\ndef brew(x):\n    return x * 3 + 1\nbrew(1)\n',
    );
    expect(traced.passed).toBe(false);
    expect(traced.error).toMatchObject({ type: 'SpellDoorClosed', line: 2, explanation: { key: 'errors.host-school' } });
    const next = await castWithoutPolicy('bytecode/runes-that-learn', 'import sys\nprint(sys.gettrace())\n');
    expect(next.output).toBe('None\n');
  });

  it('a sys.monitoring tool a spell left behind is freed after its cast', async () => {
    const spell =
      'import sys\nsys.monitoring.use_tool_id(3, "spy")\nsys.monitoring.set_events(3, sys.monitoring.events.INSTRUCTION)\ndef brew(x):\n    return x * 3 + 1\nbrew(1)\n';
    const result = await castWithoutPolicy('bytecode/runes-that-learn', spell);
    expect(result.passed).toBe(false);
    expect(result.messages.map((m) => m.key)).toEqual(['levels.bytecode/runes-that-learn.msg.traced']);
    expect(await outputOf('bytecode/find-the-constant', 'import sys\nprint(sys.monitoring.get_tool(3))\n')).toBe('None\n');
  });
});
