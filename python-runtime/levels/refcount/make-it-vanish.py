"""refcount/make-it-vanish: every holder lets go, the tally reaches 0 and the hat is freed.

The checker keeps only a weak reference to the hat (a weak reference is not a holder), so the
hat can really vanish during the spell. Automatic cycle collection is paused while the spell
runs, so only the spell's own doing decides whether the hat vanishes (as the story says: when
the last holder lets go).
"""

import gc
import weakref


from pyland import MagicHat, Verdict
from pyland_tally import TallyWatch, containers_of, holders_of, signed, tally_object, tally_reader


class VanishWatch:
    """Notes whether the hat was freed while the cycle collector was running (gc.collect()).

    A weak reference's callback runs the moment the hat is freed; gc.callbacks say when a
    collection starts and stops. Neither holds the hat.
    """

    def __init__(self, obj):
        self.collecting = False
        self.swept = False
        self._ref = weakref.ref(obj, self._vanished)

    def _vanished(self, _ref):
        self.swept = self.collecting

    def _on_gc(self, phase, _info):
        self.collecting = phase == "start"

    def __enter__(self):
        gc.callbacks.append(self._on_gc)
        return self

    def __exit__(self, *exc):
        if self._on_gc in gc.callbacks:
            gc.callbacks.remove(self._on_gc)
        return False


def give_the_story(spell):
    """The namespace of the story: the name hat, a wardrobe slot and a bag value hold the hat.

    Made in its own function so that, once it returns, the checker itself holds nothing.
    Returns the namespace, a weak reference to the hat (not a holder), a tally reader, how many
    holders the story gave the hat (measured) and a watch that notes how the hat was freed.
    """
    hat = MagicHat("old hat")
    tally = tally_reader(hat)
    alone = tally()  # only this function's name holds it
    ns = spell.namespace(hat=hat, wardrobe=["cloak", hat, "boots"], bag={"letters": "three letters", "hat": hat})
    return ns, weakref.ref(hat), tally, tally() - alone, VanishWatch(hat)


def check(spell):
    ns, ghost, tally, story_holders, watch = give_the_story(spell)
    moments = TallyWatch(ns)
    moments.follow("hat", ghost(), gone_delta=-story_holders)
    before = tally()

    # No automatic cycle collection during the spell: whether the hat vanishes must depend only
    # on the spell (a spell may still call gc.collect() itself). The harness re-enables gc.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        with watch:
            moments.run(spell)
        after = tally()
    finally:
        if gc_was_enabled:
            gc.enable()

    if after is None:
        # Every holder the story gave let go and the hat was freed. Say which cleaner freed it:
        # reference counting (the tally reached 0) or a gc.collect() the spell called.
        hat_scene = tally_object("hat", None, ns, -story_holders, vanished=True, swept=watch.swept)
        # the checker's weak reference, the ghost of the story: it sees the hat without holding it
        hat_scene["weakGhost"] = True
        scene = {"kind": "tally", "objects": [hat_scene], "moments": moments.moments}
        params = {"delta": signed(-story_holders), "count": story_holders}
        # the story: the hat vanishes when its tally reaches 0. Swept by gc.collect() it did not
        # (something, the hat itself, still held it), as two-cleaners says too: not a pass
        if watch.swept:
            return Verdict(False, [("swept", params)], scene)
        return Verdict(True, [("well-done", params)], scene)

    delta = after - before
    hat = ghost()  # the hat is still here: hold it again only to list its holders
    hat_scene = tally_object("hat", hat, ns, delta)
    hat_scene["weakGhost"] = True
    scene = {"kind": "tally", "objects": [hat_scene], "moments": moments.moments}
    still = holders_of(hat, ns) + [entry["name"] for entry in containers_of(hat, ns)]
    if still:
        message = ("still-here", {"delta": signed(delta), "holders": list(still), "count": len(still)})
    else:
        message = ("hidden", {"delta": signed(delta)})
    return Verdict(False, [message], scene)
