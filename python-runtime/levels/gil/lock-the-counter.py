"""gil/lock-the-counter: a lock around the read, add, write keeps every update.

The story gives `lock` (the stepper's threading.Lock: a knight that cannot take it waits and is
passed over). Each knight is first run alone to learn how much he adds; then explore tries every
interleaving in anywhere mode (a switch may come between any two runes) with the invariant
count == start + both adds. It passes when every interleaving keeps it (the exploration was
complete and no deadlock is reachable); otherwise the scene replays the schedule that breaks it.
"""

# the yard every GIL checker shares, and the counter race: harness/pyland_knights.py
import pyland_stepper as stepper
from pyland import Verdict
from pyland_knights import race

KNIGHTS = ("arthur", "bors")


def STORY():
    return {"lock": stepper.SteppedLock()}


def check(spell):
    found = race(spell, KNIGHTS, STORY, "anywhere")
    if isinstance(found, Verdict):
        return found
    expected = found["expected"]
    if found["holds"]:
        # every order keeps count right; the scene shows one where the knights really alternate
        return Verdict(True, [("well-done", {"expected": expected, "schedules": found["schedules"]})], found["scene"])
    return Verdict(False, [("lost", {"final": found["final"].get("count", "?"), "expected": expected})], found["scene"])
