"""graduation/folded-stack (bytecode + interpreter): predict the value stack of a function whose
constant was folded.

`return a + 60 * 60`: the compiler works out 60 * 60 before the spell runs (constant folding), so
the runes are LOAD_FAST a, LOAD_CONST 3600, BINARY_OP + and RETURN_VALUE: there is only ONE
BINARY_OP, and right after it the stack holds [a + 3600]. The check steps the kid's own potion
with the spell stepper and compares `prediction` with the real stack after its first BINARY_OP
(by repr, as the scene shows it); it never reads what the spell printed. potion must still say
60 * 60 and carry the folded 3600 (a potion that does other math has nothing folded to predict).
A wrong pile gets the note about its own mistake (see closer_look): a stone in quotes, the pile
before BINARY_OP, a 60 never folded, or extra stones on top of the right ones.
"""

import inspect

from pyland import Verdict, spell_function
from pyland_runes import runes_of, writes_a_folding_multiplication
# the question both stack levels ask: harness/pyland_wizard.py
from pyland_wizard import empty_scene, judge_stack_prediction, short_repr

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

    verdict = judge_stack_prediction(spell, ns, potion, ARGS, CALL, NAME)
    if verdict.passed or verdict.messages[0][0] not in ("wrong-size", "wrong-values"):
        return verdict
    return closer_look(verdict, ns["prediction"]) or verdict


def closer_look(verdict, prediction):
    """The note for this level's own mistakes in a pile of the wrong size or values, or None (then
    the shared note stays). `prediction` is a list (the shared judge checked); the stacks are read
    from the scene's lit-up step, as short reprs, the way the stage shows them."""
    step = next((step for step in verdict.scene["steps"] if step["marked"]), None)
    if step is None:  # a long potion: the lit-up step is past what the stage shows
        return None
    before, after = step["before"], step["after"]
    guess = [short_repr(stone) for stone in prediction]
    guessed = "[" + ", ".join(guess) + "]"
    # exactly str: what the kid wrote in quotes; the real pile holds only numbers here
    word = next((stone for stone in prediction if type(stone) is str), None)
    if word is not None:
        return Verdict(False, [("quoted", {"guess": guessed, "word": '"' + word[:20] + '"'})], verdict.scene)
    if len(before) >= 2 and guess in (before, before[::-1]):
        # the two stones BINARY_OP is about to take (either way up): the moment is too early
        return Verdict(False, [("before-op", {"guess": guessed})], verdict.scene)
    if short_repr(60) in guess and short_repr(60) not in before:
        return Verdict(False, [("unfolded", {"guess": guessed})], verdict.scene)
    if len(guess) > len(after) and guess[: len(after)] == after:
        # the right pile, and more stones put on top of it (the school reads prediction at the end)
        return Verdict(False, [("extra-stones", {"guess": guessed, "extra": len(guess) - len(after)})], verdict.scene)
    return None
