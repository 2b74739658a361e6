"""The wizard reads runes: what every interpreter checker (levels/interpreter/*.py) needs to step
the kid's code with the spell stepper and turn the reading into a `wizard` scene.
"""
# The spell stepper (harness/pyland_stepper/) runs the real CPython 3.14 runes of the kid's code one at a time, with its own frames and value
# stacks; this watches every rune and keeps what the scene shows.

import pyland_stepper as stepper
from pyland import Verdict

# The level message keys each function below can put into a Verdict (levels-data.test.ts reads it).
LEVEL_MESSAGES = {
    "judge_stack_prediction": ("no-binary-op", "no-prediction", "not-a-list", "well-done", "kept-stones", "wrong-size", "wrong-values"),
}

MAX_STEPS = 5_000  # a kid-sized spell needs a few dozen; more means a loop that never ends
STEPS_SHOWN = 80
RUNES_SHOWN = 60
STACK_SHOWN = 8
REPR_SHOWN = 24


def short_repr(value):
    return stepper.safe_repr(value, REPR_SHOWN)


class Reading:
    """What the wizard saw while reading one call: every rune that ran (`steps`), the runes of
    each piece of code read (`codes`), what the outermost frame handed back."""

    def __init__(self):
        self.steps = []
        self.codes = []  # CodeInfo of every code object read, in the order it was first read
        self.returned = None


def _outer_stacks(frame):
    """The value stacks of the frames under `frame` (the callers waiting for it), outermost first."""
    stacks = []
    caller = frame.back if frame is not None else None
    while caller is not None:
        stacks.append(list(caller.stack))
        caller = caller.back
    return stacks[::-1]


def read_runes(spell, thread):
    """Step `thread` (already holding its first frame) to the end, one rune at a time. Runs under
    spell.call, so the kid's errors (and a loop that never ends) end the check as the kid's error."""
    reading = Reading()

    def each_rune():
        while thread.runnable():
            if len(reading.steps) >= MAX_STEPS:
                raise RuntimeError(f"the wizard read {MAX_STEPS} runes and the spell still had not finished: is there a loop that never ends?")
            frame = thread.frame
            info = frame.info
            if info not in reading.codes:
                reading.codes.append(info)
            index = frame.ip
            ins = info.instructions[index]
            before = list(frame.stack)
            depth = thread.depth
            stepper.step_thread(thread)
            after = thread.frame
            reading.steps.append(
                {
                    "code": info,
                    "index": index,
                    "op": ins.opname,
                    "argument": ins.argrepr or ("" if ins.arg is None else str(ins.arg)),
                    "line": info.lines[index],
                    "depth": depth,
                    "depth_after": thread.depth,
                    "before": before,
                    "after": list(after.stack) if after is not None else [],
                    "outer": _outer_stacks(after),
                }
            )
        if thread.status == stepper.FAILED:
            raise thread.exception
        if not thread.finished():
            raise RuntimeError("the wizard stopped: the spell waits for something that never comes")
        reading.returned = thread.result

    spell.call(each_rune)
    return reading


def read_call(spell, function, *args):
    thread = stepper.start_thread(None, 0, function, args)
    return read_runes(spell, thread)


def read_module_code(spell, code, namespace):
    """Step a module code object (what compile(..., "exec") makes) in `namespace`, as exec does."""
    thread = stepper.Thread(None, 0, "<module>")
    info = stepper.prepare(code)
    frame = stepper.Frame(info, [stepper.NULL] * info.nlocalsplus, namespace, namespace["__builtins__"], None, namespace)
    thread.frame = frame
    thread.depth = 1
    return read_runes(spell, thread)


def wizard_scene(title, reading, marked=(), missing=(), puzzle=None):
    """A `wizard` scene (WizardSceneData in contracts/cast-protocol.ts): the runes of the code read, and the steps
    (capped) with their stacks as short reprs; the steps at the indexes in `marked` light up.
    `puzzle` names what the lesson asks the kid to find in this reading ("stack", "jumps",
    "frames"): until the spell passes, the stage's caption never says it (see solved)."""
    marked = set(marked)
    runes = []
    first_rune = {}
    for code_number, info in enumerate(reading.codes):
        first_rune[info] = len(runes)
        for index, ins in enumerate(info.instructions):
            runes.append(
                {
                    "code": code_number,
                    "function": info.name,
                    "opname": ins.opname,
                    "argument": (ins.argrepr or ("" if ins.arg is None else str(ins.arg)))[:30],
                    "line": info.lines[index],
                }
            )
    steps = []
    for number, step in enumerate(reading.steps[:STEPS_SHOWN]):
        steps.append(
            {
                "rune": first_rune[step["code"]] + step["index"],
                "depth": step["depth"],
                "depthAfter": step["depth_after"],
                "before": [short_repr(v) for v in step["before"][-STACK_SHOWN:]],
                "after": [short_repr(v) for v in step["after"][-STACK_SHOWN:]],
                "outer": [[short_repr(v) for v in stack[-STACK_SHOWN:]] for stack in step["outer"][-3:]],
                "marked": number in marked,
            }
        )
    return {
        "kind": "wizard",
        "title": title,
        "functions": [info.name for info in reading.codes],
        "runes": runes[:RUNES_SHOWN],
        "moreRunes": max(0, len(runes) - RUNES_SHOWN),
        "steps": [s for s in steps if s["rune"] < RUNES_SHOWN],
        "totalSteps": len(reading.steps),
        "returned": None if reading.returned is None and not reading.steps else short_repr(reading.returned),
        "missing": list(missing),
        "puzzle": puzzle,
    }


def solved(scene):
    """The scene of a passed spell: the answer may be said now."""
    return dict(scene, puzzle=None)


def empty_scene(title, missing):
    return {
        "kind": "wizard", "title": title, "functions": [], "runes": [], "moreRunes": 0,
        "steps": [], "totalSteps": 0, "returned": None, "missing": list(missing), "puzzle": None,
    }


def judge_stack_prediction(spell, ns, function, args, title, name):
    """The wizard's question of follow-the-stack and folded-stack: what does the value stack hold
    right after the first BINARY_OP rune of the kid's own `function` called with `args`? Steps it
    with the spell stepper and compares the spell's `prediction` list with the real stack by repr
    (as the scene shows it); never reads what the spell printed."""
    reading = read_call(spell, function, *args)
    binary = next((n for n, step in enumerate(reading.steps) if step["op"] == "BINARY_OP" and step["depth"] == 1), None)
    if binary is None:
        return Verdict(False, [("no-binary-op", {"name": name})], wizard_scene(title, reading, missing=["BINARY_OP"]))
    scene = wizard_scene(title, reading, marked=[binary], puzzle="stack")
    real = [stepper.safe_repr(v) for v in reading.steps[binary]["after"]]
    shown = "[" + ", ".join(real) + "]"

    if "prediction" not in ns:
        return Verdict(False, [("no-prediction", {})], scene)
    prediction = ns["prediction"]
    if type(prediction) is not list:
        return Verdict(False, [("not-a-list", {"kind": type(prediction).__name__})], scene)
    guess = [stepper.safe_repr(v) for v in prediction]
    if guess == real:
        rune = reading.steps[binary]["argument"]
        return Verdict(True, [("well-done", {"stack": shown, "rune": rune})], solved(scene))
    guessed = "[" + ", ".join(guess) + "]"
    if len(guess) > len(real) and guess[-1] == real[-1]:
        # the answer is on top, but the two stones BINARY_OP used are still under it
        return Verdict(False, [("kept-stones", {"guess": guessed, "answer": real[-1]})], scene)
    if len(guess) != len(real):
        return Verdict(False, [("wrong-size", {"guess": guessed, "count": len(guess), "real": len(real)})], scene)
    return Verdict(False, [("wrong-values", {"guess": guessed})], scene)
