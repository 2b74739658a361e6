"""graduation/guard-the-gold (bytecode + gil): the runes of `count += 1` show the gap, the lock closes it.

The kid names the rune that READS the shared count and the rune that WRITES it back in arthur()
(`reads`, `writes`); the checker compares them with the real runes of the kid's own arthur
(dis.get_instructions: the instruction whose argument is 'count' and that loads / stores it).
Then, exactly as gil/lock-the-counter: every interleaving of the two knights (a switch allowed
between any two runes) must keep count == start + both adds.
"""

import dis

# the yard every GIL checker shares: harness/pyland_knights.py
import pyland_stepper as stepper
from pyland import Verdict
from pyland_knights import fresh_yard, knights_of, play, explore, knights_scene, empty_scene

KNIGHTS = ("arthur", "bors")


def STORY():
    return {"lock": stepper.SteppedLock()}


def real_runes(function):
    """(the rune that reads count, the rune that writes it) in this function's bytecode."""
    reads = writes = None
    for instruction in dis.get_instructions(function):
        if instruction.argval != "count":
            continue
        if instruction.opname.startswith("LOAD") and reads is None:
            reads = instruction.opname
        if instruction.opname.startswith("STORE") and writes is None:
            writes = instruction.opname
    return reads, writes


def alone_adds(spell):
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


def replay(spell, schedule, start, expected):
    ns, world = fresh_yard(spell, **STORY())
    run = play(spell, world, knights_of(ns, KNIGHTS), "replay", schedule=schedule)
    if isinstance(run, stepper.StepperError):
        return empty_scene(KNIGHTS, "count", start)
    return knights_scene(KNIGHTS, run, "count", start, expected=expected, mode="replay")


def proof_scene(spell, start, expected):
    ns, world = fresh_yard(spell, **STORY())
    run = play(spell, world, knights_of(ns, KNIGHTS), "anywhere", seed=3)
    if isinstance(run, stepper.StepperError):
        return empty_scene(KNIGHTS, "count", start)
    return knights_scene(KNIGHTS, run, "count", start, expected=expected)


def check(spell):
    adds = alone_adds(spell)
    if isinstance(adds, Verdict):
        return adds
    ns, world = fresh_yard(spell, **STORY())
    start = ns["count"]
    expected = start + sum(adds)
    reads, writes = real_runes(knights_of(ns, KNIGHTS)[0])
    for name, real in (("reads", reads), ("writes", writes)):
        guess = ns.get(name)
        if not isinstance(guess, str):
            return Verdict(False, [("no-rune", {"name": name})], empty_scene(KNIGHTS, "count", start))
        if guess.strip().upper() != real:
            return Verdict(False, [("wrong-rune", {"name": name, "guess": guess[:40]})], proof_scene(spell, start, expected))
    found = explore(spell, world, knights_of(ns, KNIGHTS), f"count == {expected}", "anywhere")
    if isinstance(found, stepper.StepperError) or (not found["complete"] and found["holds"]):
        return Verdict(False, [("too-big", {})], empty_scene(KNIGHTS, "count", start))
    if found["holds"]:
        return Verdict(True, [("well-done", {"expected": expected, "schedules": found["schedules"], "reads": reads, "writes": writes})], proof_scene(spell, start, expected))
    scene = replay(spell, found["counterexample"], start, expected)
    if found["reason"] == "deadlock":
        return Verdict(False, [("deadlock", {})], scene)
    return Verdict(False, [("lost", {"final": found["final"].get("count", "?"), "expected": expected, "reads": reads, "writes": writes})], scene)
