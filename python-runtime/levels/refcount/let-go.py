"""refcount/let-go: the extra holders (a name and two list slots) let go; the tally is back at the start.

The story puts three extra holders on the broom before the spell runs. The checker reads the
tally once with only the name `broom` holding it (the start), once just before the spell and once
after, all the same way, so its own holders cancel out.
"""


from pyland import MagicObject, Verdict
from pyland_tally import TallyWatch, containers_of, holders_of, signed, tally_object, tally_reader


class Broom(MagicObject):
    pass


def check(spell):
    broom = Broom("broom")
    ns = spell.namespace(broom=broom)
    tally = tally_reader(broom)
    at_start = tally()
    # The messy wizards' extra holders: one name and two slots of one list.
    ns["spare"] = broom
    ns["shelf"] = ["map", broom, broom]
    before = tally()
    extras = before - at_start
    watch = TallyWatch(ns)
    watch.follow("broom", broom)
    watch.run(spell)
    after = tally()
    delta = after - before
    above_start = after - at_start

    keeps_name = ns.get("broom") is broom
    passed = keeps_name and above_start == 0
    scene = {"kind": "tally", "objects": [tally_object("broom", broom, ns, delta)], "moments": watch.moments}
    messages = []
    if passed:
        messages.append(("well-done", {"delta": signed(delta)}))
    else:
        still = [name for name in holders_of(broom, ns) if name != "broom"]
        still += [entry["name"] for entry in containers_of(broom, ns)]
        params = {"delta": signed(delta), "goal": signed(-extras), "above": signed(above_start)}
        if still:
            messages.append(("still-held", dict(params, holders=list(still))))
        elif above_start > 0:
            messages.append(("hidden-holder", params))
        if not keeps_name:
            messages.append(("keep-broom", params))
    return Verdict(passed, messages, scene)
