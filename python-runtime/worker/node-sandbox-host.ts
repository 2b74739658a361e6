/**
 * The sandbox process of the Node runtime: one per spell worker, started by node-sandbox.ts with
 * Node's permission model (no child processes, no writes, reads of Pyodide's files and this
 * bundle only) and an empty environment. Its main thread only relays; Python runs in one
 * worker thread (node-worker-entry.ts), so that this thread stays free to take a stop request
 * while a spell runs and write it into the interrupt buffer the two threads share.
 *
 * A SharedArrayBuffer cannot cross processes, so the runtime client's interrupt buffer stays in
 * the parent: the parent sends `{type: 'interrupt'}` instead, and this relay owns the buffer the
 * worker thread sees, and tells the parent what the harness writes into its other slots.
 */
import { MessageChannel, Worker } from 'node:worker_threads';
import { newStopBuffer, STEPPING_SLOT, STOP_TAKEN_SLOT, type FromWorker } from '../../contracts/cast-protocol.js';
import { alignedBytes, type FromSandbox, type ToSandbox } from './sandbox-protocol.js';

const send = process.send?.bind(process);
if (send === undefined) throw new Error('node-sandbox-host must be started with an IPC channel');

const buffer = newStopBuffer();
// the answer channel goes to the worker thread with its start, before any Python runs there
const answers = new MessageChannel();
const worker = new Worker(new URL('./node-worker-entry.mjs', import.meta.url), {
  env: {},
  workerData: { answers: answers.port2 },
  transferList: [answers.port2],
});

worker.on('message', (message: FromWorker) => send(message));
answers.port1.on('message', (message: FromWorker) => {
  stopWatching();
  send({ type: 'answer', message } satisfies FromSandbox);
});
const end = (reason: string): void => {
  // the reason first, then the exit the parent also sees
  send({ type: 'sandbox-ended', reason } satisfies FromSandbox, () => process.exit(1));
};
worker.on('error', (error) => end(error.message));
worker.on('messageerror', (error) => end(error.message));
worker.on('exit', (code) => end(`exit code ${code}`));

// what the harness writes into the other slots (harness/pyland_clock.py) goes to the parent's
// buffer, which the runtime client's clock reads (two-stage-stop.ts): looked at while a job runs
let watching: ReturnType<typeof setInterval> | undefined;
let told = [0, 0, 0];
const SLOT_WATCH_MS = 10;
const tellSlots = (): void => {
  const now = [0, Atomics.load(buffer, STOP_TAKEN_SLOT), Atomics.load(buffer, STEPPING_SLOT)];
  if (now[1] === told[1] && now[2] === told[2]) return;
  told = now;
  send({ type: 'stop-slots', stopTaken: now[1]!, stepping: now[2]! } satisfies FromSandbox);
};
const stopWatching = (): void => {
  clearInterval(watching);
  watching = undefined;
};

process.on('message', (message: ToSandbox) => {
  if (message.type === 'interrupt') {
    Atomics.store(buffer, 0, 2);
    // wakes a spell sleeping in time.sleep (it waits on this buffer)
    Atomics.notify(buffer, 0);
    return;
  }
  if (message.type === 'init') {
    const { interruptible, ...init } = message;
    if (init.snapshot !== undefined) init.snapshot = alignedBytes(init.snapshot);
    worker.postMessage(interruptible === true ? { ...init, interruptBuffer: buffer } : init);
    return;
  }
  if (message.type === 'cast' || message.type === 'tool') {
    // what the last job left there is not this one's (the worker is idle between jobs)
    Atomics.store(buffer, STOP_TAKEN_SLOT, 0);
    Atomics.store(buffer, STEPPING_SLOT, 0);
    told = [0, 0, 0];
    stopWatching();
    watching = setInterval(tellSlots, SLOT_WATCH_MS);
  }
  worker.postMessage(message);
});
// the parent went away without stopping us: nobody is left to answer
process.on('disconnect', () => process.exit(0));
