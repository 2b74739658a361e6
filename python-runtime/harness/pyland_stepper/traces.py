"""Native instruction trace (sys.monitoring), to check the stepper's control flow against CPython."""

import sys
import types

from pyland_stepper.errors import StepperError
from pyland_stepper.loaded_spell import _Quiet, function_named, load_spell
from pyland_stepper.stepping import step_call

CO_OPTIMIZED = 0x01


def native_trace(source, function, args=(), kwargs=None):
    """(function, offset) of every instruction CPython itself executes for the call, in the
    spell's code objects. sys.monitoring reports no INSTRUCTION event for RESUME. A class body
    is not watched: stepped, it runs natively too (inside __build_class__, a builtin), so its
    instructions are CPython's own in both runs; its methods are watched."""
    spell = load_spell(source)
    fn = function_named(spell, function)
    mon = sys.monitoring
    tool = next(t for t in range(6) if mon.get_tool(t) is None)
    mon.use_tool_id(tool, "pyland-stepper")
    seen = []

    def on_instruction(code, offset):
        seen.append([code.co_qualname, offset])

    codes = []

    def collect(code):
        if code.co_flags & CO_OPTIMIZED or code is spell.code:  # a class body has neither flag
            codes.append(code)
        for const in code.co_consts:
            if isinstance(const, types.CodeType):
                collect(const)

    collect(spell.code)
    try:
        mon.register_callback(tool, mon.events.INSTRUCTION, on_instruction)
        for code in codes:
            mon.set_local_events(tool, code, mon.events.INSTRUCTION)
        with _Quiet(spell.stdout):
            try:
                fn(*args, **(kwargs or {}))
            except (KeyboardInterrupt, StepperError):
                raise
            except BaseException:
                pass
    finally:
        for code in codes:
            mon.set_local_events(tool, code, 0)
        mon.register_callback(tool, mon.events.INSTRUCTION, None)
        mon.free_tool_id(tool)
    return seen


def stepped_trace(source, function, args=(), kwargs=None):
    """The same as native_trace, from the stepper's events. sys.monitoring reports neither RESUME
    nor what runs before it (MAKE_CELL, COPY_FREE_VARS), so neither are they here."""
    result = step_call(source, function, args, kwargs, events=True)
    hidden = ("RESUME", "MAKE_CELL", "COPY_FREE_VARS")
    return [[e["function"], e["offset"]] for e in result["events"] if e["op"] not in hidden and not e["waits"]]
