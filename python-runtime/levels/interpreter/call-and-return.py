"""interpreter/call-and-return: the kid predicts how deep the frames go while the wizard reads
brew(5), which calls double(5), and what double's RETURN_VALUE hands back to brew.

A CALL of a Python function opens a new frame (with its own value stack) on top of the caller's;
RETURN_VALUE takes the top of the callee's stack, closes its frame and puts the value on the
caller's stack. The check steps the kid's own brew with the spell stepper: `deepest` must be the
most frames open at once, `handed_back` the value an inner RETURN_VALUE really handed back.
"""

import inspect

import pyland_stepper as stepper
from pyland import Verdict, spell_function

# the reading every interpreter checker shares: harness/pyland_wizard.py
from pyland_wizard import empty_scene, read_call, short_repr, solved, wizard_scene

NAME = "brew"
HELPER = "double"
CALL = "brew(5)"


def check(spell):
    ns = spell.namespace()
    spell.run(ns)
    brew = spell_function(ns, NAME)
    if brew is None:
        return Verdict(False, [("no-function", {"name": NAME})], empty_scene(CALL, ["def " + NAME]))
    try:
        inspect.signature(brew).bind(5)
    except TypeError:
        return Verdict(False, [("one-arg", {"name": NAME})], empty_scene(CALL, ["def brew(x)"]))

    reading = read_call(spell, brew, 5)
    steps = reading.steps
    deepest = max(max(step["depth"], step["depth_after"]) for step in steps)
    # an inner return: a RETURN_VALUE that closes a frame and lands on the caller's stack
    returns = [n for n, step in enumerate(steps) if step["op"] == "RETURN_VALUE" and step["depth"] > 1]
    calls = [n for n, step in enumerate(steps) if step["depth_after"] > step["depth"]]
    scene = wizard_scene(CALL, reading, marked=calls + returns, missing=[] if returns else ["CALL " + HELPER], puzzle="frames")
    if not returns:
        return Verdict(False, [("no-call", {"name": NAME, "helper": HELPER})], scene)
    handed = steps[returns[0]]["before"][-1]

    messages = []
    for name in ("deepest", "handed_back"):
        if name not in ns:
            messages.append(("no-name", {"name": name}))
    if messages:
        return Verdict(False, messages, scene)
    guess_depth, guess_value = ns["deepest"], ns["handed_back"]
    if type(guess_depth) is not int or guess_depth != deepest:
        messages.append(("wrong-depth", {"guess": stepper.safe_repr(guess_depth, 40)}))
    if type(guess_value) is not type(handed) or guess_value != handed:
        messages.append(("wrong-value", {"guess": stepper.safe_repr(guess_value, 40), "function": steps[returns[0]]["code"].name}))
    if messages:
        return Verdict(False, messages, scene)
    return Verdict(
        True,
        [("well-done", {"deepest": deepest, "value": short_repr(handed), "function": steps[returns[0]]["code"].name})],
        solved(scene),
    )
