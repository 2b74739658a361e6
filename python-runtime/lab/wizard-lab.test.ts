/**
 * The Memory Lab's rune-by-rune view through the real runtime (CPython 3.14 in Pyodide): each
 * program is cast through `lab/wizard` and read by the spell stepper; what the steps show (runes,
 * stacks, frames, names) is checked against what CPython's runes do, the output against a plain
 * run of the same program, and the ends (an error, a rune the stepper cannot read, a runaway, a
 * host call) against what a spell meets.
 */
import { describe, expect, it } from 'vitest';
import type { CastResult, LabWizardFrame, LabWizardSceneData } from '../../contracts/cast-protocol.js';
import { endNote, labWizardSceneOf, wholeFrames, wizardStepView } from '../../game/ui/lab/lab-wizard-view.js';
import { translatorFor } from '../../game/messages/translator.js';
import { LEVELS } from '../levels/index.js';
import { useRealRuntime } from '../levels/real-runtime.js';
import { MEMORY_LAB_ID } from './memory-lab.js';

const { cast } = useRealRuntime();
const WIZARD_LAB_ID = 'lab/wizard';
const english = translatorFor('en');

/** One step whole: the rune that ran, and every frame open after it (outermost first). */
interface Step {
  code: string;
  opname: string;
  argument: string;
  line: number | null;
  depth: number;
  frames: { code: string; stack: string[]; names: Record<string, string> }[];
}

interface Read {
  result: CastResult;
  scene: LabWizardSceneData;
  steps: Step[];
}

function stepsOf(scene: LabWizardSceneData): Step[] {
  const frames = wholeFrames(scene);
  const frameOf = (frame: LabWizardFrame) => ({
    code: scene.codes[frame.code]!.name,
    stack: frame.stack,
    names: Object.fromEntries(frame.names),
  });
  return scene.steps.map((step, at) => {
    const [opname, argument, line] = scene.codes[step.code]!.runes[step.rune]!;
    return { code: scene.codes[step.code]!.name, opname, argument, line, depth: step.depth, frames: frames[at]!.map(frameOf) };
  });
}

async function read(source: string, timeLimitMs?: number): Promise<Read> {
  const result = await cast(WIZARD_LAB_ID, source, timeLimitMs);
  const scene = labWizardSceneOf(result);
  expect(scene, JSON.stringify(result.messages)).not.toBeNull();
  return { result, scene: scene!, steps: stepsOf(scene!) };
}

/** The sentence the view says under the stepper, in English. */
function ending(scene: LabWizardSceneData): string {
  const note = endNote(scene);
  return english.t(`lab.wizard.${note.key}`, note.params);
}

const innermost = (step: Step) => step.frames.at(-1)!;

describe('the rune-by-rune view: what the wizard reads', () => {
  it('reads a plain line: the stack goes up and down, the name is stored', async () => {
    const { result, scene, steps } = await read('x = 1 + 2\ny = x * 4\n');
    expect(result.passed).toBe(true);
    expect(scene.end).toBe('finished');
    // the compiler folded 1 + 2 into 3; x * 4 is a BINARY_OP the wizard carries out
    const module = steps.filter((step) => step.code === '<module>' && step.line !== null);
    expect(module.slice(0, 6).map((step) => `${step.opname} ${step.argument}`)).toEqual([
      'LOAD_SMALL_INT 3',
      'STORE_NAME x',
      'LOAD_NAME x',
      'LOAD_SMALL_INT 4',
      'BINARY_OP *',
      'STORE_NAME y',
    ]);
    expect(module.slice(0, 6).map((step) => innermost(step).stack)).toEqual([['3'], [], ['3'], ['3', '4'], ['12'], []]);
    expect(innermost(module[1]!).names).toEqual({ x: '3' });
    expect(innermost(module[5]!).names).toEqual({ x: '3', y: '12' });
    expect(steps.at(-1)).toMatchObject({ opname: 'RETURN_VALUE', depth: 0, frames: [] });
  });

  it('opens a frame for a call, with its locals, and hands the value back onto the caller’s stack', async () => {
    const { steps } = await read('def double(n):\n    twice = n * 2\n    return twice\n\ny = double(4)\n');
    const call = steps.findIndex((step) => step.opname === 'CALL' && step.code === '<module>');
    expect(steps[call]!.depth).toBe(2);
    expect(steps[call]!.frames.map((frame) => frame.code)).toEqual(['<module>', 'double']);
    expect(innermost(steps[call]!)).toMatchObject({ stack: [], names: { n: '4' } });
    const back = steps.findIndex((step) => step.opname === 'RETURN_VALUE' && step.code === 'double');
    expect(innermost(steps[back - 1]!)).toMatchObject({ stack: ['8'], names: { n: '4', twice: '8' } });
    expect(steps[back]!.depth).toBe(1);
    expect(steps[back]!.frames.map((frame) => frame.code)).toEqual(['<module>']);
    expect(innermost(steps[back]!).stack).toEqual(['8']);
    expect(steps[back + 1]).toMatchObject({ opname: 'STORE_NAME', argument: 'y' });
    expect(innermost(steps[back + 1]!).names).toMatchObject({ y: '8' });
  });

  it('shows three rooms of a recursion three deep at its deepest rune', async () => {
    const source = 'def down(n):\n    if n == 1:\n        return 1\n    return down(n - 1) + 1\n\nr = down(3)\nprint(r)\n';
    const { result, steps } = await read(source);
    const deepest = Math.max(...steps.map((step) => step.depth));
    expect(deepest).toBe(4);
    const at = steps.find((step) => step.depth === deepest)!;
    expect(at.frames.map((frame) => frame.code)).toEqual(['<module>', 'down', 'down', 'down']);
    expect(at.frames.slice(1).map((frame) => frame.names['n'])).toEqual(['3', '2', '1']);
    expect(result.output).toBe('3\n');
  });

  it('reads the runes of a loop again each time round', async () => {
    const { steps } = await read('total = 0\nfor i in range(3):\n    total += i\nprint(total)\n');
    const adds = steps.filter((step) => step.opname === 'BINARY_OP' && step.argument === '+=');
    expect(adds).toHaveLength(3);
    expect(adds.map((step) => innermost(step).stack.at(-1))).toEqual(['0', '1', '3']);
    expect(steps.filter((step) => step.opname === 'FOR_ITER')).toHaveLength(4);
    expect(steps.filter((step) => step.opname === 'JUMP_BACKWARD')).toHaveLength(3);
  });

  it('reads a program with a class: the class body is one CALL run natively, a method called later gets its own room', async () => {
    const source =
      'class Shelf:\n    def __init__(self):\n        self.books = []\n\n    def add(self, book):\n        self.books.append(book)\n        return len(self.books)\n\nshelf = Shelf()\nn = shelf.add("owls")\nprint(n)\n';
    const { result, scene, steps } = await read(source);
    const plain = await cast(MEMORY_LAB_ID, source);
    expect(scene.end).toBe('finished');
    expect(result.passed).toBe(true);
    expect(result.output).toBe('1\n');
    expect(result.output).toBe(plain.output);
    const module = steps.filter((step) => step.code === '<module>' && step.line !== null);
    expect(module.slice(0, 7).map((step) => step.opname)).toEqual([
      'LOAD_BUILD_CLASS',
      'PUSH_NULL',
      'LOAD_CONST',
      'MAKE_FUNCTION',
      'LOAD_CONST',
      'CALL',
      'STORE_NAME',
    ]);
    expect(innermost(module[0]!).stack).toEqual([expect.stringContaining('<built-in function __build_')]);
    expect(module[2]!.argument).toContain('code object Shelf');
    expect(module.slice(4, 7).map((step) => step.argument)).toEqual(["'Shelf'", '2', 'Shelf']);
    // the whole class body ran inside that one CALL: no room opened for it, no rune of it read,
    // and the step says which class it built, for the view to tell the kid why
    const made = module[5]!;
    expect(wizardStepView(scene, wholeFrames(scene), steps.indexOf(made))?.builtClass).toBe('Shelf');
    expect(steps.filter((step) => wizardStepView(scene, wholeFrames(scene), steps.indexOf(step))?.builtClass)).toEqual([made]);
    expect(made.depth).toBe(1);
    expect(made.frames.map((frame) => frame.code)).toEqual(['<module>']);
    expect(innermost(made).stack).toEqual([expect.stringContaining('Shelf')]);
    expect(steps.some((step) => step.code === 'Shelf')).toBe(false);
    // its methods are the program's: each call opens a room of its own, read rune by rune
    const init = steps.find((step) => step.code === 'Shelf.__init__')!;
    expect(init.frames.map((frame) => frame.code)).toEqual(['<module>', 'Shelf.__init__']);
    const add = steps.filter((step) => step.code === 'Shelf.add');
    expect(add.length).toBeGreaterThan(3);
    expect(add[0]!.depth).toBe(2);
    expect(innermost(add[0]!).names).toMatchObject({ book: "'owls'" });
    expect(add.at(-1)).toMatchObject({ opname: 'RETURN_VALUE' });
    expect(innermost(steps.find((step) => step.opname === 'STORE_NAME' && step.argument === 'n')!).names).toMatchObject({ n: '1' });
    // a subclass: super() inside a method read rune by rune finds the class above, as in a plain run
    const family =
      'class Pet:\n    def __init__(self, name):\n        self.name = name\n\nclass Owl(Pet):\n    def __init__(self, name):\n        super().__init__(name)\n        self.wise = True\n\nbo = Owl("Bo")\nprint(bo.name, bo.wise)\n';
    const owl = await read(family);
    expect(owl.scene.end).toBe('finished');
    expect(owl.result.output).toBe('Bo True\n');
    const deepest = owl.steps.find((step) => step.code === 'Pet.__init__')!;
    expect(deepest.frames.map((frame) => frame.code)).toEqual(['<module>', 'Owl.__init__', 'Pet.__init__']);
  });

  it('prints what a plain run of the program prints', async () => {
    const source =
      'def greet(name):\n    return "hi " + name\n\nfor who in ["Ada", "Bo"]:\n    print(greet(who))\nprint(len("wizard"), sorted([3, 1, 2]))\n';
    const { result, scene } = await read(source);
    const plain = await cast(MEMORY_LAB_ID, source);
    expect(result.output).toBe('hi Ada\nhi Bo\n6 [1, 2, 3]\n');
    expect(result.output).toBe(plain.output);
    expect(scene.end).toBe('finished');
  });
});

describe('the rune-by-rune view: how a reading ends', () => {
  it('stops kindly at a rune the stepper does not read, with the steps up to it', async () => {
    const { result, scene, steps } = await read('def count():\n    yield 1\n\nprint("before")\nfor n in count():\n    print(n)\n');
    expect(scene.end).toBe('unsupported');
    expect(scene.unsupported).toEqual({ rune: 'RETURN_GENERATOR', line: 1, function: 'count' });
    // the CALL of count() on line 5 never happened: the last rune written down is the one before it
    expect(steps.at(-1)).toMatchObject({ opname: 'PUSH_NULL', line: 5 });
    expect(result.output).toBe('before\n');
    expect(ending(scene)).toBe('The wizard cannot read generators yet (the rune RETURN_GENERATOR, line 1), so the reading stops there.');
  });

  it('keeps the steps up to the program’s error, and says the error as a cast does', async () => {
    const { result, scene, steps } = await read('items = [1]\nprint(items[3])\n');
    expect(result.passed).toBe(false);
    expect(scene).toMatchObject({ end: 'error', error: { type: 'IndexError', line: 2, explanation: { key: 'errors.IndexError' } } });
    expect(steps.at(-1)).toMatchObject({ opname: 'BINARY_OP', argument: '[]', line: 2, depth: 0 });
    expect(ending(scene)).toBe('The wizard read 9 runes, then the program stopped with IndexError on line 2.');
  });

  it('stops a runaway at the time limit and brings back the steps written down', async () => {
    const { result, scene, steps } = await read('while True:\n    pass\n', 1500);
    expect(result.passed).toBe(false);
    expect(scene).toMatchObject({ end: 'interrupted', interrupted: true, cut: true });
    expect(steps).toHaveLength(1500);
    expect(scene.total).toBeGreaterThan(1500);
    expect(endNote(scene).cut).toBe('cut-stopped');
  });

  it('writes down 1,500 runes, lets the program run on to its end, and stays small', async () => {
    const { result, scene, steps } = await read(
      'def add(a, b):\n    return a + b\n\ntotal = 0\nfor i in range(1000):\n    total = add(total, i)\nprint(total)\n',
    );
    expect(steps).toHaveLength(1500);
    expect(scene).toMatchObject({ cut: true, end: 'finished' });
    expect(scene.total).toBeGreaterThan(9000);
    expect(result.output).toBe('499500\n');
    expect(JSON.stringify(scene).length).toBeLessThan(1_000_000);
    expect(english.t('lab.wizard.cut-ran-on', endNote(scene).params)).toContain('the first 1500 runes');
  });

  it('refuses a host call as a spell is refused', async () => {
    for (const source of ['import os\nos.system("echo hi")\n', 'with open("notes.txt", "w") as f:\n    f.write("hi")\n']) {
      const { result, scene } = await read(source);
      const asSpell = await cast(LEVELS[0]!.id, source);
      expect(result.passed).toBe(false);
      expect(scene.error, source).not.toBeNull();
      expect(scene.error!.explanation.key).toMatch(/^errors\.host-/);
      expect({ type: scene.error!.type, key: scene.error!.explanation.key }).toEqual({
        type: asSpell.error!.type,
        key: asSpell.error!.explanation.key,
      });
    }
  });

  it('refuses what the spell policy refuses, before anything runs', async () => {
    const result = await cast(WIZARD_LAB_ID, 'import sys\nframe = sys._getframe()\n');
    expect(result.error).toMatchObject({ type: 'NotAllowed' });
    expect(labWizardSceneOf(result)).toBeNull();
  });
});
