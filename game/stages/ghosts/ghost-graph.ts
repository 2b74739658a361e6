import type { GhostHold, GhostMoment, GhostsSceneData, GhostSpirit } from '../../../contracts/cast-protocol.js';

/**
 * Who holds whom among the spirits, as a graph: the circles the Ghost Collector is for (the
 * cycle collector finds what only a circle of holds keeps alive), the holds the spell cut, and
 * the scene as it stood at one moment of the run. Pure, no Phaser.
 */

/** Groups of spirits that hold each other round in a circle through attribute holds. */
export function cycleGroups(spirits: GhostSpirit[], holds: GhostHold[]): string[][] {
  const labels = spirits.map((spirit) => spirit.label);
  const next = new Map<string, Set<string>>(labels.map((label) => [label, new Set<string>()]));
  for (const hold of holds) {
    if (hold.kind === 'attribute' && next.has(hold.holder) && next.has(hold.target)) next.get(hold.holder)!.add(hold.target);
  }
  const reach = (from: string): Set<string> => {
    const seen = new Set<string>();
    const stack = [...next.get(from)!];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (seen.has(node)) continue;
      seen.add(node);
      stack.push(...next.get(node)!);
    }
    return seen;
  };
  const reachable = new Map(labels.map((label) => [label, reach(label)]));
  const groups: string[][] = [];
  const placed = new Set<string>();
  for (const label of labels) {
    if (placed.has(label) || !reachable.get(label)!.has(label)) continue;
    const group = labels.filter((other) => other === label || (reachable.get(label)!.has(other) && reachable.get(other)!.has(label)));
    for (const member of group) placed.add(member);
    groups.push(group);
  }
  return groups;
}

/**
 * The scene as it stood at a moment: only the spirits made by then, each as it stood, the holds
 * then (a spirit already gone keeps the holds it had when last seen), the events so far.
 */
export function ghostMomentScene(data: GhostsSceneData, moment: GhostMoment): GhostsSceneData {
  const spirits = data.spirits
    .filter((spirit) => Object.hasOwn(moment.ends, spirit.label))
    .map((spirit) => {
      const end = moment.ends[spirit.label] ?? 'alive';
      return end === 'alive' ? { label: spirit.label, end, inCycle: false, line: null } : { ...spirit, end };
    });
  const alive = new Set(spirits.filter((spirit) => spirit.end === 'alive').map((spirit) => spirit.label));
  const gone = new Set(spirits.filter((spirit) => spirit.end !== 'alive').map((spirit) => spirit.label));
  const holds = [...moment.holds.filter((hold) => alive.has(hold.target)), ...data.holds.filter((hold) => gone.has(hold.target))];
  const circles = new Set(cycleGroups(spirits, holds).flat());
  const events = data.events.slice(0, Math.max(0, moment.events));
  return {
    kind: 'ghosts',
    spirits: spirits.map((spirit) => ({ ...spirit, inCycle: spirit.end === 'alive' ? circles.has(spirit.label) : spirit.inCycle })),
    start: data.start,
    holds,
    events,
    collectorCame: events.some((event) => event.what === 'sweep'),
  };
}

/** The attribute holds the story had between two spirits that the spell's picture no longer has. */
export function cutHolds(data: GhostsSceneData): GhostHold[] {
  const now = new Set(data.holds.map(holdKey));
  const labels = new Set(data.spirits.map((spirit) => spirit.label));
  return data.start.filter(
    (hold) => hold.kind === 'attribute' && labels.has(hold.holder) && labels.has(hold.target) && !now.has(holdKey(hold)),
  );
}

function holdKey(hold: GhostHold): string {
  return `${hold.kind}\u0000${hold.holder}\u0000${hold.via}\u0000${hold.target}`;
}
