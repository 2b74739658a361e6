"""gil/taking-turns: two knights' functions run as stepped threads under Sir GIL (gil mode).

Pyodide cannot start threads, so the stepper plays them: the kid's arthur() and bors() run rune by
rune over the spell's globals; one knight holds the counting stick at a time and hands it on after
SWITCH_INTERVAL runes, at a switch point (a function starting, a loop jumping back, a call). It
passes when both knights did their job (each left five marks, one at a time: the list grew at five
of his own runes) and the stick changed hands while both were still working (at least three
turns), measured from the run's own schedule.
"""

# the yard every GIL checker shares: harness/pyland_knights.py
import pyland_stepper as stepper
from pyland import Verdict
from pyland_knights import fresh_yard, knights_of, play, knights_scene, empty_scene

KNIGHTS = ("arthur", "bors")
SWITCH_INTERVAL = 10
MARCH = 5  # steps each knight marches (the story's arthur does five)


def check(spell):
    ns, world = fresh_yard(spell)
    functions = knights_of(ns, KNIGHTS)
    missing = [name for name, fn in zip(KNIGHTS, functions) if fn is None]
    if missing:
        return Verdict(False, [("missing", {"knight": missing[0]})], empty_scene(KNIGHTS))
    marks = ns.get("marks")
    if type(marks) is not list:
        return Verdict(False, [("no-marks", {})], empty_scene(KNIGHTS))
    start = len(marks)
    # how long marks is after every rune: each mark must come from a step of its own
    run = play(spell, world, functions, "gil", interval=SWITCH_INTERVAL, observe=lambda: len(marks))
    if isinstance(run, stepper.StepperError):
        return Verdict(False, [("stepper", {"detail": str(run)})], empty_scene(KNIGHTS))
    scene = knights_scene(KNIGHTS, run, None, None)
    for name, th in zip(KNIGHTS, run.threads):
        if th.status == stepper.FAILED:
            return Verdict(False, [("crashed", {"knight": name, "error": type(th.exception).__name__})], scene)
    new = marks[start:] if type(ns.get("marks")) is list and ns["marks"] is marks else []
    # a knight with no mark of his own first: if bors writes "A" too, the note is about bors, not
    # about arthur's ten "A" marks
    for name, mark in zip(KNIGHTS, ("A", "B")):
        if new.count(mark) == 0:
            return Verdict(False, [("no-march", {"knight": name, "mark": mark})], scene)
    for name, mark in zip(KNIGHTS, ("A", "B")):
        if new.count(mark) != MARCH:
            return Verdict(False, [("not-five", {"knight": name, "mark": mark, "count": new.count(mark), "steps": MARCH})], scene)
    # five marks dropped in one go (marks.extend, marks += "BBBBB") are not five steps of a march
    growth = {0: 0, 1: 0}
    length = start
    for event in run.events:
        seen = event.get("seen", length)
        if seen > length and event["thread"] in growth:
            growth[event["thread"]] += 1
        length = seen
    for number, (name, mark) in enumerate(zip(KNIGHTS, ("A", "B"))):
        if growth[number] < MARCH:
            return Verdict(False, [("in-one-go", {"knight": name, "mark": mark, "steps": MARCH, "goes": growth[number]})], scene)
    turns = scene["turns"]
    if turns < 3:
        return Verdict(False, [("one-go", {"interval": SWITCH_INTERVAL, "steps": scene["stepsTotal"]})], scene)
    return Verdict(True, [("well-done", {"turns": turns, "steps": scene["stepsTotal"], "interval": SWITCH_INTERVAL, "marks": "".join(str(m) for m in new)[:40]})], scene)
