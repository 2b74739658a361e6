/**
 * Speed figures of the spell stepper in the Node runtime (a worker thread running Pyodide, the
 * same worker core as the game), for `npm run bench`:
 *
 *   stepper_steps_per_s   one thread stepping a loop of about 100,000 instructions; wall time of
 *                         the whole tool call (request, compile, stepping, answer), median of 5
 *   race_explore_ms       explore every interleaving of two threads doing `count += 1` twice:
 *                         without a lock (finds the lost update) and with one (proves it gone),
 *                         wall time of each tool call, median of 3
 *
 * Targets (issue "The spell stepper"): at least 100,000 steps per second, exploration under
 * 1,000 ms, on a 2-core machine. Run on its own: `npx tsx scripts/stepper-bench.ts`.
 */
import { fileURLToPath } from 'node:url';
import { createNodeRuntime } from '../python-runtime/node-runtime.js';
import type { RaceResult, StepResult, StepperAnswer } from '../contracts/cast-protocol.js';

/** 13 instructions per turn of the loop: 7,693 turns are about 100,000 instructions. */
const LOOP = `
def loop(n):
    total = 0
    while n > 0:
        total += n
        n -= 1
    return total
`;
const LOOP_TURNS = 7693;

const RACE = `
import threading
count = 0
lock = threading.Lock()

def inc():
    global count
    for i in range(2):
        count += 1

def inc_locked():
    global count
    for i in range(2):
        with lock:
            count += 1
`;

export interface StepperFigures {
  stepper_steps_per_s: number;
  stepper_loop_steps: number;
  race_explore_ms: { unlocked: number; locked: number };
}

export async function measureStepper(): Promise<StepperFigures> {
  const runtime = createNodeRuntime({ makeSnapshot: false, reuseWorker: true, withoutLevels: true });
  try {
    await runtime.ready;
    let steps = 0;
    const loopMs: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const started = performance.now();
      const result = ok(await runtime.runTool<StepResult>('step', { source: LOOP, function: 'loop', args: [LOOP_TURNS] }));
      const ms = performance.now() - started;
      if (result.returned !== String((LOOP_TURNS * (LOOP_TURNS + 1)) / 2)) throw new Error(`the loop returned ${result.returned}`);
      steps = result.steps;
      // the first run warms the worker up
      if (i > 0) loopMs.push(ms);
    }
    const race = async (fn: string, holds: boolean): Promise<number> => {
      const times: number[] = [];
      for (let i = 0; i < 3; i += 1) {
        const started = performance.now();
        const result = ok(await runtime.runTool<RaceResult>('race', { source: RACE, threads: [fn, fn], invariant: 'count == 4' }));
        times.push(performance.now() - started);
        if (result.holds !== holds) throw new Error(`the ${fn} race should ${holds ? '' : 'not '}hold`);
      }
      return Math.round(median(times));
    };
    return {
      stepper_steps_per_s: Math.round(steps / (median(loopMs) / 1000)),
      stepper_loop_steps: steps,
      race_explore_ms: { unlocked: await race('inc', false), locked: await race('inc_locked', true) },
    };
  } finally {
    runtime.dispose();
  }
}

/** Table rows for bench.ts: [measure, figure, target]. */
export function stepperRows(figures: StepperFigures): [string, string, string][] {
  return [
    [`stepper, one thread (${figures.stepper_loop_steps} instructions)`, `${figures.stepper_steps_per_s} steps/s`, '>= 100000 steps/s'],
    ['explore the 4-increment race, no lock', `${figures.race_explore_ms.unlocked} ms`, '< 1000 ms'],
    ['explore the 4-increment race, with a lock', `${figures.race_explore_ms.locked} ms`, '< 1000 ms'],
  ];
}

function ok<Result>(answer: StepperAnswer<Result>): Result {
  if ('error' in answer) throw new Error(`the stepper failed: ${answer.error.message}`);
  return answer.ok;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const figures = await measureStepper();
  for (const [name, value, target] of stepperRows(figures)) console.log(`${name.padEnd(50)}  ${value.padStart(16)}  ${target}`);
  console.log(JSON.stringify(figures));
}
