import { describe, expect, it } from 'vitest';
import { levelById } from '../levels/index.js';
import { useRealRuntime } from '../levels/real-runtime.js';

/*
 * What a spell may be made of (harness/pyland_policy.py), through the real runtime: a spell that
 * writes a door into the school's Python is refused before it runs, kindly, with the construct
 * and its line (the editor marks it like a syntax error); a spell is never refused for the words
 * in its strings, its comments or the names it makes.
 */

const { cast } = useRealRuntime();

const HAT = 'refcount/another-holder';
const reference = (id: string) => levelById(id)!.reference;

/** [why, spell, the construct named, its line]: each is refused in the hat's first lesson. */
const CHEATS: [string, string, string, number][] = [
  ['a frame walk to the checker', 'import sys\nsys._getframe(1).f_locals["before"] -= 1\n', '._getframe', 2],
  ["a function's globals through a story class", 'my_hat = hat\nprint(type(hat).__init__.__globals__)\n', '.__globals__', 2],
  ['a code object swapped in', 'def f():\n    pass\nf.__code__ = f.__code__\n', '.__code__', 3],
  ['subclasses walked from a literal', 'x = ().__class__.__base__.__subclasses__()\n', '.__class__', 1],
  ['an attribute named at run time', 'x = getattr(hat, "__glob" + "als__")\n', 'getattr', 1],
  ['names read from a dictionary of the spell', 'x = vars()\n', 'vars', 1],
  ['globals()', 'g = globals()\n', 'globals', 1],
  ['a string run as code', 'eval("1 + 1")\n', 'eval', 1],
  ['exec where the lesson does not teach it', 'exec("my_hat = hat")\n', 'exec', 1],
  ['the import machinery', 'm = __import__("os")\n', '__import__', 1],
  ['the builtins module', 'import builtins\n', 'import builtins', 1],
  ['inspect', 'import inspect\n', 'import inspect', 1],
  ['traceback frames', 'try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    f = e.__traceback__.tb_frame\n', '.__traceback__', 4],
  ["a generator's frame", 'def g():\n    yield 1\nx = g()\nprint(x.gi_frame)\n', '.gi_frame', 4],
  ['gc walkers', 'import gc\nobjs = gc.get_objects()\n', '.get_objects', 2],
  ['gc referrers', 'import gc\nx = gc.get_referrers(hat)\n', '.get_referrers', 2],
  ['sys.modules', 'import sys\nh = sys.modules\n', '.modules', 2],
  ['a tracer', 'import sys\nsys.settrace(None)\n', '.settrace', 2],
  ['a class pattern reading attributes', 'match hat:\n    case object(name=n):\n        print(n)\n', 'case object(...)', 2],
  ['a format field reading an attribute', 'print("{0.__class__}".format(hat))\n', 'a format field that reads an attribute or an item', 1],
  [
    'a format text made at run time',
    'text = "{0" + ".__class__}"\nprint(text.format(hat))\n',
    '.format(...) of a text made while the spell runs',
    2,
  ],
  ['an f-string reading a dunder', 'print(f"{hat.__dict__}")\n', '.__dict__', 1],
  ['attrgetter', 'from operator import attrgetter\n', 'from operator import', 1],
  ['ctypes', 'import ctypes\n', 'import ctypes', 1],
  ['importlib, to import by a name built from strings', 'import importlib\n', 'import importlib', 1],
  ['types, to build code', 'import types\n', 'import types', 1],
  ['__builtins__ by its name', 'b = __builtins__\n', '__builtins__', 1],
  [
    "a closure's cell",
    'def outer():\n    x = 1\n    def inner():\n        return x\n    return inner\nprint(outer().__closure__)\n',
    '.__closure__',
    6,
  ],
  ['cell contents', 'c = None\nprint(c.cell_contents)\n', '.cell_contents', 2],
  ['a relative import', 'from . import pyland\n', 'from . import', 1],
  ['sys.exc_info frames', 'import sys\nx = sys.exc_info()\n', '.exc_info', 2],
  ['a library class patched', 'import json\njson.JSONEncoder.encode = None\n', 'json.JSONEncoder.encode = …', 2],
  ['a table of dis changed in place', 'import dis\ndis.opname[3] = "LOAD_CONST"\n', 'dis.opname[3] = …', 2],
  ["a module's list shortened", 'import sys\ndel sys.path[0]\n', 'del sys.path[0]', 2],
  ["a module's private helper", 'import dis\ncode = dis._try_compile("1", "<x>")\n', '._try_compile', 2],
  ["the ghost watch's gc callbacks", 'import gc\nprint(gc.callbacks)\n', '.callbacks', 2],
];

describe("a spell that writes a door into the school's Python", () => {
  it.each(CHEATS)('is refused before it runs: %s', async (_why, spell, construct, line) => {
    const result = await cast(HAT, spell);
    expect(result.passed).toBe(false);
    expect(result.error, JSON.stringify(result)).toMatchObject({ type: 'NotAllowed', message: construct, line });
    expect(result.messages.map((message) => message.key)).toEqual(['common.closed-door']);
    expect(result.messages[0]!.text).toContain(`Line ${line} uses ${construct}`);
    // nothing ran: nothing was printed
    expect(result.output).toBe('');
  });

  it('points at the column too, for the editor to mark', async () => {
    const result = await cast(HAT, 'my_hat = hat\nx = 1 + len(type(hat).__mro__)\n');
    // the attribute itself: `.__mro__` starts at the 22nd character of its line and takes 8
    expect(result.error).toMatchObject({ line: 2, column: 22, length: 8 });
  });
});

/** Honest spells full of door words in strings, comments, prints and names of the kid's own. */
const HONEST: [string, string][] = [
  ['a string that names modules', 'modules = "the hat\'s modules"\nmy_hat = hat\n'],
  ['a print of door words', 'print("let me inspect the traceback of my monitoring builtins")\nmy_hat = hat\n'],
  ['a comment full of them', '# sys._getframe, __globals__, gc.get_objects, eval and exec\nmy_hat = hat\n'],
  ["names of the kid's own", 'inspect = hat\n'],
  ['a variable called vars, used', 'vars = [hat]\nprint(len(vars))\n'],
  ["a function of the kid's own called eval", 'def eval(x):\n    return x\nmy_hat = eval(hat)\n'],
  ['a name called globals, made first', 'globals = hat\n'],
  ['a dict key that is a door word', 'box = {"__globals__": hat}\n'],
  ['a docstring', 'def keep(x):\n    """Keeps x: no getattr, no f_back, no __subclasses__ here."""\n    return x\nmy_hat = keep(hat)\n'],
  ['a plain format with fields in order', 'my_hat = hat\nprint("{} and {}".format(1, 2))\n'],
  ['a format with a width', 'my_hat = hat\nprint("{:>5}".format(3))\n'],
  ['an f-string with an expression', 'my_hat = hat\nprint(f"{1 + 1} hats")\n'],
  [
    "a class of the kid's own with dunder methods",
    'class Box:\n    def __init__(self, thing):\n        self.thing = thing\n    def __repr__(self):\n        return "Box"\nb = Box(hat)\nb2 = b\nprint(b)\n',
  ],
  ['__name__ of a function', 'def wear(h):\n    return h\nprint(wear.__name__)\nmy_hat = hat\n'],
  ['the __name__ idiom', 'if __name__ == "__spell__":\n    my_hat = hat\n'],
  ['sys.getrefcount', 'import sys\nbefore = sys.getrefcount(hat)\nmy_hat = hat\nprint(sys.getrefcount(hat) - before)\n'],
  ['a match on values', 'n = 1\nmatch n:\n    case 1:\n        my_hat = hat\n'],
  ['a string method called replace', 'word = "hat".replace("h", "c")\nmy_hat = hat\n'],
  ['math and random', 'import math\nimport random\nmy_hat = hat\nprint(math.sqrt(4))\n'],
  ['a list of the builtins words', 'words = ["eval", "exec", "compile", "globals"]\nmy_hat = hat\n'],
];

describe('an honest spell with door words in its texts, comments and names', () => {
  it.each(HONEST)('is judged on what it did: %s', async (_why, spell) => {
    const result = await cast(HAT, spell);
    expect(result.error, JSON.stringify(result.error)).toBeNull();
    expect(result.passed, JSON.stringify(result.messages)).toBe(true);
  });

  it('in the lesson that teaches compile and exec, may compile and exec, and its texts follow the same rules', async () => {
    const taught = 'interpreter/compile-and-exec';
    expect((await cast(taught, reference(taught))).passed).toBe(true);
    const sneaky = await cast(taught, 'runes = compile(recipe, "<recipe>", "exec")\nvault = {}\nexec("x = ().__class__", vault)\n');
    expect(sneaky.passed).toBe(false);
    expect(sneaky.error?.message).toContain('does not allow .__class__');
  });
});
