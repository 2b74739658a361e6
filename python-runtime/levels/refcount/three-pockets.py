"""refcount/three-pockets: put the wand into three slots of the `pockets` list (tally +3).

Every list slot is a holder of its own, even when all slots hold the same wand.
"""


from pyland import Verdict, Wand
from pyland_tally import TallyWatch, containers_of, held_then_let_go, holders_of, signed, tally_object, tally_reader

GOAL = 3


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
    watch = TallyWatch(ns)
    watch.follow("wand", wand)
    watch.run(spell)
    delta = tally() - before

    pockets = ns.get("pockets")
    slots = slots_holding(wand, pockets)
    passed = delta == GOAL and slots == GOAL
    scene = {"kind": "tally", "objects": [tally_object("wand", wand, ns, delta)], "moments": watch.moments}
    messages = []
    held = held_then_let_go(watch.moments, "wand", GOAL, delta)
    # holders besides the pockets (a name like my_wand, a dict): named, as immortal-none and let-go do
    extra = [name for name in holders_of(wand, ns) if name != "wand"] + [
        entry["name"] for entry in containers_of(wand, ns) if ns[entry["name"]] is not pockets
    ]
    if passed:
        messages.append(("well-done", {"delta": signed(delta), "slots": slots}))
    elif held is not None:
        # the wand was in three pockets for a while (the kid may have printed +3), then a holder
        # changed: the tally is judged when the spell ends, so say both moments
        messages.append(("let-go-again", {"line": held[0], "gone": held[1], "delta": signed(delta), "goal": signed(GOAL)}))
    elif slots == GOAL and delta > GOAL and extra:
        messages.append(("extra-holders", {"delta": signed(delta), "slots": slots, "holders": list(extra), "first": extra[0]}))
    elif delta == GOAL:
        messages.append(("not-in-pockets", {"delta": signed(delta), "slots": slots, "goal": GOAL}))
    else:
        messages.append(("moved", {"delta": signed(delta), "goal": signed(GOAL), "slots": slots}))
    if not passed and holds_the_word(pockets, "wand"):
        messages.append(("word-not-wand", {}))
    return Verdict(passed, messages, scene)
