/**
 * What crosses the IPC channel between the Node runtime (node-sandbox.ts) and a sandbox process
 * (node-sandbox-host.ts): the worker protocol, plus what a channel between processes needs.
 */
import type { FromWorker, ToWorker } from '../../contracts/cast-protocol.js';

/** What the parent sends: the worker protocol, plus the stop request. */
export type ToSandbox = (ToWorker & { interruptible?: boolean }) | { type: 'interrupt' };
/**
 * What the relay sends back: the worker protocol on the worker thread's own channel, what came
 * on its answer channel (wrapped, so the two never mix), why the worker thread ended, and that a
 * stop request was taken.
 */
export type FromSandbox =
  | FromWorker
  | { type: 'answer'; message: FromWorker }
  | { type: 'sandbox-ended'; reason: string }
  /** The harness reported the stop request taken (STOP_TAKEN_SLOT of the relay's buffer). */
  | { type: 'stop-taken' };

/**
 * Bytes that came through the IPC channel are a view into the message at any offset, and Pyodide
 * reads a snapshot through a Uint32Array, which needs an offset that is a multiple of 4: such a
 * view is copied into bytes of their own.
 */
export function alignedBytes(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset % 8 === 0 ? bytes : new Uint8Array(bytes);
}
