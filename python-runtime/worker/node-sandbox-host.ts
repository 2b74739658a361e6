/**
 * The sandbox process of the Node runtime: one per spell worker, started by node-sandbox.ts with
 * Node's permission model (no child processes, no writes, reads of Pyodide's files and this
 * bundle only) and an empty environment. Its main thread only relays; Python runs in one
 * worker thread (node-worker-entry.ts), so that this thread stays free to take a stop request
 * while a spell runs and write it into the interrupt buffer the two threads share.
 *
 * A SharedArrayBuffer cannot cross processes, so the runtime client's interrupt buffer stays in
 * the parent: the parent sends `{type: 'interrupt'}` instead, and this relay owns the buffer the
 * worker thread sees, and tells the parent when the harness reports the stop taken.
 */
import { MessageChannel, Worker } from 'node:worker_threads';
import { newStopBuffer, STOP_TAKEN_SLOT, type FromWorker } from '../../contracts/cast-protocol.js';
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
answers.port1.on('message', (message: FromWorker) => send({ type: 'answer', message } satisfies FromSandbox));
const end = (reason: string): void => {
  // the reason first, then the exit the parent also sees
  send({ type: 'sandbox-ended', reason } satisfies FromSandbox, () => process.exit(1));
};
worker.on('error', (error) => end(error.message));
worker.on('messageerror', (error) => end(error.message));
worker.on('exit', (code) => end(`exit code ${code}`));

// after a stop request, whether the harness reports it taken (the parent's buffer cannot see this one)
let watchingStop: ReturnType<typeof setInterval> | undefined;
const STOP_WATCH_MS = 10;
const STOP_WATCH_FOR_MS = 2000;

process.on('message', (message: ToSandbox) => {
  if (message.type === 'interrupt') {
    Atomics.store(buffer, 0, 2);
    // wakes a spell sleeping in time.sleep (it waits on this buffer)
    Atomics.notify(buffer, 0);
    clearInterval(watchingStop);
    const until = Date.now() + STOP_WATCH_FOR_MS;
    watchingStop = setInterval(() => {
      const taken = Atomics.load(buffer, STOP_TAKEN_SLOT) === 1;
      if (taken) send({ type: 'stop-taken' } satisfies FromSandbox);
      if (taken || Date.now() > until) clearInterval(watchingStop);
    }, STOP_WATCH_MS);
    return;
  }
  clearInterval(watchingStop);
  if (message.type === 'init') {
    const { interruptible, ...init } = message;
    if (init.snapshot !== undefined) init.snapshot = alignedBytes(init.snapshot);
    worker.postMessage(interruptible === true ? { ...init, interruptBuffer: buffer } : init);
    return;
  }
  worker.postMessage(message);
});
// the parent went away without stopping us: nobody is left to answer
process.on('disconnect', () => process.exit(0));
