import type { Say } from '../../messages/translator.js';
import type { KnightsSceneData, KnightStep } from '../../../contracts/cast-protocol.js';

/** The words of the knights stage: its rune panel, and one sentence per thing it shows for screen readers. */

/** What the rune panel says for one step: `Arthur: LOAD_GLOBAL count (line 5)`. */
export function stepText(data: KnightsSceneData, step: KnightStep, format: Say): string {
  const knight = data.knights[step.thread]?.name ?? `#${step.thread}`;
  const rune = `${step.op} ${step.arg}`.trim();
  const key = step.waits
    ? 'level.knights-step-waits'
    : step.read
      ? 'level.knights-step-read'
      : step.write
        ? 'level.knights-step-write'
        : 'level.knights-step';
  return format(key, { knight, rune, line: step.line ?? '?', counter: data.counter ?? '', value: step.counter });
}

/** What the rune panel says when the run is over: the lost update, or where the counter ended. */
export function finalText(data: KnightsSceneData, format: Say): string {
  const lost = data.lost[0];
  if (lost) {
    const reader = data.knights[data.steps[lost[2]]?.thread ?? -1]?.name ?? '?';
    const writer = data.knights[data.steps[lost[1]]?.thread ?? -1]?.name ?? '?';
    return format('level.knights-final-lost', { reader, writer });
  }
  if (data.counter !== null && data.final !== null) return format('level.knights-final', { counter: data.counter, final: data.final });
  return format('level.knights-final-turns', { turns: data.turns });
}

/** One sentence per thing the stage shows, for screen readers. */
export function describeKnights(data: KnightsSceneData, format: Say): string[] {
  const sentences = [format(`level.knights-mode-${data.mode}`)];
  const ran = data.knights.map((k) => format('level.knights-ran', { knight: k.name, steps: k.steps })).join(', ');
  sentences.push(format('level.knights-turns', { ran, turns: data.turns }));
  if (data.steps.length < data.stepsTotal) {
    sentences.push(
      format('level.knights-window', { from: data.firstShown + 1, to: data.firstShown + data.steps.length, total: data.stepsTotal }),
    );
  }
  if (data.counter !== null) {
    const params = { counter: data.counter, start: data.start ?? '?', final: data.final ?? '?', expected: data.expected ?? '?' };
    sentences.push(
      format(data.expected !== null && data.expected !== data.final ? 'level.knights-counter-wrong' : 'level.knights-counter', params),
    );
  }
  for (const [read, written, over] of data.lost) {
    const overStep = data.steps[over];
    const writtenStep = data.steps[written];
    if (!overStep || !writtenStep) continue;
    sentences.push(
      format('level.knights-lost', {
        reader: data.knights[overStep.thread]?.name ?? '?',
        writer: data.knights[writtenStep.thread]?.name ?? '?',
        read: read === null ? '?' : data.firstShown + read + 1,
        written: data.firstShown + written + 1,
        over: data.firstShown + over + 1,
        counter: data.counter ?? '',
        value: overStep.counter,
      }),
    );
  }
  return sentences;
}
