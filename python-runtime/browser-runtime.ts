/**
 * The spell runtime of the game (web build and desktop app): a module Web Worker running the
 * worker core, with Pyodide loaded at run time from `pyodideURL` (copied into the build by
 * vite.config.ts, never bundled).
 *
 * Interrupts need a SharedArrayBuffer, which the browser only gives a cross-origin isolated page
 * (COOP/COEP headers). Without it every runaway spell is stopped by terminating the worker.
 *
 * The memory snapshot the first cold start makes is kept for the session (respawns restore it
 * in under a second instead of a 6 s cold start) and in IndexedDB for the next start, keyed by
 * the Pyodide version and the harness source, because a snapshot holds the imported harness.
 */
import { version as pyodideVersion } from 'pyodide/package.json';
import { harnessFilesAmong } from './harness-files.js';
import { labCheckersById } from './lab/memory-lab.js';
import { newStopBuffer, type FromWorker, type ToWorker } from '../contracts/cast-protocol.js';
import { SHIPPED_SNAPSHOT_DIR, snapshotKey } from './snapshot-key.js';
import { RuntimeClient, type MeasuredSpellRuntime, type RuntimeClientOptions } from './runtime-client.js';

export interface BrowserRuntimeOptions {
  /** Where the Pyodide files are served, relative to the page. */
  pyodideURL?: string;
  /** Keep the snapshot in IndexedDB for the next start (default true). */
  persistSnapshot?: boolean;
  startTimeoutMs?: number;
}

/**
 * The harness, path inside harness/ -> source: the files the Node runtime reads too (one rule,
 * harness-files.ts; a shipped snapshot's key depends on them). Vite needs its patterns written
 * out here: they only narrow what is bundled to the rule's two shapes, the rule picks the files.
 */
export const BROWSER_HARNESS_FILES: Record<string, string> = harnessFilesAmong(
  Object.fromEntries(
    Object.entries(
      import.meta.glob<string>(['./harness/pyland*.py', './harness/pyland_*/*.py'], { query: '?raw', import: 'default', eager: true }),
    ).map(([path, source]) => [path.slice('./harness/'.length), source]),
  ),
);

/** Every checker next to its level data, keyed by level id (`./levels/refcount/let-go.py` -> `refcount/let-go`), and the Lab's. */
export const BROWSER_CHECKERS: Record<string, string> = {
  ...checkersByLevelId(import.meta.glob('./levels/**/*.py', { query: '?raw', import: 'default', eager: true })),
  // the Memory Lab's (`./lab/memory.py` -> `lab/memory`): no lessons, the same checkers the Node runtime reads
  ...labCheckersById(import.meta.glob('./lab/*.py', { query: '?raw', import: 'default', eager: true })),
};

export function checkersByLevelId(files: Record<string, unknown>): Record<string, string> {
  const checkers: Record<string, string> = {};
  for (const [path, source] of Object.entries(files)) {
    const match = /^\.\/levels\/([a-z]+\/[a-z0-9-]+)\.py$/.exec(path);
    if (match !== null && typeof source === 'string') checkers[match[1]!] = source;
  }
  return checkers;
}

/** Snapshots made in this page, by cache key: a second runtime (after a scene reload) restores at once. */
const sessionSnapshots = new Map<string, Uint8Array>();

export function createBrowserRuntime(options: BrowserRuntimeOptions = {}): MeasuredSpellRuntime {
  // the worker resolves URLs against its own script (inside assets/), so hand it an absolute one
  const indexURL = new URL(options.pyodideURL ?? './pyodide/', document.baseURI).href;
  const key = snapshotKey(pyodideVersion, BROWSER_HARNESS_FILES);
  const persist = options.persistSnapshot !== false;
  const isolated = globalThis.crossOriginIsolated === true && typeof SharedArrayBuffer === 'function';

  // Pyodide's WebAssembly, compiled once here for every worker after the second, the compile
  // starting with the second (the first start, which a kid waits for, is left alone):
  // worker/compiled-wasm.ts
  let wasmModule: WebAssembly.Module | undefined;
  let spawned = 0;
  const compileOnce = (): void => {
    if (typeof WebAssembly.compileStreaming !== 'function') return;
    WebAssembly.compileStreaming(fetch(new URL('pyodide.asm.wasm', indexURL)))
      .then((module) => {
        wasmModule = module;
      })
      .catch(() => {
        // each worker then fetches and compiles its own, as without it
      });
  };

  const clientOptions: RuntimeClientOptions = {
    indexURL,
    harnessFiles: BROWSER_HARNESS_FILES,
    checkers: BROWSER_CHECKERS,
    // (a fresh worker for every cast is the default: nothing a spell does in Python outlives its cast)
    spawn(events) {
      const worker = new Worker(new URL('./worker/browser-worker-entry.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<FromWorker>) => events.message(event.data);
      // the answer channel, handed over before init: verdicts come from nowhere else
      const answers = new MessageChannel();
      answers.port1.onmessage = (event: MessageEvent<FromWorker>) => events.answer(event.data);
      answers.port1.onmessageerror = () => events.died('an answer from the worker could not be read');
      worker.postMessage({ type: 'answers', port: answers.port2 } satisfies ToWorker, [answers.port2]);
      worker.onerror = (event) => {
        event.preventDefault();
        events.died(event.message || 'the worker script could not be loaded');
      };
      worker.onmessageerror = () => events.died('a message from the worker could not be read');
      spawned += 1;
      if (spawned === 2) compileOnce();
      return {
        postMessage: (message, transfer) =>
          worker.postMessage(message.type === 'init' && wasmModule !== undefined ? { ...message, wasmModule } : message, transfer ?? []),
        terminate: () => {
          answers.port1.close();
          worker.terminate();
        },
      };
    },
    // this page's own, else the one this browser kept, else (in the worker) the one shipped with the build
    snapshot: sessionSnapshots.get(key) ?? (persist ? readCachedSnapshot(key) : undefined),
    shippedSnapshot: { baseURL: new URL(SHIPPED_SNAPSHOT_DIR, document.baseURI).href, key },
    onSnapshot(snapshot) {
      sessionSnapshots.set(key, snapshot);
      // IndexedDB cannot keep shared memory (the worker shares its snapshot): it keeps a copy
      const kept = snapshot.buffer instanceof ArrayBuffer ? snapshot : new Uint8Array(snapshot);
      if (persist) void writeCachedSnapshot(key, kept);
    },
  };
  if (isolated) clientOptions.interruptBuffer = newStopBuffer();
  if (options.startTimeoutMs !== undefined) clientOptions.startTimeoutMs = options.startTimeoutMs;
  return new RuntimeClient(clientOptions);
}

const DB_NAME = 'pyland-runtime';
const STORE = 'snapshots';
/** A cache that does not answer quickly is skipped: a cold start is better than waiting. */
const CACHE_TIMEOUT_MS = 3000;

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('no IndexedDB'));
      return;
    }
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB failed'));
    request.onblocked = () => reject(new Error('IndexedDB blocked'));
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

async function readCachedSnapshot(key: string): Promise<Uint8Array | undefined> {
  try {
    return await withTimeout(
      openDatabase().then(
        (db) =>
          new Promise<Uint8Array | undefined>((resolve, reject) => {
            const request = db.transaction(STORE, 'readonly').objectStore(STORE).get(key);
            request.onsuccess = () => {
              db.close();
              resolve(request.result instanceof Uint8Array ? request.result : undefined);
            };
            request.onerror = () => {
              db.close();
              reject(request.error ?? new Error('read failed'));
            };
          }),
      ),
      CACHE_TIMEOUT_MS,
    );
  } catch {
    return undefined;
  }
}

/** Stores the snapshot under `key` and drops snapshots of older versions (30 MB each). */
async function writeCachedSnapshot(key: string, snapshot: Uint8Array): Promise<void> {
  try {
    const db = await openDatabase();
    await new Promise<void>((resolve, reject) => {
      const transaction = db.transaction(STORE, 'readwrite');
      const store = transaction.objectStore(STORE);
      store.clear();
      store.put(snapshot, key);
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error ?? new Error('write failed'));
      transaction.onabort = () => reject(transaction.error ?? new Error('write aborted'));
    });
    db.close();
  } catch {
    // no cache (private mode, quota): the next start is simply a cold one
  }
}
