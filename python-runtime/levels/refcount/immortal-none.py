"""refcount/immortal-none: the hat's tally counts every holder, None's tally never moves.

None is immortal in CPython 3.12+ (PEP 683): its reference count is frozen. The checker measures
both deltas the same way before and after; the level is about what the kid does (five slots each),
and the scene shows the two measured deltas side by side.
"""


# Taken when the checker loads, before the spell runs: a spell that replaces sys.getrefcount
# cannot change what this checker reads.
from sys import getrefcount

from pyland import MagicHat, Verdict
from pyland_tally import containers_of, held_then_let_go, holders_of, signed, tally_object, tally_reader, TallyWatch

GOAL = 5


def read_none_tally():
    """None cannot be weakly referenced; one fixed function keeps its readings comparable."""
    return getrefcount(None)


def slots_holding(obj, container):
    if not isinstance(container, (list, tuple)):
        return 0
    return sum(1 for item in container if item is obj)


def holds_the_word(container, word):
    return isinstance(container, (list, tuple)) and any(isinstance(item, str) and item.strip() == word for item in container)


def check(spell):
    hat = MagicHat("hat")
    ns = spell.namespace(hat=hat, pile=[])
    tally = tally_reader(hat)
    hat_before = tally()
    none_before = read_none_tally()
    watch = TallyWatch(ns)
    watch.follow("hat", hat)
    watch.follow("None", None)
    watch.run(spell)
    hat_delta = tally() - hat_before
    none_delta = read_none_tally() - none_before

    pile = ns.get("pile")
    hat_slots = slots_holding(hat, pile)
    none_slots = slots_holding(None, pile)
    none_entry = {
        # tally_object treats None as "no object left", so None's entry is built here
        "label": "None",
        "delta": none_delta,
        "holders": holders_of(None, ns),
        "containers": containers_of(None, ns),
        "vanished": False,
    }
    scene = {"kind": "tally", "objects": [tally_object("hat", hat, ns, hat_delta), none_entry], "moments": watch.moments}
    params = {
        "hat_delta": signed(hat_delta),
        "none_delta": signed(none_delta),
        "hat_slots": hat_slots,
        "none_slots": none_slots,
        "goal": GOAL,
    }
    hat_ok = hat_slots == GOAL and hat_delta == GOAL
    none_ok = none_slots == GOAL
    # holders the pile does not show (a loop name left holding the hat): named, as let-go does
    extra = [name for name in holders_of(hat, ns) if name != "hat"] + [
        entry["name"] for entry in containers_of(hat, ns) if entry["name"] != "pile"
    ]
    messages = []
    held = held_then_let_go(watch.moments, "hat", GOAL, hat_delta)
    if not hat_ok and held is not None:
        # the pile held the hat five times for a while (the spell may have printed +5), then let
        # go: the tallies are read when the spell ends, so say both moments
        messages.append(("let-go-again", {**params, "line": held[0], "gone": held[1]}))
    elif not hat_ok and hat_slots == GOAL and extra:
        messages.append(("extra-holders", {**params, "holders": list(extra), "first": extra[0]}))
    elif not hat_ok:
        messages.append(("hat-not-five", params))
    if not none_ok:
        messages.append(("none-not-five", params))
        if holds_the_word(pile, "None"):
            messages.append(("word-not-none", params))
    if hat_ok and none_ok and none_delta != 0:
        # Only on a Python without immortal objects (before 3.12): say what was measured.
        messages.append(("none-moved", params))
    passed = hat_ok and none_ok and none_delta == 0
    if passed:
        messages.append(("well-done", params))
    return Verdict(passed, messages, scene)
