"""bytecode/find-the-constant: `greet()` returns the magic word, and its runes show where the word lives.

The compiler puts the word into the function as a constant: a LOAD_CONST rune carries it (small
whole numbers 0..255 get LOAD_SMALL_INT instead, new in 3.14) and a RETURN_VALUE rune hands it
back. The check reads greet's real runes with dis and calls greet, which must hand back that very
constant object (not an equal word it put together while running); it never looks at offsets,
constant indexes or the whole listing, and never at what the spell printed.
"""

import inspect

from pyland import Verdict, spell_function
from pyland_runes import rune_scene, runes_of

NAME = "greet"
WORD = "Abracadabra!"
CONSTANT_RUNES = ("LOAD_CONST", "LOAD_SMALL_INT")


def carries(rune, value):
    """The rune pushes exactly this constant (same type too: True is not 1)."""
    return rune["opname"] in CONSTANT_RUNES and type(rune["argval"]) is type(value) and rune["argval"] == value


def check(spell):
    ns = spell.namespace()
    spell.run(ns)
    greet = spell_function(ns, NAME)
    if greet is None:
        return Verdict(False, [("no-function", {"name": NAME})], rune_scene(NAME, [], missing=["def " + NAME]))

    runes = runes_of(greet)
    constant = next((index for index, rune in enumerate(runes) if carries(rune, WORD)), None)
    start = constant if constant is not None else 0
    returns = next((index for index in range(start, len(runes)) if runes[index]["opname"] == "RETURN_VALUE"), None)
    found = [index for index in (constant, returns) if index is not None]
    missing = (["LOAD_CONST " + repr(WORD)] if constant is None else []) + (["RETURN_VALUE"] if returns is None else [])
    scene = rune_scene(NAME, runes, found=found, missing=missing)

    try:
        inspect.signature(greet).bind()
    except TypeError:
        return Verdict(False, [("needs-nothing", {"name": NAME})], scene)
    returned = spell.call(greet)

    word = repr(WORD)
    gives_word = type(returned) is str and returned == WORD
    # the very constant the rune carries, not an equal word made while greet ran ("!arb..."[::-1])
    gives_constant = constant is not None and returned is runes[constant]["argval"]
    passed = constant is not None and returns is not None and gives_word and gives_constant
    messages = []
    if passed:
        messages.append(("well-done", {"rune": runes[constant]["opname"], "word": word}))
    elif gives_word:
        # spelled right, but put together while greet ran: no rune carries it, or not this one
        messages.append(("made-while-running", {"name": NAME, "word": word}))
    else:
        if constant is None:
            messages.append(("no-constant", {"name": NAME, "word": word}))
        messages.append(("returns-other", {"name": NAME, "word": word, "returned": repr(returned)[:60]}))
    return Verdict(passed, messages, scene)
