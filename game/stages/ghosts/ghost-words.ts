import type { Say } from '../../messages/translator.js';
import type { GhostHold, GhostMoment, GhostsSceneData } from '../../../contracts/cast-protocol.js';
import { cutHolds, cycleGroups, ghostMomentScene } from './ghost-graph.js';

/**
 * The words of the ghosts stage: what a name tag says, and one sentence per thing the stage
 * shows for the people who cannot see the animation (the caption and screen readers). Pure;
 * words come from the catalogue through `format`.
 */

/** How a hold is written on its tag (the stage passes catalogue words; tests use the default). */
export type HoldText = (hold: GhostHold) => string;

export const plainHoldText: HoldText = (hold) =>
  hold.kind === 'local' || hold.kind === 'local-item' ? `${hold.via}().${hold.holder}` : hold.holder;

/** Tag words from the catalogue: `pip in haunt()`, `inside crowd`, or the plain name. */
export function catalogueHoldText(format: Say): HoldText {
  return (hold) => {
    switch (hold.kind) {
      case 'local':
        return format('level.ghost-local-tag', { name: hold.holder, function: hold.via });
      case 'local-item':
        return format('level.ghost-local-item-tag', { name: hold.holder, function: hold.via });
      case 'item':
        return format('level.ghost-item-tag', { name: hold.holder });
      default:
        return hold.holder;
    }
  };
}

/**
 * Say for one step of a ghosts replay: when it was (the start, a return), who holds whom then,
 * and what happened at that step (a spirit freed, a visit of the Ghost Collector).
 */
export function describeGhostMoment(
  data: GhostsSceneData,
  moment: GhostMoment,
  previous: GhostMoment | null,
  format: Say,
  holdText: HoldText = plainHoldText,
): string {
  const scene = ghostMomentScene(data, moment);
  const sentences: string[] = [];
  if (moment.line === null) sentences.push(format('level.ghost-moment-start'));
  else if (moment.returned) sentences.push(format('level.ghost-moment-returned', { function: moment.returned }));
  for (const event of scene.events.slice(previous?.events ?? 0)) sentences.push(describeEvent(event, format));
  for (const spirit of scene.spirits.filter((each) => each.end === 'alive')) {
    const holders = scene.holds.filter((hold) => hold.target === spirit.label && hold.kind !== 'attribute').map(holdText);
    const params = { label: spirit.label, holders: holders.join(', ') };
    sentences.push(holders.length > 0 ? format('level.ghost-held-by', params) : format('level.ghost-held-by-nobody', params));
  }
  for (const hold of scene.holds.filter((each) => each.kind === 'attribute' && moment.ends[each.holder] === 'alive')) {
    sentences.push(format('level.ghost-holds', { holder: hold.holder, target: hold.target, via: hold.via }));
  }
  return sentences.join(' ');
}

/**
 * One sentence per thing the ghost stage shows, in the order it shows them, for people who cannot
 * see the animation (the caption, through stage-packs.ts). Pure; words come from the catalogue through `format`.
 */
export function describeGhosts(data: GhostsSceneData, format: Say, holdText: HoldText = plainHoldText): string[] {
  if (data.spirits.length === 0) {
    const visits = data.events.filter((event) => event.what === 'sweep');
    return [format('level.ghost-none'), ...visits.map((event) => describeEvent(event, format))];
  }
  const sentences: string[] = [];
  for (const spirit of data.spirits) {
    const holders = data.holds.filter((hold) => hold.target === spirit.label && hold.kind !== 'attribute').map(holdText);
    const params = { label: spirit.label, holders: holders.join(', ') };
    if (spirit.end !== 'alive') {
      if (holders.length > 0) sentences.push(format('level.ghost-was-held-by', params));
    } else {
      sentences.push(holders.length > 0 ? format('level.ghost-held-by', params) : format('level.ghost-held-by-nobody', params));
    }
  }
  for (const hold of data.holds.filter((each) => each.kind === 'attribute')) {
    sentences.push(format('level.ghost-holds', { holder: hold.holder, target: hold.target, via: hold.via }));
  }
  for (const hold of cutHolds(data)) sentences.push(format('level.ghost-cut', { holder: hold.holder, target: hold.target }));
  for (const group of cycleGroups(data.spirits, data.holds)) sentences.push(format('level.ghost-cycle', { labels: group }));
  for (const event of data.events) sentences.push(describeEvent(event, format));
  for (const spirit of data.spirits) {
    if (spirit.end === 'alive') sentences.push(format('level.ghost-alive', { label: spirit.label }));
  }
  return sentences;
}

function describeEvent(event: GhostsSceneData['events'][number], format: Say): string {
  const line = event.line;
  if (event.what === 'freed') {
    // a list: the language joins it, and says one spirit or many
    const label = event.labels;
    if (event.returned && line !== null) return format('level.ghost-freed-at-return', { label, line, function: event.returned });
    return line === null ? format('level.ghost-freed-no-line', { label }) : format('level.ghost-freed', { label, line });
  }
  if (event.labels.length === 0) {
    return line === null ? format('level.ghost-sweep-nothing-no-line') : format('level.ghost-sweep-nothing', { line });
  }
  const labels = event.labels;
  return line === null ? format('level.ghost-sweep-no-line', { labels }) : format('level.ghost-sweep', { labels, line });
}
