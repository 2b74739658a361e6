"""The PyLand harness: runs one kid's spell and asks the level's checker what it really did.

Every level checker is a Python file beside its level data that defines

    def check(spell: Spell) -> Verdict

and uses this module's API, with the helpers of its chapter (pyland_tally.py, pyland_runes.py,
pyland_ghosts.py, pyland_knights.py, pyland_wizard.py):

    ns = spell.namespace(hat=MagicHat("hat"))   # a fresh namespace with the names the story gives
    tally = tally_reader(ns["hat"])             # (pyland_tally) reads the tally the same way every time
    before = tally()
    spell.run(ns)                               # run the kid's code in that namespace ...
    delta = tally() - before                    # ... and compare: deltas, never absolutes
    return Verdict(delta == 1, [("well-done", {"delta": delta})], scene)

Functions the spell defined are read and called the same way (the bytecode chapter):

    greet = spell_function(ns, "greet")          # the kid's own function, or None
    runes = runes_of(greet)                       # (pyland_runes) its runes as dis lists them
    word = spell.call(greet)                      # call it under the same rules as spell.run

If the kid's code raises, `spell.run` (or `spell.call`) stops the check and the harness reports the error
(with the line and a kind explanation); the checker does not need to catch anything.
Message keys without a dot are the level's own (`levels.<id>.msg.<key>` in the catalogue);
keys with a dot are used as they are (`common.xyz`).

`cast(level_id, source, checker_source)` is what the worker calls; it returns a plain dict
shaped like `CastResult` in contracts/cast-protocol.ts (minus `ms`, which the runtime client measures).
"""

import ast
import builtins
import gc
import json
import sys
import time
import traceback
import types
import weakref

import pyland_clock
import pyland_explain
import pyland_gate
import pyland_host
import pyland_policy
import pyland_runes
import pyland_state_guard
import pyland_tally
from pyland_story import (
    SPELL_FILENAME,
    CappedOutput,
    MagicHat,
    MagicObject,
    Treasure,
    Wand,
    capped_output,
    guarded_import_for,
    host_sleep,
    no_input,
)


# Before anything else can run: no program, file write, socket or machine code for any spell
# (pyland_host.py), and no door into the school's own Python at run time (pyland_gate.py).
pyland_gate.install()
# Out of sys.modules, so no spell finds the hooks' own modules by name (a fresh import of them
# would be a harmless copy).
sys.modules.pop("pyland_host", None)
sys.modules.pop("pyland_gate", None)

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


def spell_builtins(may_use=(), keep_doors=False):
    """The builtins a spell runs with: its own __import__ and input, and without the builtins that
    read names from strings or run strings as code (getattr, vars, eval...) unless the lesson
    teaches them. The syntax-tree policy refuses those names where the spell writes them; taking
    them away too means a name looked up at run time finds nothing. The stepper keeps them
    (`keep_doors`): its globals() and exec see the stepped frame, not the stepper's."""
    builtins_ = dict(vars(builtins))
    if not keep_doors:
        for name in pyland_policy.DOOR_BUILTINS:
            if name not in may_use:
                builtins_.pop(name, None)
    builtins_["__import__"] = _SPELL_IMPORT
    # input() would block the worker: spells get their data from the story instead
    builtins_["input"] = no_input
    # a lesson that teaches compile and exec: the texts they are given follow the spell's policy
    return pyland_policy.guarded_builtins(builtins_, may_use) if may_use else builtins_


class Spell:
    """The kid's spell: its source, compiled once, run in namespaces the checker makes.

    The spell stepper (pyland_stepper/) runs the spell's functions as threads over one namespace
    the spell was loaded in: `globals` (pyland_stepper.load_spell, pyland_knights.fresh_yard), the
    names beyond `initial_names` being the ones the spell made there."""

    def __init__(self, source, may_use=(), tree=None):
        self.source = source
        self.may_use = tuple(may_use)
        self.code = compile(tree if tree is not None else source, SPELL_FILENAME, "exec")
        self._output = capped_output()
        self.runs = 0
        self.globals = None
        self.initial_names = frozenset()
        self.module_steps = 0  # the instructions its module code took, when the stepper stepped it
        self.options = {}  # what a Lab view asked its checker (CastRequest.options), never the program's

    @property
    def output(self):
        """Everything the spell printed so far."""
        return self._output.getvalue()

    @property
    def stdout(self):
        """Where the spell's own printing goes (sys.stdout and sys.stderr while it runs)."""
        return self._output

    def namespace(self, **names):
        """A fresh namespace for one run, holding the names the level's story gives."""
        ns = {"__name__": "__spell__", "__builtins__": spell_builtins(self.may_use)}
        ns.update(names)
        return ns

    def loaded_in(self, ns, story=()):
        """This spell as loaded in `ns`, where it already ran, for the stepper's threads: a copy
        whose `globals` is `ns` (the names in `story` were the story's), printing on its own."""
        # not copy.copy: it would note __slotnames__ on the class, which the state guard watches
        loaded = object.__new__(Spell)
        vars(loaded).update(vars(self))
        loaded._output = capped_output()
        loaded.globals = ns
        loaded.initial_names = frozenset({"__name__", "__builtins__", *story})
        loaded.module_steps = 0
        return loaded

    def run(self, ns):
        """Run the spell in `ns`. Raises SpellCrashed / SpellInterrupted to end the check."""
        self.runs += 1
        self._guarded(self._output, exec, self.code, ns)

    def call(self, function, *args):
        """Call a function the spell defined (see spell_function) and return what it returned.
        The kid's code runs again, so under the same rules as run(): an error in it ends the check
        as the kid's error, with its line. What it prints is dropped: the output shows what the
        kid's spell printed, not what the checker's own calls did."""
        return self._guarded(capped_output(), function, *args)

    def _guarded(self, output, action, *args):
        old_out, old_err = sys.stdout, sys.stderr
        # out of sight while the spell runs: `sys.modules["pyland"]` is the shortest way to the harness
        # (the story's own module stays: it holds nothing else)
        school = {name: sys.modules.pop(name) for name in [name for name in sys.modules if name.startswith("pyland") and name != "pyland_story"]}
        sys.stdout = sys.stderr = output
        # the kid's code runs at Python's own speed here: its time counts whole (pyland_clock)
        pyland_clock.native()
        try:
            return action(*args)
        except KeyboardInterrupt:
            # the spell's own code is unwound: the runtime may now wait for the checker's answer
            pyland_clock.stop_taken()
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

def spell_function(ns, name):
    """The function the spell defined under `name`, or None. Only a plain Python function whose
    code comes from the spell counts (not a builtin, a class, a lambda from a checker or a function
    imported from a module Python already ran), so the runes read are the kid's own."""
    value = ns.get(name)
    if isinstance(value, types.FunctionType) and value.__code__.co_filename == SPELL_FILENAME:
        return value
    return None

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
    return {"key": full_key, "params": {k: _param(v) for k, v in params.items()}}


def _param(value):
    """A message's value as the game reads it: a word, a number, or a list of words (the game joins
    a list by its language's "and": the checkers never join words themselves)."""
    if isinstance(value, (int, float, str)):
        return value
    if isinstance(value, (list, tuple)):
        return [str(item) for item in value]
    return str(value)

def cast(level_id, source, checker_source, without_policy=False, options=None):
    """Run one spell through one level's checker. Returns a CastResult-shaped dict (no `ms`).
    `options`: what a Lab view asks of its checker (plain JSON values), read as spell.options."""
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
        spell.options = dict(options) if isinstance(options, dict) else {}
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
        reset_interpreter_state()
    refused = pyland_gate.take_refusals()
    if refused:
        # the spell knocked on a door into the school's Python (and may have caught the refusal):
        # whatever the checker saw afterwards, such a spell cannot pass
        result["passed"] = False
        result["scene"] = None
        if result["error"] is None:
            result["messages"] = [{"key": "common.school-door", "params": {"door": refused[0]}}]
    return result


def cast_json(level_id, source, checker_source, without_policy=False, options_json="{}"):
    """`cast` as a JSON string: the worker parses it, so no Python object ever crosses to JavaScript.

    A scene a checker built that JSON cannot carry (an object, NaN) is the checker's bug:
    it is reported as such instead of being half-converted.
    """
    try:
        options = json.loads(options_json) if isinstance(options_json, str) else {}
    except ValueError:
        options = {}
    result = cast(level_id, source, checker_source, bool(without_policy), options)
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


def install_school_clock(set_slot):
    """Give pyland_clock `set_slot(slot, value)`, the host function that tells the runtime's clock
    when a stop request was taken and when the school is stepping the kid's code."""
    pyland_clock.install(set_slot)


def drop_javascript():
    """Cut every road from Python to JavaScript that Pyodide leaves after start-up, and say which
    JavaScript objects Python can still reach (a list of short descriptions, for the tests).

    Pyodide keeps the objects it was started with: its loaders of the `js` and `pyodide_js`
    modules hold the whole Pyodide API (and through it the worker's globals), its package loader
    holds a table of JavaScript, its event loop a JavaScript timer. A spell has no road to them
    (the policy, the gate and its builtins), and here the roads themselves go: every reference to
    a JavaScript object that a dict, a list or an object's attributes hold is dropped. What stays
    is held in a function's closure: the host sleep (install_host_sleep) and the school clock's
    writer (install_school_clock), plain JavaScript functions that wait or write one number and
    lead nowhere. Called once per worker, after its set-up.
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


# The state guard (pyland_state_guard.py): the school's classes compared whole, and the modules whose
# values the checkers read while measuring, this one and the chapter helpers it loads included.
_HARNESS_CLASSES = (Verdict, MagicObject, MagicHat, Wand, Treasure, Spell, SpellCrashed, SpellInterrupted, CappedOutput)
_WATCHED_MODULES = pyland_state_guard.LIBRARY_MODULES_WATCHED + (
    __name__, pyland_state_guard.__name__, pyland_tally.__name__, pyland_runes.__name__,
)
_STATE_GUARD = pyland_state_guard.StateGuard(_HARNESS_CLASSES, _WATCHED_MODULES)


def guard_interpreter_state():
    """Called by the worker once its set-up is done (after time.sleep is replaced): from now on
    every cast ends with the interpreter put back to this state."""
    # weakref.finalize notes on its class, the first time one is made, that it has asked to run
    # at exit: made once here, so a spell's first finalize changes no class the guard watches
    weakref.finalize(MagicObject("warm-up"), int)
    _STATE_GUARD.record()


def reset_interpreter_state():
    """Undo what a spell may have changed in the shared interpreter, so casts (and stepper tools)
    stay independent."""
    pyland_clock.native()
    _STATE_GUARD.restore()
    pyland_state_guard.reset_interpreter()
