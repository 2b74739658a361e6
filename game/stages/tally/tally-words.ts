import type { Say } from '../../messages/translator.js';
import type { TallyMoment, TallyObject, TallySceneData } from '../../../contracts/cast-protocol.js';
import { formatDelta } from './tally-layout.js';

/**
 * Words for what the tally stage shows, one sentence per object, for the people who cannot see
 * the animation (the caption under the stage and screen readers). Pure.
 */
export function describeTally(data: TallySceneData, format: Say): string[] {
  return data.objects.map((object) => describeTallyObject(object, format));
}

function describeTallyObject(object: TallyObject, format: Say): string {
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
export function describeTallyMoment(moment: TallyMoment, format: Say, weakGhosts: boolean[] = []): string {
  // the line itself is said next to the step's number (level.replay-step-line)
  const when =
    moment.line === null
      ? [format('level.tally-moment-start')]
      : moment.returned
        ? [format('level.tally-moment-returned', { function: moment.returned })]
        : [];
  const objects = moment.objects.map((object, index) => describeTallyObject({ ...object, weakGhost: weakGhosts[index] === true }, format));
  return [...when, ...objects].join(' ');
}
