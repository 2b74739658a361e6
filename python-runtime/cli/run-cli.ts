/**
 * The spell command line as a user runs it, for the tests: a separate process through tsx,
 * started from another folder (as a script or a teacher might), with its stdout and stderr;
 * and the same command in the test's own process (useInProcessCli), for the many runs after it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { createNodeRuntime, type NodeRuntimeOptions } from '../node-runtime.js';
import type { MeasuredSpellRuntime } from '../runtime-client.js';
import { runSpellCommand } from './spell.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const CLI = join(ROOT, 'python-runtime/cli/spell.ts');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface CliOptions {
  /** The working folder (default: the system's temporary folder). */
  cwd?: string;
  /** Environment variables added to this process's own. */
  env?: Record<string, string>;
}

export function runCli(args: string[], options: CliOptions = {}): Promise<CliRun> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [CLI, ...args], {
      cwd: options.cwd ?? tmpdir(),
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: performance.now() - started }));
  });
}

/** A spell file of its own folder; `prefix` names the folder. */
export function spellFile(source: string, prefix = 'pyland-spell-'): string {
  const path = join(mkdtempSync(join(tmpdir(), prefix)), 'spell.py');
  writeFileSync(path, source);
  return path;
}

/**
 * The command line in this process, for the tests beyond one real run per command: the same
 * `runSpellCommand` the script is, on one runtime started for the whole test file (in the same
 * Node sandbox a user's run starts) instead of a process and a cold Python for every run.
 * Call it at the top of a test file or a describe block; the answer has the shape of runCli's.
 */
export function useInProcessCli(runtimeOptions: NodeRuntimeOptions): (args: string[]) => Promise<CliRun> {
  let runtime: MeasuredSpellRuntime | undefined;
  beforeAll(async () => {
    runtime = createNodeRuntime(runtimeOptions);
    await runtime.ready;
  }, 120_000);
  afterAll(() => runtime?.dispose());
  return async (args) => {
    const started = performance.now();
    const run = await runSpellCommand(args, { runtime: runtime! });
    return { code: run.exitCode, stdout: run.stdout, stderr: run.stderr, ms: performance.now() - started };
  };
}
