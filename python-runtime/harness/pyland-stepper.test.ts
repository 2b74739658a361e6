/**
 * The spell stepper (harness/pyland_stepper/) through the real runtime: Pyodide 314.0.7
 * (CPython 3.14) in a Node worker thread, driven with RuntimeClient.runTool like the command
 * line and the game.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeRuntime } from '../node-runtime.js';
import type { RaceResult, StepperAnswer, StepperTool, StepResult } from '../../contracts/cast-protocol.js';
import type { MeasuredSpellRuntime } from '../runtime-client.js';
import { CALLS, TRACE_EXCEPTIONS } from './stepper-corpus-calls.js';

const CORPUS = readFileSync(new URL('./stepper-corpus.py', import.meta.url), 'utf8');

const RACE = `
import threading
count = 0
lock = threading.Lock()

def inc():
    global count
    for i in range(2):
        count += 1

def inc_locked():
    global count
    for i in range(2):
        with lock:
            count += 1
`;

/** Lock waits with and without a timeout (lock.acquire(timeout=1)). */
const TIMED = `
import threading
lock = threading.Lock()
count = 0
got = None

def keeper():
    global count
    lock.acquire()  # takes the lock and never gives it back
    count += 1

def polite():
    global count
    with lock:
        count += 1

def patient():
    global got, count
    got = lock.acquire(timeout=1)
    if got:
        count += 1
        lock.release()

def stubborn():
    lock.acquire()

def twice():
    lock.acquire()
    lock.acquire()

def twice_patient():
    return lock.acquire(), lock.acquire(timeout=0.01)
`;

interface RunResult {
  deadlock: boolean;
  schedule: number[];
  switches: number;
  globals: Record<string, string>;
  threads: { thread: number; status: string; exception: string | null }[];
  events?: Record<string, unknown>[];
}

let runtime: MeasuredSpellRuntime;

/** A fixture level whose checker only runs the spell: for what a level's spell may import. */
const RUN_ONLY_LEVEL = 'test/run-only';
const RUN_ONLY_CHECKER = `from pyland import Verdict\n\ndef check(spell):\n    spell.run(spell.namespace())\n    return Verdict(True)\n`;

beforeAll(async () => {
  runtime = createNodeRuntime({
    makeSnapshot: false,
    reuseWorker: true,
    withoutLevels: true,
    checkers: { [RUN_ONLY_LEVEL]: RUN_ONLY_CHECKER },
  });
  await runtime.ready;
});

afterAll(() => runtime.dispose());

async function answer<Result>(tool: StepperTool, payload: Record<string, unknown>): Promise<StepperAnswer<Result>> {
  return runtime.runTool<Result>(tool, payload, { timeLimitMs: 30_000 });
}

async function ok<Result>(tool: StepperTool, payload: Record<string, unknown>): Promise<Result> {
  const reply = await answer<Result>(tool, payload);
  if ('error' in reply) throw new Error(`${tool} failed: ${reply.error.kind}: ${reply.error.message}`);
  return reply.ok;
}

describe('stepping real CPython 3.14 bytecode', () => {
  it('has a corpus of at least 60 small functions', () => {
    const functions = CORPUS.split('\n').filter((line) => line.startsWith('def '));
    expect(functions.length).toBeGreaterThanOrEqual(60);
    const called = new Set(CALLS.map(([name]) => name));
    expect(called.size).toBeGreaterThanOrEqual(60);
  });

  it.each(CALLS)('%s(%j) gives the same result, globals, output and exception type stepped as natively', async (name, args, kwargs) => {
    const payload = { source: CORPUS, function: name, args, kwargs: kwargs ?? {} };
    const native = await ok<StepResult>('native', payload);
    const stepped = await ok<StepResult>('step', payload);
    expect(stepped.returned).toBe(native.returned);
    expect(stepped.exception).toBe(native.exception);
    expect(stepped.globals).toEqual(native.globals);
    expect(stepped.output).toBe(native.output);
    // a call that does not bind (a bad argument) fails before its first instruction
    if (stepped.steps > 0 && native.exception !== null) expect(stepped.line).toBeGreaterThan(0);
    if (native.exception === null) expect(stepped.steps).toBeGreaterThan(0);
  });

  it('raises errors inside spells the way CPython does (the corpus is not all happy paths)', async () => {
    const failing = [];
    for (const [name, args, kwargs] of CALLS) {
      const native = await ok<StepResult>('native', { source: CORPUS, function: name, args, kwargs: kwargs ?? {} });
      if (native.exception !== null) failing.push(native.exception);
    }
    expect(new Set(failing)).toEqual(
      new Set([
        'TypeError',
        'ZeroDivisionError',
        'UnboundLocalError',
        'NameError',
        'RecursionError',
        'ValueError',
        'AttributeError',
        'IndexError',
        'AssertionError',
        'RuntimeError',
        'KeyError',
      ]),
    );
  });

  it('executes exactly the instructions CPython executes (sys.monitoring trace), jumps and handlers included', async () => {
    const mismatches: string[] = [];
    let compared = 0;
    for (const [name, args, kwargs] of CALLS) {
      if (name in TRACE_EXCEPTIONS) continue;
      const trace = await ok<{ native: [string, number][]; stepped: [string, number][] }>('trace', {
        source: CORPUS,
        function: name,
        args,
        kwargs: kwargs ?? {},
      });
      if (JSON.stringify(trace.native) !== JSON.stringify(trace.stepped)) {
        const at = trace.native.findIndex((entry, i) => JSON.stringify(entry) !== JSON.stringify(trace.stepped[i]));
        mismatches.push(`${name}: first difference at instruction ${at}`);
      }
      compared += trace.native.length;
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(3000);
  });

  it('steps module code too (LOAD_NAME/STORE_NAME, imports, loops and comprehensions at the top level)', async () => {
    const source = `
import math
from threading import Lock
count = 0
names = []
for i in range(3):
    count += i
    names.append(f"owl{i}")
squares = [i * i for i in range(4)]
lookup = {k: len(k) for k in names}
big = count > 2
def f(x):
    return x + count
r = f(2)
del i
w = math.floor(2.5)
guard = Lock()
with guard:
    inside = guard.locked()
`;
    const stepped = await ok<{ globals: Record<string, string>; steps: number }>('module', { source });
    const native = await ok<{ globals: Record<string, string> }>('native-module', { source });
    expect(stepped.globals).toEqual(native.globals);
    expect(stepped.globals).toMatchObject({ count: '3', r: '5', inside: 'True', squares: '[0, 1, 4, 9]' });
    expect(stepped.steps).toBeGreaterThan(100);
  });

  it.each([
    [
      'a class with __init__ and a method called from module code',
      'class Shelf:\n    def __init__(self, size):\n        self.size = size\n        self.books = []\n    def add(self, book):\n        self.books.append(book)\n        return len(self.books)\n\nshelf = Shelf(3)\nshelf.add("owls")\nhow_many = shelf.add("moons")\nbooks = shelf.books\nprint(how_many, shelf.size)\n',
      { how_many: '2', books: "['owls', 'moons']" },
    ],
    [
      'a subclass calling super().__init__()',
      'class Pet:\n    def __init__(self, name):\n        self.name = name\n    def speak(self):\n        return self.name + " says hi"\n\nclass Dog(Pet):\n    def __init__(self, name, trick):\n        super().__init__(name)\n        self.trick = trick\n    def speak(self):\n        return super().speak() + " and does a " + self.trick\n\nd = Dog("Fido", "roll")\nwords = d.speak()\nname = d.name\nprint(words)\n',
      { words: "'Fido says hi and does a roll'", name: "'Fido'" },
    ],
    [
      'a class made inside a function',
      'def make(start):\n    class Counter:\n        def __init__(self):\n            self.n = start\n        def up(self):\n            self.n += 1\n            return self.n\n    return Counter()\n\nc = make(5)\nc.up()\nafter = c.up()\nprint(after, type(c).__qualname__)\n',
      { after: '7' },
    ],
    [
      'a class attribute and a staticmethod made without a decorator',
      'class Owl:\n    wings = 2\n    def hoot(times):\n        return "hoo" * times\n    hoot = staticmethod(hoot)\n\nOwl.wings += 1\nsong = Owl.hoot(2)\nalso = Owl().hoot(1)\nwings = Owl().wings\nprint(song, also, wings)\n',
      { song: "'hoohoo'", also: "'hoo'", wings: '3' },
    ],
  ])('steps module code that makes %s, as CPython runs it', async (_, source, expected) => {
    const stepped = await ok<{ globals: Record<string, string>; steps: number; output: string }>('module', { source });
    const native = await ok<{ globals: Record<string, string>; output: string }>('native-module', { source });
    expect(stepped.globals).toEqual(native.globals);
    expect(stepped.output).toBe(native.output);
    expect(stepped.globals).toMatchObject(expected);
    expect(stepped.output).not.toBe('');
  });

  it('a super() whose name the spell rebound behind the compiler’s back stops with a clear error, never a different result', async () => {
    // (a plain `super = ...` in the spell makes the compiler call it as any function: no LOAD_SUPER_ATTR)
    const source =
      'class A:\n    def hi(self):\n        return 1\n\nclass B(A):\n    def hi(self):\n        return super().hi()\n\ndef f():\n    return B().hi()\n\nglobals()["super"] = lambda *args: A\n';
    const reply = await answer('step', { source, function: 'f' });
    expect(reply).toEqual({
      error: { kind: 'unsupported', instruction: 'LOAD_SUPER_ATTR', line: 7, message: expect.stringContaining('not the built-in super') },
    });
  });

  it('reports every step as an event: instruction, argument, line, stack before and after, names written', async () => {
    const result = await ok<StepResult>('step', { source: RACE, function: 'inc', events: true });
    const events = result.events as {
      op: string;
      arg: unknown;
      line: number;
      stack_before: string[];
      stack_after: string[];
      writes: string[];
    }[];
    expect(events).toHaveLength(result.steps);
    const load = events.find((event) => event.op === 'LOAD_GLOBAL' && event.arg === 'count')!;
    expect(load).toMatchObject({ line: 9, stack_after: [expect.stringContaining('range_iterator'), '0'] });
    const add = events.find((event) => event.op === 'BINARY_OP')!;
    expect(add).toMatchObject({ arg: '+=', stack_before: [expect.any(String), '0', '1'] });
    const store = events.find((event) => event.op === 'STORE_GLOBAL')!;
    expect(store).toMatchObject({ writes: ['count'], stack_before: [expect.any(String), '1'] });
    expect(events.at(-1)).toMatchObject({ op: 'RETURN_VALUE', stack_before: ['None'], status: 'done' });
  });

  it.each([
    ['a generator', 'def f():\n    yield 1\n', 'RETURN_GENERATOR', 1],
    ['a match statement', 'def f(x=(1, 2)):\n    match x:\n        case [a, b]:\n            return a\n', 'MATCH_SEQUENCE', 3],
    ['a template string', 'def f(x=1):\n    return t"{x}"\n', 'BUILD_INTERPOLATION', 2],
    ['except*', 'def f():\n    try:\n        pass\n    except* ValueError:\n        pass\n', 'CHECK_EG_MATCH', 4],
  ])('stops %s with a clear error naming the instruction and the line', async (_, source, instruction, line) => {
    const reply = await answer('step', { source, function: 'f' });
    expect(reply).toEqual({
      error: { kind: 'unsupported', instruction, line, message: expect.stringContaining(instruction) },
    });
    if ('error' in reply) expect(reply.error.message).toContain(`line ${line}`);
  });

  it('tells a broken spell file and a bad request apart', async () => {
    expect(await answer('step', { source: 'def f(:\n', function: 'f' })).toMatchObject({
      error: { kind: 'spell', line: 1, message: expect.stringContaining('SyntaxError') },
    });
    expect(await answer('step', { source: 'x = 1 / 0\n', function: 'f' })).toMatchObject({
      error: { kind: 'spell', line: 1, message: expect.stringContaining('ZeroDivisionError') },
    });
    expect(await answer('step', { source: 'x = 1\n', function: 'nope' })).toMatchObject({
      error: { kind: 'usage', message: expect.stringContaining("no function called 'nope'") },
    });
    expect(await answer('step', { source: 'x = 1\n', function: 'x' })).toMatchObject({
      error: { kind: 'usage', message: expect.stringContaining('is not a function') },
    });
    expect(await answer('race', { source: RACE, threads: ['inc'], invariant: 'count ==' })).toMatchObject({
      error: { kind: 'usage', message: expect.stringContaining('invariant') },
    });
  });

  it('is locked away from the spells of levels, like the rest of the harness', async () => {
    // the spell policy refuses the import before the spell runs; under it, the import guard too
    const cast = await runtime.cast({ level: RUN_ONLY_LEVEL, source: 'import pyland_stepper\n' });
    expect(cast.error).toMatchObject({ type: 'NotAllowed', message: 'import pyland_stepper' });
    const underPolicy = await runtime.cast({ level: RUN_ONLY_LEVEL, source: 'import pyland_stepper\n', withoutPolicy: true });
    expect(underPolicy.error).toMatchObject({ type: 'ImportError', message: expect.stringContaining('locked away') });
    const stepped = await answer('step', { source: 'import pyland_stepper\ndef f():\n    return 1\n', function: 'f' });
    expect(stepped).toMatchObject({ error: { kind: 'spell', message: expect.stringContaining('ImportError') } });
  });

  it('is a package whose modules are as locked away as the package, and out of sight while a spell runs', async () => {
    const cast = await runtime.cast({ level: RUN_ONLY_LEVEL, source: 'import pyland_stepper.frames\n' });
    expect(cast.error).toMatchObject({ type: 'NotAllowed', message: 'import pyland_stepper.frames' });
    for (const source of [
      'import pyland_stepper.frames\n',
      'from pyland_stepper import frames\n',
      '__import__("pyland_stepper.fr" + "ames")\n',
    ]) {
      const underPolicy = await runtime.cast({ level: RUN_ONLY_LEVEL, source, withoutPolicy: true });
      expect(underPolicy.error, source).toMatchObject({ type: 'ImportError', message: expect.stringContaining('locked away') });
      const stepped = await answer('step', { source: `${source}def f():\n    return 1\n`, function: 'f' });
      expect(stepped, source).toMatchObject({ error: { kind: 'spell', message: expect.stringContaining('ImportError') } });
    }
    // the harness takes every pyland* module out of sys.modules while a spell runs (the story's stays),
    // the stepper's own modules too, and puts them back after
    const school = 'import sys\nprint(sorted(name for name in sys.modules if name.startswith("pyland")))\n';
    const seen = await runtime.cast({ level: RUN_ONLY_LEVEL, source: school, withoutPolicy: true });
    expect(seen.error).toBeNull();
    expect(seen.output.trim()).toBe("['pyland_story']");
    expect(await ok<StepResult>('step', { source: RACE, function: 'inc' })).toMatchObject({ globals: { count: '2' } });
  });

  it('stops a runaway stepped loop at the time limit, and the next tool call works', async () => {
    const started = performance.now();
    const reply = await runtime.runTool(
      'step',
      { source: 'def f():\n    while True:\n        pass\n', function: 'f' },
      { timeLimitMs: 300 },
    );
    expect(reply).toMatchObject({ error: { kind: 'interrupted' } });
    expect(performance.now() - started).toBeLessThan(3000);
    expect(await ok<StepResult>('step', { source: RACE, function: 'inc' })).toMatchObject({ globals: { count: '2' } });
  });
});

describe('threads under the scheduler', () => {
  it('explores three threads too', async () => {
    const race = await ok<RaceResult>('race', { source: RACE, threads: ['inc_locked', 'inc_locked', 'inc'], invariant: 'count == 6' });
    expect(race).toMatchObject({ holds: false, reason: 'invariant' });
    const locked = await ok<RaceResult>('race', {
      source: RACE,
      threads: ['inc_locked', 'inc_locked', 'inc_locked'],
      invariant: 'count == 6',
    });
    expect(locked).toMatchObject({ holds: true, complete: true });
  });

  it('finds the lost update: in anywhere mode an interleaving of two `count += 1` twice ends below 4', async () => {
    const race = await ok<RaceResult>('race', { source: RACE, threads: ['inc', 'inc'], invariant: 'count == 4' });
    expect(race.holds).toBe(false);
    expect(race.reason).toBe('invariant');
    expect(Number(race.final!.count)).toBeLessThan(4);
    // the shortest story: one thread reads, the other runs, the first writes its stale value
    expect(race.switches).toBe(2);
    // replaying the counterexample gives the same end
    const replay = await ok<RunResult>('run', { source: RACE, threads: ['inc', 'inc'], mode: 'replay', schedule: race.counterexample });
    expect(replay.globals).toEqual(race.final);
    expect(replay.schedule).toEqual(race.counterexample);
  });

  it('with the increment under a lock, every interleaving ends at 4', async () => {
    const race = await ok<RaceResult>('race', { source: RACE, threads: ['inc_locked', 'inc_locked'], invariant: 'count == 4' });
    expect(race).toMatchObject({ holds: true, complete: true, counterexample: null, final: null });
    expect(race.schedules).toBeGreaterThan(1);
  });

  it('in gil mode (switches only at eval-breaker points) no lost update appears, whatever the interval', async () => {
    const run = await ok<RunResult>('run', { source: RACE, threads: ['inc', 'inc'], mode: 'gil' });
    expect(run.globals).toEqual({ count: '4' });
    const eager = await ok<RunResult>('run', { source: RACE, threads: ['inc', 'inc'], mode: 'gil', interval: 1 });
    expect(eager.globals).toEqual({ count: '4' });
    expect(eager.switches).toBeGreaterThan(2);
    const race = await ok<RaceResult>('race', { source: RACE, threads: ['inc', 'inc'], invariant: 'count == 4', mode: 'gil' });
    expect(race).toMatchObject({ holds: true, complete: true });
  });

  it('in gil mode a thread hands the stick on only after a RESUME, a backward jump or a call into C', async () => {
    const run = await ok<RunResult>('run', { source: RACE, threads: ['inc', 'inc'], mode: 'gil', interval: 1, events: true });
    const events = run.events as { thread: number; op: string; stick: number; status: string }[];
    const handovers = events.filter((event, i) => i > 0 && event.thread !== events[i - 1]!.thread);
    expect(handovers.length).toBeGreaterThan(2);
    for (const event of handovers) {
      const before = events[events.indexOf(event) - 1]!;
      // a thread that finished drops the stick too
      if (before.status !== 'done') expect(['RESUME', 'JUMP_BACKWARD', 'CALL']).toContain(before.op);
    }
  });

  it('a thread that cannot take a lock waits and is passed over; the events show who holds it', async () => {
    // thread 0 runs 14 instructions, up to the CALL of lock.__enter__; then thread 1 runs
    // RESUME, LOAD_GLOBAL lock, LOAD_ATTR acquire and tries the CALL
    const source = `${RACE}\ndef grab():\n    lock.acquire()\n    return 1\n`;
    const firstLocked = await ok<RunResult>('run', {
      source,
      threads: ['inc_locked', 'grab'],
      mode: 'replay',
      events: true,
      schedule: [...Array<number>(14).fill(0), 1, 1, 1, 1],
    });
    const events = firstLocked.events as { thread: number; op: string; waits: boolean; locks: Record<string, number | null> }[];
    const waiting = events.find((event) => event.thread === 1 && event.waits);
    expect(waiting).toMatchObject({ op: 'CALL', locks: { lock: 0 } });
    expect(firstLocked.threads[1]!.status).toBe('done');
    expect(firstLocked.deadlock).toBe(false);
  });

  it('a lock wait with a timeout ends: gil mode lets it give up when nobody else can run; a wait without one stays a deadlock', async () => {
    const kept = await ok<RunResult>('run', { source: TIMED, threads: ['keeper', 'patient'], mode: 'gil' });
    expect(kept.deadlock).toBe(false);
    expect(kept.threads.map((thread) => thread.status)).toEqual(['done', 'done']);
    expect(kept.globals).toMatchObject({ got: 'False', count: '1' });
    const stuck = await ok<RunResult>('run', { source: TIMED, threads: ['keeper', 'stubborn'], mode: 'gil' });
    expect(stuck.deadlock).toBe(true);
  });

  it('explore tries both ends of a timed wait: the lock given back in time, and the time running out first', async () => {
    // no clock in the stepper: a timed waiter's turn while the lock is still taken is its time running out
    const timedOut = await ok<RaceResult>('race', { source: TIMED, threads: ['polite', 'patient'], invariant: 'got is not False' });
    expect(timedOut).toMatchObject({ holds: false, reason: 'invariant', final: { got: 'False', count: '1' } });
    const inTime = await ok<RaceResult>('race', { source: TIMED, threads: ['polite', 'patient'], invariant: 'got is not True' });
    expect(inTime).toMatchObject({ holds: false, reason: 'invariant', final: { got: 'True', count: '2' } });
    // the shortest time-out: patient is given a turn while polite holds the lock, and replays to the same end
    const replay = await ok<RunResult>('run', {
      source: TIMED,
      threads: ['polite', 'patient'],
      mode: 'replay',
      schedule: timedOut.counterexample,
    });
    expect(replay.globals).toEqual(timedOut.final);
    expect(replay.deadlock).toBe(false);
  });

  it("a timed acquire and bad acquire arguments answer as a real threading.Lock does (not only as the stepper's own lock)", async () => {
    // the same corpus functions, run natively with the real threading module (a level spell imports it)
    const lockCalls = CALLS.filter(([name]) => ['lock_methods', 'timed_acquire', 'acquire_with'].includes(name));
    expect(lockCalls.length).toBeGreaterThanOrEqual(6);
    for (const [name, args] of lockCalls) {
      const print = `\nimport json\ntry:\n    print(repr(${name}(*json.loads(${JSON.stringify(JSON.stringify(args))}))))\nexcept Exception as error:\n    print(type(error).__name__, error)\n`;
      // the corpus measures the stepper against CPython with whatever Python offers: no policy
      const real = await runtime.cast({ level: RUN_ONLY_LEVEL, source: CORPUS + print, timeLimitMs: 10_000, withoutPolicy: true });
      expect(real.error, JSON.stringify(real.error)).toBeNull();
      const stepped = await ok<StepResult>('step', { source: CORPUS, function: name, args, kwargs: {} });
      const steppedSays = stepped.exception === null ? stepped.returned : `${stepped.exception} ${stepped.message}`;
      expect(steppedSays, `${name}(${JSON.stringify(args)})`).toBe(real.output.trim());
    }
  });

  it('a single stepped call that waits for a lock it holds itself says so, instead of running too long', async () => {
    const reply = await answer('step', { source: TIMED, function: 'twice' });
    expect(reply).toMatchObject({ error: { message: expect.stringContaining('waits forever for a lock') } });
    // with a timeout, the second wait gives up: False, as a real lock says
    expect(await ok<StepResult>('step', { source: TIMED, function: 'twice_patient' })).toMatchObject({ returned: '(True, False)' });
  });

  it('reports a deadlock when two threads take two locks in opposite order', async () => {
    const source = `
import threading
a = threading.Lock()
b = threading.Lock()
done = 0
def ab():
    global done
    with a:
        with b:
            done += 1
def ba():
    global done
    with b:
        with a:
            done += 1
`;
    const race = await ok<RaceResult>('race', { source, threads: ['ab', 'ba'], invariant: 'done == 2' });
    expect(race).toMatchObject({ holds: false, reason: 'deadlock' });
    const replay = await ok<RunResult>('run', { source, threads: ['ab', 'ba'], mode: 'replay', schedule: race.counterexample });
    expect(replay.deadlock).toBe(true);
    expect(replay.threads.map((thread) => thread.status)).toEqual(['waiting', 'waiting']);
  });

  it.each([
    ['two increments', RACE, ['inc', 'inc'], 'count == 4'],
    ['a list append race', 'items = []\ndef put():\n    n = len(items)\n    items.append(n)\n', ['put', 'put'], 'items == [0, 1]'],
    [
      'a check-then-act race',
      'stock = 1\nsold = 0\ndef buy():\n    global stock, sold\n    if stock > 0:\n        stock = stock - 1\n        sold += 1\n',
      ['buy', 'buy'],
      'sold <= 1',
    ],
    [
      'a fixed check-then-act',
      'import threading\nlock = threading.Lock()\nstock = 1\nsold = 0\ndef buy():\n    global stock, sold\n    with lock:\n        if stock > 0:\n            stock = stock - 1\n            sold += 1\n',
      ['buy', 'buy'],
      'sold <= 1',
    ],
  ])(
    'skipping the order of local steps finds the same verdict as trying every instruction order: %s',
    async (_, source, threads, invariant) => {
      const reduced = await ok<RaceResult>('race', { source, threads, invariant });
      const full = await ok<RaceResult>('race', { source, threads, invariant, reduce: false });
      expect(reduced.holds).toBe(full.holds);
      expect(reduced.states).toBeLessThanOrEqual(full.states);
      if (!full.holds) {
        expect(reduced.counterexample!.length).toBe(full.counterexample!.length);
        const replay = await ok<RunResult>('run', { source, threads, mode: 'replay', schedule: reduced.counterexample });
        expect(replay.globals).toEqual(reduced.final);
      }
    },
  );
});
