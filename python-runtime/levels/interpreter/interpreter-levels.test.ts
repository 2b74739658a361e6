import { describe, expect, it } from 'vitest';
import type { CastResult, WizardSceneData } from '../../../contracts/cast-protocol.js';
import { sceneOf, useRealRuntime } from '../real-runtime.js';

/*
 * Chapter 5 (the interpreter, the royal wizard) through the real runtime: what its stories teach
 * holds in this very Python (CPython 3.14 in Pyodide), the scenes show the runes the spell stepper
 * really ran, and a spell cannot fool the checkers by printing, crashing or looping.
 * (levels.test.ts already casts every reference, starter and wrong spell of every level.)
 */

const { cast, outputOf, factsOf } = useRealRuntime();

const wizard = (result: CastResult): WizardSceneData => sceneOf(result, 'wizard');

/** How many times the steps of a scene ran a rune called `opname`. */
function timesRun(scene: WizardSceneData, opname: string): number {
  return scene.steps.filter((step) => scene.runes[step.rune]!.opname === opname).length;
}

const BREW = 'def brew(a, b, c):\n    return a + b * c\n';
const STIR = 'def stir(times):\n    total = 0\n    for i in range(times):\n        total = total + i\n    return total\n';
const CALL = 'def double(n):\n    return n * 2\n\ndef brew(x):\n    y = double(x)\n    return y + 1\n';

describe('what the stories claim', () => {
  it('compile makes a code object without running it, exec runs it into the dictionary; 6 * 7 is already 42 in the runes', async () => {
    const spell = [
      'import dis',
      'runes = compile(recipe, "<recipe>", "exec")',
      'vault = {}',
      'print(type(runes).__name__, "gold" in vault)',
      'exec(runes, vault)',
      'print(vault["gold"], vault["silver"])',
      'print([(i.opname, i.argval) for i in dis.get_instructions(runes)][1:3])',
    ].join('\n');
    expect(await outputOf('interpreter/compile-and-exec', spell)).toBe(
      "code False\n42 50\n[('LOAD_SMALL_INT', 42), ('STORE_NAME', 'gold')]\n",
    );
    const result = await cast('interpreter/compile-and-exec', spell);
    expect(result.passed).toBe(true);
    const scene = wizard(result);
    // the scene is the kid's code object, stepped: STORE_NAME lit, 42 on the stack just before
    expect(scene.runes.map((r) => r.opname)).toContain('STORE_NAME');
    const firstStore = scene.steps.find((s) => s.marked)!;
    expect(scene.runes[firstStore.rune]).toMatchObject({ opname: 'STORE_NAME', argument: 'gold' });
    expect(firstStore.before).toEqual(['42']);
    expect(firstStore.after).toEqual([]);
  });

  it('in brew(2, 3, 4) the first BINARY_OP is the * and leaves [2, 12]; the second leaves [14]', async () => {
    const scene = wizard(await cast('interpreter/follow-the-stack', `${BREW}prediction = [2, 12]\n`));
    const binaries = scene.steps.filter((s) => scene.runes[s.rune]!.opname === 'BINARY_OP');
    expect(binaries.map((s) => [scene.runes[s.rune]!.argument, s.before, s.after])).toEqual([
      ['*', ['2', '3', '4'], ['2', '12']],
      ['+', ['2', '12'], ['14']],
    ]);
    // LOAD_FAST_BORROW_LOAD_FAST_BORROW puts two values on at once (the story says so)
    const pair = scene.steps.find((s) => scene.runes[s.rune]!.opname === 'LOAD_FAST_BORROW_LOAD_FAST_BORROW')!;
    expect(pair.after.length - pair.before.length).toBe(2);
    expect(scene.returned).toBe('14');
  });

  it('a for loop over range(4) runs JUMP_BACKWARD 4 times and FOR_ITER 5 times', async () => {
    const result = await cast('interpreter/jump-back', `${STIR}jumps = 4\n`);
    expect(result.passed).toBe(true);
    const scene = wizard(result);
    expect(timesRun(scene, 'JUMP_BACKWARD')).toBe(4);
    expect(timesRun(scene, 'FOR_ITER')).toBe(5);
    expect(scene.steps.filter((s) => s.marked).every((s) => scene.runes[s.rune]!.opname === 'JUMP_BACKWARD')).toBe(true);
    expect(scene.returned).toBe('6');
  });

  it('CPython itself (not only the stepper) runs JUMP_BACKWARD 4 times and FOR_ITER 5 times in stir(4), watched with sys.monitoring', async () => {
    const spell = [
      STIR,
      'import dis, sys',
      'mon = sys.monitoring',
      'tool = next(t for t in range(6) if mon.get_tool(t) is None)',
      'mon.use_tool_id(tool, "count-runes")',
      'names = {i.offset: i.opname for i in dis.get_instructions(stir)}',
      'ran = []',
      'mon.register_callback(tool, mon.events.INSTRUCTION, lambda code, offset: ran.append(names[offset]))',
      'mon.set_local_events(tool, stir.__code__, mon.events.INSTRUCTION)',
      'print(stir(4))',
      'mon.set_local_events(tool, stir.__code__, 0)',
      'mon.register_callback(tool, mon.events.INSTRUCTION, None)',
      'mon.free_tool_id(tool)',
      'print(ran.count("JUMP_BACKWARD"), ran.count("FOR_ITER"))',
    ].join('\n');
    expect(await factsOf(spell)).toBe('6\n4 5\n');
  });

  it('a while loop is read with its own backward jump, and the check counts it too', async () => {
    const spell =
      'def stir(times):\n    total = 0\n    i = 0\n    while i < times:\n        total = total + i\n        i = i + 1\n    return total\n';
    const probe = wizard(await cast('interpreter/jump-back', `${spell}jumps = 0\n`));
    const jumps = timesRun(probe, 'JUMP_BACKWARD');
    expect(jumps).toBeGreaterThan(0);
    expect((await cast('interpreter/jump-back', `${spell}jumps = ${jumps}\n`)).passed).toBe(true);
  });

  it("brew(5) opens a second frame for double; double hands back 10 onto brew's stack", async () => {
    const scene = wizard(await cast('interpreter/call-and-return', `${CALL}deepest = 2\nhanded_back = 10\n`));
    const call = scene.steps.find((s) => s.depthAfter > s.depth)!;
    expect(scene.runes[call.rune]!.opname).toBe('CALL');
    expect(Math.max(...scene.steps.map((s) => s.depthAfter))).toBe(2);
    const back = scene.steps.find((s) => scene.runes[s.rune]!.opname === 'RETURN_VALUE' && s.depth === 2)!;
    expect(back.before).toEqual(['10']);
    expect(back.depthAfter).toBe(1);
    expect(back.after).toEqual(['10']);
    expect(scene.functions).toEqual(['brew', 'double']);
  });
});

describe('the checks go by what really ran', () => {
  it("a prediction that matches the kid's own changed brew passes: the stack is measured, not remembered", async () => {
    const result = await cast('interpreter/follow-the-stack', 'def brew(a, b, c):\n    return a * b + c\n\nprediction = [6]\n');
    expect(result.passed).toBe(true);
  });

  it('keeps the asked-for answer out of the stage until a pass: a wrong guess gets a scene with its puzzle open', async () => {
    const cases: [string, string, string, string][] = [
      ['interpreter/follow-the-stack', `${BREW}prediction = [2, 3, 4]\n`, `${BREW}prediction = [2, 12]\n`, 'stack'],
      ['interpreter/jump-back', `${STIR}jumps = 5\n`, `${STIR}jumps = 4\n`, 'jumps'],
      ['interpreter/call-and-return', `${CALL}deepest = 1\nhanded_back = 11\n`, `${CALL}deepest = 2\nhanded_back = 10\n`, 'frames'],
    ];
    for (const [level, wrong, right, puzzle] of cases) {
      const failed = await cast(level, wrong);
      expect(failed.passed, level).toBe(false);
      expect(wizard(failed).puzzle, level).toBe(puzzle);
      const passed = await cast(level, right);
      expect(passed.passed, JSON.stringify(passed.messages)).toBe(true);
      expect(wizard(passed).puzzle, level).toBeNull();
    }
  });

  it('a recursive call counts its frames', async () => {
    const spell =
      'def double(n):\n    if n > 20:\n        return n\n    return double(n * 2)\n\ndef brew(x):\n    y = double(x)\n    return y + 1\n\n';
    // brew -> double(5) -> double(10) -> double(20) -> double(40): 5 frames, the first return hands back 40
    expect((await cast('interpreter/call-and-return', `${spell}deepest = 5\nhanded_back = 40\n`)).passed).toBe(true);
    expect((await cast('interpreter/call-and-return', `${spell}deepest = 2\nhanded_back = 40\n`)).passed).toBe(false);
  });

  it('a loop that never ends is stopped with a kind message, not a hang', async () => {
    const result = await cast(
      'interpreter/jump-back',
      'def stir(times):\n    total = 0\n    while True:\n        total = total + 1\n    return total\njumps = 1\n',
      20_000,
    );
    expect(result.passed).toBe(false);
    expect(result.error).not.toBeNull();
    expect(result.error!.message).toContain('loop that never ends');
  });

  it("an error inside the stepped function is the kid's error, with its type", async () => {
    const result = await cast('interpreter/follow-the-stack', 'def brew(a, b, c):\n    return a + b / (c - 4)\n\nprediction = []\n');
    expect(result.passed).toBe(false);
    expect(result.error?.type).toBe('ZeroDivisionError');
  });

  it('the recipe runs once in the output (the quiet run prints nothing), and a fixed vault fails', async () => {
    expect(
      await outputOf(
        'interpreter/compile-and-exec',
        'runes = compile(recipe, "<recipe>", "exec")\nvault = {}\nexec(runes, vault)\nprint(vault["silver"])\n',
      ),
    ).toBe('50\n');
    const fixed = await cast(
      'interpreter/compile-and-exec',
      'runes = compile(recipe, "<recipe>", "exec")\nvault = {"gold": 42, "silver": 50}\n',
    );
    expect(fixed.passed).toBe(false);
  });

  it('scenes stay small: capped runes, steps and stones', async () => {
    const spell =
      'def stir(times):\n    total = 0\n    for i in range(times * 30):\n        total = total + i\n    return total - sum(range(times * 30)) + 6\n\njumps = 0\n';
    const result = await cast('interpreter/jump-back', spell);
    const scene = wizard(result);
    expect(scene.steps.length).toBeLessThanOrEqual(80);
    expect(scene.totalSteps).toBeGreaterThan(80);
    expect(scene.steps.every((s) => s.rune < scene.runes.length)).toBe(true);
    expect(JSON.stringify(scene).length).toBeLessThan(20_000);
  });
});
