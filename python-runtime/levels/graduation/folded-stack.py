"""graduation/folded-stack (bytecode + interpreter): predict the value stack of a function whose
constant was folded.

`return a + 60 * 60`: the compiler works out 60 * 60 before the spell runs (constant folding), so
the runes are LOAD_FAST a, LOAD_CONST 3600, BINARY_OP + and RETURN_VALUE: there is only ONE
BINARY_OP, and right after it the stack holds [a + 3600]. The check steps the kid's own potion
with the spell stepper and compares `prediction` with the real stack after its first BINARY_OP
(by repr, as the scene shows it); it never reads what the spell printed. potion must still say
60 * 60 and carry the folded 3600 (a potion that does other math has nothing folded to predict).
"""

import inspect

from pyland import Verdict, spell_function
from pyland_runes import runes_of, writes_a_folding_multiplication
# the question both stack levels ask: harness/pyland_wizard.py
from pyland_wizard import empty_scene, judge_stack_prediction

NAME = "potion"
ARGS = (5,)
CALL = "potion(5)"
FOLDED = 60 * 60


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
    # the lesson is the folded 3600: potion must say 60 * 60 and carry the 3600 it was folded into
    folded = any(rune["opname"] == "LOAD_CONST" and rune["argval"] == FOLDED for rune in runes_of(potion))
    if not (folded and writes_a_folding_multiplication(spell.source, NAME, FOLDED)):
        return Verdict(False, [("not-folded", {"name": NAME})], empty_scene(CALL, ["60 * 60"]))

    return judge_stack_prediction(spell, ns, potion, ARGS, CALL, NAME)
