"""Single-thread stepping of one call (and of a spell's module code), and the same run natively by
CPython, shaped alike for the differential tests."""

from pyland_stepper.errors import StepperError
from pyland_stepper.frames import DONE, FAILED, READY, WAITING, start_thread
from pyland_stepper.loaded_spell import _Quiet, defined_globals, function_named, load_spell, safe_repr
from pyland_stepper.running import DEFAULT_MAX_STEPS, run_thread, step_thread
from pyland_stepper.scheduler import Run


def step_call(source, function, args=(), kwargs=None, max_steps=DEFAULT_MAX_STEPS, events=False):
    """Step one call of `function` from the spell. Returns the step tool's result dict."""
    spell = load_spell(source)
    fn = function_named(spell, function)
    th = start_thread(spell, 0, fn, args, kwargs)
    recorded = [] if events else None
    with _Quiet(spell.stdout):
        if events:
            run = Run(spell, [th], "replay", schedule=[], events=True, max_steps=max_steps)
            run.run()
            recorded = run.events
        elif th.status is READY:
            left = max_steps
            while left > 0 and th.runnable():
                # a wait with a timeout, alone: its turn comes again while the lock is taken, its time is up
                left -= step_thread(th) if th.status is WAITING else run_thread(th, left)
    if th.stuck():
        raise StepperError("the call waits forever for a lock nobody gives back (it holds it already?)")
    if not th.finished():
        raise StepperError(f"the call ran more than {max_steps} instructions without returning")
    return _call_result(spell, th, th.steps, recorded)


def _call_result(spell, th, steps, recorded):
    result = {
        "returned": safe_repr(th.result) if th.status is DONE else None,
        "exception": type(th.exception).__name__ if th.status is FAILED else None,
        "message": str(th.exception) if th.status is FAILED else None,
        "line": th.error_line if th.status is FAILED else None,
        "globals": defined_globals(spell),
        "steps": steps,
        "output": spell.output,
    }
    if recorded is not None:
        result["events"] = recorded
    return result


def step_module(source):
    """Step the spell's module code itself (LOAD_NAME/STORE_NAME, imports, top-level loops)."""
    spell = load_spell(source, stepped_module=True)
    return {"globals": defined_globals(spell), "steps": spell.module_steps, "output": spell.output}


def native_module(source):
    spell = load_spell(source)
    return {"globals": defined_globals(spell), "output": spell.output}


def native_call(source, function, args=(), kwargs=None):
    """The same call run natively by CPython, shaped like step_call's result (for differential tests)."""
    spell = load_spell(source)
    fn = function_named(spell, function)
    returned = exception = message = None
    with _Quiet(spell.stdout):
        try:
            returned = safe_repr(fn(*args, **(kwargs or {})))
        except (KeyboardInterrupt, StepperError):
            raise
        except BaseException as exc:
            exception = type(exc).__name__
            message = str(exc)
    return {"returned": returned, "exception": exception, "message": message, "globals": defined_globals(spell), "output": spell.output}
