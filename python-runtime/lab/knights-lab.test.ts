/**
 * The Memory Lab's knights view through the real runtime (CPython 3.14 in Pyodide): the program
 * cast through `lab/knights` with the panel's options, as the Lab casts it.
 */
import { describe, expect, it } from 'vitest';
import type { CastOptions, CastResult, LabKnightsSceneData } from '../../contracts/cast-protocol.js';
import { useRealRuntime } from '../levels/real-runtime.js';

const KNIGHTS_LAB_ID = 'lab/knights';
const real = useRealRuntime();

async function knights(
  source: string,
  options: CastOptions,
  timeLimitMs = 10_000,
): Promise<{ result: CastResult; scene: LabKnightsSceneData }> {
  const result = await real.runtime.cast({ level: KNIGHTS_LAB_ID, source, timeLimitMs, options });
  expect(result.scene?.kind, JSON.stringify(result)).toBe('lab-knights');
  return { result, scene: result.scene as LabKnightsSceneData };
}

const COUNTER = `
count = 0

def add():
    global count
    for _ in range(2):
        count += 1

def greet(name):
    print("hello", name)

def say(word="hi"):
    return word
`;

const LOCKED = `
import threading
lock = threading.Lock()
count = 0

def add():
    global count
    for _ in range(2):
        with lock:
            count += 1
`;

/** The globals after step `at` of the scene's window, as the panel works them out. */
function globalsAt(scene: LabKnightsSceneData, at: number): Record<string, string> {
  const globals = { ...scene.globalsAtFirstShown };
  for (const step of scene.steps.slice(0, at + 1)) Object.assign(globals, step.changed);
  return globals;
}

describe('the Lab knights view (lab/knights)', () => {
  it('lists the functions a knight can run, and says why one needing arguments cannot', async () => {
    const { result, scene } = await knights(COUNTER, { ask: 'functions' });
    expect(result.passed).toBe(true);
    expect(scene.functions).toEqual([
      { name: 'add', line: 4, runnable: true, why: null, detail: '' },
      { name: 'greet', line: 9, runnable: false, why: 'arguments', detail: 'name' },
      { name: 'say', line: 12, runnable: true, why: null, detail: '' },
    ]);
  });

  it('runs two knights once under Sir GIL: the first runs to its end before the second starts', async () => {
    const { scene } = await knights(COUNTER, { ask: 'sample', threads: ['add', 'add'], mode: 'gil' });
    expect(scene.problem).toBeNull();
    expect(scene.knights.map((knight) => [knight.name, knight.status])).toEqual([
      ['add', 'done'],
      ['add', 'done'],
    ]);
    expect(scene.globalsBefore).toEqual({ count: '0' });
    expect(scene.globalsAfter).toEqual({ count: '4' });
    // short loops never reach Sir GIL's switch interval: one hand-over, when the first knight is done
    expect(scene.switches).toBe(1);
    const threads = scene.steps.map((step) => step.thread);
    expect(threads.indexOf(1)).toBe(scene.knights[0]!.steps);
    const write = scene.steps.findIndex((step) => step.writes.includes('count'));
    expect(scene.steps[write]!.op).toBe('STORE_GLOBAL');
    expect(globalsAt(scene, write)).toEqual({ count: '1' });
    expect(scene.steps.some((step) => step.reads.includes('count') && step.op === 'LOAD_GLOBAL')).toBe(true);
    expect(globalsAt(scene, scene.steps.length - 1)).toEqual(scene.globalsAfter);
  });

  it('repeats an "anywhere" sample exactly for the same seed, and another seed may switch elsewhere', async () => {
    const ask = { ask: 'sample', threads: ['add', 'add'], mode: 'anywhere' } as const;
    const first = await knights(COUNTER, { ...ask, seed: 7 });
    const again = await knights(COUNTER, { ...ask, seed: 7 });
    expect(first.scene.seed).toBe(7);
    expect(again.scene.steps).toEqual(first.scene.steps);
    expect(first.scene.switches).toBeGreaterThan(1);
    const others = await Promise.all([1, 2, 3].map((seed) => knights(COUNTER, { ...ask, seed })));
    const orders = new Set([first, ...others].map(({ scene }) => scene.steps.map((step) => step.thread).join('')));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('finds the shortest order that breaks `count == 4` anywhere: a lost update', async () => {
    const { result, scene } = await knights(COUNTER, { ask: 'race', threads: ['add', 'add'], mode: 'anywhere', invariant: 'count == 4' });
    expect(result.passed).toBe(true);
    expect(scene.race).toMatchObject({ holds: false, reason: 'invariant', shortest: true, watched: 'count', expected: '4' });
    expect(Number(scene.race!.final)).toBeLessThan(4);
    expect(scene.globalsAfter['count']).toBe(scene.race!.final);
    // the shortest story: one knight reads, the other runs, the first writes its stale sum back
    expect(scene.switches).toBe(2);
    const lost = scene.race!.lost!;
    expect(lost).toMatchObject({ name: 'count' });
    expect(lost.reader).not.toBe(lost.other);
    expect(lost.read).toBeLessThan(lost.overwritten);
    expect(lost.overwritten).toBeLessThan(lost.overwriting);
    expect(scene.steps[lost.read - scene.firstShown]).toMatchObject({ thread: lost.reader, op: 'LOAD_GLOBAL', reads: ['count'] });
    expect(scene.steps[lost.overwriting - scene.firstShown]).toMatchObject({ thread: lost.reader, op: 'STORE_GLOBAL' });
  });

  it("breaks `count == 200` for loops too long to try every order, within the game's time limit", async () => {
    const long = COUNTER.replace('range(2)', 'range(100)');
    const started = Date.now();
    const { result, scene } = await knights(
      long,
      { ask: 'race', threads: ['add', 'add'], mode: 'anywhere', invariant: 'count == 200' },
      2000,
    );
    expect(result.interrupted).toBe(false);
    expect(scene.race).toMatchObject({ holds: false, reason: 'invariant', shortest: false, complete: false });
    expect(Number(scene.race!.final)).toBeLessThan(200);
    expect(scene.stepsTotal).toBeGreaterThan(300);
    expect(scene.steps).toHaveLength(300);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('finds no breaking order under Sir GIL for short loops, having tried every order', async () => {
    const { scene } = await knights(COUNTER, { ask: 'race', threads: ['add', 'add'], mode: 'gil', invariant: 'count == 4' });
    expect(scene.problem).toBeNull();
    expect(scene.race).toMatchObject({ holds: true, complete: true, reason: null });
    expect(scene.race!.orders).toBeGreaterThanOrEqual(1);
  });

  it('keeps the check in every order when a threading.Lock guards the add', async () => {
    const { scene } = await knights(LOCKED, { ask: 'race', threads: ['add', 'add'], mode: 'anywhere', invariant: 'count == 4' });
    expect(scene.problem).toBeNull();
    expect(scene.race).toMatchObject({ holds: true, complete: true, reason: null, lost: null });
    expect(scene.race!.orders).toBeGreaterThan(1);
    // the run shown to watch: a knight waits at the lock while the other holds it
    expect(scene.steps.some((step) => step.lock !== null)).toBe(true);
    expect(scene.globalsAfter).toMatchObject({ count: '4', lock: '<unlocked lock>' });
  });

  it('says where a check is not Python, names a missing name, and wants a True/False answer', async () => {
    const race = { ask: 'race', threads: ['add', 'add'], mode: 'anywhere' } as const;
    const syntax = await knights(COUNTER, { ...race, invariant: 'count = 4' });
    expect(syntax.result.passed).toBe(false);
    expect(syntax.scene.problem).toMatchObject({ kind: 'invariant-syntax', column: 7, why: 'equals' });
    expect(syntax.scene.problem!.detail).toBeTruthy();
    const unknown = await knights(COUNTER, { ...race, invariant: 'cont == 4' });
    expect(unknown.scene.problem).toEqual({ kind: 'invariant-name', name: 'cont', column: 1, length: 4 });
    const notBool = await knights(COUNTER, { ...race, invariant: 'count + 1' });
    expect(notBool.scene.problem).toEqual({ kind: 'invariant-not-bool', type: 'int' });
    expect(notBool.scene.race).toBeNull();
  });

  it('finds the order where two knights taking two locks the other way round get stuck', async () => {
    const crossed = `
import threading
a = threading.Lock()
b = threading.Lock()
count = 0

def one():
    global count
    with a:
        with b:
            count += 1

def two():
    global count
    with b:
        with a:
            count += 1
`;
    const { scene } = await knights(crossed, { ask: 'race', threads: ['one', 'two'], mode: 'anywhere', invariant: 'count == 2' });
    expect(scene.race).toMatchObject({ holds: false, reason: 'deadlock' });
    expect(scene.knights.map((knight) => knight.status)).toEqual(['waiting', 'waiting']);
    expect(scene.globalsAfter['count']).toBe('0');
  });

  it("runs the kid's check only under the spell's guard: its error is said kindly, its runaway stopped", async () => {
    const helpers = `${COUNTER}
def broken():
    return 1 / 0

def forever():
    while True:
        pass
`;
    const race = { ask: 'race', threads: ['add', 'add'], mode: 'gil' } as const;
    const failed = await knights(helpers, { ...race, invariant: 'broken() == 1' });
    expect(failed.scene.problem).toMatchObject({ kind: 'invariant-failed', error: 'ZeroDivisionError' });
    const stopped = await real.runtime.cast({
      level: KNIGHTS_LAB_ID,
      source: helpers,
      timeLimitMs: 1500,
      options: { ...race, invariant: 'forever()' },
    });
    expect(stopped.interrupted).toBe(true);
    expect(stopped.passed).toBe(false);
  });

  it('refuses a check that reaches for the host or the school, as a spell is refused, before it runs', async () => {
    const race = { ask: 'race', threads: ['add', 'add'], mode: 'anywhere' } as const;
    const imported = await knights(COUNTER, { ...race, invariant: "__import__('os').system('touch x') == 0" });
    expect(imported.scene.problem).toMatchObject({ kind: 'invariant-refused', column: 1 });
    expect(imported.scene.problem!.construct).toContain('__import__');
    const opened = await knights(COUNTER, { ...race, invariant: "open('x', 'w') is None" });
    expect(opened.scene.problem).toMatchObject({ kind: 'invariant-name', name: 'open', column: 1 });
    const frame = await knights(COUNTER, { ...race, invariant: 'add.__globals__ is None' });
    expect(frame.scene.problem).toMatchObject({ kind: 'invariant-refused' });
    // the same text in a program is refused by the spell policy itself
    const asSpell = await real.runtime.cast({
      level: KNIGHTS_LAB_ID,
      source: "__import__('os')\n",
      timeLimitMs: 10_000,
      options: { ask: 'functions' },
    });
    expect(asSpell.error).toMatchObject({ type: 'NotAllowed', line: 1, column: 1 });
  });

  it('stops a knight that never ends, kindly, keeping the first steps', async () => {
    const runaway = 'count = 0\n\ndef spin():\n    while True:\n        pass\n\ndef add():\n    global count\n    count += 1\n';
    const { result, scene } = await knights(runaway, { ask: 'sample', threads: ['spin', 'add'], mode: 'gil' });
    expect(result.interrupted).toBe(false);
    expect(scene.problem).toEqual({ kind: 'runaway', limit: 20_000 });
    expect(scene.steps).toHaveLength(300);
    expect(scene.stepsTotal).toBe(20_000);
    const raced = await knights(runaway, { ask: 'race', threads: ['spin', 'add'], mode: 'anywhere', invariant: 'count == 1' });
    expect(raced.scene.problem?.kind).toMatch(/^runaway/);
  });

  it('refuses a program that reaches the host as a spell is refused', async () => {
    const result = await real.runtime.cast({
      level: KNIGHTS_LAB_ID,
      source: 'import os\nos.system("ls")\n',
      timeLimitMs: 10_000,
      options: { ask: 'functions' },
    });
    expect(result.passed).toBe(false);
    expect(result.scene).toBeNull();
    expect(result.error?.explanation.key).toMatch(/^errors\.host-/);
  });
});
