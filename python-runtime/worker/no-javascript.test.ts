import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeRuntime } from '../node-runtime.js';
import type { MeasuredSpellRuntime } from '../runtime-client.js';

/*
 * No road from a spell's Python to JavaScript: once a worker is set up, Python holds no
 * reference to the Pyodide API, its loaders, `js` or the worker's globals (from there a spell
 * could post forged results, or reach Node). A checker of the test's own (the school's code,
 * which may walk the garbage collector) follows every object Python can reach, from every
 * object the collector knows, and lists the JavaScript objects among them.
 */

const WALK = 'tests/walk-for-javascript';
const WALKER = `
import gc
from pyland import Verdict

def check(spell):
    from pyodide.ffi import JsProxy
    seen = set()
    todo = list(gc.get_objects())
    found = []
    while todo:
        holder = todo.pop()
        if id(holder) in seen:
            continue
        seen.add(id(holder))
        for item in gc.get_referents(holder):
            if isinstance(item, JsProxy) and not isinstance(item, type):
                found.append(f"{type(holder).__name__} holds {item.typeof}")
            elif id(item) not in seen:
                todo.append(item)
    spell._output.write("\\n".join(sorted(found)) + "\\n")
    spell._output.write(f"walked {len(seen)}\\n")
    return Verdict(True)
`;

let runtime: MeasuredSpellRuntime;
beforeAll(async () => {
  runtime = createNodeRuntime({ withoutLevels: true, checkers: { [WALK]: WALKER } }) as MeasuredSpellRuntime;
  await runtime.ready;
}, 120_000);
afterAll(() => runtime?.dispose());

describe('what Python can reach of JavaScript in a spell worker', () => {
  it('is only the host sleep and the school clock’s writer, functions in closures: no Pyodide API, no loader, no globals', async () => {
    const result = await runtime.cast({ level: WALK, source: 'pass', withoutPolicy: true, timeLimitMs: 60_000 });
    expect(result.messages).toEqual([]);
    const lines = result.output.trim().split('\n');
    const walked = Number(/^walked (\d+)$/.exec(lines.at(-1) ?? '')?.[1]);
    // the walk really went through Python's objects (a few hundred thousand of them)
    expect(walked).toBeGreaterThan(10_000);
    expect(lines.slice(0, -1)).toEqual(['cell holds function', 'cell holds function']);
  });
});
