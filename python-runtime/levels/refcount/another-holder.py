"""refcount/another-holder: give the hat one more holder, so its tally goes up by exactly one.

Measures the real tally of a fresh MagicHat before and after the spell, both times the same
way (so the checker's own holders are the same in both readings and cancel out). It also notes
where the spell reads the tally itself: a holder made after that reading still counts (the school
looks when the spell ends), but what the spell printed did not see it, and the verdict says so.
"""


from pyland import MagicHat, Verdict
from pyland_tally import TallyWatch, held_then_let_go, signed, tally_object, tally_reader

GOAL = 1


def holder_after_last_reading(watch, delta):
    """(the line of the spell's last sys.getrefcount(hat), the later line where the tally reached
    `delta`) when that reading came before the tally got there; None otherwise (no reading, or
    it saw the end's tally, or the moments cannot tell)."""
    if not watch.readings:
        return None
    last = watch.readings[-1]
    if last["line"] is None or watch.reading_saw(last, "hat") in (None, delta):
        return None
    for moment in watch.moments[last["moments"] :]:
        entry = next((entry for entry in moment["objects"] if entry["label"] == "hat"), None)
        if entry is not None and entry["delta"] == delta and moment["line"] is not None and moment["line"] > last["line"]:
            return last["line"], moment["line"]
    return None


def check(spell):
    hat = MagicHat("hat")
    ns = spell.namespace(hat=hat)
    tally = tally_reader(hat)
    before = tally()
    watch = TallyWatch(ns)
    watch.follow("hat", hat)
    watch.watch_readings(hat)
    watch.run(spell)
    delta = tally() - before

    scene = {"kind": "tally", "objects": [tally_object("hat", hat, ns, delta)], "moments": watch.moments}
    messages = []
    held = held_then_let_go(watch.moments, "hat", GOAL, delta)
    unseen = holder_after_last_reading(watch, delta)
    if delta == GOAL and unseen is not None:
        # a pass (the school looks when the spell ends), but the spell's own reading came before
        # the holder, so what it printed says 0: the verdict says why, with both lines
        messages.append(("well-done-unseen", {"delta": signed(delta), "read": unseen[0], "made": unseen[1]}))
    elif delta == GOAL:
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
