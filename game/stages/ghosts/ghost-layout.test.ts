import { describe, expect, it } from 'vitest';
import type { Rect } from '../shared/stage-geometry.js';
import { cubicPoint, DEFAULT_GHOST_OPTIONS, layoutGhosts, type SpiritPlacement } from './ghost-layout.js';
import type { GhostTag } from './ghost-tags.js';
import { broken, friend, lantern, name, scene, spirit, stage, swept } from './ghost-test-scenes.js';
import { catalogueHoldText } from './ghost-words.js';

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
      for (let i = 0; i < tags.length; i += 1)
        for (let j = i + 1; j < tags.length; j += 1) expect(overlaps(tags[i]!, tags[j]!)).toBe(false);
    }
    // too many names for the room: the rest is counted on a "+N" tag
    const crowded = layoutGhosts(many, stage).spirits[0]!;
    expect(crowded.tags.at(-1)?.kind).toBe('more');
  });

  it('hangs the names that held a spirit under it, with catalogue words for a function name or a list', () => {
    const data = scene({
      spirits: [spirit('Pip', 'freed')],
      holds: [
        { kind: 'local', holder: 'pip', via: 'haunt', target: 'Pip' },
        { kind: 'item', holder: 'crowd', via: '', target: 'Pip' },
      ],
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
