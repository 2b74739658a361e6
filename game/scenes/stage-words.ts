import type { SceneData, TallyMoment, TallyObject } from '../../python-runtime/protocol.js';
import { formatDelta, isTallyScene } from './tally-layout.js';
import { describeRunes, isRuneScene } from './rune-layout.js';
import { catalogueHoldText, describeGhosts, isGhostScene } from './ghost-layout.js';
import { describeKnights, isKnightsScene } from './knight-layout.js';
import { describeWizard, isWizardScene } from './wizard-layout.js';

/**
 * Words for what a level's stage shows, one sentence per thing, for the people who cannot see
 * the animation (the caption under the stage and screen readers). Pure, one describer per scene
 * kind: a chapter that adds a stage adds its describer here.
 */
export type Format = (key: string, params?: Record<string, string | number>) => string;

type Describer = (scene: SceneData, format: Format) => string[] | null;

const DESCRIBERS: Describer[] = [
  (scene, format) => (isTallyScene(scene) ? scene.objects.map((object) => describeTallyObject(object, format)) : null),
  (scene, format) => (isRuneScene(scene) ? describeRunes(scene, format) : null),
  (scene, format) => (isGhostScene(scene) ? describeGhosts(scene, format, catalogueHoldText(format)) : null),
  (scene, format) => (isKnightsScene(scene) ? describeKnights(scene, format) : null),
  (scene, format) => (isWizardScene(scene) ? describeWizard(scene, format) : null),
];

/** Sentences for a scene; empty when there is none or no describer knows its kind. */
export function describeScene(scene: SceneData | null, format: Format): string[] {
  if (scene === null) return [];
  for (const describe of DESCRIBERS) {
    const words = describe(scene, format);
    if (words) return words;
  }
  return [];
}

function describeTallyObject(
  object: TallyObject,
  format: Format,
): string {
  // "hat: tally 0" read as the count itself: the caption says it is the change
  const parts = [format('level.object-tally', { label: object.label, delta: formatDelta(object.delta), change: object.delta })];
  if (object.vanished) {
    parts.push(format(object.swept ? 'level.object-swept' : 'level.object-vanished'));
  } else {
    parts.push(
      object.holders.length > 0
        ? format('level.object-held-by', { names: object.holders.join(', ') })
        : format('level.object-held-by-nobody'),
    );
    for (const container of object.containers) {
      parts.push(format('level.object-in-container', { name: container.name, slots: container.slots }));
    }
    for (const local of object.locals ?? []) {
      parts.push(format('level.object-held-inside', { name: local.name, function: local.function }));
    }
  }
  if (object.weakGhost) parts.push(format(object.vanished ? 'level.object-ghost-saw-it-go' : 'level.object-ghost-watches'));
  return parts.join(' ');
}

/** Words for one step of a tally replay: each object as it stood (after the start or a return, saying so). */
export function describeTallyMoment(moment: TallyMoment, format: Format, weakGhosts: boolean[] = []): string {
  // the line itself is said next to the step's number (level.replay-step-line)
  const when =
    moment.line === null ? [format('level.tally-moment-start')] : moment.returned ? [format('level.tally-moment-returned', { function: moment.returned })] : [];
  const objects = moment.objects.map((object, index) => describeTallyObject({ ...object, weakGhost: weakGhosts[index] === true }, format));
  return [...when, ...objects].join(' ');
}

