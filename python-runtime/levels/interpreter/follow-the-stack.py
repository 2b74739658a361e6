"""interpreter/follow-the-stack: the kid predicts what the value stack holds right after the first
BINARY_OP rune of brew(2, 3, 4).

`return a + b * c` loads a, b and c (three values on the stack), BINARY_OP * takes the top two
and puts back their product, so the stack holds [2, 12]: a waits underneath. The check steps the
kid's own brew with the spell stepper and compares `prediction` with the real stack at that rune
(values compared by repr, same as the scene shows them); it never reads what the spell printed.
"""

import inspect

from pyland import Verdict, spell_function
# the question both stack levels ask: harness/pyland_wizard.py
from pyland_wizard import empty_scene, judge_stack_prediction

NAME = "brew"
ARGS = (2, 3, 4)
CALL = "brew(2, 3, 4)"


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

    return judge_stack_prediction(spell, ns, brew, ARGS, CALL, NAME)
