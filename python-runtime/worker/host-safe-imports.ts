/**
 * The second of three layers that keep a spell off the host (the first: pyland_host.py in the
 * harness; the third: Node's permission model around the Node runtime, node-sandbox.ts).
 *
 * CPython reaches the world outside WebAssembly only through the functions Emscripten hands the
 * module when it is instantiated (its imports). Under Node a few of them go far: `system()`
 * calls `require("node:child_process").spawnSync(command, {shell: true})`, a socket is a
 * WebSocket through the `ws` package, and loading a script reads a file and evals it. Those are
 * replaced here, before the module is instantiated and so before any Python runs, by versions
 * that fail the way C expects (a negative errno, -1), in the browser worker and the Node one alike.
 *
 * Other imports mention sockets too (poll, fcntl, shutdown on a socket's file descriptor) but act
 * only on a socket, and with `__syscall_socket` failing no socket can exist: they are listed in
 * SOCKET_ONLY_IMPORTS. Pyodide's API set-up is START_ONLY_IMPORTS. The unit test fails on any
 * other import whose source names a host door.
 */
import type { loadPyodide as LoadPyodide } from 'pyodide';

type PyodideConfig = NonNullable<Parameters<typeof LoadPyodide>[0]>;
export type CreatePyodideModule = NonNullable<PyodideConfig['createPyodideModule']>;
type EmscriptenSettings = Parameters<CreatePyodideModule>[0];
type WasmImports = Record<string, Record<string, unknown>>;
type InstantiateWasm = (imports: WasmImports, done: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void) => unknown;

/** Emscripten's errno for "operation not permitted" (its numbers follow WASI, not Linux). */
const EPERM = 63;

/** Import name -> the failing version that replaces it. */
export const CLOSED_IMPORTS: Readonly<Record<string, (...args: number[]) => number | undefined>> = {
  // int system(const char *command): -1 is "no shell could be started"
  _emscripten_system: () => -1,
  __syscall_socket: () => -EPERM,
  __syscall_socketpair: () => -EPERM,
  // reads a file or URL and evals it: never needed by CPython itself
  emscripten_async_load_script: () => undefined,
  // callbacks for socket events: with no socket there is nothing to call back
  setNetworkCallback: () => undefined,
  // emscripten_run_script*(const char *js) evals a C string as JavaScript
  emscripten_run_script: () => undefined,
  emscripten_run_script_int: () => 0,
  emscripten_run_script_string: () => 0,
};

/** Imports that name SOCKFS but act only on a socket's file descriptor (see the header). */
export const SOCKET_ONLY_IMPORTS: readonly string[] = [
  '_maybe_connect_async',
  '_maybe_poll_async',
  '_maybe_recvfrom_async',
  '_maybe_sendto_async',
  '_try_fcntl64',
  '_try_shutdown',
];

/**
 * Pyodide's own JavaScript API, which CPython's start-up calls once, before the first line of
 * Python: its source holds Pyodide's copy of the loader's Node module loading (child_process
 * among them), for the loader's use, not a function C can reach with a command. It cannot be
 * replaced without replacing Pyodide; under Node the sandbox process refuses child processes in
 * any case (layer 3).
 */
export const START_ONLY_IMPORTS: readonly string[] = ['pyodide_js_init'];

/** Words in an import's source that lead to the host: processes, Node's modules, files, sockets, eval. */
export const HOST_DOOR_PATTERN = /child_process|spawnSync|execSync|execFile|require\s*\(|NODEFS|SOCKFS|\bws\b|\beval\s*\(|import\s*\(/;

/**
 * The namespaces that hold functions. Only these are read: `GOT.mem` and `GOT.func` are proxies
 * that create a global-offset-table entry for every name asked of them, which the dynamic
 * linker then has to resolve.
 */
const FUNCTION_NAMESPACES = ['env', 'wasi_snapshot_preview1'];

function functionNamespaces(imports: WasmImports): Record<string, unknown>[] {
  return FUNCTION_NAMESPACES.flatMap((name) => (imports[name] === undefined ? [] : [imports[name]]));
}

/** Replace the closed imports in the function namespaces (`env` and `wasi_snapshot_preview1` share one object). */
export function closeHostImports(imports: WasmImports): void {
  for (const namespace of functionNamespaces(imports)) {
    for (const [name, replacement] of Object.entries(CLOSED_IMPORTS)) {
      if (typeof namespace[name] === 'function') {
        // Emscripten reads `.sig` on some imports when it builds its tables
        const sig = (namespace[name] as { sig?: unknown }).sig;
        const closed = Object.assign((...args: number[]) => replacement(...args), sig === undefined ? {} : { sig });
        namespace[name] = closed;
      }
    }
  }
}

/** Names of imports whose own source still names a host door (what the unit test expects empty). */
export function hostDoorsIn(imports: WasmImports): string[] {
  const found = new Set<string>();
  for (const namespace of functionNamespaces(imports)) {
    for (const [name, value] of Object.entries(namespace)) {
      if (typeof value !== 'function' || SOCKET_ONLY_IMPORTS.includes(name) || START_ONLY_IMPORTS.includes(name)) continue;
      if (HOST_DOOR_PATTERN.test(Function.prototype.toString.call(value))) found.add(name);
    }
  }
  return [...found].sort();
}

/**
 * Wrap Pyodide's module factory (the default export of pyodide.asm.mjs) so that the imports are
 * closed at instantiation, before the module's first instruction. `onImports` sees the final
 * imports (the unit test checks them).
 */
export function withHostImportsClosed(create: CreatePyodideModule, onImports?: (imports: WasmImports) => void): CreatePyodideModule {
  return (settings: EmscriptenSettings) => {
    const instantiate = (settings as unknown as { instantiateWasm?: InstantiateWasm }).instantiateWasm;
    if (instantiate === undefined) {
      // Pyodide always instantiates through this hook; without it the imports could not be closed
      throw new Error('Pyodide did not pass instantiateWasm: the host imports cannot be closed, so Python is not started');
    }
    const closing: InstantiateWasm = (imports, done) => {
      closeHostImports(imports);
      onImports?.(imports);
      return instantiate(imports, done);
    };
    // in place, not a copy: Emscripten uses this very object as its Module, and Pyodide reads it back
    (settings as unknown as { instantiateWasm: InstantiateWasm }).instantiateWasm = closing;
    return create(settings);
  };
}
