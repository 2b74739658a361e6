import type { GhostsSceneData } from '../../../contracts/cast-protocol.js';

/**
 * The short summary the e2e tests read (`data-ghosts-animated`): who was freed, who was swept,
 * who stayed, each in the order it happened, e.g. `freed:mist,wisp` or `swept:boo,hush;alive:wisp,mist`.
 */
export function ghostSummary(data: GhostsSceneData): string {
  const freed: string[] = [];
  const swept: string[] = [];
  for (const event of data.events) {
    const into = event.what === 'freed' ? freed : swept;
    for (const label of event.labels) if (!into.includes(label)) into.push(label);
  }
  // a spirit that left after the event list was full still counts, in spirit order
  for (const spirit of data.spirits) {
    if (spirit.end === 'freed' && !freed.includes(spirit.label)) freed.push(spirit.label);
    if (spirit.end === 'swept' && !swept.includes(spirit.label)) swept.push(spirit.label);
  }
  const alive = data.spirits.filter((spirit) => spirit.end === 'alive').map((spirit) => spirit.label);
  const parts: string[] = [];
  if (freed.length > 0) parts.push(`freed:${freed.join(',')}`);
  if (swept.length > 0) parts.push(`swept:${swept.join(',')}`);
  if (alive.length > 0) parts.push(`alive:${alive.join(',')}`);
  return parts.length > 0 ? parts.join(';') : 'none';
}
