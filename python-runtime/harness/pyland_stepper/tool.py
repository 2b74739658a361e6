"""The tool entry point the worker calls: JSON in, JSON out."""

import json

import pyland
from pyland_stepper.errors import StepperError, UnsupportedInstruction
from pyland_stepper.explorer import DEFAULT_BOUND, DEFAULT_MAX_STATES, explore
from pyland_stepper.loaded_spell import SpellError, safe_repr
from pyland_stepper.running import DEFAULT_MAX_STEPS
from pyland_stepper.scheduler import DEFAULT_INTERVAL, run_threads
from pyland_stepper.stepping import native_call, native_module, step_call, step_module
from pyland_stepper.traces import native_trace, stepped_trace


def _payload_list(payload, key, default=()):
    value = payload.get(key)
    if value is None:
        return list(default)
    if not isinstance(value, list):
        raise StepperError(f"{key} must be a list")
    return value


def _payload_int(payload, key, default):
    value = payload.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise StepperError(f"{key} must be a whole number above 0")
    return value


def _tool(tool, payload):
    source = payload.get("source")
    if not isinstance(source, str):
        raise StepperError("the request has no spell source")
    if tool == "module":
        return step_module(source)
    if tool == "native-module":
        return native_module(source)
    if tool in ("step", "native", "trace"):
        function = payload.get("function")
        if not isinstance(function, str):
            raise StepperError("name the function to call")
        args = _payload_list(payload, "args")
        kwargs = payload.get("kwargs") or {}
        if not isinstance(kwargs, dict):
            raise StepperError("kwargs must be an object")
        if tool == "native":
            return native_call(source, function, args, kwargs)
        if tool == "trace":
            return {"native": native_trace(source, function, args, kwargs), "stepped": stepped_trace(source, function, args, kwargs)}
        return step_call(
            source, function, args, kwargs, max_steps=_payload_int(payload, "maxSteps", DEFAULT_MAX_STEPS), events=bool(payload.get("events"))
        )
    names = _payload_list(payload, "threads")
    if not all(isinstance(name, str) for name in names):
        raise StepperError("threads must be a list of function names")
    if tool == "run":
        return run_threads(
            source, names, mode=payload.get("mode", "gil"), interval=_payload_int(payload, "interval", DEFAULT_INTERVAL),
            schedule=payload.get("schedule"), seed=payload.get("seed", 0), events=bool(payload.get("events")),
            max_steps=_payload_int(payload, "maxSteps", DEFAULT_MAX_STEPS),
        )
    if tool == "race":
        invariant = payload.get("invariant")
        if not isinstance(invariant, str) or not invariant.strip():
            raise StepperError("the race needs an invariant: a Python expression over the spell's globals")
        return explore(
            source, names, invariant, mode=payload.get("mode", "anywhere"), bound=_payload_int(payload, "bound", DEFAULT_BOUND),
            max_states=_payload_int(payload, "maxStates", DEFAULT_MAX_STATES),
            # false: branch before every instruction (tests check the reduction finds the same)
            reduce=payload.get("reduce", True) is not False,
        )
    raise StepperError(f"unknown stepper tool {tool!r}")


def tool_json(tool, payload_json):
    """Run one stepper tool. Always returns JSON: {"ok": result} or {"error": {kind, message, line}}.
    kind: "unsupported" (an instruction the stepper does not cover), "spell" (the spell file
    cannot be loaded), "usage" (bad request), "interrupted" (stopped for taking too long)."""
    try:
        payload = json.loads(payload_json)
        if not isinstance(payload, dict):
            raise StepperError("the request must be a JSON object")
        answer = {"ok": _tool(tool, payload)}
    except UnsupportedInstruction as exc:
        answer = {"error": {"kind": "unsupported", "message": str(exc), "line": exc.line, "instruction": exc.opname}}
    except SpellError as exc:
        answer = {"error": {"kind": "spell", "message": str(exc), "line": exc.line}}
    except StepperError as exc:
        answer = {"error": {"kind": "usage", "message": str(exc), "line": None}}
    except KeyboardInterrupt:
        answer = {"error": {"kind": "interrupted", "message": "the stepper was stopped: it ran too long", "line": None}}
    except json.JSONDecodeError as exc:
        answer = {"error": {"kind": "usage", "message": f"the request is not JSON: {exc}", "line": None}}
    finally:
        pyland.reset_interpreter_state()
    return json.dumps(answer, default=safe_repr)
