/**
 * The spell worker under Node (worker_threads): the command line, the tests and the bench.
 * Started through node-worker-bootstrap.mjs, which teaches the thread TypeScript first.
 *
 * Not a security boundary like the browser worker: a Node thread can reach the host, so the
 * lock-down below only closes the known doors (see the note in node-runtime.ts). The game
 * itself runs spells in the browser worker.
 */
import { parentPort } from 'node:worker_threads';
import type { PyodideAPI } from 'pyodide';
import type { ToWorker } from '../protocol.js';
import { createSpellWorkerCore, deleteGlobal } from './spell-worker-core.js';

const port = parentPort;
if (port === null) throw new Error('node-worker-entry.ts must run in a worker thread');
// kept before the lock-down deletes the global
const nodeProcess = process;

/** Node globals that lead to the host (files, processes, environment) from JavaScript. */
const HOST_GLOBALS = ['process', 'require', 'module', 'exports', 'Buffer', 'fetch', 'WebSocket', 'EventSource'];

const core = createSpellWorkerCore({
  post: (message, transfer) => port.postMessage(message, transfer as never),
  importPyodide: () => import('pyodide'),
  lockDown(pyodide: PyodideAPI) {
    // NODEFS would let the in-memory file system mount the host's disk
    delete (pyodide.FS as unknown as { filesystems: Record<string, unknown> }).filesystems.NODEFS;
    for (const name of HOST_GLOBALS) deleteGlobal(name);
  },
  exit: () => nodeProcess.exit(1),
});

port.on('message', (message: ToWorker) => core.handle(message));
