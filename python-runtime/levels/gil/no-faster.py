"""gil/no-faster: pure computing shared between two knights does not finish sooner with a GIL.

The kid writes second_half() beside first_half(). Both run as stepped threads under Sir GIL (gil
mode, a switch interval of SWITCH_INTERVAL runes), and then, in a fresh run, one after the other on
a single knight. One rune runs per tick of the stick either way, so the ticks are counted and
shown side by side. It passes when the two halves together computed the whole sum (what the
knights added to total_a and total_b is 1 + 2 + ... + 20) with each half doing some of it, second_half adding its numbers one
at a time (more than one write of total_b), and the knights really took turns.
"""

# the yard every GIL checker shares: harness/pyland_knights.py
import pyland_stepper as stepper
from pyland import Verdict
from pyland_knights import fresh_yard, knights_of, play, knights_scene, empty_scene

KNIGHTS = ("first_half", "second_half")
SWITCH_INTERVAL = 10
WHOLE = sum(range(1, 21))


def check(spell):
    ns, world = fresh_yard(spell)
    functions = knights_of(ns, KNIGHTS)
    missing = [name for name, fn in zip(KNIGHTS, functions) if fn is None]
    if missing:
        return Verdict(False, [("missing", {"knight": missing[0]})], empty_scene(KNIGHTS))
    if type(ns.get("total_a")) is not int or type(ns.get("total_b")) is not int:
        return Verdict(False, [("no-totals", {})], empty_scene(KNIGHTS))
    # what the knights add is measured from here: a spell that also ran both halves itself (and
    # printed the sum) starts the knights from its own totals
    start_a, start_b = ns["total_a"], ns["total_b"]
    together = play(spell, world, functions, "gil", interval=SWITCH_INTERVAL)
    if isinstance(together, stepper.StepperError):
        return Verdict(False, [("stepper", {"detail": str(together)})], empty_scene(KNIGHTS))
    scene = knights_scene(KNIGHTS, together, None, None)
    for name, th in zip(KNIGHTS, together.threads):
        if th.status == stepper.FAILED:
            return Verdict(False, [("crashed", {"knight": name, "error": type(th.exception).__name__})], scene)
    if type(ns.get("total_a")) is not int or type(ns.get("total_b")) is not int:
        return Verdict(False, [("no-totals", {})], scene)
    total_a, total_b = ns["total_a"] - start_a, ns["total_b"] - start_b
    if total_b == 0:
        return Verdict(False, [("idle", {})], scene)
    if total_a + total_b != WHOLE:
        return Verdict(False, [("wrong-sum", {"a": total_a, "b": total_b, "whole": WHOLE})], scene)
    # the half must be computed rune by rune (a loop that adds), not written in one go (total_b =
    # 155, or a sum() that runs in one rune): only then do the ticks measure its work
    writes_b = sum(1 for event in together.events if event["thread"] == 1 and not event["waits"] and "total_b" in event["writes"])
    if writes_b < 2:
        return Verdict(False, [("in-one-go", {"writes": writes_b})], scene)
    if scene["turns"] < 3:
        return Verdict(False, [("one-go", {"interval": SWITCH_INTERVAL})], scene)
    # the same two halves, one after the other on one knight (a replay with no schedule)
    ns2, world2 = fresh_yard(spell)
    alone = play(spell, world2, knights_of(ns2, KNIGHTS), "replay", schedule=[])
    if isinstance(alone, stepper.StepperError):
        return Verdict(False, [("stepper", {"detail": str(alone)})], scene)
    ticks_together = len(together.taken)
    ticks_alone = len(alone.taken)
    return Verdict(True, [("well-done", {"together": ticks_together, "alone": ticks_alone, "turns": scene["turns"]})], scene)
