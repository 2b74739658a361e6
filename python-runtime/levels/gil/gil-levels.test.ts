import { describe, expect, it } from 'vitest';
import { knightsSummary, lostSteps } from '../../../game/stages/knights/knight-scene.js';
import type { CastResult, KnightsSceneData, RaceResult, StepperAnswer } from '../../../contracts/cast-protocol.js';
import { enLevels } from '../../../game/messages/en-levels.js';
import { levelById } from '../index.js';
import { sceneOf, useRealRuntime } from '../real-runtime.js';

/*
 * Chapter 3 (Sir GIL and the counting stick) through the real runtime (CPython 3.14 in Pyodide,
 * the harness, the stepper, the checkers from disk). levels.test.ts already runs every reference
 * and wrong spell; this file checks what the knights scenes show, and that what the stories teach
 * holds in this very Python.
 */

const real = useRealRuntime({ timeLimitMs: 20_000 });
const { cast, factsOf } = real;

function knights(result: CastResult): KnightsSceneData {
  expect(result.error, JSON.stringify(result.error)).toBeNull();
  return sceneOf(result, 'knights');
}

function keys(result: CastResult): string[] {
  return result.messages.map((message) => message.key.replace(/^levels\.gil\/[a-z-]+\.msg\./, ''));
}

function level(id: string) {
  const found = levelById(id);
  if (!found) throw new Error(`no level ${id}`);
  return found;
}

async function race(source: string, invariant: string, mode: 'anywhere' | 'gil'): Promise<RaceResult> {
  const answer = (await real.runtime.runTool(
    'race',
    { source, threads: ['arthur', 'bors'], invariant, mode },
    { timeLimitMs: 30_000 },
  )) as StepperAnswer<RaceResult>;
  if (!('ok' in answer)) throw new Error(JSON.stringify(answer));
  return answer.ok;
}

describe('what the stories claim, measured in the runtime', () => {
  it('the real switch interval is 5 ms and real threads cannot start here (so the stepper plays them)', async () => {
    // a chapter 1 lesson: there `import threading` is the real module (gil lessons give the stepper's Lock)
    const result = await cast(
      'refcount/another-holder',
      'import sys, threading\nprint(sys.getswitchinterval())\ntry:\n    threading.Thread(target=print).start()\nexcept RuntimeError as e:\n    print("no threads:", e)\n',
    );
    expect(result.output).toContain('0.005');
    expect(result.output).toContain('no threads:');
  });

  it('with lock: takes a real threading.Lock and gives it back at the end of the block, even when the block fails (lock-the-counter)', async () => {
    // chapter 1 lesson: the real threading module, not the stepper's
    const spell = [
      'import threading',
      'lock = threading.Lock()',
      'with lock:',
      '    print(lock.locked(), lock.acquire(blocking=False))', // taken: nobody else gets it without waiting
      'print(lock.locked())',
      'try:',
      '    with lock:',
      '        raise ValueError("oops")',
      'except ValueError:',
      '    pass',
      'print(lock.locked())',
    ].join('\n');
    const result = await cast('refcount/another-holder', `${spell}\n`);
    expect(result.error, JSON.stringify(result.error)).toBeNull();
    expect(result.output).toBe('True False\nFalse\nFalse\n');
  });

  it("this Python is a build with the GIL (the stepper plays Sir GIL's rule; free-threaded builds are another build of 3.13+)", async () => {
    expect(await factsOf('import sys, sysconfig\nprint(sys._is_gil_enabled(), sysconfig.get_config_var("Py_GIL_DISABLED"))\n')).toBe(
      'True 0\n',
    );
  });

  it('the stepper hands the stick on after as many runes as the taking-turns story says, and no sooner', async () => {
    const said = /counts (\d+) runes instead of 5 milliseconds/.exec(enLevels['gil/taking-turns']!.more ?? '');
    expect(said).not.toBeNull();
    const result = await cast('gil/taking-turns', level('gil/taking-turns').reference);
    expect(result.passed).toBe(true);
    expect(result.messages[0]?.params?.interval).toBe(Number(said![1]));
    // every turn but the last is at least that long (a knight that finishes drops the stick sooner)
    const steps = knights(result).steps;
    const turns: number[] = []; // runes in each turn with the stick, in order
    for (const [i, step] of steps.entries()) {
      if (i > 0 && step.thread === steps[i - 1]!.thread) turns[turns.length - 1]! += 1;
      else turns.push(1);
    }
    expect(turns.length).toBeGreaterThan(2);
    for (const turn of turns.slice(0, -2)) expect(turn).toBeGreaterThanOrEqual(Number(said![1]));
  });

  it('CPython does its waiting work only at switch points: a function start, a loop jumping back, a call (taking-turns, lost-update)', async () => {
    // Pyodide runs no second thread, but the Ghost Collector waits for the very same eval-breaker
    // checks as a request for the stick: a collection that falls due in the middle of straight-line
    // runes (thousands of new lists, each with count += 1) starts only at the next switch point.
    const spell = [
      'import gc, sys, dis, json',
      'def watch(phase, info):',
      '    if phase == "start":',
      '        frame = sys._getframe(1)',
      '        runes = {i.offset: i.opname for i in dis.get_instructions(frame.f_code)}',
      '        seen.append(frame.f_code.co_name + " " + runes[frame.f_lasti])',
      'def line(i, then):',
      '    return f"    a{i} = []\\n    count += 1\\n" + then.format(i=i)',
      'def straight(then=""):',
      '    lines = "".join(line(i, then) for i in range(3000))',
      '    space = {"helper": lambda x: x, "count": 0}',
      '    exec(f"def straight():\\n    global count\\n{lines}", space)',
      '    return space["straight"]',
      'for name, then in (("plain", ""), ("len", "    len(a{i})\\n"), ("helper", "    helper(a{i})\\n")):',
      '    run = straight(then)',
      '    seen = []',
      '    gc.collect()',
      '    gc.callbacks.append(watch)',
      '    for again in range(3):',
      '        run()',
      '    gc.callbacks.remove(watch)',
      '    print(json.dumps(sorted(set(seen))))',
    ].join('\n');
    const output = await factsOf(`${spell}\n`);
    const [plain, len, helper] = output
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as string[]);
    // only ever at a switch point, never at a rune of the straight line (BUILD_LIST, STORE_FAST, LOAD_GLOBAL, BINARY_OP, STORE_GLOBAL)
    for (const place of [...plain!, ...len!, ...helper!]) expect(place).toMatch(/ (RESUME|JUMP_BACKWARD|CALL)$/);
    // nothing inside the plain straight runes: the collection waited for the loop's backward jump
    expect(plain).toContain('<module> JUMP_BACKWARD');
    expect(plain!.some((place) => place.startsWith('straight '))).toBe(false);
    // a call into C inside them: it starts right after that call; a Python function: at its start
    expect(len).toContain('straight CALL');
    expect(helper).toContain('<lambda> RESUME');
    expect(helper!.some((place) => place.startsWith('straight '))).toBe(false);
  });

  it('count += 1 in a function is LOAD_GLOBAL, BINARY_OP +=, STORE_GLOBAL', async () => {
    const result = await cast('gil/find-the-gap', level('gil/find-the-gap').reference);
    expect(result.passed).toBe(true);
    const scene = knights(result);
    const runes = scene.steps.map((step) => `${step.op} ${step.arg}`.trim());
    const read = runes.indexOf('LOAD_GLOBAL count');
    const write = runes.indexOf('STORE_GLOBAL count');
    expect(read).toBeGreaterThanOrEqual(0);
    expect(write).toBeGreaterThan(read + 1);
    expect(runes.slice(read + 1, write)).toContain('BINARY_OP +=');
    expect(result.messages[0]?.text).toContain('BINARY_OP +=');
  });

  it('takes a rune named as dis prints it, with its argument (find-the-gap)', async () => {
    const copied = level('gil/find-the-gap')
      .reference.replace(/read_rune = .*/, 'read_rune = "LOAD_GLOBAL (count)"')
      .replace(/write_rune = .*/, 'write_rune = "STORE_GLOBAL 0 (count)"');
    expect(copied).toContain('(count)');
    expect((await cast('gil/find-the-gap', copied)).passed).toBe(true);
  });

  it('with a switch anywhere the two-knight loop loses an update; with Sir GIL switching only at switch points it does not', async () => {
    const source = level('gil/lost-update').reference;
    const anywhere = await race(source, 'count == 4', 'anywhere');
    expect(anywhere.holds).toBe(false);
    const gil = await race(source, 'count == 4', 'gil');
    expect(gil.holds).toBe(true);
    const result = await cast('gil/lost-update', source);
    expect(keys(result)).toEqual(['well-done', 'gil-safe']);
  });

  it('a call inside the gap is a switch point: then even Sir GIL can lose an update, and the level says so', async () => {
    const source = `count = 0

def arthur():
    global count
    for step in range(2):
        now = count
        abs(0)
        count = now + 1

def bors():
    global count
    for step in range(2):
        now = count
        abs(0)
        count = now + 1
`;
    expect((await race(source, 'count == 4', 'gil')).holds).toBe(false);
    const result = await cast('gil/lost-update', source);
    expect(result.passed).toBe(true);
    expect(keys(result)).toEqual(['well-done', 'gil-too']);
  });
  it('pure computing on two knights needs as many ticks of the stick as one knight doing both halves', async () => {
    const result = await cast('gil/no-faster', level('gil/no-faster').reference);
    expect(result.passed).toBe(true);
    const params = result.messages[0]!.params as Record<string, number>;
    expect(params['together']).toBeGreaterThan(0);
    expect(params['together']).toBe(params['alone']);
    expect(params['turns']).toBeGreaterThanOrEqual(3);
    expect(knights(result).stepsTotal).toBe(params['together']);
  });
});

describe('the knights scenes', () => {
  it('taking turns: both knights hold the stick more than once, and only one runs each rune', async () => {
    const scene = knights(await cast('gil/taking-turns', level('gil/taking-turns').reference));
    expect(scene.mode).toBe('gil');
    expect(scene.turns).toBeGreaterThanOrEqual(3);
    expect(new Set(scene.steps.map((step) => step.thread))).toEqual(new Set([0, 1]));
    // the scene is capped and says which part it shows
    expect(scene.steps.length).toBeLessThanOrEqual(60);
    expect(scene.stepsTotal).toBe(scene.knights.reduce((sum, knight) => sum + knight.steps, 0));
    expect(knightsSummary(scene)).toBe(`turns:${scene.turns};runes:${scene.stepsTotal}`);
  });

  it('the lost update is replayed as read, read, write, write, ending below what it should be', async () => {
    const scene = knights(await cast('gil/lost-update', level('gil/lost-update').reference));
    expect(scene.mode).toBe('replay');
    expect(scene.expected).toBe('4');
    expect(Number(scene.final)).toBeLessThan(4);
    expect(scene.lost.length).toBeGreaterThan(0);
    const [read, written, over] = scene.lost[0]!;
    const marked = [...lostSteps(scene)].sort((a, b) => a - b);
    expect(marked.length).toBe(4);
    const [first, second, third, fourth] = marked.map((i) => scene.steps[i]!);
    expect([first!.read, second!.read, third!.write, fourth!.write]).toEqual([true, true, true, true]);
    // the two reads are by different knights, and the overwriting knight read before the other one wrote
    expect(first!.thread).not.toBe(second!.thread);
    expect(read).toBeLessThan(written);
    expect(scene.steps[over]!.thread).toBe(scene.steps[read!]!.thread);
  });

  it('a wrong lock is shown by replaying the order that breaks it; the right lock passes with every order tried', async () => {
    const lockLevel = level('gil/lock-the-counter');
    const onlyArthur = lockLevel.wrong.find((w) => w.why.startsWith('only Arthur'))!;
    const wrong = await cast('gil/lock-the-counter', onlyArthur.source);
    expect(keys(wrong)).toEqual(['lost']);
    const replay = knights(wrong);
    expect(replay.mode).toBe('replay');
    expect(replay.lost.length).toBeGreaterThan(0);
    expect(replay.steps.some((step) => step.lock === 0)).toBe(true);

    const right = await cast('gil/lock-the-counter', lockLevel.reference);
    expect(right.passed).toBe(true);
    const proof = knights(right);
    expect(proof.final).toBe('4');
    expect(proof.lost).toEqual([]);
    // a knight who finds the lock taken waits
    expect(proof.steps.some((step) => step.waits)).toBe(true);
  });

  it('a deadlock is reported, and a spell that loops forever is stopped with a kind message', async () => {
    const both = `count = 0

def arthur():
    global count
    lock.acquire()
    count += 1

def bors():
    global count
    lock.acquire()
    count += 1
`;
    const deadlock = await cast('gil/lock-the-counter', both);
    expect(deadlock.passed).toBe(false);
    expect(keys(deadlock)).toEqual(['deadlock']);
    const forever = await cast(
      'gil/taking-turns',
      'marks = []\n\ndef arthur():\n    while True:\n        pass\n\ndef bors():\n    marks.append("B")\n',
    );
    expect(forever.passed).toBe(false);
    expect(keys(forever)).toEqual(['stepper']);
  });
});
