/**
 * Pyodide's WebAssembly, compiled once by the page and handed to every worker it starts (the
 * browser build: a fresh worker for every cast, and a standby after each one). Without it each
 * worker fetches the 9.6 MB pyodide.asm.wasm again and compiles it: measured in Chromium 156
 * here, 370-430 ms of each start, most of it the fetch. Pyodide has no option for a compiled
 * module, so while it starts (and only then) the worker's fetch answers that one URL with an
 * empty response, and WebAssembly.instantiateStreaming of that response instantiates the module
 * it was given instead; every other request, and every other instantiation, goes on as before.
 * Both are put back as soon as Pyodide is up (before the worker's lock-down removes fetch).
 */

/** Runs `start` with the page's compiled module standing in for pyodide.asm.wasm under `indexURL`. */
export async function withCompiledWasm<T>(module: WebAssembly.Module | undefined, indexURL: string, start: () => Promise<T>): Promise<T> {
  if (module === undefined || typeof fetch !== 'function' || typeof Response !== 'function') return start();
  const wasmURL = new URL('pyodide.asm.wasm', indexURL).href;
  const realFetch = globalThis.fetch;
  const realStreaming = WebAssembly.instantiateStreaming;
  const standIns = new WeakSet<Response>();
  const standInFetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = input instanceof Request ? input.url : new URL(String(input), wasmURL).href;
    if (url !== wasmURL) return realFetch(input, init);
    const response = new Response(null, { headers: { 'Content-Type': 'application/wasm' } });
    standIns.add(response);
    return Promise.resolve(response);
  };
  const standInStreaming = async (
    source: Response | PromiseLike<Response>,
    imports?: WebAssembly.Imports,
  ): Promise<WebAssembly.WebAssemblyInstantiatedSource> => {
    const response = await source;
    if (!standIns.has(response)) return realStreaming(response, imports);
    const instance = await WebAssembly.instantiate(module, imports);
    return { instance, module };
  };
  globalThis.fetch = standInFetch as typeof fetch;
  WebAssembly.instantiateStreaming = standInStreaming;
  try {
    return await start();
  } finally {
    globalThis.fetch = realFetch;
    WebAssembly.instantiateStreaming = realStreaming;
  }
}
