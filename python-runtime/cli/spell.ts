/**
 * The spell command line, for level authors, teachers and scripts:
 *
 *   npm run --silent spell -- levels
 *       prints a JSON array of {id, chapter, title}
 *   npm run --silent spell -- check <level-id> <spell.py> [--time-limit-ms <ms>]
 *       runs the spell through the level's checker in the same runtime the tests use and prints
 *       the CastResult as JSON
 *   npm run --silent spell -- step <spell.py> --call <function> [--args <json array>]
 *   npm run --silent spell -- race <spell.py> --threads <f>,<g> --invariant "<expr>" [--mode anywhere|gil] [--bound <n>]
 *       the spell stepper (see stepper-commands.ts): exit 1 when a race's invariant does not hold
 *
 * stdout carries the JSON and nothing else. Exit codes: 0 passed (or `levels`), 1 not passed,
 * 2 could not check (bad usage, unknown level, unreadable file, Python did not start).
 */
import { readFileSync } from 'node:fs';
import { formatMessage } from '../../game/messages/format.js';
import { LEVELS, levelById } from '../levels/index.js';
import { createNodeRuntime } from '../node-runtime.js';
import type { CastRequest } from '../protocol.js';
import { STEPPER_USAGE, StepperCommandError, parseRace, parseStep, runStepperCommand, type StepperCommand } from './stepper-commands.js';

const USAGE = `usage:
  spell levels
  spell check <level-id> <spell.py> [--time-limit-ms <ms>] [--without-policy]
${STEPPER_USAGE}`;

/** A reason the command cannot do its job: printed on stderr, exit code 2. */
class UsageError extends Error {}

function listLevels(): void {
  const levels = LEVELS.map((level) => ({
    id: level.id,
    chapter: level.chapter,
    title: formatMessage(`levels.${level.id}.title`),
  }));
  process.stdout.write(`${JSON.stringify(levels, null, 2)}\n`);
}

function parseCheck(args: string[]): CastRequest {
  const positional: string[] = [];
  let timeLimitMs: number | undefined;
  let withoutPolicy = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--without-policy') {
      // the tests of the host guard and the sandbox, the layers under the spell policy
      withoutPolicy = true;
    } else if (arg === '--time-limit-ms') {
      const value = Number(args[++i]);
      if (!Number.isInteger(value) || value <= 0) throw new UsageError('--time-limit-ms needs a whole number of milliseconds above 0');
      timeLimitMs = value;
    } else if (arg.startsWith('--')) {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      positional.push(arg);
    }
  }
  if (positional.length !== 2) throw new UsageError('check needs a level id and a spell file');
  const [level, file] = positional as [string, string];
  if (levelById(level) === undefined) {
    throw new UsageError(`unknown level "${level}"; known levels: ${LEVELS.map((entry) => entry.id).join(', ')}`);
  }
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the spell file ${file}: ${(error as Error).message}`);
  }
  return { level, source, ...(timeLimitMs === undefined ? {} : { timeLimitMs }), ...(withoutPolicy ? { withoutPolicy } : {}) };
}

async function check(request: CastRequest): Promise<number> {
  // one cast and done: a snapshot for respawns would only slow the start down
  // one spell, then the process ends: no worker to keep fresh for a next cast
  const runtime = createNodeRuntime({ makeSnapshot: false, reuseWorker: true });
  try {
    try {
      await runtime.ready;
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const result = await runtime.cast(request);
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return result.passed ? 0 : 1;
  } finally {
    // the worker thread would keep the process alive
    runtime.dispose();
  }
}

async function stepper(command: StepperCommand): Promise<number> {
  // no level checkers and no snapshot: one tool call and done
  const runtime = createNodeRuntime({ makeSnapshot: false, reuseWorker: true, withoutLevels: true });
  try {
    try {
      await runtime.ready;
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const { json, code, note } = await runStepperCommand(runtime, command);
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    if (note !== undefined) process.stderr.write(`spell: ${note}\n`);
    return code;
  } finally {
    runtime.dispose();
  }
}

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command === 'levels' && rest.length === 0) {
    listLevels();
    return 0;
  }
  if (command === 'check') return check(parseCheck(rest));
  if (command === 'step') return stepper(parseStep(rest, (message) => new UsageError(message)));
  if (command === 'race') return stepper(parseRace(rest, (message) => new UsageError(message)));
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  throw new UsageError(command === undefined ? 'no command given' : `unknown command "${args.join(' ')}"`);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`spell: ${error.message}\n${USAGE}\n`);
    } else if (error instanceof StepperCommandError) {
      process.stderr.write(`spell: ${error.message}\n`);
    } else {
      process.stderr.write(`spell: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    process.exitCode = 2;
  },
);
