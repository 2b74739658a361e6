"""gil/lock-the-counter: a lock around the read, add, write keeps every update.

The story gives `lock` (the stepper's threading.Lock: a knight that cannot take it waits and is
passed over). Each knight is first run alone to learn how much he adds (2, as the story asks); then explore tries every
interleaving in anywhere mode (a switch may come between any two runes) with the invariant
count == start + both adds. It passes when every interleaving keeps it (the exploration was
complete and no deadlock is reachable); otherwise the scene replays the schedule that breaks it.
"""

# the yard every GIL checker shares, and the counter race: harness/pyland_knights.py
import pyland_stepper as stepper
from pyland import Verdict
from pyland_knights import adds_as_told, alone_adds, race

KNIGHTS = ("arthur", "bors")
STORY_ADD = 2  # each knight adds 1 to count, two times, as in the story


def STORY():
    return {"lock": stepper.SteppedLock()}


def check(spell):
    adds = alone_adds(spell, KNIGHTS, STORY)
    if isinstance(adds, Verdict):
        return adds
    found = race(spell, KNIGHTS, STORY, "anywhere", adds=adds)
    if isinstance(found, Verdict):
        return found
    # then the story's job (a deadlock or a crash is said first): a knight who adds less has less to guard
    told = adds_as_told(KNIGHTS, adds, STORY_ADD, found["scene"])
    if told is not None:
        return told
    expected = found["expected"]
    if found["holds"]:
        # every order keeps count right; the scene shows one where the knights really alternate
        return Verdict(True, [("well-done", {"expected": expected, "schedules": found["schedules"]})], found["scene"])
    return Verdict(False, [("lost", {"final": found["final"].get("count", "?"), "expected": expected})], found["scene"])
