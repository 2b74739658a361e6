"""The PyLand harness: runs one kid's spell and asks the level's checker what it really did.

Every level checker is a Python file beside its level data that defines

    def check(spell: Spell) -> Verdict

and uses only this module's API:

    ns = spell.namespace(hat=MagicHat("hat"))   # a fresh namespace with the names the story gives
    tally = tally_reader(ns["hat"])             # reads the tally the same way every time
    before = tally()
    spell.run(ns)                               # run the kid's code in that namespace ...
    delta = tally() - before                    # ... and compare: deltas, never absolutes
    return Verdict(delta == 1, [("well-done", {"delta": delta})], scene)

Functions the spell defined are read and called the same way (the bytecode chapter):

    greet = spell_function(ns, "greet")          # the kid's own function, or None
    runes = runes_of(greet)                       # its runes as dis lists them (adaptive=True: specialised)
    word = spell.call(greet)                      # call it under the same rules as spell.run
    scene = rune_scene("greet", runes, found=[1])

If the kid's code raises, `spell.run` (or `spell.call`) stops the check and the harness reports the error
(with the line and a kind explanation); the checker does not need to catch anything.
Message keys without a dot are the level's own (`levels.<id>.msg.<key>` in the catalogue);
keys with a dot are used as they are (`common.xyz`).

`cast(level_id, source, checker_source)` is what the worker calls; it returns a plain dict
shaped like `CastResult` in protocol.ts (minus `ms`, which the runtime client measures).
"""

import ast
import builtins
import dis
import gc
import json
import random
import sys
import time
import traceback
import types
import weakref

import pyland_explain
import pyland_gate
import pyland_host
import pyland_policy
from pyland_story import CappedOutput, MagicHat, MagicObject, Treasure, Wand, guarded_import_for, host_sleep, no_input

# Before anything else can run: no program, file write, socket or machine code for any spell
# (pyland_host.py), and no door into the school's own Python at run time (pyland_gate.py).
pyland_gate.install()
# Out of sys.modules, so no spell finds the hooks' own modules by name (a fresh import of them
# would be a harmless copy).
sys.modules.pop("pyland_host", None)
sys.modules.pop("pyland_gate", None)

OUTPUT_LIMIT_CHARS = 8000
OUTPUT_CUT_MARKER = "\n… (the rest of the output was cut: too much printing!)"
SPELL_FILENAME = "<spell>"

# The spell's __import__: the lessons' modules only, whatever name it is given at run time.
_SPELL_IMPORT = guarded_import_for(pyland_policy.ALLOWED_MODULES)


class SpellCrashed(Exception):
    """Raised by Spell.run when the kid's code raised: ends the check, the harness reports it."""

    def __init__(self, error):
        super().__init__(error["type"])
        self.error = error


class SpellInterrupted(Exception):
    """Raised by Spell.run when the spell was stopped for running too long."""


class SpellTampered(Exception):
    """Raised by Spell.run when the spell replaced something the checkers rely on (a harness
    class's method, sys.getrefcount, a builtin): such a spell cannot pass, and what it replaced
    is put back before the checker goes on."""


class Verdict:
    """What a checker decided: passed or not, kid-facing messages, and data for the scene."""

    def __init__(self, passed, messages=(), scene=None):
        self.passed = bool(passed)
        self.messages = list(messages)
        self.scene = scene


def _capped_output():
    return CappedOutput(OUTPUT_LIMIT_CHARS, OUTPUT_CUT_MARKER)


def _spell_builtins(may_use=(), keep_doors=False):
    """The builtins a spell runs with: its own __import__ and input, and without the builtins that
    read names from strings or run strings as code (getattr, vars, eval...) unless the lesson
    teaches them. The syntax-tree policy refuses those names where the spell writes them; taking
    them away too means a name looked up at run time finds nothing. The stepper keeps them
    (`keep_doors`): its globals() and exec see the stepped frame, not the stepper's."""
    spell_builtins = dict(vars(builtins))
    if not keep_doors:
        for name in pyland_policy.DOOR_BUILTINS:
            if name not in may_use:
                spell_builtins.pop(name, None)
    spell_builtins["__import__"] = _SPELL_IMPORT
    # input() would block the worker: spells get their data from the story instead
    spell_builtins["input"] = no_input
    # a lesson that teaches compile and exec: the texts they are given follow the spell's policy
    return pyland_policy.guarded_builtins(spell_builtins, may_use) if may_use else spell_builtins


class Spell:
    """The kid's spell: its source, compiled once, run in namespaces the checker makes."""

    def __init__(self, source, may_use=(), tree=None):
        self.source = source
        self.may_use = tuple(may_use)
        self.code = compile(tree if tree is not None else source, SPELL_FILENAME, "exec")
        self._output = _capped_output()
        self.runs = 0

    @property
    def output(self):
        """Everything the spell printed so far."""
        return self._output.getvalue()

    def namespace(self, **names):
        """A fresh namespace for one run, holding the names the level's story gives."""
        ns = {"__name__": "__spell__", "__builtins__": _spell_builtins(self.may_use)}
        ns.update(names)
        return ns

    def run(self, ns):
        """Run the spell in `ns`. Raises SpellCrashed / SpellInterrupted to end the check."""
        self.runs += 1
        self._guarded(self._output, exec, self.code, ns)

    def call(self, function, *args):
        """Call a function the spell defined (see spell_function) and return what it returned.
        The kid's code runs again, so under the same rules as run(): an error in it ends the check
        as the kid's error, with its line. What it prints is dropped: the output shows what the
        kid's spell printed, not what the checker's own calls did."""
        return self._guarded(_capped_output(), function, *args)

    def _guarded(self, output, action, *args):
        old_out, old_err = sys.stdout, sys.stderr
        # out of sight while the spell runs: `sys.modules["pyland"]` is the shortest way to the harness
        # (the story's own module stays: it holds nothing else)
        school = {name: sys.modules.pop(name) for name in [name for name in sys.modules if name.startswith("pyland") and name != "pyland_story"]}
        sys.stdout = sys.stderr = output
        try:
            return action(*args)
        except KeyboardInterrupt:
            raise SpellInterrupted() from None
        except SpellCrashed:
            raise
        except BaseException as exc:  # the kid's own error, SystemExit included
            raise SpellCrashed(describe_error(exc, self.source)) from None
        finally:
            sys.stdout, sys.stderr = old_out, old_err
            sys.modules.update(school)
            if _STATE_GUARD.tampered():
                _STATE_GUARD.restore()
                raise SpellTampered()


def holders_of(obj, ns):
    """Names in the spell's namespace bound directly to `obj` (by identity)."""
    return sorted(name for name, value in ns.items() if value is obj and not name.startswith("__"))


def containers_of(obj, ns):
    """Containers named in the namespace that hold `obj`, with how many slots hold it."""
    found = []
    for name, value in ns.items():
        if name.startswith("__"):
            continue
        slots = 0
        if isinstance(value, (list, tuple)):
            slots = sum(1 for item in value if item is obj)
        elif isinstance(value, dict):
            slots = sum(1 for item in value.values() if item is obj)
        elif isinstance(value, (set, frozenset)):
            slots = sum(1 for item in value if item is obj)
        if slots:
            found.append({"name": name, "slots": slots})
    return sorted(found, key=lambda entry: entry["name"])


def tally_reader(obj):
    """A function that reads obj's tally (sys.getrefcount) the same way every time, without holding it.

    Why not just call sys.getrefcount(hat) twice in check()? On CPython 3.14 the compiler loads
    a local with LOAD_FAST_BORROW (no hidden extra reference) in straight code but with LOAD_FAST
    (+1 while the call runs) after a `del` or inside try/finally: two readings of one local in one
    function were seen to differ by 1 with no holder changing. Every reading here runs the same
    code, through a weak reference, so hidden holders cancel out and the reader holds nothing.
    It returns None once the object is gone.
    """
    ghost = weakref.ref(obj)

    def read():
        held = ghost()
        return None if held is None else _getrefcount(held)

    return read


# Taken when the harness loads, before any spell runs: a spell that replaces sys.getrefcount
# cannot change what the checkers read.
_getrefcount = sys.getrefcount


def tally_object(label, obj, ns, delta, vanished=False, swept=False):
    """One object of a `tally` scene (see TallyObject in protocol.ts)."""
    return {
        "label": label,
        "delta": int(delta),
        "holders": [] if obj is None else holders_of(obj, ns),
        "containers": [] if obj is None else containers_of(obj, ns),
        "vanished": bool(vanished),
        "swept": bool(vanished and swept),
    }


class TallyWatch:
    """The moments of a tally scene: how each followed object's tally and holders changed while
    the spell ran, line by line, for the stage's step-by-step replay (TallyMoment in protocol.ts).

    A trace function (sys.settrace, spell code only) looks at every line of the spell, and at
    every return of one of its functions: when a tally or a holder changed since the last look,
    it notes a moment, with the line that was running when it changed. So the +1 while a
    function's own name holds the hat is seen, and so is the moment it lets go.

    The watch holds the objects by weak reference only (it is no holder), and it reads every
    tally the same way, through one tally reader per object, so its own reading cancels out.
    The moments are only shown, never judged: a checker's verdict never reads them, so a spell
    that switches the trace off loses its replay and nothing else.
    """

    MAX_MOMENTS = 30
    # lines looked at, at most: a long loop stops being watched, and runs at full speed again
    MAX_LOOKS = 3000

    def __init__(self, ns):
        self._ns = ns
        self._followed = []  # per object: label, ref (a weak reference), read (its tally reader), start, gone (delta once freed)
        self.moments = []
        self._last = None
        self._looks = 0
        self._line = None  # (line, function) of the spell's last line event
        self._returned = None  # (function, the caller's line) when the last event was a return

    def follow(self, label, obj, gone_delta=None):
        """Follow `obj` under `label`; `gone_delta` is the change to show once it was freed (the
        checker knows how many holders the story gave it). None cannot be weakly referenced: it is
        held plainly, which changes nothing, since None is immortal."""
        if obj is None:
            self._followed.append({"label": label, "ref": lambda: None, "read": lambda: _getrefcount(None), "start": 0, "gone": 0})
        else:
            self._followed.append({"label": label, "ref": weakref.ref(obj), "read": tally_reader(obj), "start": 0, "gone": gone_delta})

    def run(self, spell):
        """Run the spell in the watch's namespace (as spell.run does), noting its moments."""
        for entry in self._followed:
            entry["start"] = entry["read"]()
        self._note(self._state(None), None, None)
        tracer = self._trace
        sys.settrace(tracer)
        try:
            spell.run(self._ns)
        finally:
            sys.settrace(None)
        self._note(self._state(None), self._line[0] if self._line else None, None)

    def _trace(self, frame, event, _arg):
        code = frame.f_code
        if code.co_filename != SPELL_FILENAME:
            return None
        if self._looks >= self.MAX_LOOKS or len(self.moments) >= self.MAX_MOMENTS:
            sys.settrace(None)
            return None
        if event == "line" or event == "return":
            self._looks += 1
            state = self._state(frame)
            if self._returned is not None:
                function, caller_line = self._returned
                self._note(state, caller_line, function)
            elif self._line is not None:
                self._note(state, self._line[0], None)
            if event == "line":
                self._line = (frame.f_lineno, code.co_name)
                self._returned = None
            elif code.co_flags & 0x0001 and frame.f_back is not None:  # a function's return (CO_OPTIMIZED)
                self._returned = (code.co_name, frame.f_back.f_lineno if frame.f_back.f_code.co_filename == SPELL_FILENAME else None)
        return self._trace

    def _note(self, state, line, returned):
        if state[0] == self._last:
            return
        self._last = state[0]
        if len(self.moments) >= self.MAX_MOMENTS:
            return
        self.moments.append({"line": line, "returned": returned, "objects": state[1]})

    def _state(self, frame):
        """What the stage would show now: (a key to compare, the objects). Every tally is read
        before any holder is looked for, so the looking holds nothing while a tally is read."""
        readings = [entry["read"]() for entry in self._followed]
        objects = []
        for entry, now in zip(self._followed, readings):
            gone = now is None
            obj = None if gone else entry["ref"]()
            delta = (entry["gone"] or 0) if gone else now - entry["start"]
            holders = [] if gone else holders_of(obj, self._ns)
            objects.append({
                "label": entry["label"],
                "delta": int(delta),
                "holders": holders,
                "containers": [] if gone else containers_of(obj, self._ns),
                "locals": [] if gone else _local_holders(obj, frame),
                "vanished": gone,
            })
            obj = None
        key = repr([(o["delta"], o["holders"], o["containers"], o["locals"], o["vanished"]) for o in objects])
        return key, objects


def _local_holders(obj, frame):
    """Names inside the spell's running functions (from `frame` outwards) bound to `obj`."""
    found = []
    while frame is not None and len(found) < 8:
        code = frame.f_code
        if code.co_filename == SPELL_FILENAME and code.co_flags & 0x0001:
            for name, value in list(frame.f_locals.items()):
                if value is obj:
                    found.append({"name": name, "function": code.co_name})
        frame = frame.f_back
    return found


# --- Runes: the bytecode chapter reads the kid's own functions with dis -----------------------

RUNES_SHOWN = 80


def spell_function(ns, name):
    """The function the spell defined under `name`, or None. Only a plain Python function whose
    code comes from the spell counts (not a builtin, a class, a lambda from a checker or a function
    imported from a module Python already ran), so the runes read are the kid's own."""
    value = ns.get(name)
    if isinstance(value, types.FunctionType) and value.__code__.co_filename == SPELL_FILENAME:
        return value
    return None


def runes_of(function, adaptive=False):
    """The function's runes (bytecode instructions, as dis lists them, without CACHE entries):
    dicts with opname, argval (the value or name the rune works with), argument (the text dis
    shows after the opname) and line. With adaptive=True, the runes as the interpreter has
    specialised them so far."""
    return [
        {"opname": rune.opname, "argval": rune.argval, "argument": rune_argument(rune), "line": rune.line_number}
        for rune in dis.get_instructions(function, adaptive=adaptive)
    ]


def rune_argument(rune):
    """What dis.dis prints after a rune's opname: its description (`'Hello!'`, `x`, `*`), or the
    plain number when there is none (`LOAD_SMALL_INT 42` has an empty argrepr in 3.14)."""
    if rune.argrepr:
        return rune.argrepr
    return "" if rune.arg is None else str(rune.arg)


_NUMBER_OPS = {ast.Add: lambda a, b: a + b, ast.Sub: lambda a, b: a - b, ast.Mult: lambda a, b: a * b}
_NUMBER_LIMIT = 10**6  # sums of small numbers only: nothing a kid writes here needs more


def _number_sum(node):
    """(value, has a *) of a sum made only of whole numbers, + - and *; None for anything else.

    Worked out by hand on the tree, never by eval, and given up on past _NUMBER_LIMIT."""
    if isinstance(node, ast.Constant) and type(node.value) is int:
        return (node.value, False) if abs(node.value) <= _NUMBER_LIMIT else None
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        inner = _number_sum(node.operand)
        return None if inner is None else (-inner[0] if isinstance(node.op, ast.USub) else inner[0], inner[1])
    if isinstance(node, ast.BinOp) and type(node.op) in _NUMBER_OPS:
        left, right = _number_sum(node.left), _number_sum(node.right)
        if left is None or right is None:
            return None
        value = _NUMBER_OPS[type(node.op)](left[0], right[0])
        if abs(value) > _NUMBER_LIMIT:
            return None
        return value, left[1] or right[1] or isinstance(node.op, ast.Mult)
    return None


def number_math_in(source, name):
    """(value, has a *) of every piece of math made only of whole numbers written inside a
    function called `name` (6 * 7 -> (42, True), 40 + 2 -> (42, False)), outermost first: what the
    compiler folds there. Lets a checker tell "you wrote 42 yourself" from "you folded a + sum"."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == name:
            for inner in ast.walk(node):
                value = _number_sum(inner) if isinstance(inner, ast.BinOp) else None
                if value is not None:
                    found.append(value)
    return found


def writes_a_folding_multiplication(source, name, goal):
    """True when a function called `name` in the spell's source has a sum of numbers only, with
    a `*` in it, that makes `goal` (6 * 7, 2 * 3 * 7): the compiler folds exactly such a sum, so
    the `goal` in its runes came from it. A `*` elsewhere (unused = 2 * 3, then return 42) does
    not count. Used by bytecode/fold-the-numbers and graduation/folded-stack."""
    return (goal, True) in number_math_in(source, name)


def rune_scene(function_name, runes, found=(), specialised=None, missing=()):
    """A `runes` scene (RuneSceneData in protocol.ts): the runes in order, the ones at the indexes
    in `found` lit up, `specialised` (the adaptive runes, same order) next to the plain ones, and
    the runes the checker looked for but did not find. Long functions are cut to RUNES_SHOWN."""
    found = set(found)
    shown = []
    for index, rune in enumerate(runes[:RUNES_SHOWN]):
        changed = None
        if specialised is not None and index < len(specialised) and specialised[index]["opname"] != rune["opname"]:
            changed = specialised[index]["opname"]
        shown.append(
            {
                "opname": rune["opname"],
                "argument": rune["argument"][:40],
                "line": rune["line"],
                "found": index in found,
                "specialised": changed,
            }
        )
    return {
        "kind": "runes",
        "function": function_name,
        "runes": shown,
        "more": max(0, len(runes) - RUNES_SHOWN),
        "missing": list(missing),
    }


def describe_error(exc, source=""):
    """The error as the kid should see it: type, message, the line in their spell, and the
    catalogue text that explains it (by what went wrong where pyland_explain can tell)."""
    line = None
    names = set()
    if isinstance(exc, SyntaxError) and exc.filename == SPELL_FILENAME:
        line = exc.lineno
        message = exc.msg
    else:
        message = _text_of(exc)
        for frame, lineno in traceback.walk_tb(exc.__traceback__):
            if frame.f_code.co_filename == SPELL_FILENAME:
                line = lineno
                names = set(frame.f_globals) | set(frame.f_locals)
    type_name = type(exc).__name__
    params = {"line": line if line is not None else "?", "type": type_name}
    door = "school" if isinstance(exc, pyland_gate.SpellDoorClosed) else pyland_host.door_of(exc)
    told = None if door is not None else pyland_explain.explain(exc, source, line, names)
    if door is not None:
        known = f"host-{door}"
    elif told is not None:
        known = told[0]
        params.update(told[1])
    else:
        known = type_name if type_name in _EXPLAINED else "generic"
    return {
        "type": type_name,
        "message": message,
        "line": line,
        "explanation": {"key": f"errors.{known}", "params": params},
    }


def _text_of(exc):
    """str(exc), when the exception's own __str__ (the spell may have written it) gives one."""
    try:
        text = str(exc)
    except BaseException:  # a __str__ that raised (or met the gate): the type says enough
        return type(exc).__name__
    return text if isinstance(text, str) else type(exc).__name__


_EXPLAINED = {
    "SyntaxError", "IndentationError", "NameError", "TypeError", "ZeroDivisionError", "AttributeError",
    "IndexError", "KeyError", "ValueError", "RecursionError", "MemoryError", "ImportError",
    "ModuleNotFoundError", "FileNotFoundError", "PermissionError",
}


def _message(level_id, entry):
    key, params = (entry, {}) if isinstance(entry, str) else (entry[0], dict(entry[1]) if len(entry) > 1 else {})
    full_key = key if "." in key else f"levels.{level_id}.msg.{key}"
    return {"key": full_key, "params": {k: v if isinstance(v, (int, float, str)) else str(v) for k, v in params.items()}}


def _reset_interpreter_state():
    """Undo what a spell may have changed in the shared interpreter, so casts stay independent."""
    _STATE_GUARD.restore()
    sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
    if not gc.isenabled():
        gc.enable()
    # circles the spell left behind go now, with their finalizers, inside this cast (whose
    # refusals they count for), not in the next one that reuses this worker. The young
    # generation only: it holds what this cast made (a full collection costs ~3 ms a cast)
    gc.collect(0)
    sys.setrecursionlimit(1000)
    sys.setswitchinterval(0.005)
    random.seed()
    # a tracer or monitor a spell switched on would watch (and instrument the bytecode of) every later cast
    sys.settrace(None)
    sys.setprofile(None)
    for tool in range(6):
        if sys.monitoring.get_tool(tool) is not None:
            sys.monitoring.set_events(tool, 0)
            sys.monitoring.free_tool_id(tool)


def cast(level_id, source, checker_source, without_policy=False):
    """Run one spell through one level's checker. Returns a CastResult-shaped dict (no `ms`)."""
    result = {
        "level": level_id,
        "passed": False,
        "messages": [],
        "output": "",
        "error": None,
        "interrupted": False,
        "scene": None,
    }
    spell = None
    checker = {"__name__": f"checker:{level_id}"}
    try:
        exec(compile(checker_source, f"<checker {level_id}>", "exec"), checker)
    except Exception as exc:  # a bug in the checker itself: say so, never blame the kid
        result["messages"].append({"key": "common.checker-broken", "params": {"detail": f"{type(exc).__name__}: {exc}"}})
        return result
    # what the lesson teaches beyond the policy (compile and exec in compile-and-exec)
    may_use = tuple(checker.get("SPELL_MAY_USE", ()))
    try:
        # parsed once: the policy reads the tree, and the spell is compiled from it
        tree = ast.parse(source, filename=SPELL_FILENAME)
        if not without_policy:  # only the tests of the layers under the policy go without it
            pyland_policy.check_tree(tree, may_use)
        spell = Spell(source, may_use, tree)
    except (SyntaxError, ValueError) as exc:
        result["error"] = describe_error(exc, source)
        result["messages"].append({"key": "common.cannot-read", "params": {}})
        return result
    except pyland_policy.NotAllowed as refused:
        # refused before anything ran, pointing at the construct like a syntax error
        result["error"] = {
            "type": "NotAllowed",
            "message": refused.construct,
            "line": refused.line,
            "column": refused.column,
            "length": refused.length,
            "explanation": {"key": "errors.NotAllowed", "params": {"construct": refused.construct, "line": refused.line or "?"}},
        }
        result["messages"].append({"key": "common.closed-door", "params": {"doors": refused.construct, "line": refused.line or "?"}})
        return result

    pyland_gate.take_refusals()  # what an earlier cast met is not this spell's
    try:
        verdict = checker["check"](spell)
        result["passed"] = verdict.passed
        result["messages"] = [_message(level_id, entry) for entry in verdict.messages]
        result["scene"] = verdict.scene
    except SpellCrashed as crash:
        result["error"] = crash.error
        result["messages"].append({"key": "common.spell-crashed", "params": {}})
    except SpellTampered:
        result["passed"] = False
        result["scene"] = None
        result["messages"] = [{"key": "common.tampered", "params": {}}]
    except (SpellInterrupted, KeyboardInterrupt):
        result["interrupted"] = True
        result["messages"].append({"key": "errors.interrupted", "params": {}})
    except Exception as exc:  # a bug in the checker itself: say so, never blame the kid
        result["messages"].append({"key": "common.checker-broken", "params": {"detail": f"{type(exc).__name__}: {exc}"}})
    finally:
        result["output"] = spell.output if spell is not None else ""
        _reset_interpreter_state()
    refused = pyland_gate.take_refusals()
    if refused:
        # the spell knocked on a door into the school's Python (and may have caught the refusal):
        # whatever the checker saw afterwards, such a spell cannot pass
        result["passed"] = False
        result["scene"] = None
        if result["error"] is None:
            result["messages"] = [{"key": "common.school-door", "params": {"door": refused[0]}}]
    return result


def cast_json(level_id, source, checker_source, without_policy=False):
    """`cast` as a JSON string: the worker parses it, so no Python object ever crosses to JavaScript.

    A scene a checker built that JSON cannot carry (an object, NaN) is the checker's bug:
    it is reported as such instead of being half-converted.
    """
    result = cast(level_id, source, checker_source, bool(without_policy))
    try:
        return json.dumps(result, allow_nan=False)
    except (TypeError, ValueError) as exc:
        result["passed"] = False
        result["scene"] = None
        result["messages"] = [
            {"key": "common.checker-broken", "params": {"detail": f"scene is not plain data: {exc}"}}
        ]
        return json.dumps(result, allow_nan=False, default=repr)


def install_host_sleep(wait):
    """Replace time.sleep with one built on `wait(seconds) -> bool`, a host function that blocks
    on the interrupt buffer and returns True (having taken the stop request) when the runtime
    asked the spell to stop. The KeyboardInterrupt is raised here, in Python, like a real one.

    Pyodide's own time.sleep busy-waits inside C and never looks at the interrupt buffer, so
    `time.sleep(100)` would outlive every time limit (pyodide#6082).
    """

    # made in the story's module: a spell holds time.sleep, and its globals must lead nowhere
    time.sleep = host_sleep(wait, time.sleep.__doc__)


def drop_javascript():
    """Cut every road from Python to JavaScript that Pyodide leaves after start-up, and say which
    JavaScript objects Python can still reach (a list of short descriptions, for the tests).

    Pyodide keeps the objects it was started with: its loaders of the `js` and `pyodide_js`
    modules hold the whole Pyodide API (and through it the worker's globals), its package loader
    holds a table of JavaScript, its event loop a JavaScript timer. A spell has no road to them
    (the policy, the gate and its builtins), and here the roads themselves go: every reference to
    a JavaScript object that a dict, a list or an object's attributes hold is dropped. What stays
    is held in a function's closure: the host sleep (install_host_sleep), a plain JavaScript
    function that waits and leads nowhere. Called once per worker, after its set-up.
    """
    try:
        from pyodide.ffi import JsProxy
    except ImportError:  # not in Pyodide: nothing to cut
        return []

    def javascript(value):
        return isinstance(value, JsProxy) and not isinstance(value, type)

    kept = []
    for holder in gc.get_objects():
        held = [item for item in gc.get_referents(holder) if javascript(item)]
        if not held:
            continue
        if isinstance(holder, dict):
            for key in [key for key, value in holder.items() if javascript(value)]:
                holder[key] = None
        elif isinstance(holder, list):
            holder[:] = [value for value in holder if not javascript(value)]
        elif not isinstance(holder, type) and isinstance(getattr(holder, "__dict__", None), dict):
            # an object's own attributes (kept inline, not in a dict the collector lists)
            for key, value in list(vars(holder).items()):
                if javascript(value):
                    setattr(holder, key, None)
        else:
            kept.extend(f"{type(holder).__name__}: {type(item).__name__} {str(item.typeof)}" for item in held)
    return kept


_MISSING = object()

# Pyodide's own modules keep state tied to JavaScript and are never rewound.
_UNGUARDED_PREFIXES = ("_pyodide", "pyodide", "js", "_frozen_importlib", "importlib", "zipimport", "encodings", "__main__")


def _guarded(name, module):
    return isinstance(module, type(sys)) and not name.startswith(_UNGUARDED_PREFIXES)


class _StateGuard:
    __slots__ = ("modules", "classes", "tables")  # no attribute of its own a spell could add (tampered = ...)

    """Module attributes (sys.getrefcount, builtins.print, time.sleep ...) and the harness classes
    as they were when the worker was set up, put back after every cast.

    A spell runs in the one interpreter the worker keeps, so `sys.getrefcount = ...` or
    `MagicHat.__eq__ = ...` would otherwise outlive the cast and fool every later check.
    Modules a spell imported for the first time are forgotten (the next import is fresh).
    Changes inside mutable objects (sys.path.append) are not tracked.
    """

    def __init__(self):
        self.modules = {}
        self.classes = []
        self.tables = []

    def record(self):
        self.modules = {
            name: (module, dict(vars(module))) for name, module in list(sys.modules.items()) if _guarded(name, module)
        }
        self.classes = [(cls, dict(vars(cls))) for cls in _HARNESS_CLASSES + _library_classes()]
        # the tables read in place (`dis.opname[3] = "X"` changes no attribute): their contents
        self.tables = [(table, _copy_of(table)) for table in _watched_tables()]

    def tampered(self):
        """True when a value the checkers rely on was replaced: a harness class changed, or an
        existing attribute of the watched modules was rebound or removed, or one was added that
        is not a submodule (importing `collections.abc` adds `abc` to `collections`): a spell that
        leaves itself a note on `sys` could behave differently in the checker's next run of it."""
        for cls, saved in self.classes:
            current = vars(cls)
            if current.keys() != saved.keys() or any(current[key] is not value for key, value in saved.items()):
                return True
        for table, saved in self.tables:
            if table != saved:
                return True
        for name in _WATCHED_MODULES:
            module, saved = self.modules.get(name, (None, {}))
            if module is None:
                continue
            current = vars(module)
            volatile = _VOLATILE_ATTRIBUTES.get(name, ())
            if any(current.get(key, _MISSING) is not value for key, value in saved.items() if key not in volatile):
                return True
            if any(key not in saved and key not in volatile and key not in _ADDED_BY_PYTHON and not isinstance(value, type(sys)) for key, value in list(current.items())):
                return True
        return False

    def restore(self):
        if not self.modules:
            return
        for name in [name for name, module in list(sys.modules.items()) if name not in self.modules and _guarded(name, module)]:
            del sys.modules[name]
        for name, (module, saved) in self.modules.items():
            if sys.modules.get(name) is not module:
                sys.modules[name] = module
            current = vars(module)
            for key in [key for key in current if key not in saved]:
                del current[key]
            for key, value in saved.items():
                if current.get(key, _MISSING) is not value:
                    current[key] = value
        for cls, saved in self.classes:
            current = vars(cls)
            for key in [key for key in current if key not in saved]:
                delattr(cls, key)
            for key, value in saved.items():
                if current.get(key, _MISSING) is not value:
                    setattr(cls, key, value)
        for table, saved in self.tables:
            if table != saved:
                if isinstance(table, dict):
                    table.clear()
                    table.update(saved)
                elif isinstance(table, list):
                    table[:] = saved
                else:  # a set
                    table.clear()
                    table.update(saved)


_TABLE_TYPES = (list, dict, set)


def _watched_tables():
    tables = []
    for module_name, names in _WATCHED_TABLES:
        module = sys.modules.get(module_name)
        if module is None:
            continue
        contents = vars(module)
        for name in names if names is not None else list(contents):
            table = contents.get(name)
            if isinstance(table, _TABLE_TYPES) and not name.startswith("__"):
                tables.append(table)
    return tables


def _copy_of(table):
    return type(table)(table)


def _library_classes():
    """The library's classes the school calls after a spell ran (dis reads the runes, weakref
    follows the spirits, string and ast check the texts a lesson compiles). Setting a class's
    attribute raises no audit event, so `dis.Instruction.__iter__ = ...` is found here instead."""
    classes = []
    for module_name in _WATCHED_LIBRARY_MODULES:
        module = sys.modules.get(module_name)
        for value in list(vars(module).values()) if module is not None else ():
            if isinstance(value, type) and value.__module__ == module_name and value.__flags__ & _HEAP_TYPE:
                classes.append(value)
    return tuple(classes)


_HEAP_TYPE = 1 << 9  # Py_TPFLAGS_HEAPTYPE: a class written in Python (the others cannot be changed)
_WATCHED_LIBRARY_MODULES = ("dis", "weakref", "_weakrefset", "string", "collections", "functools", "json", "json.encoder", "json.decoder")
# (module, names): None is every list, dict and set the module holds
_WATCHED_TABLES = (
    ("dis", None), ("opcode", None), ("_opcode_metadata", None), ("json.encoder", None),
    ("sys", ("path", "meta_path", "path_hooks")),
)


# Modules whose functions the checkers call while measuring; rebinding one of their attributes
# could fake a measurement (dis and opcode: the bytecode chapter reads the spell's runes with them). The volatile ones change on their own while Python runs.
_WATCHED_MODULES = ("builtins", "sys", "gc", "weakref", "dis", "opcode", __name__)
# Added to a module by Python itself while a spell runs (a warning remembers where it was shown).
_ADDED_BY_PYTHON = ("__warningregistry__",)
_VOLATILE_ATTRIBUTES = {
    "sys": ("stdout", "stderr", "stdin", "last_exc", "last_type", "last_value", "last_traceback"),
    __name__: (),
}

_HARNESS_CLASSES = (Verdict, MagicObject, MagicHat, Wand, Treasure, Spell, SpellCrashed, SpellInterrupted, CappedOutput)
_STATE_GUARD = _StateGuard()


def guard_interpreter_state():
    """Called by the worker once its set-up is done (after time.sleep is replaced): from now on
    every cast ends with the interpreter put back to this state."""
    # weakref.finalize notes on its class, the first time one is made, that it has asked to run
    # at exit: made once here, so a spell's first finalize changes no class the guard watches
    weakref.finalize(MagicObject("warm-up"), int)
    _STATE_GUARD.record()
