/**
 * The second layer: before any Python runs, no import Emscripten hands the module leads to a
 * child process, Node's modules, the host's files, a socket or eval. Pyodide is loaded here in
 * this very process (no sandbox around it), so what is checked is this layer alone.
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { loadPyodide as LoadPyodide, PyodideAPI } from 'pyodide';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSED_IMPORTS, SOCKET_ONLY_IMPORTS, hostDoorsIn, withHostImportsClosed, type CreatePyodideModule } from './host-safe-imports.js';

type Imports = Record<string, Record<string, unknown>>;
type Instantiate = (imports: Imports, done: unknown) => unknown;

const PYODIDE_DIR = `${dirname(createRequire(import.meta.url).resolve('pyodide'))}/`;

let opened: string[] = [];
let closedImports: Imports | undefined;
let sourceOf: Record<string, string> = {};
let py: PyodideAPI | undefined;

beforeAll(async () => {
  const { loadPyodide } = (await import(pathToFileURL(`${PYODIDE_DIR}pyodide.mjs`).href)) as { loadPyodide: typeof LoadPyodide };
  const factory = ((await import(pathToFileURL(`${PYODIDE_DIR}pyodide.asm.mjs`).href)) as { default: CreatePyodideModule }).default;
  // between the layer and Pyodide: what the imports were before the layer closed them
  const looking: CreatePyodideModule = (settings) => {
    const holder = settings as unknown as { instantiateWasm: Instantiate };
    const closing = holder.instantiateWasm;
    holder.instantiateWasm = (imports, done) => {
      opened = hostDoorsIn(imports);
      const env = imports.env!;
      sourceOf = Object.fromEntries(SOCKET_ONLY_IMPORTS.map((name) => [name, String(env[name])]));
      return closing(imports, done);
    };
    return factory(settings);
  };
  py = await loadPyodide({
    indexURL: PYODIDE_DIR,
    stdout: () => {},
    stderr: () => {},
    createPyodideModule: withHostImportsClosed(looking, (imports) => (closedImports = imports)),
  });
}, 60_000);

afterAll(() => {
  py = undefined;
});

describe('the imports of the loaded module', () => {
  it('led to a shell and to sockets before the layer closed them (what this test guards against)', () => {
    expect(opened).toContain('_emscripten_system');
    expect(opened).toContain('__syscall_socket');
  });

  it('contain no path to child_process, Node modules, NODEFS, SOCKFS or eval once closed', () => {
    expect(closedImports).toBeDefined();
    expect(hostDoorsIn(closedImports!)).toEqual([]);
  });

  it('fail the way C expects: system() cannot start a shell, a socket cannot be made', () => {
    const env = closedImports!.env as Record<string, (...args: number[]) => number>;
    expect(env._emscripten_system!(1)).toBe(-1);
    expect(env.__syscall_socket!(2, 1, 0)).toBeLessThan(0);
    for (const name of Object.keys(CLOSED_IMPORTS)) {
      if (name in env) expect(String(env[name])).not.toMatch(/child_process|SOCKFS/);
    }
  });

  it('lets through only socket helpers that act on a socket, and each of them still exists', () => {
    for (const name of SOCKET_ONLY_IMPORTS) expect(sourceOf[name], name).toMatch(/SOCKFS/);
  });

  it('still run Python, and os.system in it cannot start a shell', () => {
    expect(py!.runPython('1 + 1')).toBe(2);
    expect(py!.runPython('import os\nos.system("true")')).not.toBe(0);
  });
});
