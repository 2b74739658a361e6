"""refcount/another-holder: give the hat one more holder, so its tally goes up by exactly one.

Measures the real tally of a fresh MagicHat before and after the spell, both times the same
way (so the checker's own holders are the same in both readings and cancel out).
"""

import weakref

# Taken when the checker loads, before the spell runs: a spell that replaces sys.getrefcount
# cannot change what this checker reads.
from sys import getrefcount

from pyland import MagicHat, Verdict, tally_object

GOAL = 1


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


def check(spell):
    hat = MagicHat("hat")
    ns = spell.namespace(hat=hat)
    tally = tally_reader(hat)
    before = tally()
    spell.run(ns)
    delta = tally() - before

    scene = {"kind": "tally", "objects": [tally_object("hat", hat, ns, delta)]}
    messages = []
    if delta == GOAL:
        messages.append(("well-done", {"delta": signed(delta)}))
    elif delta == 0:
        messages.append(("no-change", {"delta": signed(delta)}))
    elif delta > GOAL:
        messages.append(("too-many", {"delta": signed(delta), "goal": signed(GOAL)}))
    else:
        messages.append(("went-down", {"delta": signed(delta), "goal": signed(GOAL)}))
    # The kid may have rebound or deleted the name the story gave: say so, it explains the number.
    if ns.get("hat") is not hat:
        messages.append(("name-let-go", {}))
    return Verdict(delta == GOAL, messages, scene)
