/**
 * Speed figures of the Memory Lab's engine in the Node runtime (a worker thread running Pyodide,
 * the same worker core as the game), for `npm run bench`:
 *
 *   (one worker serves every cast, so the figures are the run and the recording, not a worker's
 *   start: the game has a fresh worker restored from the snapshot waiting before each cast)
 *   lab_record_ms      a 100-line program that runs for more than 2,000 lines (so the recording is
 *                      cut at 2,000 steps), cast under the Lab's recorder: wall time of the cast
 *                      (request, run, recording, answer), median of 5 after a warm-up
 *   lab_plain_ms       the same program cast with no recorder, for comparison
 *   lab_steps_ms       turning the recorded changes into 2,000 whole pictures (labStepsOf), in JS
 *
 * Target (issue 13): the run recorded and its first picture drawn within 500 ms after the run.
 * Run on its own: `npx tsx scripts/lab-bench.ts`.
 */
import { fileURLToPath } from 'node:url';
import { createNodeRuntime } from '../python-runtime/node-runtime.js';
import { MEMORY_LAB_ID, labSceneOf, labStepsOf } from '../python-runtime/lab/memory-lab.js';

/** A plain checker: the program runs once, as a spell does, and nothing is recorded. */
const PLAIN = 'bench/plain';
const PLAIN_CHECKER = `
from pyland import Verdict

def check(spell):
    spell.run(spell.namespace())
    return Verdict(True)
`;

/** About 100 lines a kid could write: classes, lists, dicts, a circle, loops that run long. */
export function hundredLines(): string {
  const lines = [
    'import gc',
    'class Box:',
    '    def __init__(self, name):',
    '        self.name = name',
    '        self.friend = None',
    'shelf = []',
    'books = {}',
  ];
  for (let i = 0; i < 30; i += 1) {
    lines.push(`box${i} = Box("box${i}")`, `shelf.append(box${i})`, `books["b${i}"] = [box${i}, ${i}]`);
  }
  lines.push(
    'box0.friend = box1',
    'box1.friend = box0',
    'del box0, box1',
    'total = 0',
    'for turn in range(1200):',
    '    total += turn',
    'shelf.clear()',
    'gc.collect()',
  );
  return `${lines.join('\n')}\n`;
}

export interface LabFigures {
  lab_record_ms: number;
  lab_plain_ms: number;
  lab_steps_ms: number;
  lab_steps: number;
  lab_lines: number;
  lab_most_objects: number;
}

export async function measureLab(): Promise<LabFigures> {
  const runtime = createNodeRuntime({ makeSnapshot: false, reuseWorker: true, checkers: { [PLAIN]: PLAIN_CHECKER } });
  const source = hundredLines();
  try {
    await runtime.ready;
    const record: number[] = [];
    const plain: number[] = [];
    const whole: number[] = [];
    let steps = 0;
    let most = 0;
    for (let i = 0; i < 6; i += 1) {
      let started = performance.now();
      const result = await runtime.cast({ level: MEMORY_LAB_ID, source, timeLimitMs: 20_000 });
      const recorded = performance.now() - started;
      const scene = labSceneOf(result);
      if (!result.passed || scene === null)
        throw new Error(`the Lab did not record the program: ${JSON.stringify(result.error ?? result.messages)}`);
      started = performance.now();
      const pictures = labStepsOf(scene);
      const wholeMs = performance.now() - started;
      steps = pictures.length;
      most = Math.max(...pictures.map((picture) => Object.keys(picture.objects).length));
      started = performance.now();
      const control = await runtime.cast({ level: PLAIN, source, timeLimitMs: 20_000 });
      const plainMs = performance.now() - started;
      if (!control.passed) throw new Error('the plain run failed');
      // the first round warms the workers up
      if (i > 0) {
        record.push(recorded);
        plain.push(plainMs);
        whole.push(wholeMs);
      }
    }
    return {
      lab_record_ms: Math.round(median(record)),
      lab_plain_ms: Math.round(median(plain)),
      lab_steps_ms: Math.round(median(whole) * 10) / 10,
      lab_steps: steps,
      lab_lines: source.split('\n').length - 1,
      lab_most_objects: most,
    };
  } finally {
    runtime.dispose();
  }
}

/** Table rows for bench.ts: [measure, figure, target]. */
export function labRows(figures: LabFigures): [string, string, string][] {
  return [
    [
      `Lab: record a ${figures.lab_lines}-line program (${figures.lab_steps} steps, up to ${figures.lab_most_objects} objects)`,
      `${figures.lab_record_ms} ms`,
      '<= 500 ms',
    ],
    ['Lab: the same program cast plainly', `${figures.lab_plain_ms} ms`, '(for comparison)'],
    ['Lab: the recorded changes made whole pictures', `${figures.lab_steps_ms} ms`, '(part of the 500 ms)'],
  ];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const figures = await measureLab();
  for (const [name, value, target] of labRows(figures)) console.log(`${name.padEnd(70)}  ${value.padStart(10)}  ${target}`);
  console.log(JSON.stringify(figures));
}
