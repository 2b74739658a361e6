/**
 * What crosses the IPC channel between the Node runtime (node-sandbox.ts) and a sandbox process
 * (node-sandbox-host.ts): the worker protocol, plus what a channel between processes needs.
 */
import type { FromWorker, ToWorker } from '../../contracts/cast-protocol.js';

/** What the parent sends: the worker protocol, plus the stop request. */
export type ToSandbox = (ToWorker & { interruptible?: boolean }) | { type: 'interrupt' };
/**
 * What the relay sends back: the worker protocol on the worker thread's own channel, what came
 * on its answer channel (wrapped, so the two never mix), why the worker thread ended, and what the
 * harness wrote into the stop buffer's slots.
 */
export type FromSandbox =
  | FromWorker
  | { type: 'answer'; message: FromWorker }
  | { type: 'sandbox-ended'; reason: string }
  /** What the harness wrote into the relay's buffer (STOP_TAKEN_SLOT, STEPPING_SLOT), for the parent's. */
  | { type: 'stop-slots'; stopTaken: number; stepping: number };

/**
 * Bytes that came through the IPC channel are a view into the message at any offset, and Pyodide
 * reads a snapshot through a Uint32Array, which needs an offset that is a multiple of 4: such a
 * view is copied into bytes of their own.
 */
export function alignedBytes(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset % 8 === 0 ? bytes : new Uint8Array(bytes);
}
