"""gil/lost-update: two knights add to one shared count with read, add, write; when a switch may
come between any two runes (a Python without a GIL), some order of their runes loses an update.

Each knight is first run alone to learn how much he adds. Then the stepper's explore tries every
interleaving of arthur() and bors() in anywhere mode with the invariant count == start + both
adds. It passes when some interleaving breaks it; the scene replays that schedule rune by rune.
The same exploration in gil mode (switches only at switch points) is reported too, truthfully:
for a plain loop there is no switch point between the read and the write.
"""

# the yard every GIL checker shares: harness/pyland_knights.py
import pyland_stepper as stepper
from pyland import Verdict
from pyland_knights import empty_scene, fresh_yard, knights_of, knights_scene, play, race, replay

KNIGHTS = ("arthur", "bors")


def STORY():
    return {}


def check(spell):
    found, start, expected = race(spell, KNIGHTS, STORY, "anywhere")
    if isinstance(found, Verdict):
        return found
    if not found["complete"] and found["holds"]:
        return Verdict(False, [("too-big", {})], empty_scene(KNIGHTS, "count", start))
    if found["holds"]:
        return Verdict(False, [("no-race", {"expected": expected, "schedules": found["schedules"]})], sample_scene(spell, start, expected))
    if found["reason"] == "deadlock":
        scene = replay(spell, KNIGHTS, STORY, found["counterexample"], start, expected)
        return Verdict(False, [("deadlock", {})], scene)
    scene = replay(spell, KNIGHTS, STORY, found["counterexample"], start, expected)
    if scene is None:
        return Verdict(False, [("too-big", {})], empty_scene(KNIGHTS, "count", start))
    with_gil, _, _ = race(spell, KNIGHTS, STORY, "gil")
    gil_safe = isinstance(with_gil, dict) and with_gil["holds"] and with_gil["complete"]
    final = found["final"].get("count", "?")
    return Verdict(True, [("well-done", {"final": final, "expected": expected}), ("gil-safe", {}) if gil_safe else ("gil-too", {})], scene)


def sample_scene(spell, start, expected):
    """No order loses an update: the scene shows one run where a switch may come after any rune."""
    ns, world = fresh_yard(spell, **STORY())
    run = play(spell, world, knights_of(ns, KNIGHTS), "anywhere", seed=3)
    if isinstance(run, stepper.StepperError):
        return empty_scene(KNIGHTS, "count", start)
    return knights_scene(KNIGHTS, run, "count", start, expected=expected)
