"""interpreter/jump-back: the kid writes a for loop in stir(times) and predicts how many times the
JUMP_BACKWARD rune runs while the wizard reads stir(4).

In CPython 3.14 `for i in range(times):` is read as FOR_ITER (take the next number, or leave the
loop when there is none), the body, then JUMP_BACKWARD back up to FOR_ITER: for range(4) the body
runs 4 times, so JUMP_BACKWARD runs 4 times (FOR_ITER runs 5 times: the last one finds nothing
left). The check steps the kid's own stir with the spell stepper and counts the real backward
jumps; stir(4) must also hand back 0 + 1 + 2 + 3 = 6, and stir(5) 10, with one more backward jump
than stir(4) (the loop itself does the adding, once per number: the wizard reads an add for each
number, and the last add made the total).
"""

import pyland_stepper as stepper
from pyland import Verdict, spell_function

# the reading every interpreter checker shares: harness/pyland_wizard.py
from pyland_wizard import empty_scene, read_call, solved, wizard_scene

NAME = "stir"
CALL = "stir(4)"
JUMP = "JUMP_BACKWARD"


ADDS = ("+", "+=")


def loop_adds(reading, returned):
    """The adding is done by adds the wizard reads (one per number at least), and one of them made
    the total handed back: a total from a formula beside an empty loop is not stirred."""
    adds = [step for step in reading.steps if step["op"].startswith("BINARY_OP") and step["argument"] in ADDS]
    if len(adds) < 4:
        return False
    # some add made the very total handed back (a while loop's last add may be its counter's)
    return any(step["after"] and type(step["after"][-1]) is int and step["after"][-1] == returned for step in adds)


def check(spell):
    ns = spell.namespace()
    spell.run(ns)
    stir = spell_function(ns, NAME)
    if stir is None:
        return Verdict(False, [("no-function", {"name": NAME})], empty_scene(CALL, ["def " + NAME]))
    try:
        import inspect

        inspect.signature(stir).bind(4)
    except TypeError:
        return Verdict(False, [("one-arg", {"name": NAME})], empty_scene(CALL, ["def stir(times)"]))

    reading = read_call(spell, stir, 4)
    jumps_real = [n for n, step in enumerate(reading.steps) if step["op"] == JUMP]
    scene = wizard_scene(CALL, reading, marked=jumps_real, missing=[] if jumps_real else [JUMP], puzzle="jumps")
    messages = []
    returned = reading.returned
    if not jumps_real:
        messages.append(("no-jump", {"name": NAME}))
    if type(returned) is not int or returned != 6:
        messages.append(("wrong-total", {"returned": stepper.safe_repr(returned, 40)}))
    elif spell.call(stir, 5) != 10:
        messages.append(("only-four", {}))
    elif jumps_real:
        # the loop must do the stirring: one more number, one more jump back (a loop beside the
        # work, like for _ in [0]: pass before return sum(range(times)), jumps the same each time)
        jumps_five = sum(1 for step in read_call(spell, stir, 5).steps if step["op"] == JUMP)
        if jumps_five != len(jumps_real) + 1:
            messages.append(("loop-not-stirring", {"name": NAME, "four": len(jumps_real), "five": jumps_five}))
        elif not loop_adds(reading, returned):
            messages.append(("loop-not-adding", {"name": NAME}))
    if messages:
        return Verdict(False, messages, scene)

    count = len(jumps_real)
    if "jumps" not in ns:
        return Verdict(False, [("no-jumps", {})], scene)
    guess = ns["jumps"]
    if type(guess) is not int:
        return Verdict(False, [("not-a-number", {"kind": type(guess).__name__})], scene)
    if guess != count:
        return Verdict(False, [("wrong-count", {"guess": guess, "steps": len(reading.steps)})], scene)
    return Verdict(True, [("well-done", {"count": count, "steps": len(reading.steps)})], solved(scene))
