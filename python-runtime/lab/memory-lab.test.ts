/**
 * The Memory Lab through the real runtime (CPython 3.14 in Pyodide): every program of
 * memory-lab-programs.ts is cast through the Lab, and its final picture is compared with what the
 * same program gives in plain CPython (run as the school's own code in the same runtime, factsOf);
 * its frees with the weak-reference callbacks the program itself made, measured in the same run.
 */
import { describe, expect, it } from 'vitest';
import type { CastResult, LabSceneData, LabStep } from '../../contracts/cast-protocol.js';
import { LEVELS } from '../levels/index.js';
import { useRealRuntime } from '../levels/real-runtime.js';
import { LAB_PROGRAMS, type LabProgram } from './memory-lab-programs.js';
import { MEMORY_LAB_ID, labRunOf, labSceneOf, labStepsOf } from './memory-lab.js';

const { cast, factsOf } = useRealRuntime();

/** A kid's longer program: 100 lines, a class, helpers, a loop (over 2,000 steps). */
const HUNDRED_LINES = hundredLines();

/** Plain CPython's final names: name -> [type, repr as the Lab cuts it, immortal, the first name holding the same object]. */
type Facts = Record<string, [string, string, boolean, string]>;

function factsProgram(source: string): string {
  return `
import json, re, sys
PROGRAM = ${JSON.stringify(source)}
ns = {"__name__": "__spell__"}

def watch(phase, info):
    print("gc:" + phase)

# as in the Lab: the automatic collector paused, a gc.collect() of the program's runs
import gc
gc.disable()
gc.callbacks.append(watch)
try:
    exec(compile(PROGRAM, "<facts program>", "exec"), ns)
except Exception:
    pass
finally:
    gc.callbacks.remove(watch)
    gc.enable()

def cut(text):
    text = re.sub(r" at 0x[0-9a-fA-F]+", "", text).replace("__spell__.", "")
    return text if len(text) <= 80 else text[:79] + "\u2026"

names, first = {}, {}
for name, value in ns.items():
    if name.startswith("__") and name.endswith("__"):
        continue
    names[name] = [type(value).__name__, cut(repr(value)), sys._is_immortal(value), first.setdefault(id(value), name)]
print("FACTS:" + json.dumps(names))
`;
}

/** Plain CPython's final names, and what it printed (with `gc:start` / `gc:stop` around each collection). */
async function plainRun(source: string): Promise<{ facts: Facts; output: string }> {
  const output = await factsOf(factsProgram(source));
  const line = output.split('\n').find((each) => each.startsWith('FACTS:'));
  expect(line, output).toBeDefined();
  return { facts: JSON.parse(line!.slice('FACTS:'.length)) as Facts, output };
}

function labFacts(step: LabStep): Facts {
  const facts: Facts = {};
  const first = new Map<number, string>();
  for (const [name, id] of Object.entries(step.names)) {
    const object = step.objects[String(id)]!;
    if (!first.has(id)) first.set(id, name);
    facts[name] = [object.type, object.repr, object.immortal, first.get(id)!];
  }
  return facts;
}

/** The id a name held in the last step before `before` that had it (module or a running function). */
function idOf(steps: LabStep[], name: string, before: number): number | undefined {
  for (let at = before - 1; at >= 0; at--) {
    const step = steps[at]!;
    const held = step.names[name] ?? [...step.frames].reverse().find((frame) => name in frame.names)?.names[name];
    if (held !== undefined) return held;
  }
  return undefined;
}

interface Claim {
  step: number;
  how: 'freed' | 'swept';
}

/** Every free the Lab claims, by id: each claimed once, and the object never drawn again after it. */
function claimsOf(scene: Recorded): Map<number, Claim> {
  const claims = new Map<number, Claim>();
  scene.steps.forEach((step, at) => {
    for (const how of ['freed', 'swept'] as const) {
      for (const id of step[how]) {
        expect(claims.has(id), `id ${id} claimed twice`).toBe(false);
        claims.set(id, { step: at, how });
      }
    }
    const swept = step.collections.flatMap((collection) => collection.swept);
    expect(swept.sort()).toEqual([...step.swept].sort());
  });
  for (const [id, claim] of claims) {
    for (const step of scene.steps.slice(claim.step)) expect(step.objects[String(id)], `id ${id} drawn after it was freed`).toBeUndefined();
  }
  return claims;
}

/**
 * The Lab's frees against the program's own weak references: each `gone:<name>` is printed at the
 * step that frees it, as freed or swept as the plain run says (the mark inside a collection there).
 */
function checkFreesAgainstWeakReferences(scene: Recorded, output: string, plainOutput: string): number {
  const claims = claimsOf(scene);
  const marks = [...output.matchAll(/gone:(\w+)\n/g)];
  const plainMarks = [...plainOutput.matchAll(/gone:(\w+)\n/g)];
  expect(marks.map((mark) => mark[1])).toEqual(plainMarks.map((mark) => mark[1]));
  marks.forEach((mark, n) => {
    const end = mark.index + mark[0].length;
    const at = scene.steps.findIndex((step) => step.printed >= end);
    expect(at, `no step printed ${mark[0]}`).toBeGreaterThan(0);
    const id = idOf(scene.steps, mark[1]!, at);
    expect(id, `no step named ${mark[1]}`).toBeDefined();
    const before = plainOutput.slice(0, plainMarks[n]!.index);
    const inCollection = before.lastIndexOf('gc:start') > before.lastIndexOf('gc:stop');
    expect(claims.get(id!), `${mark[0]} at step ${at}`).toEqual({ step: at, how: inCollection ? 'swept' : 'freed' });
  });
  return marks.length;
}

function checkExpectations(program: LabProgram, scene: Recorded, result: CastResult): void {
  const claims = claimsOf(scene);
  for (const gone of program.expect?.gone ?? []) {
    const at = scene.steps.findIndex((step) => step.line === gone.line && step.frames.length === 0);
    const id = idOf(scene.steps, gone.name, at);
    expect(claims.get(id!), `${gone.name} ${gone.how} at line ${gone.line}`).toEqual({ step: at, how: gone.how });
  }
  for (const tally of program.expect?.tally ?? []) {
    const step = scene.steps.find((each) => each.line === tally.line && each.frames.length === 0)!;
    const id = idOf(scene.steps, tally.name, scene.steps.indexOf(step) + 1)!;
    expect(step.objects[String(id)]!.tally_change, `${tally.name} after line ${tally.line}`).toBe(tally.change);
  }
  if (program.expect?.frames !== undefined) {
    expect(scene.steps.map((step) => step.frames.map((frame) => frame.function))).toContainEqual(program.expect.frames);
  }
  const error = labRunOf(result, false).error;
  if (program.expect?.error !== undefined) expect(error).toMatchObject(program.expect.error);
  else expect(error, JSON.stringify(error)).toBeNull();
}

// (the story's objects, such as the spell's own sys.stdout, are the spell's to hold)
const HARNESS_WORDS = /pyland(?!_story)|MemoryRecorder|_Known|checker|Verdict|SpellWatch/;

function checkNoHarness(scene: Recorded): void {
  for (const step of scene.steps) {
    for (const object of Object.values(step.objects)) {
      expect(`${object.type} ${object.repr}`).not.toMatch(HARNESS_WORDS);
    }
  }
}

/** The Lab's scene of a program, with every step whole. */
interface Recorded {
  steps: LabStep[];
  cut: LabSceneData['cut'];
}

async function lab(source: string, timeLimitMs?: number): Promise<{ result: CastResult; scene: Recorded }> {
  const result = await cast(MEMORY_LAB_ID, source, timeLimitMs);
  const scene = labSceneOf(result);
  expect(scene, JSON.stringify(result.messages)).not.toBeNull();
  expect(scene!.broken).toBeUndefined();
  return { result, scene: { steps: labStepsOf(scene!), cut: scene!.cut } };
}

describe('the Memory Lab, program by program', () => {
  it('has at least 30 programs', () => {
    expect(LAB_PROGRAMS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(LAB_PROGRAMS.map((program) => [program.name, program] as const))('%s', async (_name, program) => {
    const { result, scene } = await lab(program.source);
    expect(result.passed).toBe(program.expect?.error === undefined);
    const final = scene.steps.at(-1)!;
    const plain = await plainRun(program.source);
    expect(labFacts(final)).toEqual(plain.facts);
    for (const step of scene.steps) expect(Object.keys(step.objects).length).toBeLessThanOrEqual(200);
    checkFreesAgainstWeakReferences(scene, result.output, plain.output);
    checkExpectations(program, scene, result);
    checkNoHarness(scene);
  });

  it('marks a free by weak reference in most programs that make one, so the check above is not empty', async () => {
    let marks = 0;
    for (const program of LAB_PROGRAMS.filter((each) => each.source.includes('gone:'))) {
      const { result, scene } = await lab(program.source);
      marks += checkFreesAgainstWeakReferences(scene, result.output, (await plainRun(program.source)).output);
    }
    expect(marks).toBeGreaterThanOrEqual(12);
  });
});

describe('the Memory Lab, its limits', () => {
  it('stops a runaway program and comes back interrupted, with its steps cut at 2,000', async () => {
    const { result, scene } = await lab('items = []\nwhile True:\n    items.append(1)\n    items.pop()\n', 1500);
    expect(result.passed).toBe(false);
    expect(labRunOf(result, true)).toMatchObject({ interrupted: true, cut: { steps: true } });
    expect(scene.steps.length).toBeLessThanOrEqual(2000);
  });

  it('refuses a program that reaches the host as a spell is refused', async () => {
    const source = 'import os\nos.system("echo hi")\n';
    const { result } = await lab(source);
    const asSpell = await cast(LEVELS[0]!.id, source);
    const error = labRunOf(result, false).error;
    expect(error).not.toBeNull();
    expect(error!.explanation.key).toMatch(/^errors\.host-/);
    expect({ type: error!.type, key: error!.explanation.key }).toEqual({ type: asSpell.error!.type, key: asSpell.error!.explanation.key });
    expect(result.passed).toBe(false);
  });

  it('refuses what the spell policy refuses, before anything runs', async () => {
    const result = await cast(MEMORY_LAB_ID, 'import sys\nf = sys._getframe()\n');
    expect(labRunOf(result, true)).toMatchObject({ error: { type: 'NotAllowed' }, steps: [] });
  });

  it("never lists the harness's own objects", async () => {
    // (gc.callbacks, which holds the recorder's own callback, is refused by the spell policy)
    const { scene } = await lab('import gc, sys, weakref\nout = sys.stdout\nsay = print\nn = [out, say, sys.stdin, gc]\n');
    checkNoHarness(scene);
    const refused = await cast(MEMORY_LAB_ID, 'import gc\nhooks = gc.callbacks\n');
    expect(refused.error?.type).toBe('NotAllowed');
  });

  it('records a 100-line program of 2,000 steps fast', async () => {
    const source = HUNDRED_LINES;
    expect(source.trimEnd().split('\n').length).toBe(100);
    const plain = await cast(LEVELS[0]!.id, source, 20_000);
    const { result, scene } = await lab(source, 20_000);
    expect(scene.steps.length).toBe(2000);
    expect(scene.cut.steps).toBe(true);
    // (printed for the report: the Lab's cast against a plain cast of the same program)
    console.log(`Memory Lab: ${scene.steps.length} steps in ${Math.round(result.ms)} ms (a plain cast: ${Math.round(plain.ms)} ms)`);
    expect(result.ms).toBeLessThan(4000);
  });
});

function hundredLines(): string {
  const helpers = Array.from({ length: 12 }, (_, n) =>
    [
      `def helper${n}(values, extra=${n}):`,
      '    total = 0',
      '    for value in values:',
      '        total += value + extra',
      `    return total`,
      '',
    ].join('\n'),
  );
  const lines = [
    'class Shelf:',
    '    def __init__(self, name):',
    '        self.name = name',
    '        self.books = []',
    '',
    '    def add(self, book):',
    '        self.books.append(book)',
    '        return len(self.books)',
    '',
    ...helpers.join('\n').split('\n'),
    'shelf = Shelf("main")',
    'numbers = [1, 2, 3]',
    'names = {"a": 1, "b": 2}',
    'for round_number in range(100):',
    '    shelf.add("book" + str(round_number))',
    '    numbers.append(round_number)',
    '    numbers.pop(0)',
    '    got = helper0(numbers) + helper1(numbers)',
    '    names["last"] = got',
  ];
  while (lines.length < 99) lines.push(`note${lines.length} = ${lines.length}`);
  lines.push('done = True');
  return `${lines.join('\n')}\n`;
}
