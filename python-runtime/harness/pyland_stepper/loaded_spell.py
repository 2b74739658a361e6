"""A loaded spell: the harness's own Spell (pyland.py), loaded in a namespace of its own, its module
code run natively (or stepped), and the short reprs the stepper's answers show."""

import re
import sys

from pyland import Spell, spell_builtins
from pyland_story import SPELL_FILENAME
from pyland_stepper.errors import _MISSING, NULL, StepperError
from pyland_stepper.frames import DONE, FAILED, Frame, Thread, _stepped_function, start_thread
from pyland_stepper.locks import _threading_shim
from pyland_stepper.preparation import prepare
from pyland_stepper.running import DEFAULT_MAX_STEPS, run_thread

REPR_LIMIT = 80


class _Quiet:
    """Print from the spell into `sink` while the block runs."""

    def __init__(self, sink):
        self.sink = sink

    def __enter__(self):
        self.saved = sys.stdout, sys.stderr
        sys.stdout = sys.stderr = self.sink

    def __exit__(self, *exc):
        sys.stdout, sys.stderr = self.saved


def stepped_builtins():
    """The builtins of a stepped spell: the harness's (pyland.spell_builtins, the doors kept: see
    there), with an import that gives the stepper's `threading` and never the stepper itself."""
    builtins_ = spell_builtins(keep_doors=True)
    guarded = builtins_["__import__"]
    shim = _threading_shim()

    def spell_import(name, globals=None, locals=None, fromlist=(), level=0):
        if level == 0 and name == "threading":
            return shim
        if level == 0 and name.split(".")[0] == "pyland_stepper":
            raise ImportError("the module 'pyland_stepper' is locked away from spells")
        return guarded(name, globals, locals, fromlist, level)

    builtins_["__import__"] = spell_import
    return builtins_


class SpellError(Exception):
    """The spell's module code could not be compiled or raised: a bad spell file."""

    def __init__(self, exc, line):
        self.exc = exc
        self.line = line
        where = f" (line {line})" if line is not None else ""
        text = exc.msg if isinstance(exc, SyntaxError) else str(exc)
        super().__init__(f"the spell could not be loaded: {type(exc).__name__}: {text}{where}")


def load_spell(source, stepped_module=False):
    """The spell (pyland.Spell) loaded in a namespace of its own, `globals`: its module code run
    natively, or stepped (`stepped_module`, its instructions counted in `module_steps`)."""
    try:
        spell = Spell(source)
    except SyntaxError as exc:
        raise SpellError(exc, exc.lineno) from None
    spell.globals = {"__name__": "__spell__", "__builtins__": stepped_builtins()}
    spell.initial_names = frozenset(spell.globals)
    with _Quiet(spell.stdout):
        if stepped_module:
            th = Thread(spell, -1, "<module>")
            info = prepare(spell.code)
            th.frame = Frame(info, [NULL] * info.nlocalsplus, spell.globals, spell.globals["__builtins__"], None, spell.globals)
            run_thread(th, DEFAULT_MAX_STEPS)
            spell.module_steps = th.steps
            if th.status is FAILED:
                raise SpellError(th.exception, th.error_line)
            if th.status is not DONE:
                raise StepperError("the spell's module code ran too long")
        else:
            try:
                exec(spell.code, spell.globals)
            except (KeyboardInterrupt, StepperError):
                raise
            except BaseException as exc:
                raise SpellError(exc, _spell_line(exc)) from None
    return spell


def function_named(spell, name):
    """The function the loaded spell defines under `name` (a StepperError if there is none)."""
    fn = spell.globals.get(name, _MISSING)
    if fn is _MISSING:
        raise StepperError(f"the spell defines no function called {name!r}")
    if _stepped_function(fn)[0] is None:
        raise StepperError(f"{name!r} is not a function the spell defines (it is {type(fn).__name__})")
    return fn


def threads_of(spell, names):
    """A thread for each function named, in order (thread 0 runs the first)."""
    if not names:
        raise StepperError("name at least one function to run as a thread")
    return [start_thread(spell, number, function_named(spell, name)) for number, name in enumerate(names)]


def defined_globals(spell):
    """repr of each global the loaded spell defined whose value is plain data."""
    return {
        name: safe_repr(value)
        for name, value in spell.globals.items()
        if name not in spell.initial_names and not name.startswith("__") and type(value) in _PLAIN_TYPES
    }


_PLAIN_TYPES = (int, float, str, bool, type(None), list, tuple, dict)


def _spell_line(exc):
    line = None
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == SPELL_FILENAME:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


def safe_repr(value, limit=REPR_LIMIT * 4):
    if value is NULL:
        return "NULL"
    try:
        text = repr(value)
    except Exception as exc:  # a spell class with a broken __repr__
        text = f"<{type(value).__name__} object (repr failed: {type(exc).__name__})>"
    text = _ADDRESS.sub("", text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _short(value):
    return safe_repr(value, REPR_LIMIT)
