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

collecting = [False]

def watch(phase, info):
    collecting[0] = phase == "start"
    print("gc:" + phase)

def cut(text):
    text = re.sub(r" at 0x[0-9a-fA-F]+", "", text).replace("__spell__.", "")
    return text if len(text) <= 80 else text[:79] + "\u2026"

# every picture the Lab should take, as plain CPython shows it: after each line of the program
# (at the next line, a return or a yield), the reprs its names hold
CODE = compile(PROGRAM, "<facts program>", "exec")
codes = [CODE]
for each in codes:
    codes.extend(const for const in each.co_consts if isinstance(const, type(CODE)))
pictures = []
state = {"line": None, "busy": False}

def shown_repr(value):
    try:
        return cut(repr(value))
    except Exception:  # as the Lab shows a kid's __repr__ that raised
        return "<" + type(value).__name__ + " object>"

def shown(names):
    return {name: shown_repr(value) for name, value in list(names.items()) if not (name.startswith("__") and name.endswith("__"))}

def picture(frame):
    frames = []
    while frame is not None and frame.f_code in codes and frame.f_code is not CODE and len(frames) < 10:
        frames.append([frame.f_code.co_name, shown(frame.f_locals)])
        frame = frame.f_back
    pictures.append([state["line"], shown(ns), frames[::-1]])

def on_line(code, line):
    if state["busy"]:
        return
    state["busy"] = True
    try:
        if state["line"] is not None and not collecting[0]:
            picture(None if code is CODE else sys._getframe(1))
        state["line"] = line
    finally:
        state["busy"] = False

def on_return(code, offset, value):
    if state["busy"] or code is CODE:
        return
    state["busy"] = True
    try:
        frame = sys._getframe(1)
        if not collecting[0]:
            picture(frame)
        if frame.f_back is not None and frame.f_back.f_code in codes:
            state["line"] = frame.f_back.f_lineno
    finally:
        state["busy"] = False

mon = sys.monitoring
events = mon.events
mon.use_tool_id(4, "facts")
mon.register_callback(4, events.LINE, on_line)
mon.register_callback(4, events.PY_RETURN, on_return)
mon.register_callback(4, events.PY_YIELD, on_return)
for each in codes:
    mon.set_local_events(4, each, events.LINE | events.PY_RETURN | events.PY_YIELD)

# as in the Lab: the automatic collector paused, a gc.collect() of the program's runs
import gc
gc.disable()
gc.callbacks.append(watch)
try:
    exec(CODE, ns)
except Exception:
    pass
finally:
    for each in codes:
        mon.set_local_events(4, each, 0)
    mon.free_tool_id(4)
    gc.callbacks.remove(watch)
    gc.enable()
picture(None)
print("PICTURES:" + json.dumps(pictures))

names, first = {}, {}
for name, value in ns.items():
    if name.startswith("__") and name.endswith("__"):
        continue
    names[name] = [type(value).__name__, cut(repr(value)), sys._is_immortal(value), first.setdefault(id(value), name)]
print("FACTS:" + json.dumps(names))
`;
}

/** A picture as reprs: [line, module name -> repr, frames as [function, name -> repr], outermost first]. */
type Picture = [number | null, Record<string, string>, [string, Record<string, string>][]];

/**
 * Plain CPython's final names, each picture the Lab should take (the reprs the names hold after
 * each line), and what it printed (with `gc:start` / `gc:stop` around each collection).
 */
async function plainRun(source: string): Promise<{ facts: Facts; pictures: Picture[]; output: string }> {
  const output = await factsOf(factsProgram(source));
  const lines = output.split('\n');
  const facts = lines.find((each) => each.startsWith('FACTS:'));
  const pictures = lines.find((each) => each.startsWith('PICTURES:'));
  expect(facts, output).toBeDefined();
  expect(pictures, output).toBeDefined();
  return {
    facts: JSON.parse(facts!.slice('FACTS:'.length)) as Facts,
    pictures: JSON.parse(pictures!.slice('PICTURES:'.length)) as Picture[],
    output: lines.filter((each) => !each.startsWith('PICTURES:')).join('\n'),
  };
}

/** A Lab step as reprs, as plainRun gives each picture. */
function pictureOf(step: LabStep): Picture {
  const reprs = (names: Record<string, number>) =>
    Object.fromEntries(Object.entries(names).map(([name, id]) => [name, step.objects[String(id)]?.repr ?? '(not drawn)']));
  return [step.line, reprs(step.names), step.frames.map((frame) => [frame.function, reprs(frame.names)])];
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
  const frameNames = program.expect?.frameNames;
  if (frameNames !== undefined) {
    const frames = scene.steps.flatMap((step) => step.frames.map((frame) => [frame.function, Object.keys(frame.names)]));
    expect(frames).toContainEqual([frameNames.function, frameNames.names]);
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
    // every step, not only the last: no repr the Lab kept from an earlier step may be out of date
    expect(scene.steps.map(pictureOf)).toEqual(plain.pictures);
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

  it('ends a runaway with the picture of memory when it was stopped, the steps before kept', async () => {
    const { result, scene } = await lab('x = []\nn = 0\nwhile True:\n    x.append(n)\n    n += 1\n', 1500);
    expect(labRunOf(result, true).interrupted).toBe(true);
    expect(scene.steps.length).toBeGreaterThan(100);
    expect(scene.steps[0]!.line).toBe(1);
    const [before, last] = scene.steps.slice(-2).map((step) => Number(step.objects[String(step.names.n)]!.repr));
    // the program ran on after the recording was cut (2,000 steps): the last picture is taken at the stop
    if (scene.cut.steps) expect(last).toBeGreaterThan(before!);
    else expect(last).toBeGreaterThanOrEqual(before!);
    const final = scene.steps.at(-1)!;
    expect(final.objects[String(final.names.x)]!.repr).toMatch(/^\[0, 1, 2, /);
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
