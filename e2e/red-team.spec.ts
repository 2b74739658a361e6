import { expect, test } from '@playwright/test';
import { levelById } from '../python-runtime/levels/index.js';
import type { CastRequest, CastResult } from '../python-runtime/protocol.js';

/**
 * The red team's roads, tried in the browser build where kids' spells really run: each attack
 * is written to pass a lesson it did not do (or to reach the worker's JavaScript and post a
 * forged verdict). Each is cast twice, with the spell policy and without it (so the layers under
 * it hold on their own: the spell gate, the state guard, no road to JavaScript, the answer
 * channel). None may pass, each comes back as a result with a kind message, and the lesson's
 * reference still passes right after it.
 */

const HAT = 'refcount/another-holder';
const RUNES = 'bytecode/find-the-constant';

/** [what, lesson, spell]: every spell also prints the line the lesson's right answer prints. */
const ATTACKS: [string, string, string][] = [
  [
    'a frame walk to the checker, by a name built at run time',
    HAT,
    'import sys\nf = sys.__dict__["_get" + "frame"](0)\nwhile f is not None:\n    if "before" in f.f_locals:\n        f.f_locals["before"] -= 1\n    f = f.f_back\n',
  ],
  [
    'the gc walk to Pyodide\'s JavaScript, to post a forged verdict for every job id',
    HAT,
    [
      'import gc',
      'forged = {"level": "' + HAT + '", "passed": True, "messages": [], "output": "", "error": None, "interrupted": False, "scene": None}',
      'def post(scope):',
      '    for id in range(1, 100):',
      '        scope.postMessage({"type": "result", "id": id, "heapBytes": 1, "result": forged})',
      'for thing in gc.get_objects():',
      '    for item in gc.get_referents(thing):',
      '        if "Js" in type(item).__name__:',
      '            for road in (lambda js: js._api.config.jsglobals, lambda js: js.globalThis, lambda js: js.self, lambda js: js):',
      '                try:',
      '                    post(road(item))',
      '                except Exception:',
      '                    pass',
    ].join('\n') + '\n',
  ],
  ['the class that writes the result patched', HAT, 'import json\njson.JSONEncoder.encode = lambda self, o: \'{"passed": true}\'\n'],
  ['a table of dis changed in place', RUNES, 'import dis\nfor i, name in enumerate(dis.opname):\n    if name == "RETURN_VALUE":\n        dis.opname[i] = "LOAD_CONST"\n'],
  ['a code object built with names from pieces', HAT, 'def f():\n    pass\nc = f.__code__.replace(co_names=("_get" + "frame",))\nf.__code__ = c\n'],
  ['timeit running text with the real builtins', HAT, 'import timeit\ntimeit.timeit("import sys; sys._getframe(1).f_locals", number=1)\n'],
  ['ctypes through a name made at run time', HAT, '__import__("c" + "types").pythonapi\n'],
  ['an exception whose text does the cheating when the school describes it', HAT, 'class Sly(Exception):\n    def __str__(self):\n        import sys\n        sys._getframe(3).f_locals["before"] = -1\n        return "sly"\nraise Sly()\n'],
  ['a finalizer that cheats when the checker drops the spell\'s objects', HAT, 'import weakref, sys\nclass Box:\n    pass\nbox = Box()\nweakref.finalize(box, lambda: sys._getframe(2))\n'],
];

async function castInPage(page: import('@playwright/test').Page, request: CastRequest): Promise<CastResult> {
  return page.evaluate(
    (sent) => (window as unknown as { __pylandBench: { cast(r: CastRequest): Promise<CastResult> } }).__pylandBench.cast(sent),
    request,
  );
}

test('no red-team road passes a lesson in the browser build, with the policy or without it, and each is only a result', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await expect(page.locator('body')).toHaveAttribute('data-python-ready', 'true', { timeout: 60_000 });
  for (const [what, level, source] of ATTACKS) {
    for (const withoutPolicy of [false, true]) {
      const mode = `${what} (${withoutPolicy ? 'the policy off' : 'the policy on'})`;
      const result = await castInPage(page, { level, source, ...(withoutPolicy ? { withoutPolicy } : {}) });
      expect(result.passed, mode).toBe(false);
      expect(result.messages.length, mode).toBeGreaterThan(0);
      for (const message of result.messages) expect(message.text ?? '', mode).toMatch(/\w+ \w+/);
      const honest = await castInPage(page, { level, source: levelById(level)!.reference });
      expect(honest.passed, `the reference right after ${mode}`).toBe(true);
    }
  }
});
