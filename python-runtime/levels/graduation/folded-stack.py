"""graduation/folded-stack (bytecode + interpreter): predict the value stack of a function whose
constant was folded.

`return a + 60 * 60`: the compiler works out 60 * 60 before the spell runs (constant folding), so
the runes are LOAD_FAST a, LOAD_CONST 3600, BINARY_OP + and RETURN_VALUE: there is only ONE
BINARY_OP, and right after it the stack holds [a + 3600]. The check steps the kid's own potion
with the spell stepper and compares `prediction` with the real stack after its first BINARY_OP
(by repr, as the scene shows it); it never reads what the spell printed.
"""

import inspect

from pyland import Verdict, spell_function

NAME = "potion"
ARGS = (5,)
CALL = "potion(5)"

# the reading every interpreter checker shares: harness/pyland_wizard.py
import pyland_stepper as stepper
from pyland_wizard import read_call, wizard_scene, empty_scene


def check(spell):
    ns = spell.namespace()
    spell.run(ns)
    potion = spell_function(ns, NAME)
    if potion is None:
        return Verdict(False, [("no-function", {"name": NAME})], empty_scene(CALL, ["def " + NAME]))
    try:
        inspect.signature(potion).bind(*ARGS)
    except TypeError:
        return Verdict(False, [("one-arg", {"name": NAME})], empty_scene(CALL, ["def potion(a)"]))

    reading = read_call(spell, potion, *ARGS)
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
        return Verdict(True, [("well-done", {"stack": shown})], scene)
    guessed = "[" + ", ".join(guess) + "]"
    if len(guess) != len(real):
        return Verdict(False, [("wrong-size", {"guess": guessed, "count": len(guess), "real": len(real)})], scene)
    return Verdict(False, [("wrong-values", {"guess": guessed})], scene)
