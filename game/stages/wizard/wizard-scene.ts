import type { SceneData, WizardSceneData } from '../../../contracts/cast-protocol.js';

/**
 * The data guard of the wizard stage (the interpreter's chapter: the wizard reads the runes, the
 * bytecode, one by one, pushing and popping stones on the value stack of each open frame), the
 * summary the e2e tests read, and what the run says: the step it rests on, how often each rune
 * ran, the frames open after a step. Pure, no Phaser.
 */

export function isWizardScene(data: SceneData | null | undefined): data is WizardSceneData {
  return (
    typeof data === 'object' &&
    data !== null &&
    data.kind === 'wizard' &&
    Array.isArray((data as WizardSceneData).runes) &&
    Array.isArray((data as WizardSceneData).steps)
  );
}

/** The step the stage ends on: the last lit one, else the last one (-1 when nothing ran). */
export function focusStepIndex(data: WizardSceneData): number {
  for (let i = data.steps.length - 1; i >= 0; i -= 1) {
    if (data.steps[i]!.marked) return i;
  }
  return data.steps.length - 1;
}

export function stackText(stack: string[]): string {
  return `[${stack.join(', ')}]`;
}

/**
 * The step the picture rests on once the reading is over: the lit-up step, or the last step
 * while the lesson's question is still open (resting on the pile after the lit-up rune would
 * give the answer away; the kid watched it go by).
 */
export function restingStepIndex(data: WizardSceneData): number {
  return data.puzzle ? data.steps.length - 1 : focusStepIndex(data);
}

/** Whether the resting picture leaves out how often the lit-up runes ran (that is the question). */
export function hidesLitCounts(data: WizardSceneData): boolean {
  return data.puzzle === 'jumps';
}

/** For the e2e tests (`data-wizard-animated`): runes read, and the stack after the focus step. */
export function wizardSummary(data: WizardSceneData): string {
  const focus = data.steps[focusStepIndex(data)];
  return `steps:${data.totalSteps};stack:${stackText(focus ? focus.after : [])}`;
}

/** How many times each rune ran, counting the steps up to and including `upTo`. */
export function runCounts(data: WizardSceneData, upTo = data.steps.length - 1): number[] {
  const counts = data.runes.map(() => 0);
  for (let i = 0; i <= upTo && i < data.steps.length; i += 1) {
    const rune = data.steps[i]!.rune;
    if (rune >= 0 && rune < counts.length) counts[rune]! += 1;
  }
  return counts;
}

export interface FrameView {
  /** The function that frame runs. */
  name: string;
  /** Its value stack, bottom first. */
  stack: string[];
  /** The frame the wand is in (the newest). */
  current: boolean;
}

/**
 * The frames open right after step `index`, outermost first, with their stacks. Names come from
 * replaying the depth changes: a step runs in the function of its rune; a CALL that opened a
 * frame is followed by a step in the callee.
 */
export function framesAfter(data: WizardSceneData, index: number): FrameView[] {
  const step = data.steps[index];
  if (!step) return [];
  const names: string[] = [];
  for (let i = 0; i <= index; i += 1) {
    const s = data.steps[i]!;
    names.length = Math.max(0, s.depth);
    names[s.depth - 1] = data.runes[s.rune]?.function ?? '?';
    if (s.depthAfter > s.depth) {
      const next = data.steps[i + 1];
      names[s.depthAfter - 1] = next ? (data.runes[next.rune]?.function ?? '?') : '?';
    }
  }
  names.length = Math.max(0, step.depthAfter);
  if (step.depthAfter === 0) return [];
  const outer = step.outer.slice(-(step.depthAfter - 1));
  const frames: FrameView[] = [];
  const skipped = step.depthAfter - 1 - outer.length; // frames too deep down to be sent
  for (let k = 0; k < step.depthAfter; k += 1) {
    if (k < skipped) continue;
    const isCurrent = k === step.depthAfter - 1;
    frames.push({ name: names[k] ?? '?', stack: isCurrent ? step.after : (outer[k - skipped] ?? []), current: isCurrent });
  }
  return frames;
}

/** The most frames open at once, over the shown steps. */
export function deepestFrames(data: WizardSceneData): number {
  return data.steps.reduce((deepest, step) => Math.max(deepest, step.depth, step.depthAfter), 0);
}
