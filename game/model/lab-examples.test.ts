/**
 * The Lab's examples through the real runtime (CPython 3.14 in Pyodide), in every language: each
 * runs to its end without an error, and shows what its "what to look for" sentence promises.
 * One runtime serves every cast (useRealRuntime reuses its worker, putting back what a cast changed).
 */
import { describe, expect, it } from 'vitest';
import type { LabObject, LabStep } from '../../contracts/cast-protocol.js';
import { useRealRuntime } from '../../python-runtime/levels/real-runtime.js';
import { MEMORY_LAB_ID, labSceneOf, labStepsOf } from '../../python-runtime/lab/memory-lab.js';
import { LANGUAGE_IDS } from './language-choice.js';
import { translatorFor } from '../messages/translator.js';
import { LAB_EXAMPLES, labExampleSource, type LabExampleId } from './lab-examples.js';
import { starterInWords, starterPhrases } from './starter-words.js';

const { cast, factsOf } = useRealRuntime();

/** The object an id stood for, in the last step before `before` that drew it. */
function objectBefore(steps: LabStep[], id: number, before: number): LabObject | undefined {
  for (let at = before - 1; at >= 0; at--) {
    const object = steps[at]!.objects[String(id)];
    if (object) return object;
  }
  return undefined;
}

/** Objects of each type taken at some step, by the tally (`freed`) or the Ghost Collector (`swept`). */
function taken(steps: LabStep[], how: 'freed' | 'swept'): string[] {
  return steps.flatMap((step, at) => step[how].map((id) => objectBefore(steps, id, at + 1)?.type ?? '?'));
}

/** What each example's sentence promises, seen in its steps. */
const PROMISES: Record<LabExampleId, (steps: LabStep[], label: string) => void> = {
  refcount: (steps, label) => {
    // two names on one list, then the last del frees it
    const names = steps.map((step) => step.names);
    expect(
      names.some((each) => each['box'] !== undefined && each['box'] === each['other']),
      `${label}: ${JSON.stringify(names)}`,
    ).toBe(true);
    expect(taken(steps, 'freed'), label).toContain('list');
    expect(taken(steps, 'swept'), label).toEqual([]);
  },
  gc: (steps) => {
    expect(taken(steps, 'swept').filter((type) => type === 'list')).toHaveLength(2);
    expect(steps.flatMap((step) => step.collections)).not.toEqual([]);
  },
  gil: (steps) => {
    const final = steps.at(-1)!;
    expect(final.objects[String(final.names['count'])]!.repr).toBe('6');
    for (const knight of ['knight_a', 'knight_b']) {
      expect(steps.some((step) => step.frames.some((frame) => frame.function === knight))).toBe(true);
    }
  },
  bytecode: (steps) => {
    const final = steps.at(-1)!;
    expect(final.objects[String(final.names['total'])]!.repr).toBe(String((99 * 100) / 2));
    expect(steps.filter((step) => step.frames.some((frame) => frame.function === 'add')).length).toBeGreaterThanOrEqual(100);
  },
  interpreter: (steps) => {
    expect(steps.map((step) => step.frames.map((frame) => frame.function))).toContainEqual(['double_and_one', 'double']);
  },
  blank: (steps) => {
    expect(steps.flatMap((step) => Object.keys(step.names))).toEqual([]);
  },
};

describe('the Lab’s examples', () => {
  it('are one per chapter’s idea, and a blank page', () => {
    expect(LAB_EXAMPLES.map((example) => example.id)).toEqual(['refcount', 'gc', 'gil', 'bytecode', 'interpreter', 'blank']);
  });

  it.each(LANGUAGE_IDS)('have their title, their sentence and their words in %s, the Python left as it is', (language) => {
    const words = translatorFor(language);
    const blanks = (source: string) =>
      starterInWords(
        source,
        starterPhrases(source).map(() => '…'),
      );
    for (const example of LAB_EXAMPLES) {
      const key = `lab.programs.examples.${example.id}`;
      expect(words.say(`${key}.title`)).not.toMatch(/^\[/);
      expect(words.say(`${key}.look`)).not.toMatch(/^\[/);
      const phrases = words.lookup(`${key}.spell`) as string[];
      if (language === 'en') expect(phrases, key).toEqual(starterPhrases(example.source));
      const source = labExampleSource(example, words);
      expect(starterPhrases(source), `${language}: ${example.id}`).toEqual(phrases);
      expect(blanks(source), `${language}: ${example.id}`).toBe(blanks(example.source));
    }
  });

  it('run through the real Lab to their end, in every language, and show what their sentence promises', async () => {
    for (const language of LANGUAGE_IDS) {
      const words = translatorFor(language);
      for (const example of LAB_EXAMPLES) {
        const result = await cast(MEMORY_LAB_ID, labExampleSource(example, words));
        const label = `${language}: ${example.id}`;
        const scene = labSceneOf(result);
        expect(result.error, label).toBeNull();
        expect(scene, label).not.toBeNull();
        expect(scene!.error, label).toBeNull();
        expect(scene!.interrupted || result.interrupted, label).toBe(false);
        expect(scene!.cut, label).toEqual({ steps: false, objects: false });
        const steps = labStepsOf(scene!);
        PROMISES[example.id](steps, label);
        // the sentences it prints are the kid's language's
        const printed = (words.lookup(`lab.programs.examples.${example.id}.spell`) as string[]).filter((phrase) =>
          new RegExp(`print\\("${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`).test(labExampleSource(example, words)),
        );
        for (const phrase of printed) expect(result.output, label).toContain(phrase);
      }
    }
  }, 120_000);

  it('keep their promise about runes in this CPython: 6 * 7 is folded, and add() is specialised after the loop', async () => {
    const bytecode = LAB_EXAMPLES.find((example) => example.id === 'bytecode')!;
    const output = await factsOf(`
import dis, io, contextlib
ns = {"__name__": "__example__"}
with contextlib.redirect_stdout(io.StringIO()):
    exec(compile(${JSON.stringify(bytecode.source)}, "<example>", "exec"), ns)
folded = [i.argval for i in dis.get_instructions(ns["answer"]) if i.opname.startswith("LOAD")]
plain = [i.opname for i in dis.get_instructions(ns["add"])]
warm = [i.opname for i in dis.get_instructions(ns["add"], adaptive=True)]
print("folded", folded, "warm", warm != plain)
`);
    expect(output).toContain('folded [42] warm True');
  });
});
