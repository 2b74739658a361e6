"""bytecode/fold-the-numbers: `answer()` says 6 * 7, but its runes only hold 42.

The compiler works out arithmetic on constants before the spell ever runs (constant folding):
the runes carry the finished 42 (LOAD_SMALL_INT 42 in 3.14) and no BINARY_OP rune is left to do
the multiplying. With a name in the sum (six * 7) the compiler cannot know the value, so a
BINARY_OP rune stays. The check reads what the kid wrote (inside answer, math of numbers only,
with a * in it, that works out to 42: exactly what the compiler folds), answer's real runes, and
calls answer. A wrong spell gets the one note that helps most: names in the math first, then a
wrong answer, then a 42 that no multiplication folded.
"""

import inspect

from pyland import Verdict, spell_function
from pyland_runes import number_math_in, rune_scene, runes_of

NAME = "answer"
GOAL = 42
CONSTANT_RUNES = ("LOAD_CONST", "LOAD_SMALL_INT")


def check(spell):
    ns = spell.namespace()
    spell.run(ns)
    answer = spell_function(ns, NAME)
    if answer is None:
        return Verdict(False, [("no-function", {"name": NAME})], rune_scene(NAME, [], missing=["def " + NAME]))

    runes = runes_of(answer)
    constant = next(
        (i for i, rune in enumerate(runes) if rune["opname"] in CONSTANT_RUNES and type(rune["argval"]) is int and rune["argval"] == GOAL),
        None,
    )
    math_runes = [i for i, rune in enumerate(runes) if rune["opname"].startswith("BINARY_OP")]
    found = ([constant] if constant is not None else []) + math_runes
    missing = ["LOAD_SMALL_INT 42"] if constant is None else []
    scene = rune_scene(NAME, runes, found=found, missing=missing)

    math = number_math_in(spell.source, NAME)
    wrote = (GOAL, True) in math
    try:
        inspect.signature(answer).bind()
    except TypeError:
        return Verdict(False, [("needs-nothing", {"name": NAME})], scene)
    returned = spell.call(answer)
    gives_goal = type(returned) is int and returned == GOAL

    passed = wrote and constant is not None and not math_runes and gives_goal
    if passed:
        message = ("well-done", {"rune": runes[constant]["opname"], "goal": GOAL})
    elif math_runes:
        message = ("still-math", {"name": NAME, "count": len(math_runes), "op": runes[math_runes[0]]["argument"]})
    elif not gives_goal:
        message = ("returns-other", {"name": NAME, "goal": GOAL, "returned": repr(returned)[:60]})
    elif constant is None:
        message = ("no-constant", {"name": NAME, "goal": GOAL})
    elif (GOAL, False) in math:
        message = ("not-times", {"name": NAME, "goal": GOAL})
    else:
        message = ("worked-out", {"name": NAME, "goal": GOAL})
    return Verdict(passed, [message], scene)
