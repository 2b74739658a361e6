/**
 * The stepper's commands of the spell command line (wired in spell.ts):
 *
 *   spell step <spell.py> --call <function> [--args <json array>] [--time-limit-ms <ms>]
 *       steps one call of a function of the spell through its real CPython bytecode and prints
 *       {returned, exception, globals, steps} (plus message, line and output)
 *   spell race <spell.py> --threads <f>,<g>[,...] --invariant "<expression>" [--mode anywhere|gil]
 *             [--bound <n>] [--time-limit-ms <ms>]
 *       runs the functions as threads over the spell's globals, tries every interleaving (up to
 *       <n> instructions per run, default 10,000) and prints {holds, schedules, counterexample, final}
 *       (plus reason, switches, states, complete). anywhere: a switch may come between any two
 *       instructions (a free-threaded build); gil: only where CPython 3.14 checks its eval breaker
 *       (function entry, backward jumps, calls into C), after any number of instructions. When
 *       runs were cut by the bound, a note on stderr says so: `holds` then speaks for the rest only.
 *
 * Exit codes: 0 done (step) or the invariant holds (race), 1 the invariant does not hold,
 * 2 could not run (bad options, unreadable or broken spell file, an instruction the stepper does
 * not cover, stopped at the time limit).
 */
import { readFileSync } from 'node:fs';
import type { RaceResult, StepperAnswer, StepperTool, StepResult } from '../../contracts/cast-protocol.js';
import type { StepperRuntime } from '../runtime-client.js';

/** RaceResult plus how many interleavings the bound cut short (their end was not checked). */
type RaceAnswer = RaceResult & { cut_by_bound: number };

export const STEPPER_USAGE = `  spell step <spell.py> --call <function> [--args <json array>] [--time-limit-ms <ms>]
  spell race <spell.py> --threads <f>,<g>[,...] --invariant "<python expression>" [--mode anywhere|gil] [--bound <n>] [--time-limit-ms <ms>]`;

/** The spell or the stepper could not do the job (exit 2, no usage text: the options were fine). */
export class StepperCommandError extends Error {}

/** What a parsed command asks the stepper. */
export interface StepperCommand {
  tool: Extract<StepperTool, 'step' | 'race'>;
  payload: Record<string, unknown>;
  timeLimitMs?: number;
}

interface Parsed {
  positional: string[];
  options: Map<string, string>;
}

function parseOptions(args: string[], known: readonly string[], usage: (message: string) => Error): Parsed {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    if (!known.includes(arg)) throw usage(`unknown option ${arg}`);
    const value = args[i + 1];
    if (value === undefined) throw usage(`${arg} needs a value`);
    if (options.has(arg)) throw usage(`${arg} is given twice`);
    options.set(arg, value);
    i++;
  }
  return { positional, options };
}

function readSpell(positional: string[], command: string, usage: (message: string) => Error): string {
  if (positional.length !== 1) throw usage(`${command} needs exactly one spell file`);
  const file = positional[0]!;
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new StepperCommandError(`cannot read the spell file ${file}: ${(error as Error).message}`);
  }
}

function wholeNumber(value: string, option: string, usage: (message: string) => Error): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number <= 0) {
    throw usage(`${option} needs a whole number above 0`);
  }
  return number;
}

function timeLimit(options: Map<string, string>, usage: (message: string) => Error): { timeLimitMs?: number } {
  const value = options.get('--time-limit-ms');
  return value === undefined ? {} : { timeLimitMs: wholeNumber(value, '--time-limit-ms', usage) };
}

/** `step <spell.py> --call <function> [--args <json array>]` */
export function parseStep(args: string[], usage: (message: string) => Error): StepperCommand {
  const { positional, options } = parseOptions(args, ['--call', '--args', '--time-limit-ms'], usage);
  const source = readSpell(positional, 'step', usage);
  const call = options.get('--call');
  if (call === undefined || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(call)) {
    throw usage('step needs --call <function>, the name of a function the spell defines');
  }
  let callArgs: unknown = [];
  const rawArgs = options.get('--args');
  if (rawArgs !== undefined) {
    try {
      callArgs = JSON.parse(rawArgs);
    } catch {
      throw usage(`--args must be a JSON array, like '[3, "owl"]' (got ${rawArgs})`);
    }
    if (!Array.isArray(callArgs)) throw usage(`--args must be a JSON array, like '[3, "owl"]' (got ${rawArgs})`);
  }
  return { tool: 'step', payload: { source, function: call, args: callArgs }, ...timeLimit(options, usage) };
}

/** `race <spell.py> --threads <f>,<g> --invariant "<expr>" [--mode anywhere|gil] [--bound <n>]` */
export function parseRace(args: string[], usage: (message: string) => Error): StepperCommand {
  const { positional, options } = parseOptions(args, ['--threads', '--invariant', '--mode', '--bound', '--time-limit-ms'], usage);
  const source = readSpell(positional, 'race', usage);
  const threads = (options.get('--threads') ?? '').split(',').map((name) => name.trim());
  if (threads.length < 1 || threads.some((name) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))) {
    throw usage('race needs --threads <f>,<g>[,...]: names of functions the spell defines, split by commas');
  }
  const invariant = options.get('--invariant');
  if (invariant === undefined || invariant.trim() === '') {
    throw usage('race needs --invariant "<python expression over the globals>", like "count == 4"');
  }
  const mode = options.get('--mode') ?? 'anywhere';
  if (mode !== 'anywhere' && mode !== 'gil') throw usage(`--mode must be anywhere or gil (got ${mode})`);
  const bound = options.get('--bound');
  return {
    tool: 'race',
    payload: {
      source,
      threads,
      invariant,
      mode,
      ...(bound !== undefined ? { bound: wholeNumber(bound, '--bound', usage) } : {}),
    },
    ...timeLimit(options, usage),
  };
}

/** Run a parsed command on a started runtime: the JSON to print and the exit code. */
export async function runStepperCommand(
  runtime: StepperRuntime,
  command: StepperCommand,
): Promise<{ json: Record<string, unknown>; code: number; note?: string }> {
  const options = command.timeLimitMs !== undefined ? { timeLimitMs: command.timeLimitMs } : {};
  if (command.tool === 'step') {
    const answer = await runtime.runTool<StepResult>('step', command.payload, options);
    const result = okOrThrow(answer);
    const { returned, exception, globals, steps, message, line, output } = result;
    return { json: { returned, exception, globals, steps, message, line, output }, code: 0 };
  }
  const answer = await runtime.runTool<RaceAnswer>('race', command.payload, options);
  const result = okOrThrow(answer);
  const { holds, schedules, counterexample, final, reason, switches, states, complete, cut_by_bound: cut } = result;
  const json = { holds, schedules, counterexample, final, reason, switches, states, complete };
  if (holds && cut > 0) {
    const bound = typeof command.payload['bound'] === 'number' ? command.payload['bound'] : 'the bound of';
    const note = `note: ${cut} interleaving(s) were cut at ${bound} instructions and not checked; raise --bound to check them`;
    return { json, code: 0, note };
  }
  return { json, code: holds ? 0 : 1 };
}

function okOrThrow<Result>(answer: StepperAnswer<Result>): Result {
  if ('ok' in answer) return answer.ok;
  throw new StepperCommandError(answer.error.message);
}
