/**
 * The red team's spells and the honest ones beside them (red-team.test.ts casts them all through
 * the real runtime).
 *
 * Every cheat is written to pass its lesson without doing it, or to change what a later cast
 * sees, if the defence it aims at failed: the checker's `before` tally made smaller through a
 * frame, the verdict class rewritten, the school's result writer or dis's tables patched, text
 * run with the real builtins, JavaScript reached to post a verdict. Each also prints what the
 * lesson's right answer prints, so printing alone never passes.
 *
 * `holds` says which layers must stop it:
 *   'both'    the spell policy refuses it before it runs, AND without the policy the layers under
 *             it stop it while it runs (the spell gate's audit hook, the builtins a spell lacks,
 *             the import allowlist, the state guard, the watches' own checks);
 *   'policy'  it writes a door no audit event reports (`__subclasses__`, `__globals__`,
 *             `__closure__`, a class attribute set): only the policy, which reads what is written,
 *             is the layer for it. Python hides nothing from Python, so that is what it is for.
 */

export const HAT = 'refcount/another-holder';
export const GHOSTS = 'gc/break-the-circle';
export const RUNES = 'bytecode/find-the-constant';
export const RECIPE = 'interpreter/compile-and-exec';
export const KNIGHTS = 'gil/lost-update';

export type Layers = 'both' | 'policy';

export interface Cheat {
  family: string;
  what: string;
  level: string;
  holds: Layers;
  source: string;
}

/** What the hat lesson's right answer prints. */
const HAT_SAYS = 'print("The tally moved by", 1)\n';
/** From a frame `f`, up to the hat checker's own frame: its `before` made one smaller, so +0 reads as +1. */
const WALK_UP = `while f is not None:
    if "before" in f.f_locals:
        f.f_locals["before"] -= 1
    f = f.f_back
`;
const GHOSTS_SAYS = 'print("Is wisp still here?", False)\nprint("Is mist still here?", False)\n';

const cheat = (family: string, what: string, level: string, holds: Layers, source: string): Cheat => ({
  family,
  what,
  level,
  holds,
  source,
});

export const CHEATS: readonly Cheat[] = [
  // 1. frames, reached by every road: the checker's `before` is one f_back away
  cheat('frames', 'sys._getframe written out', HAT, 'both', `import sys\nf = sys._getframe()\n${WALK_UP}${HAT_SAYS}`),
  cheat(
    'frames',
    "a traceback's frame",
    HAT,
    'both',
    `try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    f = e.__traceback__.tb_frame\n${WALK_UP}${HAT_SAYS}`,
  ),
  cheat('frames', "a generator's frame", HAT, 'both', `def g():\n    yield 1\nf = g().gi_frame\n${WALK_UP}${HAT_SAYS}`),
  cheat(
    'frames',
    "a coroutine's frame",
    HAT,
    'both',
    `async def c():\n    pass\nco = c()\nf = co.cr_frame\nco.close()\n${WALK_UP}${HAT_SAYS}`,
  ),
  cheat('frames', "an async generator's frame", HAT, 'both', `async def a():\n    yield 1\nf = a().ag_frame\n${WALK_UP}${HAT_SAYS}`),
  cheat(
    'frames',
    'sys.exc_info()',
    HAT,
    'both',
    `import sys\ntry:\n    1 / 0\nexcept ZeroDivisionError:\n    f = sys.exc_info()[2].tb_frame\n${WALK_UP}${HAT_SAYS}`,
  ),
  cheat(
    'frames',
    "every thread's frame",
    HAT,
    'both',
    `import sys\nfor f in sys._current_frames().values():\n    pass\n${WALK_UP}${HAT_SAYS}`,
  ),
  cheat(
    'frames',
    "a tracer that sees the checker's frame",
    HAT,
    'both',
    `import sys\ndef spy(f, event, arg):\n    ${WALK_UP.trim().replace(/\n/g, '\n    ')}\nsys.settrace(spy)\n${HAT_SAYS}`,
  ),
  cheat(
    'frames',
    'sys.monitoring with a callback',
    HAT,
    'both',
    `import sys\nm = sys.monitoring\nm.use_tool_id(4, "spy")\nm.register_callback(4, m.events.PY_RETURN, lambda code, offset, value: None)\nm.set_events(4, m.events.PY_RETURN)\n${HAT_SAYS}`,
  ),
  // 2. names built from strings
  cheat(
    'names from strings',
    'getattr with a name in pieces',
    HAT,
    'both',
    `import sys\nf = getattr(sys, "_get" + "frame")()\n${WALK_UP}${HAT_SAYS}`,
  ),
  cheat('names from strings', 'vars() of a module', HAT, 'both', `import sys\nf = vars(sys)["_get" + "frame"]()\n${WALK_UP}${HAT_SAYS}`),
  cheat(
    'names from strings',
    "a module's __dict__",
    HAT,
    'both',
    `import sys\nf = sys.__dict__["_get" + "frame"]()\n${WALK_UP}${HAT_SAYS}`,
  ),
  cheat(
    'names from strings',
    'eval of a text in pieces',
    HAT,
    'both',
    `f = eval("__import__('sys')._get" + "frame()")\n${WALK_UP}${HAT_SAYS}`,
  ),
  cheat(
    'names from strings',
    'exec of a text in pieces',
    HAT,
    'both',
    `exec("import sys\\nf = sys._get" + "frame()\\n" + ${JSON.stringify(WALK_UP)})\n${HAT_SAYS}`,
  ),
  cheat(
    'names from strings',
    'the builtins by their name',
    HAT,
    'both',
    `g = __builtins__["get" + "attr"]\nf = g(__import__("sys"), "_getframe")()\n${WALK_UP}${HAT_SAYS}`,
  ),
  cheat(
    'names from strings',
    'importlib with a name in pieces',
    HAT,
    'both',
    `import importlib\nf = importlib.import_module("in" + "spect").currentframe()\n${WALK_UP}${HAT_SAYS}`,
  ),
  cheat(
    'names from strings',
    "inspect, the library's frame getter",
    HAT,
    'both',
    `import inspect\nf = inspect.currentframe()\n${WALK_UP}${HAT_SAYS}`,
  ),
  cheat(
    'names from strings',
    'operator.attrgetter',
    HAT,
    'both',
    `import operator\nimport sys\nf = operator.attrgetter("_get" + "frame")(sys)()\n${WALK_UP}${HAT_SAYS}`,
  ),
  cheat(
    'names from strings',
    'functools.reduce over getattr',
    HAT,
    'both',
    `import functools, sys\nf = functools.reduce(getattr, ["_get" + "frame"], sys)()\n${WALK_UP}${HAT_SAYS}`,
  ),
  // 3. code objects built or swapped
  cheat(
    'code objects',
    "a function's code swapped for one whose names were built from pieces",
    HAT,
    'both',
    `import sys\ndef peek():\n    return sys.nothing()\npeek.__code__ = peek.__code__.replace(co_names=("sys", "_get" + "frame"))\nf = peek()\n${WALK_UP}${HAT_SAYS}`,
  ),
  cheat(
    'code objects',
    'a function made from code with globals of its choosing',
    HAT,
    'both',
    `import types\ndef peek():\n    return 1\nlook = types.FunctionType(peek.__code__, {"__builtins__": {}})\n${HAT_SAYS}`,
  ),
  cheat(
    'code objects',
    'code from bytes (marshal)',
    HAT,
    'both',
    `import marshal\ndef peek():\n    return 1\ncode = marshal.loads(marshal.dumps(peek.__code__))\n${HAT_SAYS}`,
  ),
  cheat(
    'code objects',
    "a compiled text given a school file's name",
    HAT,
    'both',
    `import dis\ncode = dis._try_compile("import sys\\nf = sys._getframe()\\n" + ${JSON.stringify(WALK_UP)}, "/pyland/pyland.py")\n${HAT_SAYS}`,
  ),
  // 4. walks from literals, class patterns, format fields
  cheat(
    'subclasses',
    'the verdict class found from a literal and rewritten',
    HAT,
    'policy',
    `for c in ().__class__.__base__.__subclasses__():\n    if c.__name__ == "Verdict":\n        old = c.__init__\n        c.__init__ = lambda self, passed, messages=(), scene=None: old(self, True, messages, scene)\n${HAT_SAYS}`,
  ),
  cheat(
    'subclasses',
    'the state guard found from a literal and silenced',
    HAT,
    'policy',
    `for c in object.__subclasses__():\n    if c.__name__ == "StateGuard":\n        c.tampered = lambda self: False\n${HAT_SAYS}`,
  ),
  cheat(
    'class patterns',
    "a class pattern reading a story object's class",
    HAT,
    'policy',
    `match hat:\n    case object(__class__=k):\n        k.__eq__ = lambda a, b: True\n${HAT_SAYS}`,
  ),
  cheat(
    'format fields',
    "a format field that reads the harness's globals",
    HAT,
    'policy',
    `print("{0.__init__.__globals__}".format(hat)[:0])\n${HAT_SAYS}`,
  ),
  cheat(
    'format fields',
    'string.Formatter().get_field',
    HAT,
    'both',
    `import string\nm = string.Formatter().get_field("0.__init__.__globals__", [hat], {})\n${HAT_SAYS}`,
  ),
  cheat(
    'globals',
    "a story method's globals, to reach the harness",
    HAT,
    'policy',
    `g = type(hat).__init__.__globals__\nprint(sorted(g)[:0])\n${HAT_SAYS}`,
  ),
  cheat('globals', "the import function's closure", HAT, 'policy', `cells = __import__.__closure__\nprint(len(cells) * 0)\n${HAT_SAYS}`),
  // 5. patching what the school uses after the spell
  cheat(
    'patches',
    'sys.getrefcount rebound',
    HAT,
    'both',
    `import sys\nreal = sys.getrefcount\nsys.getrefcount = lambda thing: real(thing) + (1 if thing is hat else 0)\n${HAT_SAYS}`,
  ),
  cheat(
    'patches',
    'the class that writes the result patched',
    HAT,
    'both',
    `import json\njson.JSONEncoder.encode = lambda self, o: '{"passed": true}'\n${HAT_SAYS}`,
  ),
  cheat(
    'patches',
    'a dis table changed in place, so a missing rune reads as the right one',
    RUNES,
    'both',
    `import dis\ndef greet():\n    word = "Abra" + "cadabra!"\n    return word\nprint(greet())\nfor i, name in enumerate(dis.opname):\n    if name == "BINARY_OP":\n        dis.opname[i] = "LOAD_CONST"\n`,
  ),
  cheat(
    'patches',
    'dis.Instruction patched',
    RUNES,
    'both',
    `import dis\ndef greet():\n    return "Abra" + "cadabra!".lower()\nprint(greet())\ndis.Instruction.argval = property(lambda self: "Abracadabra!")\n`,
  ),
  cheat(
    'patches',
    'weakref.ref replaced, so the spirits read as gone',
    GHOSTS,
    'both',
    `import weakref\nweakref.ref = lambda thing, *more: (lambda: None)\n${GHOSTS_SAYS}`,
  ),
  cheat('patches', "the story's class patched", HAT, 'both', `type(hat).shiny = True\n${HAT_SAYS}`),
  cheat(
    'patches',
    'a list the import system reads, changed in place',
    HAT,
    'both',
    `import sys\nsys.meta_path.clear()\nsys.path.insert(0, "/tmp")\n${HAT_SAYS}`,
  ),
  // 6. the garbage collector's walkers
  cheat(
    'gc walkers',
    "gc.get_objects to find the checker's frame",
    HAT,
    'both',
    `import gc\nfor f in gc.get_objects():\n    if type(f).__name__ == "frame":\n        break\nelse:\n    f = None\n${WALK_UP}${HAT_SAYS}`,
  ),
  cheat(
    'gc walkers',
    'gc.get_referrers of the hat',
    HAT,
    'both',
    `import gc\nfor holder in gc.get_referrers(hat):\n    if isinstance(holder, dict) and "before" in holder:\n        holder["before"] -= 1\n${HAT_SAYS}`,
  ),
  cheat(
    'gc walkers',
    "the watch's own gc callback called by hand",
    GHOSTS,
    'both',
    `import gc\nfor callback in list(gc.callbacks):\n    callback("start", {"generation": 2, "collected": 0, "uncollectable": 0})\n${GHOSTS_SAYS}`,
  ),
  cheat(
    'gc walkers',
    "the watch's own gc callback called by hand as a young visit (3.14 counts none of generation 1)",
    'gc/call-the-collector',
    'both',
    `import gc\nfor callback in list(gc.callbacks):\n    callback("start", {"generation": 1, "collected": 0, "uncollectable": 0})\n    wisp.friend = None\n    del wisp, mist\n    callback("stop", {"generation": 1, "collected": 2, "uncollectable": 0})\nprint("After the Ghost Collector, is wisp still here?", False)\n`,
  ),
  cheat(
    'javascript',
    "the gc walk to Pyodide's JavaScript, to post a forged verdict",
    HAT,
    'both',
    `import gc\nfor thing in gc.get_objects():\n    for item in gc.get_referents(thing):\n        if "Js" in type(item).__name__:\n            try:\n                item._api.config.jsglobals.postMessage({"type": "result"})\n            except Exception:\n                pass\n${HAT_SAYS}`,
  ),
  cheat(
    'javascript',
    'the js module by a name in pieces',
    HAT,
    'both',
    `m = __import__("j" + "s")\nm.postMessage({"type": "result"})\n${HAT_SAYS}`,
  ),
  cheat(
    'javascript',
    "pyodide's own modules",
    HAT,
    'both',
    `import pyodide\npyodide.code.run_js("postMessage({type: 'result'})")\n${HAT_SAYS}`,
  ),
  // 7. text run with the real builtins, off the list
  cheat(
    'exec paths',
    'timeit',
    HAT,
    'both',
    `import timeit\ntimeit.timeit("import sys\\nf = sys._getframe(4)\\n" + ${JSON.stringify(WALK_UP)}, number=1)\n${HAT_SAYS}`,
  ),
  cheat('exec paths', 'cProfile', HAT, 'both', `import cProfile\ncProfile.run("import sys; sys._getframe(3)")\n${HAT_SAYS}`),
  cheat(
    'exec paths',
    'code.InteractiveInterpreter',
    HAT,
    'both',
    `import code\ncode.InteractiveInterpreter().runsource("import sys; sys._getframe(3)")\n${HAT_SAYS}`,
  ),
  cheat('exec paths', 'runpy', HAT, 'both', `import runpy\nrunpy.run_module("this")\n${HAT_SAYS}`),
  cheat(
    'exec paths',
    'doctest',
    HAT,
    'both',
    `import doctest\ndef f():\n    """\n    >>> import sys; sys._getframe(5)\n    """\ndoctest.run_docstring_examples(f, {})\n${HAT_SAYS}`,
  ),
  cheat(
    'exec paths',
    'a module file written, then imported',
    HAT,
    'both',
    `import sys\nopen("/tmp/sly.py", "w").write("import sys\\nsys._getframe(5)\\n")\nsys.path.insert(0, "/tmp")\nimport sly\n${HAT_SAYS}`,
  ),
  cheat(
    'exec paths',
    'namedtuple asked to run a name that is code',
    HAT,
    'both',
    `import collections\nP = collections.namedtuple("P", ["__import__('sys')._getframe()"])\n${HAT_SAYS}`,
  ),
  cheat(
    'exec paths',
    'exec in the lesson that teaches it, given code dis compiled',
    RECIPE,
    'both',
    `import dis\ncode = dis._try_compile("vault = {'gold': 42, 'silver': 50}", "<recipe>")\nexec(code)\nprint(vault["gold"], vault["silver"])\n`,
  ),
  cheat(
    'exec paths',
    'exec in the lesson that teaches it, given a text with a frame in it',
    RECIPE,
    'both',
    `exec("import sys\\nsys._getframe(1)")\nprint(42, 50)\n`,
  ),
  // 7b. the getattr family kept by a module a lesson allows (found by a second red team)
  cheat(
    'library roads',
    'enum.bltns.getattr, to the harness through time.sleep',
    HAT,
    'policy',
    `import enum, time\nharness = enum.bltns.getattr(time.sleep, "__glo" + "bals__")\nharness["Verdict"].passed = property(lambda self: True, lambda self, value: None)\n${HAT_SAYS}`,
  ),
  cheat(
    'library roads',
    'a module alias, so no module name is written before bltns',
    HAT,
    'policy',
    `import enum\nm = enum\nget = m.bltns.getattr\nf = get(m.sys, "_get" + "frame")()\n${WALK_UP}${HAT_SAYS}`,
  ),
  cheat(
    'library roads',
    'fractions.operator.attrgetter',
    HAT,
    'policy',
    `import fractions, time\nharness = fractions.operator.attrgetter("__glo" + "bals__")(time.sleep)\n${HAT_SAYS}`,
  ),
  cheat(
    'library roads',
    "functools.update_wrapper copying a harness function's globals",
    HAT,
    'policy',
    `import functools, time\nharness = {}\nBox = type("Box", (), {"__glo" + "bals__": harness})\nfunctools.update_wrapper(Box(), time.sleep, assigned=(), updated=("__glo" + "bals__",))\n${HAT_SAYS}`,
  ),
  cheat(
    'library roads',
    'functools.wraps with a property sink',
    HAT,
    'policy',
    `import functools, time\nkept = []\nSink = type("Sink", (), {"__glo" + "bals__": property(None, lambda self, value: kept.append(value))})\nfunctools.wraps(time.sleep, assigned=("__glo" + "bals__",), updated=())(Sink())\n${HAT_SAYS}`,
  ),
  cheat(
    'library roads',
    'a finalizer made of builtins that rewrites the verdict when the checker drops the hat',
    HAT,
    'policy',
    `import enum, time, weakref\nVerdict = enum.bltns.getattr(time.sleep, "__glo" + "bals__")["Verdict"]\nweakref.finalize(hat, enum.bltns.setattr, Verdict, "passed", property(bool))\n${HAT_SAYS}`,
  ),
  cheat(
    'library roads',
    'dis.types, to build a function with chosen globals',
    HAT,
    'policy',
    `import dis\ndef peek():\n    return 1\nlook = dis.types.FunctionType(peek.__code__, {})\n${HAT_SAYS}`,
  ),
  cheat(
    'school modules',
    "a module of the stepper's package by a name in pieces, to reach its frames",
    HAT,
    'both',
    `m = __import__("pyland_stepper.fr" + "ames")\n${HAT_SAYS}`,
  ),
  // 8. native doors
  cheat('native', 'ctypes by a name in pieces', HAT, 'both', `m = __import__("c" + "types")\nm.pythonapi\n${HAT_SAYS}`),
  cheat('native', '_testcapi', HAT, 'both', `import importlib\nimportlib.import_module("_test" + "capi")\n${HAT_SAYS}`),
  cheat('native', '_testinternalcapi', HAT, 'both', `m = __import__("_testinternal" + "capi")\n${HAT_SAYS}`),
  // 9. exceptions and exits at odd moments
  cheat(
    'odd moments',
    'an exception whose text cheats when the school describes it',
    HAT,
    'both',
    `import sys\nclass Sly(Exception):\n    def __str__(self):\n        f = sys._getframe()\n        ${WALK_UP.trim().replace(/\n/g, '\n        ')}\n        return "sly"\nraise Sly()\n`,
  ),
  cheat(
    'odd moments',
    "a __del__ that cheats when the checker lets go of the spell's objects",
    HAT,
    'both',
    `import sys\nclass Sly:\n    def __del__(self):\n        f = sys._getframe()\n        ${WALK_UP.trim().replace(/\n/g, '\n        ')}\nkeep = Sly()\n${HAT_SAYS}`,
  ),
  cheat(
    'odd moments',
    'an __eq__ the checker calls when it compares',
    HAT,
    'both',
    `import sys\nclass Sly:\n    def __eq__(self, other):\n        f = sys._getframe()\n        ${WALK_UP.trim().replace(/\n/g, '\n        ')}\n        return True\n    __hash__ = object.__hash__\nmy_hat = Sly()\n${HAT_SAYS}`,
  ),
  cheat(
    'odd moments',
    'a refusal caught, then the right line printed',
    HAT,
    'both',
    `import sys\ntry:\n    f = sys._getframe()\nexcept Exception:\n    f = None\n${WALK_UP}${HAT_SAYS}`,
  ),
  cheat('odd moments', 'SystemExit after the right line', HAT, 'both', `${HAT_SAYS}raise SystemExit(0)\n`),
  cheat('odd moments', 'sys.exit inside a finally', HAT, 'both', `import sys\ntry:\n    ${HAT_SAYS.trim()}\nfinally:\n    sys.exit(0)\n`),
  cheat('odd moments', 'a KeyboardInterrupt raised by hand', HAT, 'both', `${HAT_SAYS}raise KeyboardInterrupt\n`),
  cheat('odd moments', 'os._exit', HAT, 'both', `import os\n${HAT_SAYS}os._exit(0)\n`),
  cheat(
    'odd moments',
    'a finalizer that lives past the cast to cheat in the next one',
    HAT,
    'both',
    `import weakref, sys\nclass Box:\n    pass\nbox = Box()\nbox.me = box\nweakref.finalize(box, lambda: sys._getframe())\ndel box\n${HAT_SAYS}`,
  ),
];

/** Lines full of door words in strings, comments, prints and the kid's own names: they do nothing to the lesson. */
export const DOOR_WORDS: readonly [string, string][] = [
  ['a string that names modules', 'modules = "the hat\'s modules"\n'],
  ['a print of door words', 'print("let me inspect the traceback of my monitoring builtins")\n'],
  ['a comment full of doors', '# sys._getframe(1).f_back.f_globals, gc.get_objects(), eval, exec, __subclasses__\n'],
  ['a list of door words, named frames', 'frames = ["f_back", "f_locals", "tb_frame"]\n'],
  ["a function of the kid's own called compile_list", 'def compile_list(items):\n    return list(items)\nscrolls = compile_list("abc")\n'],
  ['a dict whose keys are dunder words', 'box = {"__globals__": 1, "__code__": 2}\n'],
  ['an f-string with door words as text', "note = f\"{'gi_frame'} and {'cell_contents'} are only words\"\n"],
  ['a docstring that names them', 'def helper():\n    """No getattr, no vars(), no __dict__ here."""\n    return 1\nhelper()\n'],
  ["names of the kid's own called inspect and traceback", 'inspect = "a magnifying glass"\ntraceback = "footprints"\n'],
];

/** The lessons whose right and wrong spells are cast again with the door words above. */
export const HONEST_LESSONS: readonly string[] = [HAT, GHOSTS, RUNES, RECIPE, KNIGHTS, 'refcount/let-go'];
