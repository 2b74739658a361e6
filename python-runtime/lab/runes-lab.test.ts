/**
 * The Memory Lab's runes view through the real runtime (CPython 3.14 in Pyodide): programs cast
 * through `lab/runes` (python-runtime/lab/runes.py, harness/pyland_lab_runes.py), their functions'
 * runes as compiled and after the run, what specialised and what the compiler folded; and the
 * same programs run plainly as the school's own code, to show the Lab's run specialises exactly
 * what a plain run does.
 */
import { describe, expect, it } from 'vitest';
import type { CastResult, LabRunesFunction, LabRunesSceneData } from '../../contracts/cast-protocol.js';
import { LEVELS } from '../levels/index.js';
import { useRealRuntime } from '../levels/real-runtime.js';

const { cast, factsOf } = useRealRuntime();

const RUNES_LAB_ID = 'lab/runes';

async function runes(source: string, timeLimitMs?: number): Promise<{ result: CastResult; scene: LabRunesSceneData }> {
  const result = await cast(RUNES_LAB_ID, source, timeLimitMs);
  expect(result.scene?.kind, JSON.stringify(result).slice(0, 2000)).toBe('lab-runes');
  return { result, scene: result.scene as LabRunesSceneData };
}

function fn(scene: LabRunesSceneData, name: string): LabRunesFunction {
  const found = scene.functions.find((each) => each.name === name);
  expect(found, `${name} in ${scene.functions.map((each) => each.name).join(', ')}`).toBeDefined();
  return found!;
}

/** Each changed rune of a function, as `BINARY_OP -> BINARY_OP_ADD_INT`. */
function changes(function_: LabRunesFunction): string[] {
  return function_.runes.filter((rune) => rune.now !== null).map((rune) => `${rune.opname} -> ${rune.now}`);
}

const WARM_ADD = `
def add(a, b):
    return a + b

def never(x):
    return x * 2 + 1

total = 0
for n in range(12):
    total = add(total, n)
print(total)
`;

describe('the runes view, function by function', () => {
  it('marks BINARY_OP specialised into BINARY_OP_ADD_INT in a function called 12 times with whole numbers, and the program itself first', async () => {
    const { result, scene } = await runes(WARM_ADD);
    expect(result.passed).toBe(true);
    expect(result.output).toBe('66\n');
    expect(scene.functions.map((each) => [each.name, each.program])).toEqual([
      ['<module>', true],
      ['add', false],
      ['never', false],
    ]);
    const add = fn(scene, 'add');
    expect(add).toMatchObject({ line: 2, ran: true });
    expect(changes(add)).toContain('BINARY_OP -> BINARY_OP_ADD_INT');
    const plus = add.runes.find((rune) => rune.opname === 'BINARY_OP')!;
    expect(plus).toMatchObject({ line: 3, argument: '+', now: 'BINARY_OP_ADD_INT', folded: null });
    // RESUME is not counted as a speed-up: it changes at any function's first call
    expect(add.specialised).toBe(changes(add).filter((change) => !change.startsWith('RESUME ')).length);
    // the loop of the program itself warmed up too
    expect(changes(scene.functions[0]!)).toContain('FOR_ITER -> FOR_ITER_RANGE');
  });

  it('shows no specialisation in a function that was never called', async () => {
    const { scene } = await runes(WARM_ADD);
    const never = fn(scene, 'never');
    expect(never).toMatchObject({ ran: false, specialised: 0 });
    expect(changes(never)).toEqual([]);
    expect(never.runes.map((rune) => rune.opname)).toContain('BINARY_OP');
  });

  it('tells a function that ran once (only RESUME changed) from one that warmed up on its second call', async () => {
    const source = 'def once(x):\n    return len([x]) + x\n\ndef twice(x):\n    return len([x]) + x\n\nonce(1)\ntwice(1)\ntwice(2)\n';
    const { scene } = await runes(source);
    expect(fn(scene, 'once')).toMatchObject({ ran: true, specialised: 0 });
    expect(changes(fn(scene, 'once'))).toEqual(['RESUME -> RESUME_CHECK']);
    // a builtin looked up as a global: LOAD_GLOBAL_BUILTIN in 3.14, and len's call CALL_LEN
    expect(changes(fn(scene, 'twice'))).toEqual(
      expect.arrayContaining(['LOAD_GLOBAL -> LOAD_GLOBAL_BUILTIN', 'CALL -> CALL_LEN', 'BINARY_OP -> BINARY_OP_ADD_INT']),
    );
  });

  it('reads the methods of a class, by their qualified name', async () => {
    const source = `
class Dog:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + "!"

    def sleep(self):
        return "zzz"

rex = Dog("Rex")
for _ in range(5):
    rex.speak()
`;
    const { scene } = await runes(source);
    expect(scene.functions.map((each) => each.name)).toEqual(['<module>', 'Dog.__init__', 'Dog.speak', 'Dog.sleep']);
    expect(changes(fn(scene, 'Dog.speak'))).toEqual(
      expect.arrayContaining(['LOAD_ATTR -> LOAD_ATTR_INSTANCE_VALUE', 'BINARY_OP -> BINARY_OP_ADD_UNICODE']),
    );
    expect(fn(scene, 'Dog.__init__').ran).toBe(true);
    expect(fn(scene, 'Dog.sleep')).toMatchObject({ ran: false, specialised: 0 });
  });

  it('shows the constants the compiler folded, each with the source it was worked out from', async () => {
    const source = `
def answer():
    return 6 * 7

def shapes():
    word = 'ab' * 2
    trio = (1, 2) + (3,)
    below = -5
    big = 2 ** 10
    return word, trio, below, big
`;
    const { scene } = await runes(source);
    const folded = (name: string) =>
      fn(scene, name)
        .runes.filter((rune) => rune.folded !== null)
        .map((rune) => [rune.opname, rune.argument, rune.folded]);
    expect(folded('answer')).toEqual([['LOAD_SMALL_INT', '42', '6 * 7']]);
    expect(fn(scene, 'answer').runes.map((rune) => rune.opname)).not.toContain('BINARY_OP');
    expect(folded('shapes')).toEqual([
      ['LOAD_CONST', "'abab'", "'ab' * 2"],
      ['LOAD_CONST', '(1, 2, 3)', '(1, 2) + (3,)'],
      ['LOAD_CONST', '-5', '-5'],
      ['LOAD_CONST', '1024', '2 ** 10'],
    ]);
  });

  it('does not mark a constant written as it is as folded', async () => {
    const source =
      'def plain():\n    a = 42\n    b = "hi"\n    c = (1, 2)\n    d = 300\n    return a, b, c, d\n\nsix = 6\ndef named():\n    return six * 7\n';
    const { scene } = await runes(source);
    const plain = fn(scene, 'plain');
    expect(plain.runes.filter((rune) => rune.opname.startsWith('LOAD_')).map((rune) => rune.argument)).toEqual(
      expect.arrayContaining(['42', "'hi'", '(1, 2)', '300']),
    );
    expect(plain.runes.every((rune) => rune.folded === null)).toBe(true);
    // with a name in the math nothing is folded: the multiplying stays a rune
    const named = fn(scene, 'named');
    expect(named.runes.every((rune) => rune.folded === null)).toBe(true);
    expect(named.runes.map((rune) => rune.opname)).toContain('BINARY_OP');
  });

  it('specialises exactly what a plain run of the same program specialises', async () => {
    const source = `
def add(a, b):
    return a + b

class Box:
    def __init__(self, items):
        self.items = items
    def size(self):
        return len(self.items)

boxes = [Box([n, n]) for n in range(20)]
sizes = [box.size() for box in boxes]
total = 0
for n in sizes:
    total = add(total, n)
words = [add("a", "b") for _ in range(3)]
`;
    const { scene } = await runes(source);
    const plain = await factsOf(`
import dis, json, types
SOURCE = ${JSON.stringify(source)}
code = compile(SOURCE, "<spell>", "exec")
exec(code, {"__name__": "__spell__"})
def codes(code):
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            yield const
            yield from codes(const)
now = {"<module>": [i.opname for i in dis.get_instructions(code, adaptive=True)]}
for each in codes(code):
    if each.co_flags & 1:
        now[each.co_qualname] = [i.opname for i in dis.get_instructions(each, adaptive=True)]
print("NOW:" + json.dumps(now))
`);
    const line = plain.split('\n').find((each) => each.startsWith('NOW:'))!;
    const expected = JSON.parse(line.slice(4)) as Record<string, string[]>;
    const lab = Object.fromEntries(scene.functions.map((each) => [each.name, each.runes.map((rune) => rune.now ?? rune.opname)]));
    // (the program itself is longer than the 80 runes shown)
    expect(scene.functions[0]!.more).toBeGreaterThan(0);
    expect(lab).toEqual(Object.fromEntries(Object.entries(expected).map(([name, opnames]) => [name, opnames.slice(0, 80)])));
    expect(changes(fn(scene, 'Box.size'))).toContain('LOAD_GLOBAL -> LOAD_GLOBAL_BUILTIN');
  });
});

describe('the runes view, when a program does not end well', () => {
  it('still shows the runes of what a program wrote when it raised half-way, with its error', async () => {
    const source = 'def half(n):\n    return n + 2\n\nfor n in range(5):\n    half(n)\nboom = 1 / 0\n\ndef later():\n    return 1\n';
    const { result, scene } = await runes(source);
    expect(result.passed).toBe(false);
    expect(scene.error).toMatchObject({ type: 'ZeroDivisionError', line: 6 });
    expect(changes(fn(scene, 'half'))).toContain('BINARY_OP -> BINARY_OP_ADD_INT');
    expect(fn(scene, 'later')).toMatchObject({ ran: false, specialised: 0 });
  });

  it('refuses a host call as a spell is refused, and still reads the runes', async () => {
    const source = 'import os\n\ndef shout(word):\n    return word.upper()\n\nos.system("echo hi")\n';
    const { result, scene } = await runes(source);
    const asSpell = await cast(LEVELS[0]!.id, source);
    expect(result.passed).toBe(false);
    expect(scene.error).not.toBeNull();
    expect(scene.error!.explanation.key).toMatch(/^errors\.host-/);
    expect({ type: scene.error!.type, key: scene.error!.explanation.key }).toEqual({
      type: asSpell.error!.type,
      key: asSpell.error!.explanation.key,
    });
    expect(fn(scene, 'shout').ran).toBe(false);
    // reading a file of the worker's own folder is a spell's right; writing one is not
    const opened = await runes('open("note.txt", "w").write("hi")\n');
    expect(opened.scene.error!.explanation.key).toMatch(/^errors\.host-/);
  });

  it('refuses what the spell policy refuses before anything runs: no runes at all', async () => {
    const result = await cast(RUNES_LAB_ID, 'import sys\nf = sys._getframe()\n');
    expect(result.error?.type).toBe('NotAllowed');
    expect(result.scene).toBeNull();
  });

  it('stops a runaway program and still reads its runes, warmed up as far as it got', async () => {
    const source = 'def spin(n):\n    return n + 1\n\nn = 0\nwhile True:\n    n = spin(n)\n';
    const { result, scene } = await runes(source, 1500);
    expect(result.passed).toBe(false);
    expect(scene.interrupted).toBe(true);
    expect(changes(fn(scene, 'spin'))).toContain('BINARY_OP -> BINARY_OP_ADD_INT');
  });
});

describe('the runes view, its caps', () => {
  it('shows at most 12 functions (the program itself first) and 80 runes of each, counting the rest', async () => {
    const defs = Array.from({ length: 14 }, (_, n) => `def f${n}(x):\n    return x + ${n}\n`).join('\n');
    const long = `def long(x):\n${Array.from({ length: 60 }, (_, n) => `    x = x + ${n + 1}`).join('\n')}\n    return x\n`;
    const { scene } = await runes(`${long}\n${defs}\nlong(1)\n`);
    expect(scene.functions).toHaveLength(12);
    expect(scene.functions[0]!.program).toBe(true);
    // the program, long and f0 ... f13: 16 in all
    expect(scene.more).toBe(16 - 12);
    const longRunes = fn(scene, 'long');
    expect(longRunes.runes).toHaveLength(80);
    expect(longRunes.more).toBeGreaterThan(0);
    expect(JSON.stringify(scene).length).toBeLessThan(100_000);
  });

  it('reads functions inside functions and lambdas too, by where they are written', async () => {
    const source = 'def outer():\n    def inner():\n        return 1\n    return inner()\n\ntwice = lambda x: x * 2\nouter()\n';
    const { scene } = await runes(source);
    expect(scene.functions.map((each) => [each.name, each.ran])).toEqual([
      ['<module>', true],
      ['outer', true],
      ['outer.<locals>.inner', true],
      ['<lambda>', false],
    ]);
  });
});
