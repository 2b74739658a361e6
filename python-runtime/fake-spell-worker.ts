/**
 * The unit tests' fake spell workers: a RuntimeClient over workers that do only what the test
 * tells them to, with fake timers and a fresh interrupt buffer for every test. Shared by
 * runtime-client.test.ts, worker-pool.test.ts, two-stage-stop.test.ts and progress-easing.test.ts.
 */
import { afterEach, beforeEach, vi } from 'vitest';
import { newStopBuffer, type FromWorker, type ToWorker } from '../contracts/cast-protocol.js';
import { RuntimeClient, type RuntimeClientOptions } from './runtime-client.js';
import type { WorkerEvents, WorkerLike } from './worker-pool.js';
import type { WorkerCastResult } from './worker/cast-results.js';

/** A worker that does only what the test tells it to. */
export class FakeWorker implements WorkerLike {
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

export function verdict(level: string): WorkerCastResult {
  return { level, passed: true, messages: [], output: '', error: null, interrupted: false, scene: null };
}

export const SNAPSHOT = new Uint8Array([1, 2, 3, 4]);

/** Every worker the client spawned in this test, oldest first. */
export let workers: FakeWorker[];
/** The interrupt buffer the client is given (the first worker's). */
export let buffer: Int32Array;

export function client(options: Partial<RuntimeClientOptions> = {}): RuntimeClient {
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
export async function readyClient(options: Partial<RuntimeClientOptions> = {}): Promise<RuntimeClient> {
  const runtime = client(options);
  workers.at(-1)!.send({ type: 'ready', restored: false, ms: 2500, snapshot: SNAPSHOT });
  await runtime.ready;
  return runtime;
}

/** Let queued promise callbacks run (casts wait for the worker before posting). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

/** Call once at the top of a test file: fake timers and fresh fakes for every test. */
export function useFakeWorkers(): void {
  beforeEach(() => {
    vi.useFakeTimers();
    workers = [];
    buffer = newStopBuffer();
  });

  afterEach(() => {
    vi.useRealTimers();
  });
}
