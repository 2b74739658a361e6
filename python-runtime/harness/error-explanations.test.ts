import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../game/messages/translator.js';
import { useRealRuntime } from '../levels/real-runtime.js';

const english = translatorFor('en');

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
  return { key: key.replace(/^errors\./, ''), line: result.error!.line, text: english.say(key, params ?? {}) };
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

  it('a word in quotes given to weakref, where the name was meant, says so (and only then)', async () => {
    const word = 'import weakref\ndef haunt():\n    pip = Spirit("Pip")\n    weakref.ref("pip")\nhaunt()\n';
    expect(await explained(word, 'gc/gone-at-return')).toMatchObject({
      key: 'TypeError-weakref-word',
      line: 4,
      text: expect.stringContaining('"pip" in quotes is just a word, not what the name pip holds'),
    });
    // no name spelled like the word: the kind of value is all that is said
    expect(await explained('import weakref\nweakref.finalize("boo", print, "bye")\n', 'gc/gone-at-return')).toMatchObject({
      key: 'TypeError-no-weakref',
      text: expect.stringContaining('a weak reference to a word in quotes'),
    });
    expect(await explained('import weakref\nweakref.ref(7)\n', 'gc/gone-at-return')).toMatchObject({ key: 'TypeError-no-weakref' });
  });
});

describe('a ValueError from remove() says the list does not hold the value', () => {
  it('a word in quotes where the name was meant', async () => {
    expect(await explained('shelf.remove("broom")\n', 'refcount/let-go')).toMatchObject({
      key: 'ValueError-remove-word',
      line: 1,
      text: expect.stringContaining('no slot of the list holds that word. "broom" in quotes is just a word'),
    });
  });

  it('any other value the list does not hold, without a word about quotes', async () => {
    const result = await explained('shelf.remove(spare)\nshelf.remove(spare)\nshelf.remove(spare)\n', 'refcount/let-go');
    expect(result).toMatchObject({ key: 'ValueError-remove-missing', line: 3 });
    expect(result.text).not.toContain('quotes');
    // a word that names nothing in the spell is not called a name
    expect(await explained('shelf.remove("mop")\n', 'refcount/let-go')).toMatchObject({ key: 'ValueError-remove-missing' });
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

  it("a name that lives only inside one of the spell's functions, used outside it", async () => {
    const spell = 'import weakref\n\ndef haunt():\n    ghost = Spirit("Pip")\n\nhaunt()\nweakref.finalize(ghost, print, "Bye")\n';
    expect(await explained(spell, 'gc/gone-at-return')).toMatchObject({
      key: 'NameError-local',
      line: 7,
      text: expect.stringContaining('ghost is a name inside haunt()'),
    });
    // a parameter too, and a name used before a function that makes it is not "made later"
    expect(await explained('def wear(h):\n    pass\nwear(hat)\nprint(h)\n')).toMatchObject({ key: 'NameError-local' });
    expect(await explained('print(spare)\ndef keep():\n    spare = hat\n')).toMatchObject({ key: 'NameError-local' });
    // a function that says global makes a global name: that one is still "made later"
    expect(await explained('print(spare)\ndef keep():\n    global spare\n    spare = hat\n')).toMatchObject({ key: 'NameError-later' });
  });

  it('a name that lives inside a module the spell imported points at the module', async () => {
    expect(await explained('import gc\ndel wisp\ndel mist\ncollect()\n', 'gc/call-the-collector')).toMatchObject({
      key: 'NameError-in-module',
      line: 4,
      text: expect.stringContaining('collect lives inside the module gc. Write gc.collect instead.'),
    });
    // by the name the spell gave the module
    expect(await explained('import weakref as w\nfinalize(hat, print, "bye")\n')).toMatchObject({
      key: 'NameError-in-module',
      text: expect.stringContaining('Write w.finalize instead.'),
    });
    // never a name that spells may not use, and never a module the spell did not import
    expect(await explained('import gc\nget_objects()\n')).not.toMatchObject({ key: 'NameError-in-module' });
    expect(await explained('collect()\n')).not.toMatchObject({ key: 'NameError-in-module' });
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
