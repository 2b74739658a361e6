"""refcount/another-holder: give the hat one more holder, so its tally goes up by exactly one.

Measures the real tally of a fresh MagicHat before and after the spell, both times the same
way (so the checker's own holders are the same in both readings and cancel out).
"""


from pyland import MagicHat, Verdict
from pyland_tally import TallyWatch, held_then_let_go, signed, tally_object, tally_reader

GOAL = 1


def check(spell):
    hat = MagicHat("hat")
    ns = spell.namespace(hat=hat)
    tally = tally_reader(hat)
    before = tally()
    watch = TallyWatch(ns)
    watch.follow("hat", hat)
    watch.run(spell)
    delta = tally() - before

    scene = {"kind": "tally", "objects": [tally_object("hat", hat, ns, delta)], "moments": watch.moments}
    messages = []
    held = held_then_let_go(watch.moments, "hat", GOAL, delta)
    if delta == GOAL:
        messages.append(("well-done", {"delta": signed(delta)}))
    elif held is not None:
        # the kid did give the hat a holder (and may have printed +1), then let it go again:
        # the tally is judged when the spell ends, so say both moments
        messages.append(("let-go-again", {"line": held[0], "gone": held[1], "delta": signed(delta)}))
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
