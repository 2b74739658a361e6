/**
 * The third of three layers that keep a spell off the host, for the Node runtime (the command
 * line, the tests' real runtime, the bench): every spell worker runs in a process of its own,
 * started with Node's permission model. That process may read only Pyodide's files and its own
 * bundle, may start worker threads (Python runs in one, see node-sandbox-host.ts) and nothing
 * else: no child processes, no writes, no native add-ons, no WASI, and an empty environment.
 * (The other layers: pyland_host.py in the harness, host-safe-imports.ts in the worker.)
 *
 * Which flag turns the model on depends on Node: `--permission` where Node knows it (22.13 and
 * later, 23, 24), `--experimental-permission` before that (Node 20). Node 20 to 24 have no
 * network permission; the network is closed by the other two layers and by the worker's
 * lock-down (no `fetch`, `WebSocket`, `require` or `process` left in its globals).
 *
 * A process with these flags cannot run a TypeScript loader (tsx starts esbuild as a child
 * process), so the relay and the worker are bundled to plain JavaScript first, once per process,
 * into node_modules/.cache/pyland-sandbox/<hash of the bundle>/ (written atomically: test files
 * running in parallel may build the same bundle at the same moment).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { STEPPING_SLOT, STOP_TAKEN_SLOT, type ToWorker } from '../contracts/cast-protocol.js';
import type { WorkerEvents, WorkerLike } from './runtime-client.js';
import { alignedBytes, type FromSandbox, type ToSandbox } from './worker/sandbox-protocol.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const CACHE_DIR = join(HERE, '..', 'node_modules', '.cache', 'pyland-sandbox');
/** Bundles of older code are removed once they are this old (a bundle in use is the newest). */
const STALE_BUNDLE_MS = 60 * 60 * 1000;

/** The flag that turns Node's permission model on for this Node (see the header). */
export function permissionFlag(allowedFlags: ReadonlySet<string> = process.allowedNodeEnvironmentFlags): string {
  return allowedFlags.has('--permission') ? '--permission' : '--experimental-permission';
}

/**
 * The command-line flags of a sandbox process: the permission model, reads of `readPaths` only
 * (one flag each: Node 22 and later no longer take a comma-separated list), worker threads, and
 * the warnings Node prints about the model itself kept off stderr.
 */
export function sandboxExecArgv(readPaths: readonly string[], flag = permissionFlag()): string[] {
  return [
    flag,
    ...readPaths.map((path) => `--allow-fs-read=${path}`),
    '--allow-worker',
    '--disable-warning=ExperimentalWarning',
    '--disable-warning=SecurityWarning',
  ];
}

/** Folders a sandbox process reads: Pyodide's, the `ws` package Pyodide's loader imports under Node, the bundle. */
export function sandboxReadPaths(pyodideDir: string, bundleDir: string): string[] {
  const wsDir = dirname(createRequire(join(pyodideDir, 'package.json')).resolve('ws/package.json'));
  return [withSlash(pyodideDir), withSlash(wsDir), withSlash(bundleDir)];
}

function withSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}

let bundleDir: string | undefined;

/** The folder holding node-sandbox-host.mjs and node-worker-entry.mjs, built once per process. */
export function sandboxBundleDir(cacheDir = CACHE_DIR): string {
  if (bundleDir !== undefined && cacheDir === CACHE_DIR) return bundleDir;
  const built = buildSync({
    entryPoints: [join(HERE, 'worker', 'node-sandbox-host.ts'), join(HERE, 'worker', 'node-worker-entry.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: '/',
    outExtension: { '.js': '.mjs' },
    write: false,
    logLevel: 'silent',
  });
  const hash = createHash('sha256');
  for (const file of built.outputFiles) hash.update(file.path).update(file.contents);
  const name = hash.digest('hex').slice(0, 16);
  const dir = join(cacheDir, name);
  mkdirSync(cacheDir, { recursive: true });
  if (!existsDir(dir)) {
    const temporary = join(cacheDir, `${name}.${process.pid}.${Date.now()}.tmp`);
    mkdirSync(temporary);
    for (const file of built.outputFiles) writeFileSync(join(temporary, file.path.replace(/^\//, '')), file.contents);
    try {
      renameSync(temporary, dir);
    } catch {
      // another process put the same bundle there first
      rmSync(temporary, { recursive: true, force: true });
    }
    pruneStaleBundles(cacheDir, name);
  }
  if (cacheDir === CACHE_DIR) bundleDir = dir;
  return dir;
}

function existsDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function pruneStaleBundles(cacheDir: string, keep: string): void {
  const now = Date.now();
  for (const entry of readdirSync(cacheDir)) {
    if (entry === keep) continue;
    const path = join(cacheDir, entry);
    try {
      if (now - statSync(path).mtimeMs > STALE_BUNDLE_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // removed by another process meanwhile
    }
  }
}

/** The part of a spawned sandbox the runtime client uses, plus the stop request it cannot write itself. */
export interface SandboxWorker extends WorkerLike {
  interrupt(): void;
  /** The sandbox process (tests look at its flags). */
  readonly process: ChildProcess;
}

/**
 * Start one sandbox process and wire it as a worker of the runtime client. What the process
 * prints goes to stderr: stdout belongs to the command line's JSON.
 */
export function spawnSandboxWorker(events: WorkerEvents, pyodideDir: string): SandboxWorker {
  const dir = sandboxBundleDir();
  const child = fork(join(dir, 'node-sandbox-host.mjs'), [], {
    execPath: process.execPath,
    execArgv: sandboxExecArgv(sandboxReadPaths(pyodideDir, dir)),
    // the spell's process sees no environment variable of the host
    env: {},
    serialization: 'advanced',
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  // end: false, or the first sandbox to stop would close the process's stderr
  child.stdout?.pipe(process.stderr, { end: false });
  child.stderr?.pipe(process.stderr, { end: false });
  let ended = false;
  const died = (reason: string): void => {
    if (ended) return;
    ended = true;
    events.died(reason);
  };
  // the client's own buffer: its clock reads the harness's slots there (two-stage-stop.ts)
  let parentBuffer: Int32Array | undefined;
  child.on('message', (message: FromSandbox) => {
    if (message.type === 'sandbox-ended') died(message.reason);
    else if (message.type === 'stop-slots') {
      if (parentBuffer !== undefined && parentBuffer.length > STEPPING_SLOT) {
        Atomics.store(parentBuffer, STOP_TAKEN_SLOT, message.stopTaken === 1 ? 1 : 0);
        Atomics.store(parentBuffer, STEPPING_SLOT, message.stepping === 1 ? 1 : 0);
      }
    } else if (message.type === 'answer') events.answer(message.message);
    else if (message.type === 'ready' && message.snapshot !== undefined)
      events.message({ ...message, snapshot: alignedBytes(message.snapshot) });
    else events.message(message);
  });
  child.on('error', (error) => died(error.message));
  child.on('exit', (code, signal) => died(signal === null ? `exit code ${code}` : `stopped by ${signal}`));
  const send = (message: ToSandbox): void => {
    if (!child.connected) return;
    try {
      child.send(message);
    } catch {
      // the process is going away: its exit reports it
    }
  };
  return {
    process: child,
    postMessage(message: ToWorker) {
      if (message.type === 'init' && message.interruptBuffer !== undefined) {
        // a SharedArrayBuffer cannot cross processes: the relay makes the buffer the worker sees
        const { interruptBuffer, ...init } = message;
        parentBuffer = interruptBuffer;
        send({ ...init, interruptible: true });
      } else {
        send(message);
      }
    },
    interrupt: () => send({ type: 'interrupt' }),
    terminate() {
      ended = true;
      child.kill('SIGKILL');
    },
  };
}
