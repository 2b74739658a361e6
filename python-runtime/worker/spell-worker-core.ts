/**
 * The Python worker itself, written once for both homes it runs in:
 *   browser-worker-entry.ts  a module Web Worker (the game; the only one kids' spells run in when shipped)
 *   node-worker-entry.ts     a worker_threads worker (command line, tests, bench)
 * The entries only wire messages and say how to import Pyodide and what to lock down.
 *
 * Start-up, in this order (the order matters):
 *   1. load Pyodide: a cold start, or a restore from a memory snapshot (about 5x faster)
 *   2. write the harness into Pyodide's in-memory file system and import it
 *   3. cold start only, when asked: make a memory snapshot and send it back. This must happen
 *      before step 4, because a snapshot can only hold JavaScript objects Pyodide knows how to
 *      find again; the sleep function handed to Python in step 4 is not one of them.
 *   4. per worker: reseed `random` (a restored snapshot would repeat the same numbers), install
 *      the interrupt buffer and the interruptible time.sleep, hide the `js`/`pyodide_js` modules,
 *      and let the entry remove what a spell must never reach (network, Node, code generation).
 */
import type { loadPyodide as LoadPyodide, PyodideAPI } from 'pyodide';
import { harnessFolders, STEPPER_PACKAGE, STEPPER_PACKAGE_FILE } from '../harness-files.js';
import { clearStopBuffer, STEPPING_SLOT, STOP_TAKEN_SLOT, type FromWorker, type ToWorker } from '../../contracts/cast-protocol.js';
import { brokenResult, fatalResult, interruptedResult, unknownLevelResult, type WorkerCastResult } from './cast-results.js';
import { withCompiledWasm } from './compiled-wasm.js';
import { withHostImportsClosed, type CreatePyodideModule } from './host-safe-imports.js';
import { readShippedSnapshot } from './shipped-snapshot.js';

type InitMessage = Extract<ToWorker, { type: 'init' }>;
type CastMessage = Extract<ToWorker, { type: 'cast' }>;
type ToolMessage = Extract<ToWorker, { type: 'tool' }>;
type CastJson = (level: string, source: string, checker: string, withoutPolicy: boolean, options: string) => string;
type ToolJson = (tool: string, payload: string) => string;

/** The harness module as Pyodide hands it to JavaScript (a PyProxy). */
interface PylandProxy {
  cast_json: CastJson & { copy(): CastJson };
  install_host_sleep(wait: (seconds: number) => boolean): void;
  install_school_clock(setSlot: (slot: number, value: number) => void): void;
  drop_javascript(): unknown;
  guard_interpreter_state(): void;
  destroy(): void;
}

/** What an entry file tells the core about its environment. */
export interface SpellWorkerHost {
  /** Send a start-up or progress message to the runtime client. */
  post(message: FromWorker, transfer?: Transferable[]): void;
  /**
   * Send a verdict or a stepper answer, on the answer channel: a port the entry took before any
   * Python ran and that Python never sees (the client takes verdicts from nowhere else).
   */
  answer(message: Extract<FromWorker, { type: 'result' | 'tool-result' }>): void;
  /**
   * Import the Pyodide loader (`pyodide.mjs`) and its module factory (the default export of
   * `pyodide.asm.mjs`) from indexURL: the core instantiates the module itself, so that the host
   * imports are closed before any Python runs (host-safe-imports.ts).
   */
  importPyodide(indexURL: string): Promise<{ loadPyodide: typeof LoadPyodide; createPyodideModule: CreatePyodideModule }>;
  /** Remove what a spell must never reach once Python is loaded (called once, after set-up). */
  lockDown(pyodide: PyodideAPI): void;
  /** End this worker: the interpreter is broken beyond use; the client sees the exit and respawns. */
  exit(): void;
}

/** Where the harness lives inside Pyodide's file system (in memory, never the host's disk). */
export const HARNESS_DIR = '/pyland';

/** Slices of the interruptible sleep: how late a stop request can be noticed at worst. */
const SLEEP_SLICE_MS = 50;

/**
 * Python run once per worker after the harness is imported (step 4 above).
 * unregisterJsModule only stops new imports: `pyodide_js` (and `js`, if anything imported it)
 * would still sit in sys.modules for any spell to pick up, so they are dropped by hand.
 */
const PER_WORKER_SETUP = `
import random, sys
random.seed()
for _name in [m for m in sys.modules if m == "js" or m.startswith("js.") or m.startswith("pyodide_js")]:
    del sys.modules[_name]
# the imports above bound the harness in __main__, which sys.modules hands to anyone
for _name in [n for n in globals() if n.startswith("pyland")]:
    del globals()[_name]
del _name
`;

export function createSpellWorkerCore(host: SpellWorkerHost): { handle(message: ToWorker): void } {
  let pyodide: PyodideAPI | null = null;
  let castJson: CastJson | null = null;
  let toolJson: ToolJson | null = null;
  let checkers: Record<string, string> = {};
  let interruptBuffer: Int32Array | undefined;
  // messages are handled strictly one after another, even while start-up awaits
  let queue: Promise<void> = Promise.resolve();

  function progress(stage: Extract<FromWorker, { type: 'progress' }>['stage'], fraction: number): void {
    host.post({ type: 'progress', stage, fraction });
  }

  async function init(message: InitMessage): Promise<void> {
    const started = performance.now();
    checkers = message.checkers;
    interruptBuffer = message.interruptBuffer;
    // a shared snapshot (see sharedBytes) is copied here, off the page's main thread: Pyodide
    // does not restore from shared memory
    let restoreFrom = message.snapshot !== undefined && isShared(message.snapshot) ? new Uint8Array(message.snapshot) : message.snapshot;
    if (restoreFrom === undefined && message.shippedSnapshot !== undefined) {
      progress('restoring', 0.01);
      restoreFrom = await readShippedSnapshot(message.shippedSnapshot.baseURL, message.shippedSnapshot.key);
    }
    const shipped = message.snapshot === undefined && restoreFrom !== undefined;
    const restoring = restoreFrom !== undefined;
    progress(restoring ? 'restoring' : 'loading-python', 0.02);
    const { loadPyodide, createPyodideModule } = await host.importPyodide(message.indexURL);
    // The boot is the long stage (0.1 -> 0.8), and Pyodide says nothing during it: most of it is
    // synchronous work that blocks this thread, so the client eases the bar meanwhile.
    progress(restoring ? 'restoring' : 'loading-python', 0.1);
    const py = await withCompiledWasm(message.wasmModule, message.indexURL, () =>
      loadPyodide({
        indexURL: message.indexURL,
        // nothing may reach the command line's stdout (or the browser console) from Python itself
        stdout: () => {},
        stderr: () => {},
        createPyodideModule: withHostImportsClosed(createPyodideModule),
        ...(restoring ? { _loadSnapshot: restoreFrom } : { _makeSnapshot: message.wantSnapshot === true }),
      }),
    );
    progress('loading-harness', 0.8);

    // The file system is not part of a snapshot (it lives in JavaScript), so the harness files
    // are written every time: tracebacks and inspect read them. After a restore the module is
    // already imported (it is part of the Python heap).
    py.FS.mkdirTree(HARNESS_DIR);
    for (const folder of harnessFolders(Object.keys(message.harnessFiles))) py.FS.mkdirTree(`${HARNESS_DIR}/${folder}`);
    for (const [path, source] of Object.entries(message.harnessFiles)) {
      py.FS.writeFile(`${HARNESS_DIR}/${path}`, source);
    }
    py.runPython(
      `import sys\nif ${JSON.stringify(HARNESS_DIR)} not in sys.path: sys.path.insert(0, ${JSON.stringify(HARNESS_DIR)})\nimport pyland`,
    );
    // the stepper (its tools answer `tool` messages) is imported before the snapshot too, so
    // restored workers have it at once
    const withStepper = Object.hasOwn(message.harnessFiles, STEPPER_PACKAGE_FILE);
    if (withStepper) py.runPython(`import ${STEPPER_PACKAGE}`);

    // the shipped snapshot goes back to the client (transferred, not copied) for later respawns:
    // Pyodide copied it into the WebAssembly memory and keeps no reference to it
    let snapshot: Uint8Array | undefined = shipped ? restoreFrom : undefined;
    if (!restoring && message.wantSnapshot === true) {
      progress('loading-harness', 0.88);
      try {
        snapshot = py.makeMemorySnapshot();
      } catch {
        // no snapshot only means slower respawns (cold starts)
      }
    }

    py.runPython(PER_WORKER_SETUP);
    const pyland = py.pyimport('pyland') as PylandProxy;
    if (interruptBuffer !== undefined) {
      py.setInterruptBuffer(interruptBuffer);
      installInterruptibleSleep(pyland, interruptBuffer);
      installSchoolClock(pyland, interruptBuffer);
    }
    // a copy: attributes borrowed from the module proxy die with it
    castJson = pyland.cast_json.copy();
    if (withStepper) {
      const stepper = py.pyimport(STEPPER_PACKAGE) as { tool_json: ToolJson & { copy(): ToolJson }; destroy(): void };
      toolJson = stepper.tool_json.copy();
      stepper.destroy();
    }
    py.unregisterJsModule('js');
    py.unregisterJsModule('pyodide_js');
    // no road from Python to JavaScript (only the sleep above, a plain function in a closure)
    (pyland.drop_javascript() as { destroy(): void }).destroy();
    // last: what the spells' casts will be rewound to
    pyland.guard_interpreter_state();
    pyland.destroy();
    closeJavaScriptDoors();
    host.lockDown(py);
    pyodide = py;

    progress('loading-harness', 1);
    const ms = Math.round(performance.now() - started);
    if (snapshot !== undefined) {
      const shared = sharedBytes(snapshot);
      const ready = { type: 'ready', restored: restoring, ms, snapshot: shared ?? snapshot, ...(shipped ? { shipped } : {}) } as const;
      if (shared !== undefined) host.post(ready);
      else host.post(ready, [snapshot.buffer as ArrayBuffer]);
    } else {
      host.post({ type: 'ready', restored: restoring, ms });
    }
  }

  function cast(message: CastMessage): void {
    const py = pyodide;
    if (py === null || castJson === null) {
      host.answer({ type: 'result', id: message.id, result: brokenResult(message.level, 'Python is not ready'), heapBytes: 0 });
      return;
    }
    const checker = checkers[message.level];
    if (checker === undefined) {
      host.answer({ type: 'result', id: message.id, result: unknownLevelResult(message.level), heapBytes: heapBytesOf(py) });
      return;
    }
    // a stop request that arrived after the previous spell had already finished must not hit this one
    if (interruptBuffer !== undefined) clearStopBuffer(interruptBuffer);
    let result: WorkerCastResult;
    let fatal = false;
    try {
      result = JSON.parse(
        castJson(message.level, message.source, checker, message.withoutPolicy === true, JSON.stringify(message.options ?? {})),
      ) as typeof result;
    } catch (error) {
      // The harness catches everything a spell or checker raises, so only a stop request landing
      // outside the spell (while the verdict is turned into JSON) or a broken interpreter gets here.
      if (isKeyboardInterrupt(error)) {
        result = interruptedResult(message.level);
      } else if (isPythonError(error) && !isFatal(error)) {
        // a Python exception leaves the interpreter usable
        result = brokenResult(message.level, describe(error));
      } else {
        // a JavaScript one (a wasm stack overflow, a fatal Pyodide error) does not
        result = fatalResult(message.level, describe(error));
        fatal = true;
      }
    }
    if (fatal) {
      host.answer({ type: 'result', id: message.id, result, heapBytes: heapBytesOf(py), fatal: true });
      host.exit();
    } else {
      host.answer({ type: 'result', id: message.id, result, heapBytes: heapBytesOf(py) });
    }
  }

  /** A stepper tool: it answers in JSON even for its own errors (see pyland_stepper/tool.py). */
  function tool(message: ToolMessage): void {
    const py = pyodide;
    if (py === null || toolJson === null) {
      const why = py === null ? 'Python is not ready' : 'this runtime was started without the spell stepper';
      host.answer({ type: 'tool-result', id: message.id, answer: toolError('usage', why), heapBytes: 0 });
      return;
    }
    if (interruptBuffer !== undefined) clearStopBuffer(interruptBuffer);
    let answer: string;
    let fatal = false;
    try {
      answer = toolJson(message.tool, JSON.stringify(message.payload));
    } catch (error) {
      // tool_json answers every Python error itself; only a stop request landing outside it or a broken interpreter gets here
      if (isKeyboardInterrupt(error)) {
        answer = toolError('interrupted', 'the stepper was stopped: it ran too long');
      } else if (isPythonError(error)) {
        answer = toolError('usage', describe(error));
      } else {
        answer = toolError('crashed', describe(error));
        fatal = true;
      }
    }
    host.answer({ type: 'tool-result', id: message.id, answer, heapBytes: heapBytesOf(py), ...(fatal ? { fatal } : {}) });
    if (fatal) host.exit();
  }

  return {
    handle(message: ToWorker): void {
      queue = queue.then(async () => {
        if (message.type === 'init') {
          try {
            await init(message);
          } catch (error) {
            host.post({ type: 'init-failed', message: describe(error) });
          }
        } else if (message.type === 'tool') {
          tool(message);
        } else if (message.type === 'cast') {
          cast(message);
        }
      });
    },
  };
}

/**
 * The snapshot copied into shared memory, here in the worker, where a cross-origin isolated page
 * allows it: the client then hands the very same bytes to every worker it starts (a standby
 * after each cast) without copying 30 MB on the page's main thread each time, which cost the
 * page a long frame right when Python became ready. Undefined elsewhere (Node: the snapshot
 * crosses a process boundary, where shared memory cannot go).
 */
function isShared(bytes: Uint8Array): boolean {
  return typeof SharedArrayBuffer === 'function' && bytes.buffer instanceof SharedArrayBuffer;
}

function sharedBytes(bytes: Uint8Array): Uint8Array | undefined {
  if ((globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated !== true || typeof SharedArrayBuffer !== 'function')
    return undefined;
  const shared = new Uint8Array(new SharedArrayBuffer(bytes.length));
  shared.set(bytes);
  return shared;
}

/**
 * time.sleep that waits on the interrupt buffer in slices. The client writes 2 and wakes it
 * (Atomics.notify), so a stop request ends the sleep at once: the request is taken here
 * (the buffer goes back to 0) and the harness raises KeyboardInterrupt in Python. Going through
 * pyodide.checkInterrupt instead would print "KeyboardInterrupt" into the spell's output.
 */
function installInterruptibleSleep(pyland: PylandProxy, buffer: Int32Array): void {
  const wait = (seconds: number): boolean => {
    const end = performance.now() + seconds * 1000;
    for (;;) {
      if (Atomics.compareExchange(buffer, 0, 2, 0) === 2) return true;
      const left = end - performance.now();
      if (left <= 0) return false;
      Atomics.wait(buffer, 0, 0, Math.min(left, SLEEP_SLICE_MS));
    }
  };
  pyland.install_host_sleep(wait);
}

/**
 * The school clock's writer (harness/pyland_clock.py): the harness says when a stop request has
 * unwound the spell's own code (STOP_TAKEN_SLOT) and when it steps the kid's code (STEPPING_SLOT),
 * and the client's clock reads them (two-stage-stop.ts). A plain function in a closure, like the
 * sleep: it writes 0 or 1 into one of those two slots and leads nowhere.
 */
function installSchoolClock(pyland: PylandProxy, buffer: Int32Array): void {
  pyland.install_school_clock((slot: number, value: number) => {
    if ((slot === STOP_TAKEN_SLOT || slot === STEPPING_SLOT) && (value === 0 || value === 1) && slot < buffer.length) {
      Atomics.store(buffer, slot, value);
    }
  });
}

/**
 * A spell that reached a JavaScript object (Python is no sandbox: `pyodide.ffi.to_js` is one
 * `sys.modules` lookup away) could turn strings into code through any function's `constructor`.
 * Pyodide needs no code generation once it is loaded (it runs under a CSP without
 * 'unsafe-eval'), so every way to it is closed. `globalThis.Function` itself stays: Pyodide
 * checks `instanceof Function`. V8's Error.prepareStackTrace hook, which hands out call sites
 * (and through them, functions and receivers), is frozen empty too.
 */
export function closeJavaScriptDoors(): void {
  const blocked = function blockedCodeGeneration(): never {
    throw new Error('code generation is switched off in the spell worker');
  };
  const constructors = [
    Function,
    Object.getPrototypeOf(async function () {}).constructor,
    Object.getPrototypeOf(function* () {}).constructor,
    Object.getPrototypeOf(async function* () {}).constructor,
  ] as { prototype: object }[];
  for (const constructor of constructors) {
    Object.defineProperty(constructor.prototype, 'constructor', { value: blocked, writable: false, configurable: false });
  }
  Object.defineProperty(globalThis, 'eval', { value: blocked, writable: false, configurable: false });
  Object.defineProperty(Error, 'prepareStackTrace', { value: undefined, writable: false, configurable: false });
}

/** Delete a global along the whole prototype chain (web APIs live on WorkerGlobalScope.prototype and friends). */
export function deleteGlobal(name: string): void {
  for (let target: object | null = globalThis; target !== null; target = Object.getPrototypeOf(target)) {
    if (Object.prototype.hasOwnProperty.call(target, name)) {
      try {
        delete (target as Record<string, unknown>)[name];
      } catch {
        // non-configurable: shadow it on the global instead
      }
      if (Object.prototype.hasOwnProperty.call(target, name)) {
        Object.defineProperty(globalThis, name, { value: undefined, writable: false, configurable: false });
      }
    }
  }
}

function toolError(kind: string, message: string): string {
  return JSON.stringify({ error: { kind, message, line: null } });
}

function heapBytesOf(py: PyodideAPI): number {
  return (py as unknown as { _module: { HEAP8: Int8Array } })._module.HEAP8.length;
}

function isKeyboardInterrupt(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { type?: unknown }).type === 'KeyboardInterrupt';
}

/** One line about an error: a Python traceback ends with `Type: message`, a JavaScript error starts with its message. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const lines = error.message.trim().split('\n');
  return (isPythonError(error) ? lines.at(-1) : lines[0]) ?? error.name;
}

/** A Python exception that reached JavaScript (Pyodide's PythonError carries the Python type name). */
function isPythonError(error: unknown): boolean {
  return error instanceof Error && typeof (error as { type?: unknown }).type === 'string';
}

/** Pyodide marks errors after which the interpreter must not be used again. */
function isFatal(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { pyodide_fatal_error?: unknown }).pyodide_fatal_error === true;
}
