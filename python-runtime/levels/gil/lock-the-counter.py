"""gil/lock-the-counter: a lock around the read, add, write keeps every update.

The story gives `lock` (the stepper's threading.Lock: a knight that cannot take it waits and is
passed over). Each knight is first run alone to learn how much he adds; then explore tries every
interleaving in anywhere mode (a switch may come between any two runes) with the invariant
count == start + both adds. It passes when every interleaving keeps it (the exploration was
complete and no deadlock is reachable); otherwise the scene replays the schedule that breaks it.
"""

# the yard every GIL checker shares: harness/pyland_knights.py
import pyland_stepper as stepper
from pyland import Verdict
from pyland_knights import empty_scene, fresh_yard, knights_of, knights_scene, play, race, replay

KNIGHTS = ("arthur", "bors")


def STORY():
    return {"lock": stepper.SteppedLock()}


def check(spell):
    found, start, expected = race(spell, KNIGHTS, STORY, "anywhere")
    if isinstance(found, Verdict):
        return found
    if not found["complete"] and found["holds"]:
        return Verdict(False, [("too-big", {})], empty_scene(KNIGHTS, "count", start))
    if found["holds"]:
        return Verdict(True, [("well-done", {"expected": expected, "schedules": found["schedules"]})], proof_scene(spell, start, expected))
    scene = replay(spell, KNIGHTS, STORY, found["counterexample"], start, expected)
    if found["reason"] == "deadlock":
        return Verdict(False, [("deadlock", {})], scene)
    return Verdict(False, [("lost", {"final": found["final"].get("count", "?"), "expected": expected})], scene)


def proof_scene(spell, start, expected):
    """Every order keeps count right; the scene shows one where the knights really alternate
    (a switch may come anywhere: the knights swap after every rune they can)."""
    ns, world = fresh_yard(spell, **STORY())
    run = play(spell, world, knights_of(ns, KNIGHTS), "anywhere", seed=3)
    if isinstance(run, stepper.StepperError):
        return empty_scene(KNIGHTS, "count", start)
    return knights_scene(KNIGHTS, run, "count", start, expected=expected)
