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
from pyland_knights import fresh_yard, knights_of, play, explore, knights_scene, empty_scene

KNIGHTS = ("arthur", "bors")


def alone_adds(spell):
    """How much each knight adds to count when he runs alone (a fresh spell run for each), or
    the first problem found as a Verdict."""
    adds = []
    for number, name in enumerate(KNIGHTS):
        ns, world = fresh_yard(spell, **STORY())
        functions = knights_of(ns, KNIGHTS)
        if functions[number] is None:
            return Verdict(False, [("missing", {"knight": name})], empty_scene(KNIGHTS))
        start = ns.get("count")
        if type(start) is not int:
            return Verdict(False, [("no-count", {})], empty_scene(KNIGHTS))
        run = play(spell, world, [functions[number]], "gil")
        if isinstance(run, stepper.StepperError):
            return Verdict(False, [("stepper", {"detail": str(run)})], empty_scene(KNIGHTS, "count", start))
        th = run.threads[0]
        scene = knights_scene(KNIGHTS[number:number + 1], run, "count", start)
        if th.status == stepper.FAILED:
            return Verdict(False, [("crashed", {"knight": name, "error": type(th.exception).__name__})], scene)
        if th.status != stepper.DONE:
            return Verdict(False, [("deadlock-alone", {"knight": name})], scene)
        end = ns.get("count")
        if type(end) is not int or end <= start:
            return Verdict(False, [("idle", {"knight": name})], scene)
        adds.append(end - start)
    return adds


def race(spell, mode="anywhere"):
    """explore() over both knights with the invariant count == start + everything they add."""
    adds = alone_adds(spell)
    if isinstance(adds, Verdict):
        return adds, None, None
    ns, world = fresh_yard(spell, **STORY())
    start = ns["count"]
    expected = start + sum(adds)
    found = explore(spell, world, knights_of(ns, KNIGHTS), f"count == {expected}", mode)
    if isinstance(found, stepper.StepperError):
        return Verdict(False, [("too-big", {})], empty_scene(KNIGHTS, "count", start)), None, None
    return found, start, expected


def replay(spell, schedule, start, expected):
    """The counterexample played again rune by rune, for the scene."""
    ns, world = fresh_yard(spell, **STORY())
    run = play(spell, world, knights_of(ns, KNIGHTS), "replay", schedule=schedule)
    if isinstance(run, stepper.StepperError):
        return empty_scene(KNIGHTS, "count", start)
    return knights_scene(KNIGHTS, run, "count", start, expected=expected, mode="replay")


def STORY():
    return {}


def check(spell):
    found, start, expected = race(spell, "anywhere")
    if isinstance(found, Verdict):
        return found
    if not found["complete"] and found["holds"]:
        return Verdict(False, [("too-big", {})], empty_scene(KNIGHTS, "count", start))
    if found["holds"]:
        return Verdict(False, [("no-race", {"expected": expected, "schedules": found["schedules"]})], sample_scene(spell, start, expected))
    if found["reason"] == "deadlock":
        scene = replay(spell, found["counterexample"], start, expected)
        return Verdict(False, [("deadlock", {})], scene)
    scene = replay(spell, found["counterexample"], start, expected)
    if scene is None:
        return Verdict(False, [("too-big", {})], empty_scene(KNIGHTS, "count", start))
    with_gil, _, _ = race(spell, "gil")
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
