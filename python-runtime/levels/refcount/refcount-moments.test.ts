import { describe, expect, it } from 'vitest';
import type { CastResult, TallyMoment, TallySceneData } from '../../../contracts/cast-protocol.js';
import { levelById } from '../index.js';
import { sceneOf, useRealRuntime } from '../real-runtime.js';

/*
 * Chapter 1 (the magic hat and its tally) through the real runtime: the moments the stage's
 * step-by-step replay walks through (TallyWatch in harness/pyland.py). levels.test.ts already
 * judges every reference and wrong spell; this file checks what the replay shows while the spell
 * runs: the +1 while a function's own name holds the hat, each holder letting go on its line,
 * and that watching changes nothing the checkers measure. (A spell cannot switch the watch's
 * trace off: sys.settrace is a closed door, see harness/pyland_policy.py and pyland_gate.py.)
 */

const { cast } = useRealRuntime();

function tally(result: CastResult): TallySceneData {
  expect(result.error, JSON.stringify(result.error)).toBeNull();
  return sceneOf(result, 'tally');
}

/** A moment in short: `line:delta holders|locals`, e.g. `7:+1 hat|h@wear`. */
function brief(moment: TallyMoment): string {
  return moment.objects
    .map((object) => {
      const delta = object.delta > 0 ? `+${object.delta}` : String(object.delta);
      const held = [...object.holders, ...object.containers.map((c) => `${c.name}x${c.slots}`)].join(',');
      const locals = (object.locals ?? []).map((local) => `${local.name}@${local.function}`).join(',');
      return `${moment.returned ? `${moment.returned}()-> ` : ''}${moment.line ?? 'start'}:${delta} ${object.vanished ? 'gone' : held}${locals ? `|${locals}` : ''}`;
    })
    .join(' / ');
}

describe('the tally, step by step', () => {
  it("shows the +1 while wear()'s own name h holds the hat, and the let-go when wear() returns", async () => {
    const result = await cast('refcount/function-holder', levelById('refcount/function-holder')!.reference);
    expect(result.passed).toBe(true);
    expect(tally(result).moments!.map(brief)).toEqual(['start:0 hat', '7:+1 hat|h@wear', 'wear()-> 7:0 hat']);
  });

  it('shows a holder that stays after the function: the list outside keeps the +1', async () => {
    const spell =
      'closet = []\n\ndef wear(h):\n    closet.append(h)\n    print("Inside wear:", peek())\n\nwear(hat)\nprint("After wear:", peek())\n';
    const result = await cast('refcount/function-holder', spell);
    expect(result.passed).toBe(false);
    expect(tally(result).moments!.map(brief)).toEqual([
      'start:0 hat',
      '7:+1 hat|h@wear',
      '4:+2 hat,closetx1|h@wear',
      'wear()-> 7:+1 hat,closetx1',
    ]);
  });

  it("shows each of the old hat's holders letting go on its own line, then the hat gone", async () => {
    const result = await cast('refcount/make-it-vanish', 'wardrobe.remove(hat)\ndel bag["hat"]\ndel hat\n');
    expect(result.passed).toBe(true);
    const scene = tally(result);
    expect(scene.objects[0]!.weakGhost).toBe(true);
    expect(scene.moments!.map(brief)).toEqual(['start:0 hat,bagx1,wardrobex1', '1:-1 hat,bagx1', '2:-2 hat', '3:-3 gone']);
  });

  it("counts a loop's holders as they come, and stops noting moments after 30", async () => {
    const result = await cast('refcount/three-pockets', 'for i in range(3):\n    pockets.append(wand)\n');
    const moments = tally(result).moments!.map(brief);
    expect(moments).toEqual(
      ['start:0 wand,pocketsx0', '2:+1 wand,pocketsx1', '2:+2 wand,pocketsx2', '2:+3 wand,pocketsx3'].map((m) =>
        m.replace(',pocketsx0', ''),
      ),
    );
    const long = await cast('refcount/three-pockets', 'for i in range(500):\n    pockets.append(wand)\n');
    expect(tally(long).moments!.length).toBe(30);
    // the verdict is the checker's own measure, the same with or without the watch
    expect(long.messages[0]?.params?.['delta']).toBe('+500');
  });

  it('follows None too, whose tally never moves however many slots hold it', async () => {
    const result = await cast('refcount/immortal-none', 'for i in range(5):\n    pile.append(hat)\n    pile.append(None)\n');
    expect(result.passed).toBe(true);
    const moments = tally(result).moments!;
    expect(moments.length).toBeGreaterThan(5);
    for (const moment of moments) expect(moment.objects[1]!.delta).toBe(0);
    expect(moments.at(-1)!.objects.map((object) => object.delta)).toEqual([5, 0]);
  });
});
