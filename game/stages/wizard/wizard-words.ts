import type { Say } from '../../messages/translator.js';
import type { WizardSceneData } from '../../../contracts/cast-protocol.js';
import { runeRowText } from './wizard-layout.js';
import { deepestFrames, focusStepIndex, runCounts, stackText } from './wizard-scene.js';

/** One sentence per thing the stage shows, for screen readers (the caption, see game/stages/stage-packs.ts). */
export function describeWizard(data: WizardSceneData, format: Say): string[] {
  const words: string[] = [];
  if (data.steps.length === 0) {
    words.push(format('level.wizard-nothing', { name: data.title }));
  } else {
    words.push(format('level.wizard-read', { name: data.title, count: data.totalSteps }));
    const puzzle = data.puzzle ?? null;
    const counts = runCounts(data);
    const lit = new Set(data.steps.filter((step) => step.marked).map((step) => step.rune));
    for (const rune of lit) {
      words.push(
        puzzle === 'jumps'
          ? format('level.wizard-rune-lit', { rune: runeRowText(data, rune) })
          : format('level.wizard-rune-ran', { rune: runeRowText(data, rune), times: counts[rune] ?? 0 }),
      );
    }
    const focus = data.steps[focusStepIndex(data)];
    if (focus && focus.marked && puzzle !== 'stack') {
      words.push(format('level.wizard-stack-after', { rune: runeRowText(data, focus.rune), stack: stackText(focus.after) }));
    }
    const deepest = deepestFrames(data);
    if (deepest > 1 && puzzle !== 'frames') words.push(format('level.wizard-frames', { count: deepest, names: data.functions.join(', ') }));
    if (data.returned !== null && puzzle !== 'frames') words.push(format('level.wizard-returned', { value: data.returned }));
    // the lesson's question stays the kid's to answer: say where to look, not what is there
    if (puzzle) words.push(format(`level.wizard-puzzle-${puzzle}`));
  }
  for (const rune of data.missing) words.push(format('level.rune-missing', { rune }));
  return words;
}
