"""gc/break-the-circle: break a cycle by hand and the tally frees both spirits, no collector needed.

The story gives wisp and mist holding each other. The automatic collector stays paused for the
whole spell and the checker never calls gc.collect(): it passes when both spirits were freed
while no collection was running, i.e. their tallies reached 0.
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
    if all(end == "freed" for end in ends.values()):
        return Verdict(True, [("well-done", {})], scene)
    swept = [label for label in PAIR if ends[label] == "swept"]
    if swept:
        return Verdict(False, [("swept", {"labels": list(swept)})], scene)
    holders = watch.named_holders(*PAIR)
    if holders:
        return Verdict(False, [("still-named", {"holders": list(holders), "count": len(holders)})], scene)
    if watch.hold_each_other(*PAIR):
        return Verdict(False, [("still-circle", {})], scene)
    # not each other any more, but a circle of their own (wisp.friend = wisp): say whose
    stuck = [label for label in PAIR if ends[label] == "alive" and watch.in_cycle(label)]
    if stuck:
        return Verdict(False, [("own-circle", {"labels": list(stuck), "count": len(stuck)})], scene)
    return Verdict(False, [("still-here", {})], scene)
