import { describe, expect, it } from 'vitest';
import type { TallyObject, TallySceneData } from '../../../contracts/cast-protocol.js';
import { DEFAULT_TALLY_OPTIONS, formatDelta, gridShape, layoutTally, objectIcon, tallySteps, type TagBox } from './tally-layout.js';
import type { Rect } from '../shared/stage-geometry.js';
import { isTallyScene, momentScene, tallyMoments } from './tally-scene.js';

const stage: Rect = { x: 600, y: 80, width: 560, height: 360 };

function object(partial: Partial<TallyObject> & { label: string }): TallyObject {
  return { delta: 0, holders: [], containers: [], vanished: false, ...partial };
}

function scene(...objects: TallyObject[]): TallySceneData {
  return { kind: 'tally', objects };
}

function inside(box: TagBox, area: Rect): boolean {
  return (
    box.x - box.width / 2 >= area.x - 0.01 &&
    box.x + box.width / 2 <= area.x + area.width + 0.01 &&
    box.y - box.height / 2 >= area.y - 0.01 &&
    box.y + box.height / 2 <= area.y + area.height + 0.01
  );
}

function overlaps(a: TagBox, b: TagBox): boolean {
  return Math.abs(a.x - b.x) * 2 < a.width + b.width && Math.abs(a.y - b.y) * 2 < a.height + b.height;
}

describe('tallySteps', () => {
  it('counts up one by one to a small positive delta', () => {
    expect(tallySteps(3)).toEqual([1, 2, 3]);
  });

  it('counts down for a negative delta', () => {
    expect(tallySteps(-2)).toEqual([-1, -2]);
  });

  it('has no steps for zero (the counter just shows 0)', () => {
    expect(tallySteps(0)).toEqual([]);
  });

  it('jumps in even steps for a huge delta and still ends exactly on it', () => {
    const steps = tallySteps(1000, 12);
    expect(steps).toHaveLength(12);
    expect(steps.at(-1)).toBe(1000);
    for (let i = 1; i < steps.length; i += 1) expect(steps[i]!).toBeGreaterThan(steps[i - 1]!);
    expect(tallySteps(-50, 12).at(-1)).toBe(-50);
  });
});

describe('formatDelta', () => {
  it('shows the sign the kid should read', () => {
    expect(formatDelta(2)).toBe('+2');
    expect(formatDelta(-1)).toBe('\u22121');
    expect(formatDelta(0)).toBe('0');
  });
});

describe('objectIcon', () => {
  it('draws what the level called the object', () => {
    expect(objectIcon('hat')).toBe('top-hat');
    expect(objectIcon('magic_hat')).toBe('top-hat');
    expect(objectIcon('wand')).toBe('magic-wand');
    expect(objectIcon('treasure')).toBe('gem-stone');
    expect(objectIcon('broom')).toBe('broom');
    expect(objectIcon('something')).toBe('crystal-ball');
  });
});

describe('gridShape', () => {
  it('puts a few objects side by side on a wide stage', () => {
    expect(gridShape(1, stage)).toEqual({ columns: 1, rows: 1 });
    expect(gridShape(2, stage)).toEqual({ columns: 2, rows: 1 });
    expect(gridShape(3, stage)).toEqual({ columns: 3, rows: 1 });
  });

  it('stacks objects on a tall narrow stage', () => {
    expect(gridShape(2, { x: 0, y: 0, width: 300, height: 700 })).toEqual({ columns: 1, rows: 2 });
  });

  it('always has a cell for every object', () => {
    for (let n = 1; n <= 9; n += 1) {
      const { columns, rows } = gridShape(n, stage);
      expect(columns * rows).toBeGreaterThanOrEqual(n);
    }
  });
});

describe('layoutTally', () => {
  it('hangs one tag per holder and per container, with the slot count on containers', () => {
    const layout = layoutTally(
      scene(object({ label: 'hat', delta: 3, holders: ['hat', 'my_hat'], containers: [{ name: 'shelf', slots: 2 }] })),
      stage,
    );
    const [hat] = layout.objects;
    expect(hat!.tags.map((t) => [t.kind, t.text])).toEqual([
      ['holder', 'hat'],
      ['holder', 'my_hat'],
      ['container', 'shelf \u00d72'],
    ]);
    expect(hat!.counter.steps).toEqual([1, 2, 3]);
    expect(hat!.counter.text).toBe('+3');
  });

  it("hangs a tag for a running function's own name, after the spell's names", () => {
    const layout = layoutTally(
      scene(object({ label: 'hat', delta: 1, holders: ['hat'], locals: [{ name: 'h', function: 'wear' }] })),
      stage,
    );
    expect(layout.objects[0]!.tags.map((t) => [t.kind, t.text])).toEqual([
      ['holder', 'hat'],
      ['local', 'h \u00b7 wear()'],
    ]);
  });

  it('puts the weak-reference ghost beside an object it watches, inside the stage', () => {
    const layout = layoutTally(
      scene(object({ label: 'hat', delta: -3, vanished: true, weakGhost: true }), object({ label: 'wand' })),
      stage,
    );
    const [hat, wand] = layout.objects;
    expect(wand!.ghost).toBeNull();
    const ghost = hat!.ghost!;
    expect(ghost.x + ghost.size / 2).toBeLessThan(hat!.x - hat!.size / 2);
    expect(ghost.x - ghost.size / 2).toBeGreaterThanOrEqual(stage.x);
    expect(ghost.y - ghost.size / 2).toBeGreaterThanOrEqual(stage.y);
  });

  it('gives different spells visibly different scenes', () => {
    const gave = layoutTally(scene(object({ label: 'hat', delta: 1, holders: ['hat', 'cap'] })), stage);
    const dropped = layoutTally(scene(object({ label: 'hat', delta: -1, holders: [], vanished: true })), stage);
    expect(gave.objects[0]!.tags).toHaveLength(2);
    expect(dropped.objects[0]!.tags).toHaveLength(0);
    expect(gave.objects[0]!.counter.text).not.toBe(dropped.objects[0]!.counter.text);
    expect(dropped.objects[0]!.vanished).toBe(true);
    expect(dropped.durationMs).toBeGreaterThan(dropped.objects[0]!.countEndMs);
  });

  it('keeps every sprite and tag inside the stage, tags never overlapping', () => {
    const many = Array.from({ length: 7 }, (_, i) => `name_${i}`);
    const layout = layoutTally(
      scene(
        object({ label: 'hat', delta: 2, holders: many }),
        object({ label: 'wand', delta: 1, holders: ['wand'], containers: [{ name: 'box', slots: 1 }] }),
        object({ label: 'treasure', delta: -1, vanished: true }),
      ),
      stage,
    );
    for (const placed of layout.objects) {
      expect(placed.x - placed.size / 2).toBeGreaterThanOrEqual(stage.x);
      expect(placed.x + placed.size / 2).toBeLessThanOrEqual(stage.x + stage.width);
      expect(placed.y - placed.size / 2).toBeGreaterThanOrEqual(stage.y);
      for (const tag of placed.tags) expect(inside(tag, stage), `${placed.label}:${tag.text}`).toBe(true);
      placed.tags.forEach((a, i) => placed.tags.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)));
    }
  });

  it('ends with a "+N" tag that accounts for every holder that did not fit', () => {
    const holders = Array.from({ length: 40 }, (_, i) => `holder_number_${i}`);
    const small: Rect = { x: 0, y: 0, width: 320, height: 260 };
    const [placed] = layoutTally(scene(object({ label: 'hat', delta: 40, holders })), small).objects;
    const more = placed!.tags.at(-1)!;
    expect(more.kind).toBe('more');
    const shown = placed!.tags.filter((t) => t.kind !== 'more').length;
    expect(shown).toBeGreaterThan(0);
    expect(more.text).toBe(`+${holders.length - shown}`);
    for (const tag of placed!.tags) expect(inside(tag, small)).toBe(true);
  });

  it('shortens a name too long for its cell', () => {
    const long = 'a_really_long_name_that_goes_on_and_on_and_on_forever';
    const [placed] = layoutTally(scene(object({ label: 'hat', holders: [long] })), { x: 0, y: 0, width: 240, height: 300 }).objects;
    expect(placed!.tags[0]!.text.endsWith('\u2026')).toBe(true);
    expect(placed!.tags[0]!.width).toBeLessThanOrEqual(240);
  });

  it('ties every string from the top of its tag to the bottom of its object, left to right', () => {
    const [placed] = layoutTally(scene(object({ label: 'hat', delta: 3, holders: ['a', 'b', 'c'] })), stage).objects;
    const ends = placed!.tags.map((t) => t.string.x2);
    expect([...ends].sort((a, b) => a - b)).toEqual(ends);
    for (const tag of placed!.tags) {
      expect(tag.string.x1).toBeCloseTo(tag.x);
      expect(tag.string.y1).toBeCloseTo(tag.y - tag.height / 2);
      expect(tag.string.y2).toBeGreaterThan(placed!.y);
      expect(tag.string.y2).toBeLessThan(tag.string.y1);
    }
  });

  it('starts objects one after another and finishes when the last one has counted', () => {
    const layout = layoutTally(scene(object({ label: 'hat', delta: 2 }), object({ label: 'wand', delta: 5 })), stage);
    const [hat, wand] = layout.objects;
    expect(wand!.startMs).toBe(hat!.startMs + DEFAULT_TALLY_OPTIONS.staggerMs);
    expect(wand!.countEndMs - wand!.startMs).toBe(5 * DEFAULT_TALLY_OPTIONS.stepMs);
    expect(layout.durationMs).toBe(wand!.endMs);
  });

  it('centres a lone object with its tags in the stage instead of leaving it at the top', () => {
    const [placed] = layoutTally(scene(object({ label: 'hat', delta: 1, holders: ['hat'] })), stage).objects;
    const top = placed!.counter.y - 20;
    const bottom = placed!.tags[0]!.y + placed!.tags[0]!.height / 2;
    const above = top - stage.y;
    const below = stage.y + stage.height - bottom;
    expect(above).toBeGreaterThan(stage.height * 0.15);
    expect(Math.abs(above - below)).toBeLessThan(stage.height * 0.2);
  });

  it('draws nothing for a scene without objects', () => {
    expect(layoutTally(scene(), stage)).toEqual({ objects: [], columns: 0, rows: 0, durationMs: 0 });
  });
});

describe('tallyMoments', () => {
  const start = { line: null, returned: null, objects: [object({ label: 'hat', holders: ['hat'] })] };
  const inside = {
    line: 7,
    returned: null,
    objects: [object({ label: 'hat', delta: 1, holders: ['hat'], locals: [{ name: 'h', function: 'wear' }] })],
  };

  it('steps through the moments of a run that changed something', () => {
    expect(tallyMoments({ ...scene(object({ label: 'hat' })), moments: [start, inside] })).toEqual([start, inside]);
  });

  it('offers no replay for a run with nothing to step through, or moments that do not fit the scene', () => {
    expect(tallyMoments(scene(object({ label: 'hat' })))).toEqual([]);
    expect(tallyMoments({ ...scene(object({ label: 'hat' })), moments: [start] })).toEqual([]);
    expect(tallyMoments({ ...scene(object({ label: 'hat' }), object({ label: 'None' })), moments: [start, inside] })).toEqual([]);
  });

  it('draws a moment with the ghost the whole run knows of', () => {
    const data = scene(object({ label: 'hat', delta: -3, vanished: true, weakGhost: true }));
    expect(momentScene(data, start).objects[0]!.weakGhost).toBe(true);
    expect(momentScene(data, start).objects[0]!.holders).toEqual(['hat']);
  });
});

describe('isTallyScene', () => {
  it('accepts tally data and rejects other chapters and nothing', () => {
    expect(isTallyScene(scene())).toBe(true);
    expect(isTallyScene({ kind: 'ghosts', objects: [] })).toBe(false);
    expect(isTallyScene(null)).toBe(false);
  });
});
