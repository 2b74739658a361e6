import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HARD_KILL_GRACE_MS, type FromWorker, type ToWorker } from './protocol.js';
import { RuntimeClient, type RuntimeClientOptions, type WorkerEvents, type WorkerLike } from './runtime-client.js';
import type { WorkerCastResult } from './worker/cast-results.js';

/** A worker that does only what the test tells it to. */
class FakeWorker implements WorkerLike {
  readonly posted: ToWorker[] = [];
  terminated = false;
  constructor(readonly events: WorkerEvents) {}
  postMessage(message: ToWorker): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  send(message: FromWorker): void {
    this.events.message(message);
  }
  /** On the answer channel, where verdicts come. */
  sendAnswer(message: FromWorker): void {
    this.events.answer(message);
  }
  get init(): Extract<ToWorker, { type: 'init' }> {
    const init = this.posted.find((message) => message.type === 'init');
    if (init?.type !== 'init') throw new Error('no init posted');
    return init;
  }
  get casts(): Extract<ToWorker, { type: 'cast' }>[] {
    return this.posted.filter((message): message is Extract<ToWorker, { type: 'cast' }> => message.type === 'cast');
  }
  /** Answer the last cast with a verdict. */
  answer(result: Partial<WorkerCastResult> = {}, heapBytes = 30_000_000): void {
    const cast = this.casts.at(-1);
    if (cast === undefined) throw new Error('no cast to answer');
    this.sendAnswer({ type: 'result', id: cast.id, heapBytes, result: { ...verdict(cast.level), ...result } });
  }
}

function verdict(level: string): WorkerCastResult {
  return { level, passed: true, messages: [], output: '', error: null, interrupted: false, scene: null };
}

const SNAPSHOT = new Uint8Array([1, 2, 3, 4]);

let workers: FakeWorker[];
let buffer: Int32Array;

function client(options: Partial<RuntimeClientOptions> = {}): RuntimeClient {
  return new RuntimeClient({
    spawn(events) {
      const worker = new FakeWorker(events);
      workers.push(worker);
      return worker;
    },
    indexURL: '/pyodide/',
    harnessFiles: { 'pyland.py': '# harness' },
    checkers: { 'refcount/test': '# checker' },
    interruptBuffer: buffer,
    // most tests here follow one worker through many casts; the game's default is tested below
    reuseWorker: true,
    ...options,
  });
}

/** The latest worker, started and ready (cold, sending back a snapshot). */
async function readyClient(options: Partial<RuntimeClientOptions> = {}): Promise<RuntimeClient> {
  const runtime = client(options);
  workers.at(-1)!.send({ type: 'ready', restored: false, ms: 2500, snapshot: SNAPSHOT });
  await runtime.ready;
  return runtime;
}

/** Let queued promise callbacks run (casts wait for the worker before posting). */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

beforeEach(() => {
  vi.useFakeTimers();
  workers = [];
  buffer = new Int32Array(new SharedArrayBuffer(4));
});

afterEach(() => {
  vi.useRealTimers();
});

describe('starting', () => {
  it('sends the harness, checkers and interrupt buffer, asks for a snapshot, and reports progress up to 1', async () => {
    const runtime = client();
    const seen: [number, string][] = [];
    runtime.onProgress((fraction, stage) => seen.push([fraction, stage]));
    const worker = workers[0]!;
    expect(worker.init).toMatchObject({
      indexURL: '/pyodide/',
      harnessFiles: { 'pyland.py': '# harness' },
      checkers: { 'refcount/test': '# checker' },
      wantSnapshot: true,
    });
    expect(worker.init.interruptBuffer).toBe(buffer);
    worker.send({ type: 'progress', stage: 'loading-python', fraction: 0.4 });
    worker.send({ type: 'ready', restored: false, ms: 2500, snapshot: SNAPSHOT });
    await runtime.ready;
    expect(seen).toEqual([
      [0, 'starting'],
      [0.4, 'loading-python'],
      [1, 'ready'],
    ]);
    expect(runtime.stats).toMatchObject({ coldStartMs: 2500, snapshotBytes: 4, respawns: 0 });
  });

  it('moves the bar through the silent boot stage without passing the next real milestone, never backwards', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance'] });
    const runtime = client({ startTimeoutMs: 120_000 });
    const seen: number[] = [];
    runtime.onProgress((fraction) => seen.push(fraction));
    const worker = workers[0]!;
    worker.send({ type: 'progress', stage: 'loading-python', fraction: 0.1 });
    await vi.advanceTimersByTimeAsync(2000);
    const eased = seen.filter((fraction) => fraction > 0.1);
    expect(eased.length).toBeGreaterThan(5);
    expect(Math.max(...eased)).toBeLessThan(0.8);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(Math.max(...seen)).toBeLessThanOrEqual(0.75);
    worker.send({ type: 'progress', stage: 'loading-harness', fraction: 0.8 });
    worker.send({ type: 'ready', restored: false, ms: 3000 });
    await runtime.ready;
    const count = seen.length;
    await vi.advanceTimersByTimeAsync(5000);
    // the easing stopped with the stage
    expect(seen.length).toBe(count);
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('gives up with a message about wasm-unsafe-eval when Python never answers, and stops the worker', async () => {
    const runtime = client({ startTimeoutMs: 10_000 });
    const failed = expect(runtime.ready).rejects.toThrow(/did not start within 10 s.*wasm-unsafe-eval/s);
    await vi.advanceTimersByTimeAsync(10_000);
    await failed;
    expect(workers[0]!.terminated).toBe(true);
    // a cast after a failed start fails the same way instead of hanging
    await expect(runtime.cast({ level: 'refcount/test', source: 'x = 1' })).rejects.toThrow(/did not start/);
  });

  it('rejects ready with the worker’s reason when Python fails to load', async () => {
    const runtime = client();
    workers[0]!.send({ type: 'init-failed', message: 'wasm instantiation failed' });
    await expect(runtime.ready).rejects.toThrow('Python could not start: wasm instantiation failed');
  });

  it('rejects ready when the worker script itself dies', async () => {
    const runtime = client();
    workers[0]!.events.died('the worker script could not be loaded');
    await expect(runtime.ready).rejects.toThrow(/worker stopped \(the worker script could not be loaded\)/);
  });

  it('restores a snapshot it was given, and falls back to a cold start when the restore fails', async () => {
    const onSnapshot = vi.fn();
    const runtime = client({ snapshot: Promise.resolve(new Uint8Array([9, 9])), onSnapshot });
    await settle();
    expect(workers[0]!.init.snapshot).toEqual(new Uint8Array([9, 9]));
    workers[0]!.send({ type: 'init-failed', message: 'Snapshot build id mismatch' });
    await settle();
    expect(workers[0]!.terminated).toBe(true);
    const cold = workers[1]!;
    expect(cold.init.snapshot).toBeUndefined();
    expect(cold.init.wantSnapshot).toBe(true);
    cold.send({ type: 'ready', restored: false, ms: 3000, snapshot: SNAPSHOT });
    await runtime.ready;
    expect(onSnapshot).toHaveBeenCalledWith(SNAPSHOT);
  });
});

describe('casting', () => {
  it('runs casts one at a time, in order, and fills the kid-facing texts', async () => {
    const runtime = await readyClient();
    const worker = workers[0]!;
    const first = runtime.cast({ level: 'refcount/test', source: 'a = 1' });
    const second = runtime.cast({ level: 'refcount/test', source: 'b = 2' });
    await settle();
    expect(worker.casts.map((cast) => cast.source)).toEqual(['a = 1']);
    worker.answer({
      passed: false,
      messages: [{ key: 'common.spell-crashed', params: {} }],
      error: {
        type: 'NameError',
        message: "name 'hta' is not defined",
        line: 3,
        explanation: { key: 'errors.NameError', params: { line: 3, type: 'NameError' } },
      },
    });
    const firstResult = await first;
    expect(firstResult.messages[0]!.text).toBe('The spell stopped with an error before it was finished.');
    expect(firstResult.error!.explanation.text).toContain('at line 3');
    await settle();
    expect(worker.casts.map((cast) => cast.source)).toEqual(['a = 1', 'b = 2']);
    worker.answer();
    expect((await second).passed).toBe(true);
  });

  it('answers an unknown level with a clear message without asking Python', async () => {
    const runtime = await readyClient();
    const result = await runtime.cast({ level: 'refcount/nope', source: 'x = 1' });
    expect(result.passed).toBe(false);
    expect(result.messages[0]!.text).toContain('there is no lesson called "refcount/nope"');
    expect(workers[0]!.casts).toEqual([]);
  });

  it('interrupts at the time limit and keeps the worker when Python stops', async () => {
    const runtime = await readyClient();
    const worker = workers[0]!;
    const cast = runtime.cast({ level: 'refcount/test', source: 'while True: pass', timeLimitMs: 1000 });
    await settle();
    await vi.advanceTimersByTimeAsync(999);
    expect(buffer[0]).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(buffer[0]).toBe(2);
    worker.answer({ passed: false, interrupted: true, messages: [{ key: 'errors.interrupted', params: {} }] });
    const result = await cast;
    expect(result.interrupted).toBe(true);
    expect(worker.terminated).toBe(false);
    // a standby was being restored in case the spell ignored the interrupt; it is kept, unused
    expect(workers).toHaveLength(2);
    expect(workers[1]!.init.snapshot).toEqual(SNAPSHOT);
    expect(workers[1]!.terminated).toBe(false);
    // the next cast goes to the same worker and starts with a clean buffer
    runtime.cast({ level: 'refcount/test', source: 'x = 1' });
    await settle();
    expect(buffer[0]).toBe(0);
    expect(worker.casts).toHaveLength(2);
  });

  it('terminates a worker that ignores the interrupt, answers interrupted, and restarts from the snapshot', async () => {
    const runtime = await readyClient();
    const stubborn = workers[0]!;
    const cast = runtime.cast({ level: 'refcount/test', source: 'try: ... except KeyboardInterrupt: pass', timeLimitMs: 500 });
    await settle();
    await vi.advanceTimersByTimeAsync(500 + HARD_KILL_GRACE_MS - 1);
    expect(stubborn.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const result = await cast;
    expect(result).toMatchObject({ interrupted: true, passed: false });
    expect(result.messages[0]!.text).toMatch(/ran too long/);
    expect(stubborn.terminated).toBe(true);

    // the standby started at the limit takes over; it restores from the snapshot
    expect(workers).toHaveLength(2);
    const fresh = workers[1]!;
    expect(fresh.init.snapshot).toEqual(SNAPSHOT);
    // a cast while the new worker starts waits for it
    const next = runtime.cast({ level: 'refcount/test', source: 'x = 1' });
    await settle();
    expect(fresh.casts).toEqual([]);
    fresh.send({ type: 'ready', restored: true, ms: 600 });
    await settle();
    expect(fresh.casts).toHaveLength(1);
    fresh.answer();
    expect((await next).passed).toBe(true);
    expect(runtime.stats).toMatchObject({ hardKills: 1, respawns: 1, restoreMs: [600] });
    expect(runtime.stats.recoveryMs).toHaveLength(1);
  });

  it('has the replacement ready at the hard kill when the standby restored during the grace period', async () => {
    const runtime = await readyClient();
    const cast = runtime.cast({ level: 'refcount/test', source: 'try: ... except KeyboardInterrupt: pass', timeLimitMs: 500 });
    await settle();
    await vi.advanceTimersByTimeAsync(500);
    const standby = workers[1]!;
    standby.send({ type: 'ready', restored: true, ms: 300 });
    await vi.advanceTimersByTimeAsync(HARD_KILL_GRACE_MS);
    expect((await cast).interrupted).toBe(true);
    const next = runtime.cast({ level: 'refcount/test', source: 'x = 1' });
    await settle();
    // no waiting: the cast went straight to the standby
    expect(standby.casts).toHaveLength(1);
    // and the next runaway will find a standby too
    expect(workers).toHaveLength(3);
    expect(workers[2]!.init.snapshot).toEqual(SNAPSHOT);
    standby.answer();
    expect((await next).passed).toBe(true);
  });

  it('starts the replacement again (cold) when the standby failed to start', async () => {
    const runtime = await readyClient();
    const cast = runtime.cast({ level: 'refcount/test', source: 'while True: pass', timeLimitMs: 500 });
    await settle();
    await vi.advanceTimersByTimeAsync(500);
    workers[1]!.send({ type: 'init-failed', message: 'out of memory' });
    // the standby falls back to a cold start
    await settle();
    workers[2]!.send({ type: 'init-failed', message: 'still out of memory' });
    await vi.advanceTimersByTimeAsync(HARD_KILL_GRACE_MS);
    expect((await cast).interrupted).toBe(true);
    const next = runtime.cast({ level: 'refcount/test', source: 'x = 1' });
    await settle();
    // a snapshot that failed to restore is not trusted again: a cold start that makes a new one
    const again = workers.at(-1)!;
    expect(workers).toHaveLength(4);
    expect(again.init.snapshot).toBeUndefined();
    expect(again.init.wantSnapshot).toBe(true);
    again.send({ type: 'ready', restored: false, ms: 3000, snapshot: SNAPSHOT });
    await settle();
    again.answer();
    expect((await next).passed).toBe(true);
  });

  it('without an interrupt buffer, terminates at the limit itself', async () => {
    const runtime = await readyClient({ interruptBuffer: undefined });
    const cast = runtime.cast({ level: 'refcount/test', source: 'while True: pass', timeLimitMs: 300 });
    await settle();
    await vi.advanceTimersByTimeAsync(300);
    expect((await cast).interrupted).toBe(true);
    expect(workers[0]!.terminated).toBe(true);
    expect(workers).toHaveLength(2);
  });

  it('replaces the worker after a cast that grew the heap past the limit', async () => {
    const runtime = await readyClient({ heapLimitBytes: 100_000_000 });
    const cast = runtime.cast({ level: 'refcount/test', source: 'big = [0] * 10**8' });
    await settle();
    workers[0]!.answer({}, 400_000_000);
    expect((await cast).passed).toBe(true);
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[1]!.init.snapshot).toEqual(SNAPSHOT);
    expect(runtime.stats.lastHeapBytes).toBe(400_000_000);
  });

  it('replaces a worker that reports its interpreter broke, before the next cast', async () => {
    const runtime = await readyClient();
    const cast = runtime.cast({ level: 'refcount/test', source: 'def f(): f()' });
    await settle();
    const worker = workers[0]!;
    const last = worker.casts.at(-1)!;
    worker.send({
      type: 'result',
      id: last.id,
      heapBytes: 30_000_000,
      fatal: true,
      result: { ...verdict(last.level), passed: false, messages: [{ key: 'common.spell-crashed', params: {} }] },
    });
    expect((await cast).passed).toBe(false);
    expect(worker.terminated).toBe(true);
    const next = runtime.cast({ level: 'refcount/test', source: 'x = 1' });
    await settle();
    expect(worker.casts).toHaveLength(1);
    workers[1]!.send({ type: 'ready', restored: true, ms: 500 });
    await settle();
    workers[1]!.answer();
    expect((await next).passed).toBe(true);
  });

  it('answers a cast whose worker died with a kind message and starts a new worker', async () => {
    const runtime = await readyClient();
    const cast = runtime.cast({ level: 'refcount/test', source: 'x = 1' });
    await settle();
    workers[0]!.events.died('exit code 1');
    const result = await cast;
    expect(result.passed).toBe(false);
    expect(result.messages[0]!.key).toBe('common.python-crashed');
    expect(workers).toHaveLength(2);
  });

  it('starts a new worker for the next cast when the old one died while idle', async () => {
    const runtime = await readyClient();
    workers[0]!.events.died('exit code 1');
    const cast = runtime.cast({ level: 'refcount/test', source: 'x = 1' });
    await settle();
    expect(workers).toHaveLength(2);
    workers[1]!.send({ type: 'ready', restored: true, ms: 500 });
    await settle();
    workers[1]!.answer();
    expect((await cast).passed).toBe(true);
  });

  it('stops everything on dispose: the worker ends and later casts are refused', async () => {
    const runtime = await readyClient();
    const pending = runtime.cast({ level: 'refcount/test', source: 'x = 1' });
    await settle();
    runtime.dispose();
    await expect(pending).rejects.toThrow(/disposed/);
    expect(workers[0]!.terminated).toBe(true);
    await expect(runtime.cast({ level: 'refcount/test', source: 'x = 1' })).rejects.toThrow(/disposed/);
  });
});

describe('stepper tools', () => {
  function lastTool(worker: FakeWorker): Extract<ToWorker, { type: 'tool' }> {
    const tool = worker.posted.findLast((message) => message.type === 'tool');
    if (tool?.type !== 'tool') throw new Error('no tool posted');
    return tool;
  }

  it('answers with what the worker stepped, and ignores a cast answer that carries the same id', async () => {
    const runtime = await readyClient();
    const worker = workers[0]!;
    const stepped = runtime.runTool<{ returned: string }>('step', { source: 'def f(): return 1', call: 'f' });
    await settle();
    const tool = lastTool(worker);
    worker.sendAnswer({ type: 'result', id: tool.id, heapBytes: 1, result: verdict('refcount/test') });
    worker.sendAnswer({ type: 'tool-result', id: tool.id, heapBytes: 1, answer: JSON.stringify({ returned: '1' }) });
    expect(await stepped).toEqual({ returned: '1' });
  });

  it('stops a tool that runs past its limit in the same two tiers as a cast, and says so', async () => {
    const runtime = await readyClient();
    const stubborn = workers[0]!;
    const stepped = runtime.runTool('race', { source: 'while True: pass' }, { timeLimitMs: 300 });
    await settle();
    await vi.advanceTimersByTimeAsync(300);
    expect(buffer[0]).toBe(2);
    await vi.advanceTimersByTimeAsync(HARD_KILL_GRACE_MS - 1);
    expect(stubborn.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await stepped).toEqual({
      error: { kind: 'interrupted', message: 'the stepper was stopped: it ran longer than 300 ms', line: null },
    });
    expect(stubborn.terminated).toBe(true);
    expect(runtime.stats.hardKills).toBe(1);
  });
});

describe("the verdict is the harness's", () => {
  it("carries the harness's verdict as it is (its policy refused a door before anything ran)", async () => {
    const runtime = await readyClient();
    const first = workers[0]!;
    const cheat = runtime.cast({ level: 'refcount/test', source: 'import sys\nsys._getframe().f_back.f_locals["before"] -= 1\n' });
    await settle();
    first.answer({ passed: false, messages: [{ key: 'common.closed-door', params: { doors: '._getframe', line: 2 } }] });
    const result = await cheat;
    expect(result.passed).toBe(false);
    expect(result.messages[0]!.text).toContain('Line 2 uses ._getframe');
  });

  it('never turns a pass into a refusal for the words a spell contains', async () => {
    const runtime = await readyClient();
    const honest = runtime.cast({
      level: 'refcount/test',
      source: 'modules = "the hat\'s modules"\nprint("let me inspect the traceback")\nmy_hat = hat\n',
    });
    await settle();
    workers[0]!.answer();
    expect((await honest).passed).toBe(true);
  });

  it('keeps the worker after an ordinary spell', async () => {
    const runtime = await readyClient();
    const plain = runtime.cast({ level: 'refcount/test', source: 'my_hat = hat' });
    await settle();
    workers[0]!.answer();
    expect((await plain).passed).toBe(true);
    expect(workers[0]!.terminated).toBe(false);
    expect(workers).toHaveLength(1);
  });
});

describe('a fresh worker for every cast (the default: the game, and any caller that does not ask to reuse one)', () => {
  it('keeps a standby restoring from the snapshot and casts each spell on a worker no spell ran on', async () => {
    const runtime = await readyClient({ reuseWorker: undefined });
    const first = workers[0]!;
    // ready: a standby starts restoring at once
    expect(workers).toHaveLength(2);
    const standby = workers[1]!;
    expect(standby.init.snapshot).toEqual(SNAPSHOT);
    standby.send({ type: 'ready', restored: true, ms: 300 });

    const one = runtime.cast({ level: 'refcount/test', source: 'my_hat = hat' });
    await settle();
    first.answer();
    expect((await one).passed).toBe(true);
    expect(first.terminated).toBe(true);
    // the next standby starts once the verdict is out
    expect(workers).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(0);
    // the standby serves the next cast at once, and another one starts restoring
    const two = runtime.cast({ level: 'refcount/test', source: 'my_hat = hat' });
    await settle();
    expect(standby.casts).toHaveLength(1);
    expect(workers).toHaveLength(3);
    standby.answer();
    expect((await two).passed).toBe(true);
    expect(standby.terminated).toBe(true);
    expect(first.casts).toHaveLength(1);
  });

  it('gives each worker its own interrupt buffer, so a restoring standby cannot take the stop meant for a runaway', async () => {
    const runtime = await readyClient({ reuseWorker: undefined });
    const standby = workers[1]!;
    const own = standby.init.interruptBuffer!;
    expect(own).toBeInstanceOf(Int32Array);
    expect(own).not.toBe(buffer);
    standby.send({ type: 'ready', restored: true, ms: 300 });
    const warm = runtime.cast({ level: 'refcount/test', source: 'x = 1' });
    await settle();
    workers[0]!.answer();
    await warm;
    await vi.advanceTimersByTimeAsync(0);
    // a runaway on the standby: the stop request goes into its buffer only
    const runaway = runtime.cast({ level: 'refcount/test', source: 'while True: pass', timeLimitMs: 500 });
    await settle();
    await vi.advanceTimersByTimeAsync(500);
    expect(own[0]).toBe(2);
    expect(buffer[0]).toBe(0);
    expect(workers[2]!.init.interruptBuffer).not.toBe(own);
    standby.answer({ passed: false, interrupted: true });
    expect((await runaway).interrupted).toBe(true);
  });
});

/*
 * A worker runs a kid's spell, so nothing it sends is trusted (worker-messages.ts): a message the
 * protocol does not describe, a field of the wrong type or a size past what the harness sends is
 * a crash of the cast it answers, never a verdict, and the worker is replaced.
 */
describe('what a worker sends is checked before it is believed', () => {
  const malformed: [string, Record<string, unknown>][] = [
    ['a BigInt where a delta goes', { messages: [{ key: 'levels.refcount/test.msg.moved', params: { delta: 1n } }] }],
    ['passed as a word', { passed: 'yes' }],
    ['a verdict for another lesson', { level: 'refcount/other' }],
    ['a field the protocol does not have', { forged: true }],
    ['a scene that is not plain data', { scene: { kind: 'tally', objects: [{ delta: Number.NaN }] } }],
    ['a scene nested without end', { scene: { kind: 'tally', deep: JSON.parse('['.repeat(40) + ']'.repeat(40)) as unknown } }],
    ['an error without an explanation', { error: { type: 'NameError', message: 'x', line: 2 } }],
    ['a thousand messages', { messages: Array.from({ length: 1000 }, () => ({ key: 'common.tampered' })) }],
  ];

  it.each(malformed)('a result with %s is a crash of that cast, and the worker is replaced', async (_what, fields) => {
    const runtime = await readyClient();
    const first = workers[0]!;
    const cast = runtime.cast({ level: 'refcount/test', source: 'x = 1' });
    await settle();
    first.sendAnswer({
      type: 'result',
      id: first.casts[0]!.id,
      heapBytes: 1000,
      result: { ...verdict('refcount/test'), ...fields } as WorkerCastResult,
    });
    const result = await cast;
    expect(result.passed).toBe(false);
    expect(result.messages.map((message) => message.key)).toEqual(['common.python-crashed']);
    expect(first.terminated).toBe(true);
    // the cast after it runs on a worker restored from the snapshot
    const next = runtime.cast({ level: 'refcount/test', source: 'x = 1' });
    await settle();
    const fresh = workers.at(-1)!;
    expect(fresh).not.toBe(first);
    fresh.send({ type: 'ready', restored: true, ms: 300 });
    await settle();
    fresh.answer();
    expect((await next).passed).toBe(true);
  });

  it("a verdict on the worker's own channel (where only a spell that reached its JavaScript could post one) is a crash, never a pass", async () => {
    const runtime = await readyClient();
    const first = workers[0]!;
    const cast = runtime.cast({ level: 'refcount/test', source: 'x = 1' });
    await settle();
    first.send({ type: 'result', id: first.casts[0]!.id, heapBytes: 1, result: verdict('refcount/test') });
    first.sendAnswer({ type: 'result', id: first.casts[0]!.id, heapBytes: 1, result: verdict('refcount/test') });
    const result = await cast;
    expect(result.passed).toBe(false);
    expect(result.messages.map((message) => message.key)).toEqual(['common.python-crashed']);
    expect(first.terminated).toBe(true);
  });

  it('a message of a kind the protocol does not know, while a cast waits, is a crash of that cast', async () => {
    const runtime = await readyClient();
    const first = workers[0]!;
    const cast = runtime.cast({ level: 'refcount/test', source: 'x = 1' });
    await settle();
    first.events.message({ type: 'verdict', passed: true } as unknown as FromWorker);
    expect((await cast).messages.map((message) => message.key)).toEqual(['common.python-crashed']);
    expect(first.terminated).toBe(true);
  });

  it('an answer with the wrong id is not taken for the cast, and a result with a word for an id is a crash', async () => {
    const runtime = await readyClient();
    const first = workers[0]!;
    const cast = runtime.cast({ level: 'refcount/test', source: 'x = 1' });
    await settle();
    first.sendAnswer({ type: 'result', id: 999, heapBytes: 1, result: verdict('refcount/test') });
    first.events.answer({ type: 'result', id: 'all', heapBytes: 1, result: verdict('refcount/test') } as unknown as FromWorker);
    expect((await cast).messages.map((message) => message.key)).toEqual(['common.python-crashed']);
  });

  it('cuts output the way the harness does: 3 MB of printing shows 8,000 characters and the note', async () => {
    const runtime = await readyClient();
    const cast = runtime.cast({ level: 'refcount/test', source: 'x = 1' });
    await settle();
    workers[0]!.answer({ output: 'spam '.repeat(600_000) });
    const result = await cast;
    expect(result.passed).toBe(true);
    expect(result.output.length).toBe(8000 + '\n… (the rest of the output was cut: too much printing!)'.length);
    expect(result.output.endsWith('too much printing!)')).toBe(true);
  });

  it('a start message out of shape fails the start with a clear reason', async () => {
    const runtime = client();
    workers[0]!.events.message({ type: 'ready', restored: 'yes', ms: -1 } as unknown as FromWorker);
    await expect(runtime.ready).rejects.toThrow(/a message the school does not know/);
  });
});
