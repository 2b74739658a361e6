import { afterEach, describe, expect, it, vi } from 'vitest';
import { withCompiledWasm } from './compiled-wasm.js';

// the smallest module that exports something: (func (export "answer") (result i32) i32.const 42)
const ANSWER = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f, 0x03, 0x02, 0x01, 0x00, 0x07, 0x0a, 0x01, 0x06,
  0x61, 0x6e, 0x73, 0x77, 0x65, 0x72, 0x00, 0x00, 0x0a, 0x06, 0x01, 0x04, 0x00, 0x41, 0x2a, 0x0b,
]);
const INDEX = 'http://127.0.0.1:4317/pyodide/';

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

describe('Pyodide’s WebAssembly compiled once by the page', () => {
  it('is instantiated for pyodide.asm.wasm without fetching it; every other request goes out as before; all put back after', async () => {
    const network = vi.fn(async (input: RequestInfo | URL) => new Response(`asked for ${String(input)}`));
    globalThis.fetch = network as typeof fetch;
    const streaming = WebAssembly.instantiateStreaming;
    const module = await WebAssembly.compile(ANSWER);

    const seen = await withCompiledWasm(module, INDEX, async () => {
      // as Pyodide does it in a browser worker
      const started = await WebAssembly.instantiateStreaming(fetch(new URL('pyodide.asm.wasm', INDEX)), {});
      const stdlib = await (await fetch(`${INDEX}python_stdlib.zip`)).text();
      return { answer: (started.instance.exports['answer'] as () => number)(), sameModule: started.module === module, stdlib };
    });

    expect(seen).toEqual({ answer: 42, sameModule: true, stdlib: `asked for ${INDEX}python_stdlib.zip` });
    expect(network.mock.calls.map(([input]) => String(input))).toEqual([`${INDEX}python_stdlib.zip`]);
    expect(globalThis.fetch).toBe(network);
    expect(WebAssembly.instantiateStreaming).toBe(streaming);
  });

  it('changes nothing without a module: the worker fetches and compiles its own', async () => {
    const network = vi.fn(async () => new Response(ANSWER, { headers: { 'Content-Type': 'application/wasm' } }));
    globalThis.fetch = network as typeof fetch;
    const answer = await withCompiledWasm(undefined, INDEX, async () => {
      const started = await WebAssembly.instantiateStreaming(fetch(new URL('pyodide.asm.wasm', INDEX)), {});
      return (started.instance.exports['answer'] as () => number)();
    });
    expect(answer).toBe(42);
    expect(network).toHaveBeenCalledTimes(1);
  });

  it('puts fetch back when Pyodide fails to start', async () => {
    const network = vi.fn(realFetch);
    globalThis.fetch = network as typeof fetch;
    await expect(withCompiledWasm(await WebAssembly.compile(ANSWER), INDEX, () => Promise.reject(new Error('no Python')))).rejects.toThrow(
      'no Python',
    );
    expect(globalThis.fetch).toBe(network);
  });
});
