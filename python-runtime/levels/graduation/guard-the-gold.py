"""graduation/guard-the-gold (bytecode + gil): the runes of `count += 1` show the gap, the lock closes it.

The kid names the rune that READS the shared count and the rune that WRITES it back in arthur()
(`reads`, `writes`); the checker compares them with the real runes of the kid's own arthur
(dis.get_instructions: the instruction whose argument is 'count' and that loads / stores it), so
each knight must read and write count with his own runes (count += 1 inside him, not in a helper
he calls: the lesson is the gap between his two runes). Then, exactly as gil/lock-the-counter: every interleaving of the two knights (a switch allowed
between any two runes) must keep count == start + both adds.
"""

import dis

# the yard every GIL checker shares, and the counter race: harness/pyland_knights.py
import pyland_stepper as stepper
from pyland import Verdict
from pyland_knights import alone_adds, counter_yard, empty_scene, knights_of, race, sample_scene

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


def check(spell):
    adds = alone_adds(spell, KNIGHTS, STORY)
    if isinstance(adds, Verdict):
        return adds
    # count as it was before any knight ran, as in the school's own runs (see counter_yard)
    ns, _ = counter_yard(spell, KNIGHTS, STORY())
    start = ns["count"]
    expected = start + sum(adds)
    knights = knights_of(ns, KNIGHTS)
    for name, knight in zip(KNIGHTS, knights):
        # he adds (alone_adds saw it), but not with his own runes: the add is in a function he calls
        if None in real_runes(knight):
            return Verdict(False, [("not-in-knight", {"knight": name})], sample_scene(spell, KNIGHTS, STORY, start, expected))
    reads, writes = real_runes(knights[0])
    for name, real in (("reads", reads), ("writes", writes)):
        guess = ns.get(name)
        # exactly str: a str subclass could answer split() and upper() with anything; an empty
        # one (the starter's) names no rune at all
        if type(guess) is not str or not guess.strip():
            return Verdict(False, [("no-rune", {"name": name})], empty_scene(KNIGHTS, "count", start))
        # the rune's name is enough: "STORE_GLOBAL (count)", copied from dis, names STORE_GLOBAL
        if guess.split()[0].upper() != real:
            return Verdict(False, [("wrong-rune", {"name": name, "guess": guess[:40]})], sample_scene(spell, KNIGHTS, STORY, start, expected))
    found = race(spell, KNIGHTS, STORY, "anywhere", adds=adds)
    if isinstance(found, Verdict):
        return found
    if found["holds"]:
        return Verdict(True, [("well-done", {"expected": expected, "schedules": found["schedules"], "reads": reads, "writes": writes})], found["scene"])
    return Verdict(False, [("lost", {"final": found["final"].get("count", "?"), "expected": expected, "reads": reads, "writes": writes})], found["scene"])
