import { describe, expect, it, vi } from 'vitest';
import { HARD_KILL_GRACE_MS } from '../contracts/cast-protocol.js';
import { buffer, client, readyClient, settle, useFakeWorkers, verdict, workers, SNAPSHOT } from './fake-spell-worker.js';

useFakeWorkers();

describe('starting', () => {
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

describe('replacing workers', () => {
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
