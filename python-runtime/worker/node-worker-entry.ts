/**
 * The spell worker under Node (worker_threads): the command line, the tests and the bench.
 * It runs inside the sandbox process (node-sandbox-host.ts), which Node's permission model keeps
 * from starting processes, writing files or reading anything but Pyodide's files; it is bundled
 * to plain JavaScript first (node-sandbox.ts), since that process cannot run a TypeScript loader.
 *
 * The lock-down below removes what leads to the host from JavaScript, for the case a spell ever
 * reached JavaScript; the harness and the closed Emscripten imports keep it from getting there.
 */
import { constants as fsConstants } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData, type MessagePort as NodeMessagePort } from 'node:worker_threads';
import type { loadPyodide as LoadPyodide, PyodideAPI } from 'pyodide';
import type { ToWorker } from '../../contracts/cast-protocol.js';
import type { CreatePyodideModule } from './host-safe-imports.js';
import { createSpellWorkerCore, deleteGlobal } from './spell-worker-core.js';

const port = parentPort;
if (port === null) throw new Error('node-worker-entry must run in a worker thread');
/** The answer channel (node-sandbox-host.ts): taken here, before any Python runs. */
const answers = (workerData as { answers?: NodeMessagePort } | null)?.answers;
if (answers === undefined) throw new Error('node-worker-entry needs its answer channel');
// kept before the lock-down deletes the global
const nodeProcess = process;

/**
 * Emscripten's NODEFS reads the file flags through `process.binding('constants')` when the module
 * starts, and the permission model refuses process.binding. NODEFS is removed by the lock-down
 * anyway; it gets the public copy of the same flags, and every other binding stays refused.
 */
const refusedBinding = (nodeProcess as unknown as { binding(name: string): unknown }).binding.bind(nodeProcess);
(nodeProcess as unknown as { binding(name: string): unknown }).binding = (name: string) =>
  name === 'constants' ? { fs: fsConstants } : refusedBinding(name);

/** Node globals that lead to the host (files, processes, environment, network) from JavaScript. */
const HOST_GLOBALS = ['process', 'require', 'module', 'exports', 'Buffer', 'fetch', 'WebSocket', 'EventSource', 'navigator'];

const core = createSpellWorkerCore({
  post: (message, transfer) => port.postMessage(message, transfer as never),
  answer: (message) => answers.postMessage(message),
  async importPyodide(indexURL) {
    // by file URL, not by package name: the sandbox may read Pyodide's folder and nothing above it
    const [loader, factory] = await Promise.all([
      import(pathToFileURL(`${indexURL}pyodide.mjs`).href) as Promise<{ loadPyodide: typeof LoadPyodide }>,
      import(pathToFileURL(`${indexURL}pyodide.asm.mjs`).href) as Promise<{ default: CreatePyodideModule }>,
    ]);
    return { loadPyodide: loader.loadPyodide, createPyodideModule: factory.default };
  },
  lockDown(pyodide: PyodideAPI) {
    // NODEFS would let the in-memory file system mount the host's disk
    delete (pyodide.FS as unknown as { filesystems: Record<string, unknown> }).filesystems.NODEFS;
    for (const name of HOST_GLOBALS) deleteGlobal(name);
  },
  exit: () => nodeProcess.exit(1),
});

port.on('message', (message: ToWorker) => core.handle(message));
