/**
 * The spell command line, for level authors, teachers and scripts:
 *
 *   npm run --silent spell -- levels [--lang <language>]
 *       prints a JSON array of {id, chapter, title}
 *   npm run --silent spell -- check <level-id> <spell.py> [--time-limit-ms <ms>] [--lang <language>]
 *       runs the spell through the level's checker in the same runtime the tests use and prints
 *       the CastResult as JSON, each message's `text` in the language (English without --lang)
 *   npm run --silent spell -- lab <program.py> [--steps] [--time-limit-ms <ms>]
 *       runs a program through the Memory Lab (python-runtime/lab/memory-lab.ts) and prints
 *       {output, error, interrupted, cut, steps}: every step with --steps, else the final picture
 *   npm run --silent spell -- step <spell.py> --call <function> [--args <json array>]
 *   npm run --silent spell -- race <spell.py> --threads <f>,<g> --invariant "<expr>" [--mode anywhere|gil] [--bound <n>]
 *       the spell stepper (see stepper-commands.ts): exit 1 when a race's invariant does not hold
 *
 * stdout carries the JSON and nothing else. Exit codes: 0 passed (or `levels`; for `lab`: the
 * program ran to its end), 1 not passed (`lab`: it raised or was stopped), 2 could not check
 * (bad usage, unknown level, unreadable file, Python did not start).
 */
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FALLBACK_LANGUAGE, LANGUAGE_IDS, isLanguageId } from '../../game/model/language-choice.js';
import { translatorFor, type Translator } from '../../game/messages/translator.js';
import { LEVELS, levelById } from '../levels/index.js';
import { createNodeRuntime } from '../node-runtime.js';
import type { CastRequest } from '../../contracts/cast-protocol.js';
import { MEMORY_LAB_ID, labRunOf } from '../lab/memory-lab.js';
import type { StepperRuntime } from '../runtime-client.js';
import type { SpellRuntime } from '../spell-runtime.js';
import { withTexts } from '../verdict-texts.js';
import { STEPPER_USAGE, StepperCommandError, parseRace, parseStep, runStepperCommand, type StepperCommand } from './stepper-commands.js';

const USAGE = `usage:
  spell levels [--lang <language>]
  spell check <level-id> <spell.py> [--time-limit-ms <ms>] [--without-policy] [--lang <language>]
  spell lab <program.py> [--steps] [--time-limit-ms <ms>]
${STEPPER_USAGE}`;

/** A reason the command cannot do its job: printed on stderr, exit code 2. */
class UsageError extends Error {}

/** What one run of the command printed on stdout and stderr, and its exit code. */
export interface SpellCommandRun {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface SpellCommandOptions {
  /**
   * A started runtime to cast on instead of one of the command's own (the tests: one runtime
   * for a whole file, in the same Node sandbox a user's run starts). The command does not dispose
   * it. Without it the command starts a runtime of its own and stops it, as a user's run does.
   */
  runtime?: SpellRuntime & StepperRuntime;
}

/** Where a command writes: the script passes both on to process.stdout and process.stderr. */
interface Output {
  stdout: string;
  stderr: string;
}

function listLevels(out: Output, words: Translator): void {
  const levels = LEVELS.map((level) => ({
    id: level.id,
    chapter: level.chapter,
    title: words.t(`levels.${level.id}.title`),
  }));
  out.stdout += `${JSON.stringify(levels, null, 2)}\n`;
}

function parseTimeLimit(value: string | undefined): number {
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms <= 0) throw new UsageError('--time-limit-ms needs a whole number of milliseconds above 0');
  return ms;
}

function readProgram(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the ${what} file ${file}: ${(error as Error).message}`);
  }
}

/** `lab <program.py> [--steps] [--time-limit-ms <ms>]`: the cast of the Lab, and whether every step is printed. */
function parseLab(args: string[]): { request: CastRequest; allSteps: boolean } {
  const positional: string[] = [];
  let timeLimitMs: number | undefined;
  let allSteps = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--steps') allSteps = true;
    else if (arg === '--time-limit-ms') timeLimitMs = parseTimeLimit(args[++i]);
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else positional.push(arg);
  }
  if (positional.length !== 1) throw new UsageError('lab needs one program file');
  const source = readProgram(positional[0]!, 'program');
  return { request: { level: MEMORY_LAB_ID, source, ...(timeLimitMs === undefined ? {} : { timeLimitMs }) }, allSteps };
}

async function lab(args: string[], out: Output, shared: SpellCommandOptions['runtime']): Promise<number> {
  const { request, allSteps } = parseLab(args);
  // the Lab's checker is read with the levels' (no snapshot: one cast and done)
  const runtime = shared ?? createNodeRuntime({ makeSnapshot: false, reuseWorker: true });
  try {
    try {
      await runtime.ready;
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const result = await runtime.cast(request);
    if (result.messages.some((message) => message.key === 'common.checker-broken')) {
      throw new UsageError(`the Memory Lab could not run: ${JSON.stringify(result.messages)}`);
    }
    out.stdout += `${JSON.stringify(labRunOf(result, allSteps), null, 2)}\n`;
    return result.passed ? 0 : 1;
  } finally {
    if (shared === undefined) runtime.dispose();
  }
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
      timeLimitMs = parseTimeLimit(args[++i]);
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
  const source = readProgram(file, 'spell');
  return { level, source, ...(timeLimitMs === undefined ? {} : { timeLimitMs }), ...(withoutPolicy ? { withoutPolicy } : {}) };
}

async function check(request: CastRequest, words: Translator, out: Output, shared: SpellCommandOptions['runtime']): Promise<number> {
  // one cast and done: a snapshot for respawns would only slow the start down
  // one spell, then the process ends: no worker to keep fresh for a next cast
  const runtime = shared ?? createNodeRuntime({ makeSnapshot: false, reuseWorker: true });
  try {
    try {
      await runtime.ready;
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    // the runtime sends keys only: the command line says them in its language
    const result = withTexts(await runtime.cast(request), words);
    out.stdout += `${JSON.stringify(result, null, 2)}\n`;
    return result.passed ? 0 : 1;
  } finally {
    // the worker thread would keep the process alive (a shared runtime is its owner's to stop)
    if (shared === undefined) runtime.dispose();
  }
}

async function stepper(command: StepperCommand, out: Output, shared: SpellCommandOptions['runtime']): Promise<number> {
  // no level checkers and no snapshot: one tool call and done
  const runtime = shared ?? createNodeRuntime({ makeSnapshot: false, reuseWorker: true, withoutLevels: true });
  try {
    try {
      await runtime.ready;
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const { json, code, note } = await runStepperCommand(runtime, command);
    out.stdout += `${JSON.stringify(json, null, 2)}\n`;
    if (note !== undefined) out.stderr += `spell: ${note}\n`;
    return code;
  } finally {
    if (shared === undefined) runtime.dispose();
  }
}

/** `--lang <language>` taken out of the arguments (levels and check), English without it. */
function takeLanguage(args: string[]): { words: Translator; rest: string[] } {
  const at = args.indexOf('--lang');
  if (at === -1) return { words: translatorFor(FALLBACK_LANGUAGE), rest: args };
  const language = args[at + 1];
  if (!isLanguageId(language)) {
    throw new UsageError(`--lang needs one of the school's languages: ${LANGUAGE_IDS.join(', ')}${language ? ` (not "${language}")` : ''}`);
  }
  return { words: translatorFor(language), rest: [...args.slice(0, at), ...args.slice(at + 2)] };
}

async function main(args: string[], out: Output, shared: SpellCommandOptions['runtime']): Promise<number> {
  const [command, ...given] = args;
  if (command === 'levels' || command === 'check') {
    const { words, rest } = takeLanguage(given);
    if (command === 'check') return check(parseCheck(rest), words, out, shared);
    if (rest.length === 0) {
      listLevels(out, words);
      return 0;
    }
  }
  const rest = given;
  const usage = (message: string): UsageError => new UsageError(message);
  if (command === 'lab') return lab(rest, out, shared);
  if (command === 'step') return stepper(parseStep(rest, usage), out, shared);
  if (command === 'race') return stepper(parseRace(rest, usage), out, shared);
  if (command === '--help' || command === '-h' || command === 'help') {
    out.stdout += `${USAGE}\n`;
    return 0;
  }
  throw new UsageError(command === undefined ? 'no command given' : `unknown command "${args.join(' ')}"`);
}

/**
 * The command line itself, without the process around it: what `spell <args>` prints and the
 * exit code it ends with. The script below is this and nothing more; the tests call it in-process.
 */
export async function runSpellCommand(args: string[], options: SpellCommandOptions = {}): Promise<SpellCommandRun> {
  const out: Output = { stdout: '', stderr: '' };
  try {
    const exitCode = await main(args, out, options.runtime);
    return { ...out, exitCode };
  } catch (error) {
    if (error instanceof UsageError) {
      out.stderr += `spell: ${error.message}\n${USAGE}\n`;
    } else if (error instanceof StepperCommandError) {
      out.stderr += `spell: ${error.message}\n`;
    } else {
      out.stderr += `spell: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`;
    }
    return { ...out, exitCode: 2 };
  }
}

/** Run as a script (tsx python-runtime/cli/spell.ts), not imported by a test. */
function isTheScript(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isTheScript()) {
  void runSpellCommand(process.argv.slice(2)).then(({ stdout, stderr, exitCode }) => {
    process.stdout.write(stdout);
    process.stderr.write(stderr);
    process.exitCode = exitCode;
  });
}
