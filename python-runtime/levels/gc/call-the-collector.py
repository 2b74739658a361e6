"""gc/call-the-collector: gc.collect() sweeps a pair of spirits that only hold each other.

The story gives wisp and mist holding each other (a cycle). The automatic collector is paused
while the spell runs, so only a gc.collect() the spell calls can sweep them. It passes when both
spirits were swept by a collection (gc.callbacks were in a collection when they left); when the
spell looked at them (a weak reference) only before he came, the pass says so. The number
gc.collect() returns is never looked at: it counts every object of the collection, and that
depends on the Python version.
"""

from pyland import Verdict
from pyland_ghosts import circle, judge_under_watch, Spirit

PAIR = ("wisp", "mist")


def give_the_story(spell):
    """wisp and mist, each the other's friend. Made in their own function, so the checker holds
    neither of them once it returns."""
    wisp, mist = circle("wisp", "mist")
    return spell.namespace(Spirit=Spirit, wisp=wisp, mist=mist)


def check(spell):
    return judge_under_watch(spell, give_the_story, judge)


def judge(watch, scene):
    ends = {label: watch.end_of(label) for label in PAIR}
    if all(end == "swept" for end in ends.values()):
        # the spell only looked at them before he came (gc.collect() after the last print): say
        # so, or the pass would clash with the "still here" the spell printed
        notes = [("looked-early", params) for params in watch.looked_too_soon()]
        return Verdict(True, [("well-done", {})] + notes, scene)
    freed = [label for label in PAIR if ends[label] == "freed"]
    if freed:
        return Verdict(False, [("freed-by-tally", {"labels": list(freed)})], scene)
    holders = watch.named_holders(*PAIR)
    if holders:
        if watch.collector_came:
            return Verdict(False, [("held-when-swept", {"holders": list(holders), "count": len(holders)})], scene)
        return Verdict(False, [("still-named", {"holders": list(holders), "count": len(holders)})], scene)
    if watch.collector_came and not watch.full_collection:
        # gc.collect(0) or gc.collect(1): he looked at the youngest things only, and the story's
        # spirits are older (the names had let go: "too early" would not be true)
        return Verdict(False, [("young-only", {})], scene)
    if watch.collector_came:
        return Verdict(False, [("too-early", {})], scene)
    return Verdict(False, [("not-called", {})], scene)
