"""gc/friends-forever: two spirits that hold each other stay after their names let go.

The automatic collector is paused while the spell runs (the watch does it), so nothing but the
spell decides who leaves. It passes when both spirits are still alive after the spell, no name
of the spell holds them, they hold each other, and then the checker's own gc.collect() sweeps
them: that proves only their circle was keeping them (not some hidden holder).
"""

from pyland import Verdict
from pyland_ghosts import judge_under_watch, Spirit

PAIR = ("wisp", "mist")


def give_the_story(spell):
    """Two spirits that do not know each other yet (friend is None). Made in their own function,
    so the checker holds neither of them once it returns."""
    wisp = Spirit("wisp")
    mist = Spirit("mist")
    return spell.namespace(Spirit=Spirit, wisp=wisp, mist=mist)


def check(spell):
    return judge_under_watch(spell, give_the_story, judge)


def judge(watch, scene):
    ends = {label: watch.end_of(label) for label in PAIR}
    swept = [label for label in PAIR if ends[label] == "swept"]
    if swept:
        return Verdict(False, [("swept", {"labels": list(swept)})], scene)
    freed = [label for label in PAIR if ends[label] == "freed"]
    if freed:
        # wisp.friend = "mist": a word in quotes, not the spirit, so it held nobody. Say that, not
        # "make them remember each other" (the kid thinks they did)
        quoted = [word for word in watch.words_held("attribute", PAIR) if watch.link_seen(word["holder"], word["word"]) is None]
        if quoted:
            first = quoted[0]
            params = {"labels": list(freed), "count": len(freed), "holder": first["holder"], "via": first["via"], "word": first["word"]}
            return Verdict(False, [("quoted-friend", params)], scene)
        # a link one way only: the spirit nobody held left, and let go of its friend as it went
        for holder, target in (PAIR, PAIR[::-1]):
            via = watch.link_seen(holder, target)
            if via is not None and watch.link_seen(target, holder) is None:
                params = {"holder": holder, "target": target, "via": via}
                if ends[target] == "alive" and watch.in_cycle(target):
                    # the friend is still here, kept by a circle of her own (mist.friend = mist):
                    # "let go of her too" would read as if she had left
                    return Verdict(False, [("one-way-own-circle", params)], scene)
                return Verdict(False, [("one-way", params)], scene)
        return Verdict(False, [("left", {"labels": list(freed), "count": len(freed)})], scene)
    holders = watch.named_holders(*PAIR)
    if holders:
        if watch.kept_by_each_other_alone(*PAIR):
            # the circle kept them once every name had let go; a name made afterwards (to look
            # at them) changes nothing of that
            return Verdict(True, [("well-done", {})], scene)
        return Verdict(False, [("still-named", {"holders": list(holders), "count": len(holders)})], scene)
    if not watch.hold_each_other(*PAIR):
        if all(watch.in_cycle(label) for label in PAIR):
            return Verdict(False, [("not-each-other", {})], scene)
        return Verdict(False, [("hidden-holder", {})], scene)
    # a longer circle (wisp -> club -> mist -> wisp) is swept whole: its other spirits go too
    if not set(PAIR) <= set(watch.collect_after()):
        return Verdict(False, [("hidden-holder", {})], scene)
    return Verdict(True, [("well-done", {})], scene)
