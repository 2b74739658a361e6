/**
 * The third layer: the process a spell worker runs in under Node. A probe script is started with
 * the very flags the runtime uses and tries everything a spell that reached JavaScript might;
 * the real sandbox process of a runtime is then checked for those flags and that environment.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pyodideDirectory } from './node-runtime.js';
import { permissionFlag, sandboxBundleDir, sandboxExecArgv, sandboxReadPaths, spawnSandboxWorker } from './node-sandbox.js';

const PROBE = `
import fs from 'node:fs';
const outcome = {};
const attempt = async (name, action) => {
  try { await action(); outcome[name] = 'allowed'; } catch (error) { outcome[name] = error.code ?? error.message; }
};
await attempt('read-allowed', () => fs.readFileSync(process.env.ALLOWED_FILE ?? new URL(import.meta.url)));
await attempt('read-outside', () => fs.readFileSync(process.argv[2]));
await attempt('write', () => fs.writeFileSync(process.argv[3], 'reached'));
await attempt('child-process', async () => (await import('node:child_process')).execFileSync('/bin/sh', ['-c', 'touch ' + process.argv[4]]));
await attempt('native-addon', () => process.dlopen({ exports: {} }, '/usr/lib/x86_64-linux-gnu/libc.so.6'));
outcome.environment = Object.keys(process.env);
process.send(outcome);
`;

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function folder(): string {
  const made = mkdtempSync(join(tmpdir(), 'pyland-sandbox-'));
  folders.push(made);
  return made;
}

describe('the permission flag', () => {
  it('is --permission where Node knows it (22.13+, 24) and --experimental-permission before (20)', () => {
    expect(permissionFlag(new Set(['--permission', '--experimental-permission']))).toBe('--permission');
    expect(permissionFlag(new Set(['--experimental-permission']))).toBe('--experimental-permission');
    expect(process.allowedNodeEnvironmentFlags.has(permissionFlag())).toBe(true);
  });

  it('allows reading each folder with a flag of its own (Node 22+ refuses a comma-separated list), and worker threads', () => {
    expect(sandboxExecArgv(['/a/', '/b/'], '--permission')).toEqual([
      '--permission',
      '--allow-fs-read=/a/',
      '--allow-fs-read=/b/',
      '--allow-worker',
      '--disable-warning=ExperimentalWarning',
      '--disable-warning=SecurityWarning',
    ]);
  });

  it('reads Pyodide, the ws package its loader imports, and the bundle: nothing of the project itself', () => {
    const paths = sandboxReadPaths(pyodideDirectory(), sandboxBundleDir());
    expect(paths).toHaveLength(3);
    expect(paths[0]).toMatch(/node_modules\/pyodide\/$/);
    expect(paths[1]).toMatch(/node_modules\/ws\/$/);
    expect(paths[2]).toMatch(/node_modules\/\.cache\/pyland-sandbox\/[0-9a-f]{16}\/$/);
  });
});

describe('a process started with the sandbox flags', () => {
  it('reads only where it may, and cannot write, start a program or load native code', async () => {
    const probeFolder = folder();
    const elsewhere = folder();
    const secret = join(elsewhere, 'secret.txt');
    writeFileSync(secret, 'secret');
    const written = join(elsewhere, 'written.txt');
    const touched = join(elsewhere, 'touched.txt');
    const probe = join(probeFolder, 'probe.mjs');
    writeFileSync(probe, PROBE);
    const outcome = await new Promise<Record<string, unknown>>((resolve, reject) => {
      const child = fork(probe, [secret, written, touched], {
        execArgv: sandboxExecArgv([`${probeFolder}/`]),
        env: {},
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      });
      child.on('message', (message) => resolve(message as Record<string, unknown>));
      child.on('error', reject);
      child.on('exit', (code) => reject(new Error(`probe exited with ${code} before it answered`)));
    });
    expect(outcome).toMatchObject({
      'read-allowed': 'allowed',
      'read-outside': 'ERR_ACCESS_DENIED',
      write: 'ERR_ACCESS_DENIED',
      'child-process': 'ERR_ACCESS_DENIED',
      'native-addon': expect.stringMatching(/ERR_ACCESS_DENIED|ERR_DLOPEN_DISABLED/),
    });
    expect(outcome.environment).toEqual([]);
    expect(() => readFileSync(written)).toThrow();
    expect(() => readFileSync(touched)).toThrow();
  });
});

describe("the runtime's sandbox process", () => {
  it('starts with the permission model, reads of Pyodide and the bundle only, and no environment', async () => {
    const worker = spawnSandboxWorker({ message: () => {}, answer: () => {}, died: () => {} }, pyodideDirectory());
    try {
      const args = worker.process.spawnargs;
      expect(args).toContain(permissionFlag());
      expect(args.filter((arg) => arg.startsWith('--allow-'))).toEqual([
        ...sandboxReadPaths(pyodideDirectory(), sandboxBundleDir()).map((path) => `--allow-fs-read=${path}`),
        '--allow-worker',
      ]);
      expect(args.some((arg) => arg.startsWith('--allow-child-process') || arg.startsWith('--allow-fs-write'))).toBe(false);
      // only what Node itself adds for the IPC channel
      const environ = readFileSync(`/proc/${worker.process.pid}/environ`, 'utf8').split('\0').filter(Boolean);
      expect(environ.map((entry) => entry.split('=')[0]).sort()).toEqual(['NODE_CHANNEL_FD', 'NODE_CHANNEL_SERIALIZATION_MODE']);
    } finally {
      worker.terminate();
    }
  });
});
