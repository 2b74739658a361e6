"""interpreter/follow-the-stack: the kid predicts what the value stack holds right after the first
BINARY_OP rune of brew(2, 3, 4).

`return a + b * c` loads a, b and c (three values on the stack), BINARY_OP * takes the top two
and puts back their product, so the stack holds [2, 12]: a waits underneath. The check steps the
kid's own brew with the spell stepper and compares `prediction` with the real stack at that rune
(values compared by repr, same as the scene shows them); it never reads what the spell printed.
"""

import inspect

from pyland import Verdict, spell_function

NAME = "brew"
ARGS = (2, 3, 4)
CALL = "brew(2, 3, 4)"

# the reading every interpreter checker shares: harness/pyland_wizard.py
import pyland_stepper as stepper
from pyland_wizard import read_call, wizard_scene, empty_scene


def check(spell):
    ns = spell.namespace()
    spell.run(ns)
    brew = spell_function(ns, NAME)
    if brew is None:
        return Verdict(False, [("no-function", {"name": NAME})], empty_scene(CALL, ["def " + NAME]))
    try:
        inspect.signature(brew).bind(*ARGS)
    except TypeError:
        return Verdict(False, [("three-args", {"name": NAME})], empty_scene(CALL, ["def brew(a, b, c)"]))

    reading = read_call(spell, brew, *ARGS)
    binary = next((n for n, step in enumerate(reading.steps) if step["op"] == "BINARY_OP" and step["depth"] == 1), None)
    if binary is None:
        return Verdict(False, [("no-binary-op", {"name": NAME})], wizard_scene(CALL, reading, missing=["BINARY_OP"]))
    scene = wizard_scene(CALL, reading, marked=[binary])
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
        return Verdict(True, [("well-done", {"stack": shown, "rune": rune})], scene)
    guessed = "[" + ", ".join(guess) + "]"
    if len(guess) != len(real):
        return Verdict(False, [("wrong-size", {"guess": guessed, "count": len(guess), "real": len(real)})], scene)
    return Verdict(False, [("wrong-values", {"guess": guessed})], scene)
