"""gil/lost-update: two knights add to one shared count with read, add, write; when a switch may
come between any two runes (a Python without a GIL), some order of their runes loses an update.

Each knight is first run alone to learn how much he adds: 2, as the story asks (1, two times). Then the stepper's explore tries every
interleaving of arthur() and bors() in anywhere mode with the invariant count == start + both
adds. It passes when some interleaving breaks it; the scene replays that schedule rune by rune.
The same exploration in gil mode (switches only at switch points) is reported too, truthfully:
for a plain loop there is no switch point between the read and the write.
"""

# the yard every GIL checker shares, and the counter race: harness/pyland_knights.py
from pyland import Verdict
from pyland_knights import adds_as_told, alone_adds, race

KNIGHTS = ("arthur", "bors")
STORY_ADD = 2  # each knight adds 1 to count, two times


def STORY():
    return {}


def check(spell):
    adds = alone_adds(spell, KNIGHTS, STORY)
    if isinstance(adds, Verdict):
        return adds
    found = race(spell, KNIGHTS, STORY, "anywhere", adds=adds)
    if isinstance(found, Verdict):
        return found
    # the story's job: each knight adds 1 to count, two times (as arthur() does)
    told = adds_as_told(KNIGHTS, adds, STORY_ADD, found["scene"])
    if told is not None:
        return told
    expected = found["expected"]
    if found["holds"]:
        return Verdict(False, [("no-race", {"expected": expected, "schedules": found["schedules"]})], found["scene"])
    with_gil = race(spell, KNIGHTS, STORY, "gil", adds=adds, scene=False)
    gil_safe = isinstance(with_gil, dict) and with_gil["holds"]
    final = found["final"].get("count", "?")
    return Verdict(True, [("well-done", {"final": final, "expected": expected}), ("gil-safe", {}) if gil_safe else ("gil-too", {})], found["scene"])
