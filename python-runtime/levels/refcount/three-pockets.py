"""refcount/three-pockets: put the wand into three slots of the `pockets` list (tally +3).

Every list slot is a holder of its own, even when all slots hold the same wand.
"""

import weakref

# Taken when the checker loads, before the spell runs: a spell that replaces sys.getrefcount
# cannot change what this checker reads.
from sys import getrefcount

from pyland import Verdict, Wand, tally_object

GOAL = 3


def signed(number):
    return f"+{number}" if number > 0 else str(number)


def tally_reader(obj):
    """A function that reads obj's tally (sys.getrefcount) the same way every time, without holding it.

    Why not just call sys.getrefcount(hat) twice in check()? On CPython 3.14 the compiler loads
    a local with LOAD_FAST_BORROW (no hidden extra reference) in straight code but with LOAD_FAST
    (+1 while the call runs) after a `del` or inside try/finally: two readings of one local in one
    function were seen to differ by 1 with no holder changing. Every reading here runs the same
    code, through a weak reference, so hidden holders cancel out and the reader holds nothing.
    """
    ghost = weakref.ref(obj)

    def read():
        held = ghost()
        return None if held is None else getrefcount(held)

    return read


def slots_holding(obj, container):
    """How many slots of a list/tuple hold `obj` itself (by identity, not by equality)."""
    if not isinstance(container, (list, tuple)):
        return 0
    return sum(1 for item in container if item is obj)


def holds_the_word(container, word):
    """True when the container holds the string `word` (the kid wrote the wand's name in quotes)."""
    return isinstance(container, (list, tuple)) and any(isinstance(item, str) and item.strip().lower() == word for item in container)


def check(spell):
    wand = Wand("wand")
    ns = spell.namespace(wand=wand, pockets=[])
    tally = tally_reader(wand)
    before = tally()
    spell.run(ns)
    delta = tally() - before

    pockets = ns.get("pockets")
    slots = slots_holding(wand, pockets)
    passed = delta == GOAL and slots == GOAL
    scene = {"kind": "tally", "objects": [tally_object("wand", wand, ns, delta)]}
    messages = []
    if passed:
        messages.append(("well-done", {"delta": signed(delta), "slots": slots}))
    elif delta == GOAL:
        messages.append(("not-in-pockets", {"delta": signed(delta), "slots": slots, "goal": GOAL}))
    else:
        messages.append(("moved", {"delta": signed(delta), "goal": signed(GOAL), "slots": slots}))
    if not passed and holds_the_word(pockets, "wand"):
        messages.append(("word-not-wand", {}))
    return Verdict(passed, messages, scene)
