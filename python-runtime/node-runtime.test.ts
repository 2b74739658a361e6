/**
 * The whole runtime with a real CPython (Pyodide) in a worker thread: what a spell can and
 * cannot do, and that a runaway spell never takes the school down.
 * One runtime for the file (a cold start costs ~3 s); a second one restores its snapshot.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEVELS } from './levels/index.js';
import { createNodeRuntime } from './node-runtime.js';
import { OUTPUT_CUT_MARKER, OUTPUT_LIMIT_CHARS, type CastResult } from '../contracts/cast-protocol.js';
import type { MeasuredSpellRuntime } from './runtime-client.js';
import { translatorFor } from '../game/messages/translator.js';
import { messageText } from './verdict-texts.js';
import type { KidMessage } from '../contracts/cast-protocol.js';

/** The runtime sends keys only: the tests read them in English. */
const textOf = (message: KidMessage) => messageText(message, translatorFor('en'));

/** A checker that only runs the spell with a hat in its namespace and passes if it finishes. */
const FIXTURE = 'test/fixture';
const FIXTURE_CHECKER = `
from pyland import MagicHat, Verdict

def check(spell):
    ns = spell.namespace(hat=MagicHat("hat"))
    spell.run(ns)
    return Verdict(True, [("ran", {})])
`;

/**
 * A checker that, once the spell was stopped, takes longer than the grace to write its answer
 * (as the Memory Lab's last picture of a big stopped program may on a busy machine).
 */
const SLOW_AFTER_STOP = 'test/slow-after-stop';
const SLOW_AFTER_STOP_CHECKER = `
import time
from pyland import SpellInterrupted, Verdict

def check(spell):
    try:
        spell.run(spell.namespace())
    except SpellInterrupted:
        until = time.monotonic() + 1.2
        while time.monotonic() < until:
            pass
        spell._output.write("the last picture, drawn\\n")
        return Verdict(False, [("errors.interrupted", {})])
    return Verdict(True)
`;

/**
 * A checker that runs the spell's work() in the spell stepper, one burst of instructions after
 * another, as the knights' and the wizard's checks do, and says how long the stepping took.
 */
const STEPPED = 'test/stepped';
const STEPPED_CHECKER = `
import time
import pyland_stepper as stepper
from pyland import Verdict, spell_function

def check(spell):
    ns = spell.namespace()
    spell.run(ns)
    thread = stepper.start_thread(None, 0, spell_function(ns, "work"), ())

    def go():
        start = time.monotonic()
        while thread.runnable():
            stepper.run_thread(thread, 10_000)
        return time.monotonic() - start

    took = spell.call(go)
    spell._output.write(f"stepped for {took:.1f} s\\n")
    return Verdict(True)
`;

/** Runaway spells get a short limit here; the guarantee is "stopped within limit + 1 s". */
const LIMIT_MS = 600;

let runtime: MeasuredSpellRuntime;
let snapshot: Uint8Array | undefined;

beforeAll(async () => {
  runtime = createNodeRuntime({
    checkers: { [FIXTURE]: FIXTURE_CHECKER, [SLOW_AFTER_STOP]: SLOW_AFTER_STOP_CHECKER, [STEPPED]: STEPPED_CHECKER },
    reuseWorker: true,
    onSnapshot: (made) => (snapshot = made),
  });
  await runtime.ready;
});

afterAll(() => runtime?.dispose());

/**
 * This file tests the runtime and the layers under the spell policy (the state guard, the
 * sandbox): its spells run without the policy, which would refuse many of them before they run
 * (spell-policy.test.ts tests the policy itself).
 */
function cast(source: string, timeLimitMs?: number): Promise<CastResult> {
  return runtime.cast({ level: FIXTURE, source, withoutPolicy: true, ...(timeLimitMs === undefined ? {} : { timeLimitMs }) });
}

describe('what a spell sees', () => {
  it('runs a level checker read from disk: a level’s reference spell passes', async () => {
    const level = LEVELS[0]!;
    const result = await runtime.cast({ level: level.id, source: level.reference });
    expect(result.passed).toBe(true);
    expect(textOf(result.messages[0]!)).not.toMatch(/^\[/);
  });

  it('reports a syntax error with its line and a kind explanation', async () => {
    const result = await cast('x = 1\nif x == 1\n    print(x)\n');
    expect(result.passed).toBe(false);
    expect(result.error).toMatchObject({ type: 'SyntaxError', line: 2 });
    expect(textOf(result.error!.explanation)).toContain('line 2');
  });

  it('reports a NameError with the line in the spell and the explanation text', async () => {
    const result = await cast('my_hat = hat\nprint(hta)\n');
    expect(result.error).toMatchObject({ type: 'NameError', message: "name 'hta' is not defined", line: 2 });
    expect(textOf(result.error!.explanation)).toBe('At line 2 Python does not know the name hta. Did you mean hat?');
  });

  it('captures what the spell prints and cuts it with a marker past the limit', async () => {
    expect((await cast('print("hello", hat)')).output).toBe("hello <MagicHat 'hat'>\n");
    const flood = await cast('for i in range(5000):\n    print("spam spam spam")');
    expect(flood.passed).toBe(true);
    expect(flood.output.endsWith(OUTPUT_CUT_MARKER)).toBe(true);
    expect(flood.output.length).toBe(OUTPUT_LIMIT_CHARS + OUTPUT_CUT_MARKER.length);
  });

  it('gives every cast a fresh namespace: a name from one cast is unknown in the next', async () => {
    expect((await cast('secret = 42')).passed).toBe(true);
    const next = await cast('print(secret)');
    expect(next.error).toMatchObject({ type: 'NameError', line: 1 });
  });

  it('puts back what a spell changed in shared modules and harness classes before the next cast', async () => {
    const tamper = [
      'import sys, time, statistics',
      'sys.getrefcount = lambda thing: 99',
      // the builtins module is no import of a spell's: through sys.modules, with the policy off
      'sys.modules["builtins"].len = lambda thing: 0',
      'time.sleep = None',
      'statistics.mean = lambda data: 0',
      'type(hat).__eq__ = lambda a, b: True',
      'type(hat).shiny = True',
    ].join('\n');
    expect((await cast(tamper)).error).toBeNull();
    const look = [
      'import sys, time, statistics',
      'print(sys.getrefcount(hat) < 99, len([1, 2]), callable(time.sleep), statistics.mean([1, 3]))',
      'print(hat == object(), hasattr(hat, "shiny"))',
    ].join('\n');
    expect((await cast(look)).output).toBe('True 2 True 2\nFalse False\n');
  });

  it('still sleeps for short waits', async () => {
    const result = await cast('import time\nstart = time.monotonic()\ntime.sleep(0.2)\nprint(time.monotonic() - start >= 0.19)');
    expect(result.output).toBe('True\n');
  });
});

describe('runaway spells', () => {
  const runaways: [string, string][] = [
    ['an endless loop', 'while True:\n    pass'],
    ['a long sleep', 'import time\ntime.sleep(100)'],
    ['a loop that swallows KeyboardInterrupt', 'while True:\n try:\n  while True: pass\n except KeyboardInterrupt: pass'],
  ];

  it.each(runaways)('stops %s within the limit + 1 s, and the next cast works', async (_name, source) => {
    const started = performance.now();
    const result = await cast(source, LIMIT_MS);
    const took = performance.now() - started;
    expect(result).toMatchObject({ interrupted: true, passed: false });
    expect(textOf(result.messages[0]!)).toMatch(/ran too long/);
    expect(took).toBeGreaterThanOrEqual(LIMIT_MS - 5);
    expect(took).toBeLessThan(LIMIT_MS + 1000);
    const next = await cast('print("alive")');
    expect(next).toMatchObject({ passed: true, output: 'alive\n', interrupted: false });
  });

  it('waits for the answer about a spell that did stop, though writing it takes longer than the grace', async () => {
    const killsBefore = runtime.stats.hardKills;
    const result = await runtime.cast({
      level: SLOW_AFTER_STOP,
      source: 'while True:\n    pass',
      withoutPolicy: true,
      timeLimitMs: LIMIT_MS,
    });
    expect(result.output).toBe('the last picture, drawn\n');
    expect(textOf(result.messages[0]!)).toMatch(/ran too long/);
    expect(runtime.stats.hardKills).toBe(killsBefore);
  });

  it('counts a second of the school stepping the spell as a quarter of its limit: an honest spell stepped for longer than its limit passes', async () => {
    const work = 'import time\ndef work():\n    end = time.monotonic() + 2.4\n    while time.monotonic() < end:\n        pass\n';
    // 2.4 s of stepping counts as 0.6 s of the 1 s limit: room for the spell's own time on a busy machine
    const result = await runtime.cast({ level: STEPPED, source: work, withoutPolicy: true, timeLimitMs: 1000 });
    expect(result).toMatchObject({ passed: true, interrupted: false });
    // stepped for longer than its limit (a busy machine makes it more), and never stopped
    const took = Number(/^stepped for ([\d.]+) s\n$/.exec(result.output)?.[1]);
    expect(took).toBeGreaterThanOrEqual(2.4);
  });

  it('still stops a spell that never ends under the stepper, after four times its limit at most', async () => {
    const started = performance.now();
    const result = await runtime.cast({
      level: STEPPED,
      source: 'def work():\n    while True:\n        pass\n',
      withoutPolicy: true,
      timeLimitMs: LIMIT_MS,
    });
    const took = performance.now() - started;
    expect(result).toMatchObject({ passed: false, interrupted: true });
    // counted whole, it would be stopped at the limit; the spell's own start counts whole, so a
    // little before four times the limit; the bound above leaves room for a busy machine
    expect(took).toBeGreaterThanOrEqual(LIMIT_MS * 2);
    expect(took).toBeLessThan(LIMIT_MS * 4 + 3000);
    expect((await cast('print("alive")')).output).toBe('alive\n');
  });

  it('survives recursion deep enough to overflow the WebAssembly stack: a RecursionError, then a fresh worker', async () => {
    const result = await cast('import sys\nsys.setrecursionlimit(10**6)\ndef deeper(n):\n    return deeper(n + 1)\ndeeper(0)', 10_000);
    expect(result.error).toMatchObject({ type: 'RecursionError' });
    expect(textOf(result.error!.explanation)).toMatch(/called itself again and again/);
    expect((await cast('print("alive")')).output).toBe('alive\n');
  });

  it('needed the hard kill for the loop that swallows KeyboardInterrupt, and restored from the snapshot', () => {
    // at least that loop; on a machine busy with other tests an interrupt may also come too late
    // for another runaway, which the hard kill then ends just the same
    expect(runtime.stats.hardKills).toBeGreaterThanOrEqual(1);
    // every hard kill and the broken interpreter were replaced, each from the snapshot
    expect(runtime.stats.respawns).toBeGreaterThanOrEqual(runtime.stats.hardKills + 1);
    expect(runtime.stats.restoreMs).toHaveLength(runtime.stats.respawns);
    expect(runtime.stats.recoveryMs).toHaveLength(runtime.stats.hardKills);
  });

  it('stops a spell that hoards memory, then replaces the worker whose heap it grew', async () => {
    const respawnsBefore = runtime.stats.respawns;
    const started = performance.now();
    const result = await cast('hoard = []\nwhile True:\n    hoard.append(bytearray(10**8))', LIMIT_MS);
    expect(result.passed).toBe(false);
    // either stopped at the limit or refused by Python first: both end the spell kindly
    expect(result.interrupted || result.error?.type === 'MemoryError').toBe(true);
    expect(performance.now() - started).toBeLessThan(LIMIT_MS + 1000);
    expect((await cast('print("alive")')).output).toBe('alive\n');
    expect(runtime.stats.respawns).toBe(respawnsBefore + 1);
    expect(runtime.stats.lastHeapBytes).toBeLessThan(256 * 1024 * 1024);
  });
});

describe('the sandbox', () => {
  it.each([
    ['import js', 'import js'],
    ['import pyodide_js', 'import pyodide_js'],
    ["__import__('js')", "__import__('js')"],
    ['from pyodide.code import run_js', 'from pyodide.code import run_js'],
    ['import pyland (the harness)', 'import pyland'],
  ])('refuses %s', async (_name, source) => {
    const result = await cast(source);
    expect(result.passed).toBe(false);
    expect(result.error?.type).toBe('ImportError');
  });

  it('has no js or pyodide_js module left to find through sys.modules', async () => {
    const result = await cast('import sys\nprint(sys.modules.get("js"), sys.modules.get("pyodide_js"))');
    expect(result.output).toBe('None None\n');
  });

  it('cannot turn a JavaScript object into code, even if it finds one', async () => {
    const result = await cast(
      'import sys\nffi = sys.modules["pyodide.ffi"]\nf = ffi.to_js([1]).constructor.constructor("return 6 * 7")\nprint(f())',
    );
    expect(result.output).toBe('');
    expect(result.error?.message).toMatch(/code generation is switched off/);
  });

  it('cannot hook V8 stack traces (a known way from a JavaScript error to the global object)', async () => {
    const result = await cast(
      [
        'import sys',
        'try:',
        '    sys.modules["pyodide.ffi"].to_js([1]).constructor.constructor("1")',
        'except Exception as caught:',
        '    error = caught',
        'error.js_error.constructor.prepareStackTrace = lambda *args: None',
      ].join('\n'),
    );
    expect(result.error?.message).toMatch(/read only property 'prepareStackTrace'/);
  });

  it('cannot open files of the host: Pyodide’s file system is in memory', async () => {
    const packageJson = fileURLToPath(new URL('../package.json', import.meta.url));
    for (const path of ['/etc/hostname', '/etc/passwd', packageJson]) {
      const result = await cast(`print(open(${JSON.stringify(path)}).read())`);
      expect(result.output).toBe('');
      expect(result.error).toMatchObject({ type: 'FileNotFoundError' });
    }
  });

  it('sees none of the host’s environment variables', async () => {
    process.env.PYLAND_TEST_SECRET = 'host secret';
    const result = await cast('import os\nprint("PYLAND_TEST_SECRET" in os.environ, os.environ["HOME"])');
    expect(result.output).toBe('False /home/pyodide\n');
  });
});

describe('unknown levels', () => {
  it('answers with a clear message instead of hanging', async () => {
    const result = await runtime.cast({ level: 'refcount/no-such-level', source: 'x = 1' });
    expect(result.passed).toBe(false);
    expect(textOf(result.messages[0]!)).toContain('no lesson called "refcount/no-such-level"');
  });
});

describe('a second runtime from the snapshot', () => {
  it('starts from the snapshot, reseeds random, and replaces a worker whose heap grew too big', async () => {
    expect(snapshot).toBeInstanceOf(Uint8Array);
    // every cast "grows the heap too much", so every cast runs on a freshly restored worker
    const restored = createNodeRuntime({
      withoutLevels: true,
      checkers: { [FIXTURE]: FIXTURE_CHECKER },
      reuseWorker: true,
      snapshot: snapshot!,
      heapLimitBytes: 1,
    });
    try {
      await restored.ready;
      expect(restored.stats.restoreMs).toHaveLength(1);
      expect(restored.stats.coldStartMs).toBeNull();
      const draw = 'import random\nprint(random.random())';
      const first = await restored.cast({ level: FIXTURE, source: draw });
      const second = await restored.cast({ level: FIXTURE, source: draw });
      expect(restored.stats.respawns).toBe(2);
      expect(restored.stats.restoreMs.length).toBeGreaterThanOrEqual(2);
      // two workers restored from the same memory image would draw the same number without random.seed()
      expect(first.output).toMatch(/^0\.\d+\n$/);
      expect(second.output).not.toBe(first.output);
    } finally {
      restored.dispose();
    }
  });
});
