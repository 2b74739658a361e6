import { describe, expect, it } from 'vitest';
import type { GhostHold, GhostsSceneData, GhostSpirit } from '../../python-runtime/protocol.js';
import {
  catalogueHoldText,
  cubicPoint,
  cutHolds,
  cycleGroups,
  DEFAULT_GHOST_OPTIONS,
  describeGhostMoment,
  describeGhosts,
  ghostMoments,
  ghostMomentScene,
  ghostSummary,
  isGhostScene,
  layoutGhosts,
  type GhostTag,
  type SpiritPlacement,
} from './ghost-layout.js';
import type { Rect } from './tally-layout.js';

const stage: Rect = { x: 700, y: 200, width: 540, height: 200 };

function spirit(label: string, end: GhostSpirit['end'] = 'alive', partial: Partial<GhostSpirit> = {}): GhostSpirit {
  return { label, end, inCycle: false, line: end === 'alive' ? null : 4, ...partial };
}

function name(holder: string, target = holder): GhostHold {
  return { kind: 'name', holder, via: '', target };
}

function friend(holder: string, target: string): GhostHold {
  return { kind: 'attribute', holder, via: 'friend', target };
}

function scene(partial: Partial<GhostsSceneData>): GhostsSceneData {
  return { kind: 'ghosts', spirits: [], start: [], holds: [], events: [], collectorCame: false, ...partial };
}

/** gc/call-the-collector, reference spell, as the checker measured it in Pyodide's 3.14. */
const swept = scene({
  spirits: [spirit('wisp', 'swept', { inCycle: true }), spirit('mist', 'swept', { inCycle: true })],
  start: [name('wisp'), name('mist'), friend('wisp', 'mist'), friend('mist', 'wisp')],
  holds: [friend('mist', 'wisp'), friend('wisp', 'mist')],
  events: [{ what: 'sweep', labels: ['wisp', 'mist'], line: 14 }],
  collectorCame: true,
});

/** gc/break-the-circle, reference spell: wisp forgot mist, the names let go, mist then wisp were freed. */
const broken = scene({
  spirits: [spirit('wisp', 'freed', { line: 10 }), spirit('mist', 'freed', { line: 10 })],
  start: [name('wisp'), name('mist'), friend('wisp', 'mist'), friend('mist', 'wisp')],
  holds: [friend('mist', 'wisp'), name('mist')],
  events: [
    { what: 'freed', labels: ['mist'], line: 10 },
    { what: 'freed', labels: ['wisp'], line: 10 },
  ],
});

/** gc/lantern-light, reference spell: the lantern keeps wisp (and so mist); boo and hush are swept. */
const lantern = scene({
  spirits: [
    spirit('wisp', 'alive', { inCycle: true }),
    spirit('mist', 'alive', { inCycle: true }),
    spirit('boo', 'swept', { inCycle: true }),
    spirit('hush', 'swept', { inCycle: true }),
  ],
  holds: [{ kind: 'name', holder: 'lantern', via: '', target: 'wisp' }, friend('mist', 'wisp'), friend('wisp', 'mist'), friend('hush', 'boo'), friend('boo', 'hush')],
  events: [{ what: 'sweep', labels: ['boo', 'hush'], line: 10 }],
  collectorCame: true,
});

function inside(box: { x: number; y: number; width: number; height: number }, area: Rect): boolean {
  return (
    box.x - box.width / 2 >= area.x - 0.01 &&
    box.x + box.width / 2 <= area.x + area.width + 0.01 &&
    box.y - box.height / 2 >= area.y - 0.01 &&
    box.y + box.height / 2 <= area.y + area.height + 0.01
  );
}

function overlaps(a: GhostTag, b: GhostTag): boolean {
  return Math.abs(a.x - b.x) * 2 < a.width + b.width && Math.abs(a.y - b.y) * 2 < a.height + b.height;
}

function placed(layout: ReturnType<typeof layoutGhosts>, label: string): SpiritPlacement {
  const found = layout.spirits.find((each) => each.label === label);
  expect(found, label).toBeDefined();
  return found!;
}

describe('isGhostScene', () => {
  it('knows ghosts data and nothing else', () => {
    expect(isGhostScene(swept)).toBe(true);
    expect(isGhostScene({ kind: 'tally', objects: [] })).toBe(false);
    expect(isGhostScene({ kind: 'ghosts' })).toBe(false);
    expect(isGhostScene(null)).toBe(false);
  });
});

describe('ghostSummary', () => {
  it('lists who was freed, who was swept and who stayed, in the order it happened', () => {
    expect(ghostSummary(broken)).toBe('freed:mist,wisp');
    expect(ghostSummary(swept)).toBe('swept:wisp,mist');
    expect(ghostSummary(lantern)).toBe('swept:boo,hush;alive:wisp,mist');
  });

  it('says none when the spell made no spirit', () => {
    expect(ghostSummary(scene({ events: [{ what: 'sweep', labels: [], line: 2 }], collectorCame: true }))).toBe('none');
  });

  it('still counts a spirit that left after the event list was full', () => {
    const late = scene({ spirits: [spirit('a', 'freed'), spirit('b', 'freed')], events: [{ what: 'freed', labels: ['b'], line: 3 }] });
    expect(ghostSummary(late)).toBe('freed:b,a');
  });
});

describe('cycleGroups and cutHolds', () => {
  it('finds a circle of two, a spirit holding itself, and not a mere chain', () => {
    const spirits = ['a', 'b', 'c', 'd', 'e'].map((label) => spirit(label));
    const holds = [friend('a', 'b'), friend('b', 'a'), friend('c', 'c'), friend('d', 'e'), name('x', 'd')];
    expect(cycleGroups(spirits, holds)).toEqual([['a', 'b'], ['c']]);
  });

  it('finds two separate circles', () => {
    expect(cycleGroups(lantern.spirits, lantern.holds)).toEqual([
      ['wisp', 'mist'],
      ['boo', 'hush'],
    ]);
  });

  it('sees a hold between spirits that the story had and the spell broke (names letting go are not cuts)', () => {
    expect(cutHolds(broken)).toEqual([friend('wisp', 'mist')]);
    expect(cutHolds(swept)).toEqual([]);
  });
});

describe('layoutGhosts', () => {
  it('puts every spirit and tag on the stage, without tags overlapping', () => {
    const many = scene({
      spirits: Array.from({ length: 12 }, (_, i) => spirit(`spirit ${i + 1}`)),
      holds: Array.from({ length: 12 }, (_, i) => Array.from({ length: 6 }, (_, j) => name(`a_long_name_${j}`, `spirit ${i + 1}`))).flat(),
    });
    for (const data of [swept, broken, lantern, many]) {
      const layout = layoutGhosts(data, stage);
      for (const each of layout.spirits) {
        expect(inside({ x: each.x, y: each.y, width: each.size, height: each.size }, stage), each.label).toBe(true);
        for (const tag of each.tags) expect(inside(tag, stage), tag.text).toBe(true);
      }
      const tags = layout.spirits.flatMap((each) => each.tags);
      for (let i = 0; i < tags.length; i += 1) for (let j = i + 1; j < tags.length; j += 1) expect(overlaps(tags[i]!, tags[j]!)).toBe(false);
    }
    // too many names for the room: the rest is counted on a "+N" tag
    const crowded = layoutGhosts(many, stage).spirits[0]!;
    expect(crowded.tags.at(-1)?.kind).toBe('more');
  });

  it('hangs the names that held a spirit under it, with catalogue words for a function name or a list', () => {
    const data = scene({
      spirits: [spirit('Pip', 'freed')],
      holds: [{ kind: 'local', holder: 'pip', via: 'haunt', target: 'Pip' }, { kind: 'item', holder: 'crowd', via: '', target: 'Pip' }],
      events: [{ what: 'freed', labels: ['Pip'], line: 6 }],
    });
    const words = (key: string, params: Record<string, string | number> = {}) => `${key}(${Object.values(params).join(',')})`;
    const layout = layoutGhosts(data, stage, {}, catalogueHoldText(words));
    expect(layout.spirits[0]!.tags.map((tag) => tag.text)).toEqual(['level.ghost-local-tag(pip,haunt)', 'level.ghost-item-tag(crowd)']);
    // the strings go from each tag up to the spirit
    for (const tag of layout.spirits[0]!.tags) expect(tag.string.y2).toBeLessThan(tag.string.y1);
  });

  it('lets freed spirits leave at once, one after another, in the order measured', () => {
    const layout = layoutGhosts(broken, stage);
    const mist = placed(layout, 'mist');
    const wisp = placed(layout, 'wisp');
    expect(mist.leaveAt).not.toBeNull();
    expect(wisp.leaveAt! - mist.leaveAt!).toBe(DEFAULT_GHOST_OPTIONS.freedGapMs);
    expect(layout.passes).toEqual([]);
    // the broken hold is cut before anyone leaves
    expect(layout.arrows.filter((arrow) => arrow.cut).map((arrow) => `${arrow.from}>${arrow.to}`)).toEqual(['wisp>mist']);
    expect(mist.leaveAt!).toBeGreaterThanOrEqual(layout.cutAt + DEFAULT_GHOST_OPTIONS.cutMs);
    expect(layout.badgesAt).toBeGreaterThanOrEqual(wisp.leaveAt! + DEFAULT_GHOST_OPTIONS.leaveMs);
    expect(layout.durationMs).toBeGreaterThan(layout.badgesAt);
  });

  it('sends the Ghost Collector across the whole stage, taking only the spirits that visit swept, as he reaches them', () => {
    const layout = layoutGhosts(lantern, stage);
    expect(layout.passes).toHaveLength(1);
    const pass = layout.passes[0]!;
    expect(pass.labels).toEqual(['boo', 'hush']);
    expect(pass.fromX).toBeLessThan(stage.x);
    expect(pass.toX).toBeGreaterThan(stage.x + stage.width);
    const boo = placed(layout, 'boo');
    const hush = placed(layout, 'hush');
    for (const taken of [boo, hush]) {
      expect(taken.leaveAt!).toBeGreaterThan(pass.startAt);
      expect(taken.leaveAt!).toBeLessThan(pass.endAt);
    }
    // left to right: whoever stands further left is taken first
    expect(Math.sign(hush.leaveAt! - boo.leaveAt!)).toBe(Math.sign(hush.x - boo.x));
    expect(placed(layout, 'wisp').leaveAt).toBeNull();
    expect(placed(layout, 'mist').leaveAt).toBeNull();
    // four spirits in a row stand too close for arrow labels between their badges
    expect(layout.arrows.some((arrow) => arrow.labelled)).toBe(false);
  });

  it('still sends him across when he came and took nothing', () => {
    const early = scene({
      spirits: [spirit('wisp', 'alive', { inCycle: true }), spirit('mist', 'alive', { inCycle: true })],
      holds: [friend('wisp', 'mist'), friend('mist', 'wisp')],
      events: [{ what: 'sweep', labels: [], line: 2 }],
      collectorCame: true,
    });
    const layout = layoutGhosts(early, stage);
    expect(layout.passes.map((pass) => pass.labels)).toEqual([[]]);
    expect(layout.spirits.every((each) => each.leaveAt === null)).toBe(true);
    expect(layout.badgesAt).toBeGreaterThanOrEqual(layout.passes[0]!.endAt);
  });

  it('draws the two halves of a circle of two on opposite sides, and the circle badge between them', () => {
    const layout = layoutGhosts(swept, stage);
    const there = layout.arrows.find((arrow) => arrow.from === 'wisp')!;
    const back = layout.arrows.find((arrow) => arrow.from === 'mist')!;
    expect(there.inCycle && back.inCycle).toBe(true);
    const lineY = placed(layout, 'wisp').y;
    expect(Math.sign(there.midY - lineY)).toBe(-Math.sign(back.midY - lineY));
    expect(there.labelled && back.labelled).toBe(true);
    expect(layout.cycles).toHaveLength(1);
    expect(layout.cycles[0]!.x).toBeCloseTo((placed(layout, 'wisp').x + placed(layout, 'mist').x) / 2);
    // each arrow ends at the spirit it holds
    const mist = placed(layout, 'mist');
    expect(Math.hypot(there.curve.x2 - mist.x, there.curve.y2 - mist.y)).toBeLessThan(mist.size);
  });

  it('loops a spirit that holds itself over its own head', () => {
    const layout = layoutGhosts(scene({ spirits: [spirit('Pip', 'alive', { inCycle: true })], holds: [friend('Pip', 'Pip')] }), stage);
    const loop = layout.arrows[0]!;
    const pip = layout.spirits[0]!;
    expect(cubicPoint(loop.curve, 0.5).y).toBeLessThan(pip.y - pip.size / 2);
    expect(layout.cycles[0]!.labels).toEqual(['Pip']);
    // the loop's label and the circle badge would sit on the end badge: the badge goes beside it
    expect(loop.labelled).toBe(false);
    expect(layout.cycles[0]!.x).toBeGreaterThan(pip.x + pip.size / 2);
  });

  it('animates nothing when there are no spirits', () => {
    const layout = layoutGhosts(scene({}), stage);
    expect(layout.spirits).toEqual([]);
    expect(layout.durationMs).toBeLessThan(1000);
  });
});

describe('describeGhosts', () => {
  const words = (key: string, params: Record<string, string | number> = {}) =>
    `${key.replace('level.', '')}${Object.keys(params).length ? `(${Object.values(params).join('|')})` : ''}`;

  it('says what held each spirit, the circles, the broken holds and every event in order', () => {
    expect(describeGhosts(broken, words)).toEqual([
      'ghost-was-held-by(mist|mist)',
      'ghost-holds(mist|wisp|friend)',
      'ghost-cut(wisp|mist)',
      'ghost-freed(mist|10)',
      'ghost-freed(wisp|10)',
    ]);
    expect(describeGhosts(lantern, words)).toEqual([
      'ghost-held-by(wisp|lantern)',
      'ghost-held-by-nobody(mist|)',
      'ghost-holds(mist|wisp|friend)',
      'ghost-holds(wisp|mist|friend)',
      'ghost-holds(hush|boo|friend)',
      'ghost-holds(boo|hush|friend)',
      'ghost-cycle(wisp, mist)',
      'ghost-cycle(boo, hush)',
      'ghost-sweep(boo, hush|10)',
      'ghost-alive(wisp)',
      'ghost-alive(mist)',
    ]);
  });

  it('says when the Ghost Collector came and took nothing, and when no spirit was made', () => {
    expect(describeGhosts(scene({ events: [{ what: 'sweep', labels: [], line: 2 }] }), words)).toEqual(['ghost-none', 'ghost-sweep-nothing(2)']);
  });
});

describe('the ghosts, step by step', () => {
  // gc/friends-forever with a link one way only (wisp.friend = mist; del wisp; del mist), as measured
  const oneWay = scene({
    spirits: [spirit('wisp', 'freed', { line: 7 }), spirit('mist', 'freed', { line: 8 })],
    start: [name('wisp'), name('mist')],
    holds: [name('wisp'), name('mist')],
    events: [
      { what: 'freed', labels: ['wisp'], line: 7 },
      { what: 'freed', labels: ['mist'], line: 8 },
    ],
    moments: [
      { line: null, returned: null, holds: [name('wisp'), name('mist')], ends: { wisp: 'alive', mist: 'alive' }, events: 0 },
      { line: 5, returned: null, holds: [name('wisp'), name('mist'), friend('wisp', 'mist')], ends: { wisp: 'alive', mist: 'alive' }, events: 0 },
      { line: 7, returned: null, holds: [name('mist')], ends: { wisp: 'freed', mist: 'alive' }, events: 1 },
      { line: 8, returned: null, holds: [], ends: { wisp: 'freed', mist: 'freed' }, events: 2 },
    ],
  });
  const words = (key: string, params: Record<string, string | number> = {}) => `${key}(${Object.values(params).join(',')})`;

  it('draws the link the kid made at the step it was made, though the end picture has lost it', () => {
    const moments = ghostMoments(oneWay);
    expect(moments).toHaveLength(4);
    expect(ghostMomentScene(oneWay, moments[1]!).holds).toContainEqual(friend('wisp', 'mist'));
    const layout = layoutGhosts(ghostMomentScene(oneWay, moments[1]!), stage);
    expect(layout.arrows.map((arrow) => [arrow.from, arrow.to, arrow.cut])).toEqual([['wisp', 'mist', false]]);
    // then wisp leaves on line 7, and mist is still here, held only by its name
    const third = ghostMomentScene(oneWay, moments[2]!);
    expect(third.spirits.map((each) => [each.label, each.end])).toEqual([['wisp', 'freed'], ['mist', 'alive']]);
    expect(third.events).toHaveLength(1);
  });

  it('tells each step: the start, the link, who left at that step', () => {
    const moments = ghostMoments(oneWay);
    expect(describeGhostMoment(oneWay, moments[0]!, null, words)).toBe('level.ghost-moment-start() level.ghost-held-by(wisp,wisp) level.ghost-held-by(mist,mist)');
    expect(describeGhostMoment(oneWay, moments[1]!, moments[0]!, words)).toContain('level.ghost-holds(wisp,mist,friend)');
    expect(describeGhostMoment(oneWay, moments[2]!, moments[1]!, words)).toBe('level.ghost-freed(wisp,7) level.ghost-held-by(mist,mist)');
  });

  it('leaves out a spirit not made yet, and offers no replay without a change', () => {
    const made = scene({
      spirits: [spirit('Pip', 'freed', { line: 10, returned: 'haunt' })],
      holds: [{ kind: 'local', holder: 'pip', via: 'haunt', target: 'Pip' }],
      events: [{ what: 'freed', labels: ['Pip'], line: 10, returned: 'haunt' }],
      moments: [
        { line: null, returned: null, holds: [], ends: {}, events: 0 },
        { line: 4, returned: null, holds: [{ kind: 'local', holder: 'pip', via: 'haunt', target: 'Pip' }], ends: { Pip: 'alive' }, events: 0 },
        { line: 10, returned: 'haunt', holds: [], ends: { Pip: 'freed' }, events: 1 },
      ],
    });
    const moments = ghostMoments(made);
    expect(ghostMomentScene(made, moments[0]!).spirits).toEqual([]);
    expect(describeGhostMoment(made, moments[2]!, moments[1]!, words)).toBe('level.ghost-moment-returned(haunt) level.ghost-freed-at-return(Pip,10,haunt)');
    expect(ghostMoments({ ...made, moments: [moments[0]!] })).toEqual([]);
  });
});
