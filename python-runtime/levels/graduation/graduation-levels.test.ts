import { describe, expect, it } from 'vitest';
import type { CastResult } from '../../../contracts/cast-protocol.js';
import { useRealRuntime } from '../real-runtime.js';

/*
 * Graduation through the real runtime: what its stories teach holds in this very Python (CPython
 * 3.14 in Pyodide), and each checker fails a wrong spell for the reason its message gives.
 * (levels.test.ts already casts every reference, starter and wrong spell of every level.)
 */

const { cast, outputOf } = useRealRuntime({ timeLimitMs: 20_000 });

const keys = (result: CastResult) => result.messages.map((message) => message.key.split('.msg.').pop());

describe('what the graduation stories claim', () => {
  it('count += 1 on a global inside a function is four runes: LOAD_GLOBAL, LOAD_SMALL_INT, BINARY_OP, STORE_GLOBAL', async () => {
    const spell = [
      'import dis',
      'count = 0',
      'def arthur():\n    global count\n    count += 1',
      'print([i.opname for i in dis.get_instructions(arthur)][1:-2])',
    ].join('\n');
    expect(await outputOf('graduation/folded-stack', spell)).toBe("['LOAD_GLOBAL', 'LOAD_SMALL_INT', 'BINARY_OP', 'STORE_GLOBAL']\n");
  });

  it('60 * 60 is folded into the constant 3600: a + 60 * 60 has one BINARY_OP and no multiplication', async () => {
    const spell = [
      'import dis',
      'def potion(a):\n    return a + 60 * 60',
      'runes = [(i.opname, i.argrepr) for i in dis.get_instructions(potion)]',
      'print(3600 in potion.__code__.co_consts, [r for r in runes if r[0] == "BINARY_OP"])',
    ].join('\n');
    expect(await outputOf('graduation/folded-stack', spell)).toBe("True [('BINARY_OP', '+')]\n");
  });

  it('a lone object leaves when its last holder lets go, a circle only when the collector comes', async () => {
    const spell = [
      'import gc, weakref',
      'class Spirit:\n    pass',
      'gc.disable()',
      'lamp = Spirit(); see_lamp = weakref.ref(lamp)',
      'wisp = Spirit(); mist = Spirit(); wisp.friend = mist; mist.friend = wisp; see_wisp = weakref.ref(wisp)',
      'del lamp, wisp, mist',
      'print(see_lamp() is None, see_wisp() is None)',
      'gc.collect()',
      'print(see_wisp() is None)',
      'gc.enable()',
    ].join('\n');
    expect(await outputOf('graduation/folded-stack', spell)).toBe('True False\nTrue\n');
  });
});

describe('the graduation checkers', () => {
  it('guard-the-gold: LOAD_FAST is refused, and a lock in one knight only still loses an update', async () => {
    const knights = (lockBors: boolean) =>
      `count = 0\n\ndef arthur():\n    global count\n    for step in range(2):\n        with lock:\n            count += 1\n\n` +
      `def bors():\n    global count\n    for step in range(2):\n${lockBors ? '        with lock:\n            count += 1' : '        count += 1'}\n`;
    const fast = await cast('graduation/guard-the-gold', `${knights(true)}reads = "LOAD_FAST"\nwrites = "STORE_GLOBAL"\n`);
    expect(fast.passed).toBe(false);
    expect(keys(fast)).toEqual(['wrong-rune']);
    const half = await cast('graduation/guard-the-gold', `${knights(false)}reads = "load_global"\nwrites = "STORE_GLOBAL"\n`);
    expect(half.passed).toBe(false);
    expect(keys(half)).toEqual(['lost']);
    expect(half.scene?.kind).toBe('knights');
  });

  it('two-cleaners: a second holder keeps lamp, an early collector keeps the circle', async () => {
    const spare = await cast('graduation/two-cleaners', 'import gc\nspare = lamp\ndel lamp\ndel wisp\ndel mist\ngc.collect()\n');
    expect(keys(spare)).toEqual(['lamp-stays']);
    expect(spare.messages[0]?.text).toContain('spare');
    const early = await cast('graduation/two-cleaners', 'import gc\ndel lamp\ngc.collect()\ndel wisp\ndel mist\n');
    expect(keys(early)).toEqual(['too-early']);
  });

  it('folded-stack: the stack after the only BINARY_OP is [3605], and [5, 3600] is the pile just before it', async () => {
    const fn = 'def potion(a):\n    return a + 60 * 60\n';
    expect((await cast('graduation/folded-stack', `${fn}prediction = [3605]\n`)).passed).toBe(true);
    const before = await cast('graduation/folded-stack', `${fn}prediction = [5, 3600]\n`);
    expect(keys(before)).toEqual(['before-op']);
    expect(before.scene?.kind).toBe('wizard');
  });
});
