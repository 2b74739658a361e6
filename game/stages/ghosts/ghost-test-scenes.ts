import type { GhostHold, GhostsSceneData, GhostSpirit } from '../../../contracts/cast-protocol.js';
import type { Rect } from '../shared/stage-geometry.js';

/** Ghosts scenes for the tests beside this file, as the gc chapter's checkers measured them. */

export const stage: Rect = { x: 700, y: 200, width: 540, height: 200 };

export function spirit(label: string, end: GhostSpirit['end'] = 'alive', partial: Partial<GhostSpirit> = {}): GhostSpirit {
  return { label, end, inCycle: false, line: end === 'alive' ? null : 4, ...partial };
}

export function name(holder: string, target = holder): GhostHold {
  return { kind: 'name', holder, via: '', target };
}

export function friend(holder: string, target: string): GhostHold {
  return { kind: 'attribute', holder, via: 'friend', target };
}

export function scene(partial: Partial<GhostsSceneData>): GhostsSceneData {
  return { kind: 'ghosts', spirits: [], start: [], holds: [], events: [], collectorCame: false, ...partial };
}

/** gc/call-the-collector, reference spell, as the checker measured it in Pyodide's 3.14. */
export const swept = scene({
  spirits: [spirit('wisp', 'swept', { inCycle: true }), spirit('mist', 'swept', { inCycle: true })],
  start: [name('wisp'), name('mist'), friend('wisp', 'mist'), friend('mist', 'wisp')],
  holds: [friend('mist', 'wisp'), friend('wisp', 'mist')],
  events: [{ what: 'sweep', labels: ['wisp', 'mist'], line: 14 }],
  collectorCame: true,
});

/** gc/break-the-circle, reference spell: wisp forgot mist, the names let go, mist then wisp were freed. */
export const broken = scene({
  spirits: [spirit('wisp', 'freed', { line: 10 }), spirit('mist', 'freed', { line: 10 })],
  start: [name('wisp'), name('mist'), friend('wisp', 'mist'), friend('mist', 'wisp')],
  holds: [friend('mist', 'wisp'), name('mist')],
  events: [
    { what: 'freed', labels: ['mist'], line: 10 },
    { what: 'freed', labels: ['wisp'], line: 10 },
  ],
});

/** gc/lantern-light, reference spell: the lantern keeps wisp (and so mist); boo and hush are swept. */
export const lantern = scene({
  spirits: [
    spirit('wisp', 'alive', { inCycle: true }),
    spirit('mist', 'alive', { inCycle: true }),
    spirit('boo', 'swept', { inCycle: true }),
    spirit('hush', 'swept', { inCycle: true }),
  ],
  holds: [
    { kind: 'name', holder: 'lantern', via: '', target: 'wisp' },
    friend('mist', 'wisp'),
    friend('wisp', 'mist'),
    friend('hush', 'boo'),
    friend('boo', 'hush'),
  ],
  events: [{ what: 'sweep', labels: ['boo', 'hush'], line: 10 }],
  collectorCame: true,
});
