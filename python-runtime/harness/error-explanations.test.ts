import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../game/messages/format.js';
import { useRealRuntime } from '../levels/real-runtime.js';

/*
 * A spell that stops with an error is explained by what went wrong (harness/pyland_explain.py),
 * read from the errors CPython 3.14 really raises here: the right catalogue text, the right line,
 * and the names the kid wrote. "two things were mixed that do not fit together" for every
 * TypeError, or "check the spelling" for a name let go with del, sent kids the wrong way.
 */

const { cast } = useRealRuntime();
const LEVEL = 'refcount/another-holder'; // gives `hat`; what it checks does not matter here

async function explained(spell: string, level = LEVEL) {
  const result = await cast(level, spell);
  expect(result.error, JSON.stringify(result)).not.toBeNull();
  const { key, params } = result.error!.explanation;
  return { key: key.replace(/^errors\./, ''), line: result.error!.line, text: formatMessage(key, params ?? {}) };
}

describe('a TypeError is told by what went wrong', () => {
  it('a call with too many values', async () => {
    expect(await explained('marks = []\nmarks.append("A", "B", "C")\n')).toMatchObject({
      key: 'TypeError-count',
      line: 2,
      text: expect.stringContaining('append() was given the wrong number of values'),
    });
    expect(await explained('def wear(h):\n    pass\nwear(hat, hat)\n')).toMatchObject({ key: 'TypeError-count', line: 3 });
  });

  it('a call with too few values, and one by a name the function does not have', async () => {
    expect(await explained('def wear(h, g):\n    pass\nwear(hat)\n')).toMatchObject({ key: 'TypeError-missing', line: 3 });
    expect(await explained('def wear():\n    pass\nwear(h=hat)\n')).toMatchObject({
      key: 'TypeError-keyword',
      text: expect.stringContaining('wear() was given h=, but it has no value called h'),
    });
  });

  it("calling something that is not a function, in the game's words for what it is", async () => {
    expect(await explained('tally = 5\ntally()\n')).toMatchObject({
      key: 'TypeError-not-callable',
      line: 2,
      text: expect.stringContaining('a whole number cannot be called'),
    });
  });

  it('mixing a number and a word, a wrong kind of value for exec, and len of a number', async () => {
    expect(await explained('x = 1 + "a"\n')).toMatchObject({ key: 'TypeError-mix' });
    expect(await explained('exec(None)\n', 'interpreter/compile-and-exec')).toMatchObject({
      key: 'TypeError-wrong-kind',
      text: expect.stringContaining('exec() was given a kind of value it cannot work with'),
    });
    expect(await explained('len(5)\n')).toMatchObject({ key: 'TypeError-no-len' });
    expect(await explained('for i in 5:\n    pass\n')).toMatchObject({ key: 'TypeError-not-iterable' });
  });
});

describe('a NameError is told by why the name is unknown', () => {
  it('a name used after del points at the del line', async () => {
    expect(await explained('spare = hat\ndel spare\nprint(spare)\n')).toMatchObject({
      key: 'NameError-deleted',
      line: 3,
      text: expect.stringContaining('was let go with del at line 2'),
    });
  });

  it('a name used before the line that makes it', async () => {
    expect(await explained('print(spare)\nspare = hat\n')).toMatchObject({
      key: 'NameError-later',
      text: expect.stringContaining('spare is only made at line 2'),
    });
  });

  it('a misspelled name, with the name the story gave as the guess', async () => {
    expect(await explained('my_hat = hatt\n')).toMatchObject({ key: 'NameError-typo', text: expect.stringContaining('Did you mean hat?') });
    expect(await explained('print(wizardry_xyz)\n')).toMatchObject({ key: 'NameError-unknown' });
  });

  it('a global changed inside a function without global', async () => {
    expect(await explained('count = 0\ndef add():\n    count += 1\nadd()\n')).toMatchObject({
      key: 'UnboundLocalError',
      line: 3,
      text: expect.stringContaining('write global count'),
    });
  });
});

describe('an IndentationError names the line to fix and why', () => {
  it('a missing step in after a colon names both lines', async () => {
    expect(await explained('def haunt():\n    for i in range(3):\n    print(i)\n')).toMatchObject({
      key: 'IndentationError-step-in',
      line: 3,
      text: expect.stringContaining('Line 3 must start further in than line 2'),
    });
  });

  it('a step in nothing asks for, and a step back to nowhere', async () => {
    expect(await explained('x = 1\n    y = 2\n')).toMatchObject({ key: 'IndentationError-unexpected', line: 2 });
    expect(await explained('def f():\n        x = 1\n    y = 2\n')).toMatchObject({ key: 'IndentationError-step-back', line: 3 });
  });
});

describe("a knights' lesson", () => {
  it('says Sir GIL starts the knights when a spell starts a threading.Thread', async () => {
    const spell = 'import threading\ndef arthur():\n    pass\nknight = threading.Thread(target=arthur)\n';
    expect(await explained(spell, 'gil/lock-the-counter')).toMatchObject({
      key: 'threads-by-gil',
      line: 4,
      text: expect.stringContaining('Sir GIL starts the knights for you'),
    });
  });
});
