/**
 * The spell runtime under Node: a worker_threads worker running the same worker core as the
 * game. Used by the command line (`npm run spell`), the tests and the bench; the game itself
 * uses browser-runtime.ts.
 *
 * Pyodide comes from node_modules/pyodide; checkers are read from disk next to their level
 * data (python-runtime/levels/<chapter>/<slug>.py), for every level in LEVELS, and the Memory
 * Lab's from python-runtime/lab/.
 *
 * A spell never reaches the host from here either, through three layers (any one of them
 * alone holds): the harness refuses programs, file writes, sockets and machine code
 * (harness/pyland_host.py); the worker closes Emscripten's process and socket entry points before
 * Python starts (worker/host-safe-imports.ts); and each worker runs in a process of its own under
 * Node's permission model, which may read Pyodide's files and nothing else (node-sandbox.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newStopBuffer } from '../contracts/cast-protocol.js';
import { HARNESS_FILE, harnessFilesAmong } from './harness-files.js';
import { LEVELS } from './levels/index.js';
import { labCheckersById } from './lab/memory-lab.js';
import { spawnSandboxWorker } from './node-sandbox.js';
import { RuntimeClient, type MeasuredSpellRuntime, type RuntimeClientOptions } from './runtime-client.js';

export interface NodeRuntimeOptions {
  /**
   * Extra or replacement checkers, level id -> Python source (tests with fixture levels).
   * Merged over the checkers of LEVELS.
   */
  checkers?: Record<string, string>;
  /** Skip reading LEVELS' checkers from disk (tests that only use their own). */
  withoutLevels?: boolean;
  /** Without the shared interrupt buffer every runaway spell needs the hard kill (tests of that path). */
  withoutInterruptBuffer?: boolean;
  snapshot?: Uint8Array;
  onSnapshot?(snapshot: Uint8Array): void;
  /** See RuntimeClientOptions.makeSnapshot. */
  makeSnapshot?: boolean;
  startTimeoutMs?: number;
  hardKillGraceMs?: number;
  heapLimitBytes?: number;
  /** See RuntimeClientOptions.reuseWorker: one worker for cast after cast, only for trusted spells or tests of what outlives a cast. */
  reuseWorker?: boolean;
}

const HERE = dirname(fileURLToPath(import.meta.url));
const LEVELS_DIR = `${HERE}/levels`;

/** node_modules/pyodide, found the way Node finds the package (works from any working directory). */
export function pyodideDirectory(): string {
  return `${dirname(createRequire(import.meta.url).resolve('pyodide'))}/`;
}

/** The harness files (harness-files.ts says which), path inside harness/ -> source. */
export function readHarnessFiles(): Record<string, string> {
  const paths = readdirSync(`${HERE}/harness`, { recursive: true, encoding: 'utf8' })
    .map((path) => path.split(sep).join('/'))
    .filter((path) => HARNESS_FILE.test(path));
  return harnessFilesAmong(Object.fromEntries(paths.map((path) => [path, readFileSync(`${HERE}/harness/${path}`, 'utf8')])));
}

/** Every level's checker, level id -> source. A level without its .py file is a build mistake: it throws. */
export function readLevelCheckers(): Record<string, string> {
  return Object.fromEntries(
    LEVELS.map((level) => {
      const path = `${LEVELS_DIR}/${level.id}.py`;
      try {
        return [level.id, readFileSync(path, 'utf8')];
      } catch (error) {
        throw new Error(`The checker of level ${level.id} is missing: ${path} (${(error as Error).message})`, { cause: error });
      }
    }),
  );
}

/** The Memory Lab's checkers (python-runtime/lab/<name>.py), id `lab/<name>` -> source: no lessons, so not in LEVELS. */
export function readLabCheckers(): Record<string, string> {
  const files = readdirSync(`${HERE}/lab`).filter((name) => name.endsWith('.py'));
  return labCheckersById(Object.fromEntries(files.map((name) => [name, readFileSync(`${HERE}/lab/${name}`, 'utf8')])));
}

export function createNodeRuntime(options: NodeRuntimeOptions = {}): MeasuredSpellRuntime {
  const pyodideDir = pyodideDirectory();
  const clientOptions: RuntimeClientOptions = {
    indexURL: pyodideDir,
    harnessFiles: readHarnessFiles(),
    checkers: { ...(options.withoutLevels === true ? {} : { ...readLevelCheckers(), ...readLabCheckers() }), ...options.checkers },
    // each worker in a process of its own under Node's permission model (node-sandbox.ts)
    spawn: (events) => spawnSandboxWorker(events, pyodideDir),
  };
  if (options.withoutInterruptBuffer !== true) clientOptions.interruptBuffer = newStopBuffer();
  if (options.snapshot !== undefined) clientOptions.snapshot = options.snapshot;
  if (options.onSnapshot !== undefined) clientOptions.onSnapshot = options.onSnapshot;
  if (options.makeSnapshot !== undefined) clientOptions.makeSnapshot = options.makeSnapshot;
  if (options.startTimeoutMs !== undefined) clientOptions.startTimeoutMs = options.startTimeoutMs;
  if (options.hardKillGraceMs !== undefined) clientOptions.hardKillGraceMs = options.hardKillGraceMs;
  if (options.heapLimitBytes !== undefined) clientOptions.heapLimitBytes = options.heapLimitBytes;
  if (options.reuseWorker !== undefined) clientOptions.reuseWorker = options.reuseWorker;
  return new RuntimeClient(clientOptions);
}
