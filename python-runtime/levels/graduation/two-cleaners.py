"""graduation/two-cleaners (refcount + gc): the tally frees a lone spirit at once, only the Ghost
Collector sweeps a circle.

The story gives lamp (held only by its name) and wisp and mist (each the other's friend). The
automatic collector is paused while the spell runs. It passes when lamp was freed by its tally
reaching 0 (not by a collection) AND wisp and mist were both swept by a gc.collect() the spell
called. What the spell prints is never read; when it looked at one of them (a weak reference)
only before it left, the pass says so.
"""

from pyland import Verdict
from pyland_ghosts import circle, judge_under_watch, Spirit

PAIR = ("wisp", "mist")


def give_the_story(spell):
    """Made in their own function, so the checker holds none of them once it returns."""
    lamp = Spirit("lamp")
    wisp, mist = circle("wisp", "mist")
    return spell.namespace(Spirit=Spirit, lamp=lamp, wisp=wisp, mist=mist)


def check(spell):
    return judge_under_watch(spell, give_the_story, judge)


def judge(watch, scene):
    lamp = watch.end_of("lamp")
    if lamp == "alive":
        holders = watch.named_holders("lamp")
        if not holders:
            return Verdict(False, [("lamp-stays-hidden", {})], scene)
        return Verdict(False, [("lamp-stays", {"holders": list(holders), "count": len(holders)})], scene)
    if lamp == "swept":
        return Verdict(False, [("lamp-swept", {})], scene)
    ends = {label: watch.end_of(label) for label in PAIR}
    if all(end == "swept" for end in ends.values()):
        # the spell only looked at one of them before it left (del lamp under step 2, after the
        # print of step 1): say so, or the pass would clash with the "still here" it printed
        notes = [("looked-early", params) for params in watch.looked_too_soon()]
        return Verdict(True, [("well-done", {})] + notes, scene)
    freed = [label for label in PAIR if ends[label] == "freed"]
    if freed:
        return Verdict(False, [("freed-by-tally", {"labels": list(freed)})], scene)
    holders = watch.named_holders(*PAIR)
    if holders:
        return Verdict(False, [("still-named", {"holders": list(holders), "count": len(holders)})], scene)
    if watch.collector_came and not watch.full_collection:
        # gc.collect(0) or gc.collect(1): he looked at the youngest things only, and the story's
        # spirits are older (the names had let go: "too early" would not be true)
        return Verdict(False, [("young-only", {})], scene)
    if watch.collector_came:
        return Verdict(False, [("too-early", {})], scene)
    return Verdict(False, [("not-called", {})], scene)
