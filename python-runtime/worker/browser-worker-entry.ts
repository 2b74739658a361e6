/**
 * The spell worker in the browser (a module Web Worker): the game, web and desktop.
 * This is where kids' spells run in the shipped game. Pyodide is loaded from `indexURL` at run
 * time (never bundled by Vite), and once Python is up every door to the network is removed
 * from this worker, so even a spell that found its way to JavaScript can talk to no one but
 * the runtime client.
 */
import type { loadPyodide as LoadPyodide } from 'pyodide';
import type { FromWorker, ToWorker } from '../../contracts/cast-protocol.js';
import type { CreatePyodideModule } from './host-safe-imports.js';
import { createSpellWorkerCore, deleteGlobal } from './spell-worker-core.js';

/** Everything in a worker that can reach the network, another origin or storage. */
const NETWORK_GLOBALS = [
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'WebSocketStream',
  'EventSource',
  'WebTransport',
  'importScripts',
  'indexedDB',
  'caches',
  'BroadcastChannel',
  'Worker',
  'SharedWorker',
  'FontFace',
  'fonts',
  'RTCPeerConnection',
  'RTCDataChannel',
  'Request',
  'Response',
  'CacheStorage',
  'IDBFactory',
  'cookieStore',
  'navigator',
  'WorkerNavigator',
];

/** The parts of DedicatedWorkerGlobalScope used here (the project compiles against the DOM lib). */
interface WorkerScope {
  postMessage(message: unknown, transfer: Transferable[]): void;
  close(): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
}

const scope = self as unknown as WorkerScope;
// kept before the lock-down could touch anything: the channels back to the client
const post = scope.postMessage.bind(scope);
const close = scope.close.bind(scope);
/** The answer channel, the port the spawner sends first (before init, before any Python). */
let answers: MessagePort | null = null;

const core = createSpellWorkerCore({
  post: (message: FromWorker, transfer?: Transferable[]) => post(message, transfer ?? []),
  answer(message) {
    answers?.postMessage(message);
  },
  async importPyodide(indexURL) {
    const [loader, factory] = await Promise.all([
      import(/* @vite-ignore */ `${indexURL}pyodide.mjs`) as Promise<{ loadPyodide: typeof LoadPyodide }>,
      import(/* @vite-ignore */ `${indexURL}pyodide.asm.mjs`) as Promise<{ default: CreatePyodideModule }>,
    ]);
    return { loadPyodide: loader.loadPyodide, createPyodideModule: factory.default };
  },
  lockDown() {
    for (const name of NETWORK_GLOBALS) deleteGlobal(name);
  },
  exit: () => close(),
});

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'answers') {
    // only the first: a later one could only come from a spell that reached this worker's JavaScript
    answers ??= message.port;
    return;
  }
  core.handle(message);
};
