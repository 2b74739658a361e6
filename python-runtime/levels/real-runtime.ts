import { afterAll, beforeAll, expect } from 'vitest';
import { createNodeRuntime } from '../node-runtime.js';
import type { CastResult, SceneData } from '../../contracts/cast-protocol.js';
import type { MeasuredSpellRuntime } from '../runtime-client.js';
import { translatorFor } from '../../game/messages/translator.js';
import { withTexts } from '../verdict-texts.js';

/** The level tests read the verdicts' words in English (the runtime itself sends keys only). */
const english = translatorFor('en');

/**
 * The level tests' real runtime: CPython 3.14 in Pyodide on a Node worker, with the harness and
 * every level's checker from disk, started before a test file's tests and stopped after them.
 * Call it once at the top of a test file.
 */
/** The fixture level of factsOf: no lesson, only a place for the tests' own code to run. */
const FACTS = 'tests/facts';
/**
 * Runs the test's code as the school's own code (a checker's, which the spell gate trusts), with
 * a hat to look at: facts of CPython measured with tools no spell may use, such as a frame, a
 * sys.monitoring callback or exec. What it prints (or the error it met) is the cast's output.
 */
const FACTS_CHECKER = `
import sys
from pyland import MagicHat, Verdict

def check(spell):
    names = {"__name__": "__facts__", "hat": MagicHat("hat")}
    shown = sys.stdout
    sys.stdout = spell._output
    try:
        exec(compile(spell.source, "<checker facts>", "exec"), names)
    except BaseException as exc:
        print(f"the facts' own code failed: {type(exc).__name__}: {exc}")
    finally:
        sys.stdout = shown
    return Verdict(True)
`;

export function useRealRuntime(options: { timeLimitMs?: number; freshWorkerPerCast?: boolean } = {}) {
  let runtime: MeasuredSpellRuntime;
  beforeAll(async () => {
    runtime = createNodeRuntime({
      checkers: { [FACTS]: FACTS_CHECKER },
      // the level tests cast hundreds of spells: one worker serves them (and the tests of what
      // outlives a cast check that the harness puts everything back), unless a test asks for the game's way
      reuseWorker: options.freshWorkerPerCast !== true,
    }) as MeasuredSpellRuntime;
    await runtime.ready;
  }, 120_000);
  afterAll(() => runtime?.dispose());

  const cast = (level: string, source: string, timeLimitMs = options.timeLimitMs ?? 10_000): Promise<CastResult> =>
    runtime.cast({ level, source, timeLimitMs }).then((result) => withTexts(result, english));
  /**
   * A cast without the spell policy (harness/pyland_policy.py): for the tests of what lies under
   * it (the tamper guard, the watches) and for measuring facts of CPython with tools no lesson
   * lets a kid use (sys.monitoring, frames).
   */
  const castWithoutPolicy = (level: string, source: string, timeLimitMs = options.timeLimitMs ?? 10_000): Promise<CastResult> =>
    runtime.cast({ level, source, timeLimitMs, withoutPolicy: true }).then((result) => withTexts(result, english));

  /** Casts already made through castOnce, by level, source and time limit (this runtime's only). */
  const made = new Map<string, Promise<CastResult>>();
  /**
   * `cast`, made once per test file for the same level, spell and time limit: the level table
   * reads the reference's and every wrong spell's result in two tests. Only for tests that read
   * a result; a test about what a cast leaves behind (the tamper tests) casts afresh with `cast`.
   * Each caller gets a copy of its own, so no test can change what another reads.
   */
  const castOnce = async (level: string, source: string, timeLimitMs = options.timeLimitMs ?? 10_000): Promise<CastResult> => {
    const key = JSON.stringify([level, source, timeLimitMs]);
    let result = made.get(key);
    if (result === undefined) {
      result = cast(level, source, timeLimitMs);
      made.set(key, result);
    }
    return structuredClone(await result);
  };

  return {
    /** The runtime itself, for the stepper tools (started by the time a test runs). */
    get runtime(): MeasuredSpellRuntime {
      return runtime;
    },
    cast,
    castOnce,
    castWithoutPolicy,
    /** What the test's own code printed, run as the school's code with every tool (see FACTS_CHECKER); it must not fail. */
    async factsOf(source: string): Promise<string> {
      const result = await runtime.cast({ level: FACTS, source, timeLimitMs: options.timeLimitMs ?? 10_000, withoutPolicy: true });
      expect(result.messages.map((message) => message.key)).toEqual([]);
      expect(result.output).not.toContain("the facts' own code failed");
      return result.output;
    },
    /** What a spell printed, cast in `level` (whose check does not matter here, nor the policy: it measures facts); it must not fail. */
    async outputOf(level: string, spell: string): Promise<string> {
      const result = await castWithoutPolicy(level, spell);
      expect(result.error, JSON.stringify(result.error)).toBeNull();
      return result.output;
    },
  };
}

/** The result's scene, which must be of this kind. */
export function sceneOf<Kind extends SceneData['kind']>(result: CastResult, kind: Kind): Extract<SceneData, { kind: Kind }> {
  expect(result.scene, JSON.stringify(result)).not.toBeNull();
  expect(result.scene!.kind, JSON.stringify(result.messages)).toBe(kind);
  return result.scene as Extract<SceneData, { kind: Kind }>;
}
