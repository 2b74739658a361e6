import { describe, expect, it, vi } from 'vitest';
import { HARD_KILL_GRACE_MS, STEPPED_SHARE, STEPPING_SLOT, STOP_FINISH_MS, STOP_TAKEN_SLOT } from '../contracts/cast-protocol.js';
import { buffer, readyClient, settle, useFakeWorkers, verdict, workers, SNAPSHOT } from './fake-spell-worker.js';
import { TwoStageStop } from './two-stage-stop.js';
import type { Session } from './worker-pool.js';
import { translatorFor } from '../game/messages/translator.js';
import { messageText } from './verdict-texts.js';
import type { KidMessage } from '../contracts/cast-protocol.js';

/** The runtime sends keys only: the tests read them in English. */
const textOf = (message: KidMessage) => messageText(message, translatorFor('en'));

useFakeWorkers();

describe('casting', () => {
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
    expect(textOf(result.messages[0]!)).toMatch(/ran too long/);
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

  /** A runaway cast at its limit, which the harness then reports stopped (its checker still writing its answer). */
  async function castStoppedAtTheLimit() {
    const runtime = await readyClient();
    const worker = workers[0]!;
    const cast = runtime.cast({ level: 'refcount/test', source: 'while True: pass', timeLimitMs: 500 });
    await settle();
    await vi.advanceTimersByTimeAsync(500);
    Atomics.store(buffer, STOP_TAKEN_SLOT, 1);
    return { runtime, worker, cast };
  }

  it('waits past the grace for the answer of a spell that did stop (the harness reported it), and keeps the worker', async () => {
    const { runtime, worker, cast } = await castStoppedAtTheLimit();
    await vi.advanceTimersByTimeAsync(HARD_KILL_GRACE_MS + 1000);
    expect(worker.terminated).toBe(false);
    worker.answer({ passed: false, interrupted: true, messages: [{ key: 'errors.interrupted', params: {} }], output: 'counted to 9000\n' });
    // the worker's own answer (what the spell printed), not the kill's empty one
    expect((await cast).output).toBe('counted to 9000\n');
    expect(worker.terminated).toBe(false);
    expect(runtime.stats.hardKills).toBe(0);
    // the next job starts with the report cleared
    runtime.cast({ level: 'refcount/test', source: 'x = 1' });
    await settle();
    expect(buffer[STOP_TAKEN_SLOT]).toBe(0);
  });

  it('kills a spell that did stop when its answer still has not come STOP_FINISH_MS after the stop request', async () => {
    const { worker, cast } = await castStoppedAtTheLimit();
    await vi.advanceTimersByTimeAsync(STOP_FINISH_MS - 1);
    expect(worker.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await cast).toMatchObject({ interrupted: true, output: '' });
    expect(worker.terminated).toBe(true);
  });

  it('counts the time the school steps the spell as a quarter: the stop request comes later by that much', async () => {
    const runtime = await readyClient();
    void runtime.cast({ level: 'refcount/test', source: 'def arthur(): ...', timeLimitMs: 1000 });
    await settle();
    // 400 ms of the spell itself, then the stepper: the 600 ms left last 600 / STEPPED_SHARE
    await vi.advanceTimersByTimeAsync(400);
    Atomics.store(buffer, STEPPING_SLOT, 1);
    await vi.advanceTimersByTimeAsync(600 / STEPPED_SHARE - 60);
    expect(buffer[0]).toBe(0);
    await vi.advanceTimersByTimeAsync(60);
    expect(buffer[0]).toBe(2);
  });

  it('counts the spell’s own time whole again once the stepping is over', async () => {
    const runtime = await readyClient();
    void runtime.cast({ level: 'refcount/test', source: 'def arthur(): ...', timeLimitMs: 1000 });
    await settle();
    Atomics.store(buffer, STEPPING_SLOT, 1);
    await vi.advanceTimersByTimeAsync(800); // a fifth of the limit
    Atomics.store(buffer, STEPPING_SLOT, 0);
    await vi.advanceTimersByTimeAsync(750);
    expect(buffer[0]).toBe(0);
    await vi.advanceTimersByTimeAsync(50);
    expect(buffer[0]).toBe(2);
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

  it('without an interrupt buffer, terminates at the limit itself', async () => {
    const runtime = await readyClient({ interruptBuffer: undefined });
    const cast = runtime.cast({ level: 'refcount/test', source: 'while True: pass', timeLimitMs: 300 });
    await settle();
    await vi.advanceTimersByTimeAsync(300);
    expect((await cast).interrupted).toBe(true);
    expect(workers[0]!.terminated).toBe(true);
    expect(workers).toHaveLength(2);
  });
});

describe('stepper tools', () => {
  it('stops a tool that runs past its limit in the same two tiers as a cast, and says so', async () => {
    const runtime = await readyClient();
    const stubborn = workers[0]!;
    const stepped = runtime.runTool('race', { source: 'while True: pass' }, { timeLimitMs: 300 });
    await settle();
    // a tool is all stepping, and its limit is its own: counted whole, unlike a cast's
    Atomics.store(buffer, STEPPING_SLOT, 1);
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

describe('TwoStageStop', () => {
  function session(posted: unknown[], own: Int32Array | undefined): Session {
    return {
      worker: { postMessage: (message) => posted.push(message), terminate() {} },
      retired: false,
      buffer: own,
      onAnswer: null,
      onDeath: null,
    };
  }

  it("clears an earlier job's stop request before posting, and ends the waiting job as disposed on abort", async () => {
    const posted: unknown[] = [];
    const own = new Int32Array(new SharedArrayBuffer(4));
    own[0] = 2;
    const worker = session(posted, own);
    const stop = new TwoStageStop(HARD_KILL_GRACE_MS, () => {});
    const outcome = stop.runJob(worker, { type: 'tool', id: 1, tool: 'step', payload: {} }, 'tool-result', 1000);
    expect(own[0]).toBe(0);
    expect(posted).toHaveLength(1);
    stop.abort();
    expect(await outcome).toEqual({ kind: 'disposed' });
    expect(worker.onAnswer).toBeNull();
    expect(worker.onDeath).toBeNull();
  });

  it('asks for a standby at the limit, takes only the answer of its own id and type, and a death is a crash', async () => {
    const onInterrupt = vi.fn();
    const worker = session([], new Int32Array(new SharedArrayBuffer(4)));
    const stop = new TwoStageStop(HARD_KILL_GRACE_MS, onInterrupt);
    const outcome = stop.runJob(worker, { type: 'tool', id: 7, tool: 'step', payload: {} }, 'tool-result', 1000);
    worker.onAnswer!({ type: 'tool-result', id: 6, heapBytes: 1, answer: '{}' });
    worker.onAnswer!({ type: 'result', id: 7, heapBytes: 1, result: verdict('refcount/test') });
    await vi.advanceTimersByTimeAsync(1000);
    expect(onInterrupt).toHaveBeenCalledTimes(1);
    expect(worker.buffer![0]).toBe(2);
    worker.onDeath!('exit code 1');
    expect(await outcome).toEqual({ kind: 'crashed' });
  });
});
