import { describe, expect, it } from 'vitest';
import type { CastResult, TallyObject } from '../../../contracts/cast-protocol.js';
import { sceneOf, useRealRuntime } from '../real-runtime.js';

/*
 * Chapter 1 (the magic hat and its tally) through the real runtime, beyond the level table
 * (levels.test.ts casts every level's reference, starter and wrong spells): the numbers its
 * scenes show, measured by the checker and never canned, and the facts its stories teach,
 * which must hold in this very Python (CPython 3.14 in Pyodide).
 */

const { cast, outputOf } = useRealRuntime({ timeLimitMs: 10_000 });

function tallyOf(result: CastResult, label: string): TallyObject {
  const object = sceneOf(result, 'tally').objects.find((entry) => entry.label === label);
  expect(object, `no "${label}" in the scene`).toBeDefined();
  return object!;
}

/** What the scenes must show for some spells: numbers measured by the checker, never canned. */
describe('measured scenes', () => {
  it('shows the new holder and +1 for another-holder', async () => {
    const hat = tallyOf(await cast('refcount/another-holder', 'my_hat = hat\n'), 'hat');
    expect(hat).toMatchObject({ delta: 1, holders: ['hat', 'my_hat'], vanished: false });
    const twice = tallyOf(await cast('refcount/another-holder', 'a = hat\nb = [hat, hat]\n'), 'hat');
    expect(twice).toMatchObject({ delta: 3, holders: ['a', 'hat'], containers: [{ name: 'b', slots: 2 }] });
  });

  it('counts list slots of the same wand one by one', async () => {
    const result = await cast('refcount/three-pockets', 'pockets.extend([wand] * 3)\n');
    expect(result.passed).toBe(true);
    expect(tallyOf(result, 'wand')).toMatchObject({ delta: 3, containers: [{ name: 'pockets', slots: 3 }] });
  });

  it('shows the broom going back to where it started, whichever way the holders let go', async () => {
    for (const spell of ['del spare\nshelf.clear()\n', 'spare = None\ndel shelf\n', 'del spare\nshelf.pop()\nshelf.pop()\n']) {
      const result = await cast('refcount/let-go', spell);
      expect(result.passed, spell).toBe(true);
      expect(tallyOf(result, 'broom')).toMatchObject({ delta: -3, holders: ['broom'], containers: [] });
    }
  });

  it('shows the hat vanish only when the last holder lets go', async () => {
    const gone = await cast('refcount/make-it-vanish', 'wardrobe.clear()\nbag.clear()\nhat = "a new hat"\n');
    expect(gone.passed).toBe(true);
    expect(tallyOf(gone, 'hat')).toMatchObject({ vanished: true, delta: -3 });
    const still = await cast('refcount/make-it-vanish', 'wardrobe.remove(hat)\ndel hat\n');
    expect(still.passed).toBe(false);
    expect(tallyOf(still, 'hat')).toMatchObject({ vanished: false, delta: -2, containers: [{ name: 'bag', slots: 1 }] });
  });

  it('says which cleaner freed the hat: the tally reaching 0 (a pass), or gc.collect() sweeping a hat that held itself (not one)', async () => {
    const letGo = 'import gc\nwardrobe.remove(hat)\ndel bag["hat"]\ndel hat\ngc.collect()\n';
    const byTally = await cast('refcount/make-it-vanish', letGo);
    expect(byTally.passed).toBe(true);
    expect(byTally.messages.map((message) => message.key)).toEqual(['levels.refcount/make-it-vanish.msg.well-done']);
    const swept = await cast('refcount/make-it-vanish', letGo.replace('import gc\n', 'import gc\nhat.me = hat\n'));
    // it vanished, but its tally never reached 0: the story's way (and two-cleaners') is not a pass
    expect(swept.passed).toBe(false);
    expect(swept.messages.map((message) => message.key)).toEqual(['levels.refcount/make-it-vanish.msg.swept']);
    expect(tallyOf(swept, 'hat')).toMatchObject({ vanished: true, swept: true });
    expect(tallyOf(byTally, 'hat')).toMatchObject({ vanished: true, swept: false });
  });

  it('sees a function name hold the hat only while the function runs', async () => {
    const result = await cast('refcount/function-holder', 'def wear(h):\n    print(peek())\nwear(hat)\nprint(peek())\n');
    expect(result.passed).toBe(true);
    expect(result.output).toBe('1\n0\n');
    expect(result.messages[0]!.params).toMatchObject({ inside: '+1', after: '0' });
    // a list outside the function raises the tally too, but no name of the function held the hat
    const outside = await cast('refcount/function-holder', 'def wear():\n    print(peek())\ntmp = [hat]\nwear()\ndel tmp\nprint(peek())\n');
    expect(outside.passed).toBe(false);
    expect(outside.output).toBe('1\n0\n');
    expect(outside.messages.map((message) => message.key)).toEqual(['levels.refcount/function-holder.msg.held-outside']);
    // the function's own tuple of arguments holds the hat: that is the function holding it
    const gathered = await cast('refcount/function-holder', 'def wear(*things):\n    print(peek())\nwear(hat)\nprint(peek())\n');
    expect(gathered.passed, JSON.stringify(gathered.messages)).toBe(true);
  });

  it("shows None's tally frozen next to the hat's", async () => {
    const result = await cast('refcount/immortal-none', 'pile.extend([hat, None] * 5)\n');
    expect(result.passed).toBe(true);
    expect(tallyOf(result, 'hat')).toMatchObject({ delta: 5, containers: [{ name: 'pile', slots: 5 }] });
    expect(tallyOf(result, 'None')).toMatchObject({ delta: 0, containers: [{ name: 'pile', slots: 5 }] });
  });

  it('reports a crash in the spell as an error with its line, not as a verdict', async () => {
    const result = await cast('refcount/another-holder', 'my_hat = hat\nprint(my_hatt)\n');
    expect(result.passed).toBe(false);
    expect(result.error).toMatchObject({ type: 'NameError', line: 2 });
  });
});

/** The stories teach these facts: they must hold in this very Python. */
describe('what the stories claim', () => {
  it('sys.getrefcount counts hidden helpers besides the names (another-holder)', async () => {
    // the only name in the spell holding the hat is `hat`, yet the tally is higher
    expect(Number(await outputOf('refcount/another-holder', 'import sys\nprint(sys.getrefcount(hat))\n'))).toBeGreaterThan(1);
  });

  it('a weak reference is not a holder (make-it-vanish)', async () => {
    const spell =
      'import sys, weakref\nbefore = sys.getrefcount(hat)\nghost = weakref.ref(hat)\nprint(sys.getrefcount(hat) - before, ghost() is hat)\n';
    expect(await outputOf('refcount/make-it-vanish', spell)).toBe('0 True\n');
  });

  it('Python frees an object at once when its tally reaches 0 (make-it-vanish)', async () => {
    const spell = 'import weakref\nghost = weakref.ref(hat)\nwardrobe.remove(hat)\ndel bag["hat"]\ndel hat\nprint(ghost())\n';
    expect(await outputOf('refcount/make-it-vanish', spell)).toBe('None\n');
  });

  it('a default value like h=hat holds the hat as long as the function lives (function-holder kept-hidden)', async () => {
    const spell =
      'import sys\nbefore = sys.getrefcount(hat)\ndef wear(h=hat):\n    pass\nwear()\nprint(sys.getrefcount(hat) - before)\ndel wear\nprint(sys.getrefcount(hat) - before)\n';
    expect(await outputOf('refcount/another-holder', spell)).toBe('1\n0\n');
  });

  it('None, True, False and small numbers like 7 are immortal: their tally never moves (immortal-none)', async () => {
    const spell = [
      'import sys',
      'things = [None, True, False, 7]',
      'before = [sys.getrefcount(t) for t in things]',
      'crowd = [t for t in things for _ in range(100)]',
      'print([sys.getrefcount(t) - b for t, b in zip(things, before)])',
      'print(all(sys._is_immortal(t) for t in things), sys.getrefcount(None) > 1_000_000)',
    ].join('\n');
    expect(await outputOf('refcount/immortal-none', spell)).toBe('[0, 0, 0, 0]\nTrue True\n');
  });

  it('the level texts promise sys._is_immortal exists (immortal-none well-done)', async () => {
    expect(await outputOf('refcount/immortal-none', 'import sys\nprint(sys._is_immortal(None), sys.version_info >= (3, 12))\n')).toBe(
      'True True\n',
    );
  });
});
