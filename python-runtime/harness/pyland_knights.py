"""Sir GIL's yard: what every GIL checker (levels/gil/*.py) needs to run the kid's functions as
knights (stepped threads) and to turn the run into a `knights` scene.
"""
# Pyodide cannot start real threads, so the school's stepper (harness/pyland_stepper/) plays
# them: it runs the real bytecode of the kid's functions one rune at a time over the spell's
# own globals, and a scheduler decides which knight runs the next rune.

import sys

import pyland_stepper as stepper
from pyland import Verdict, spell_function
from pyland_story import SPELL_FILENAME

STEPS_SHOWN = 60
RUN_LIMIT = 20_000

# The level message keys each yard function can put into a Verdict (its own and those of the yard
# functions it calls): a checker that calls one needs a text for each key in its level's `msg`.
# levels-data.test.ts reads this table (keep it one function a line) and checks it against the code.
LEVEL_MESSAGES = {
    "alone_adds": ("missing", "no-count", "stepper", "crashed", "deadlock-alone", "idle", "hidden-write", "sets-count"),
    "race": ("missing", "no-count", "stepper", "crashed", "deadlock-alone", "idle", "hidden-write", "sets-count", "too-big", "cannot-copy", "deadlock"),
    "adds_as_told": ("not-two",),
}


def fresh_yard(spell, **story):
    """A namespace where `import threading` gives the stepper's Lock, with the story's names,
    after the kid's spell ran in it (guarded by the harness)."""
    ns = spell.namespace(**story)
    ns["__builtins__"] = stepper.stepped_builtins()
    _run_spell(spell, ns)
    return ns, spell.loaded_in(ns, story)


def _run_spell(spell, ns):
    if spell.runs == 0:
        spell.run(ns)
    else:  # the checker's further runs of the spell: guarded the same way, their printing dropped
        spell.call(exec, spell.code, ns)


def knights_of(ns, names):
    return [spell_function(ns, name) for name in names]


def play(spell, world, functions, mode, **options):
    """Run the functions as stepped threads; returns the Run (events on) or a StepperError."""
    threads = [stepper.start_thread(world, number, fn) for number, fn in enumerate(functions)]
    run = stepper.Run(world, threads, mode, events=True, max_steps=RUN_LIMIT, **options)

    def go():
        try:
            run.run()
        except stepper.StepperError as exc:
            return exc
        return run

    return spell.call(go)


def explore(spell, world, functions, invariant, mode="anywhere"):
    threads = [stepper.start_thread(world, number, fn) for number, fn in enumerate(functions)]

    def go():
        try:
            return stepper.Explorer(world, threads, mode, invariant, bound=400, max_states=20_000).explore()
        except stepper.StepperError as exc:
            return exc

    return spell.call(go)


def turns_of(schedule):
    """[[thread, first step, last step], ...]: who held the stick for which steps."""
    turns = []
    for index, number in enumerate(schedule):
        if turns and turns[-1][0] == number:
            turns[-1][2] = index
        else:
            turns.append([number, index, index])
    return turns


def lost_updates(events, counter):
    """Each write of `counter` that overwrote another knight's write made after its own read:
    (read step, overwritten write step, overwriting write step)."""
    last_read = {}
    last_write = None
    found = []
    for index, event in enumerate(events):
        if event["waits"]:
            continue
        if event["op"] in ("LOAD_GLOBAL", "LOAD_NAME") and str(event["arg"]).split(" ")[0] == counter:
            last_read[event["thread"]] = index
        elif counter in event["writes"]:
            read = last_read.pop(event["thread"], None)
            if read is not None and last_write is not None and last_write > read and events[last_write]["thread"] != event["thread"]:
                found.append((read, last_write, index))
            last_write = index
    return found


def knights_scene(names, run, counter, start, expected=None, mode=None):
    """The `knights` scene (KnightsSceneData in contracts/cast-protocol.ts): at most STEPS_SHOWN steps, around the first lost update if any."""
    events = run.events
    value = start
    steps = []
    for event in events:
        read = counter is not None and event["op"] in ("LOAD_GLOBAL", "LOAD_NAME") and str(event["arg"]).split(" ")[0] == counter
        wrote = counter is not None and counter in event["writes"]
        if wrote and event["stack_before"]:
            value = event["stack_before"][-1]
        steps.append({
            "thread": event["thread"],
            "op": event["op"],
            "arg": str(event["arg"])[:24] if event["arg"] is not None else "",
            "line": event["line"],
            "read": read,
            "write": wrote,
            "waits": event["waits"],
            "counter": str(value),
            "lock": next(iter(event["locks"].values()), None) if event["locks"] else None,
        })
    lost = lost_updates(events, counter) if counter is not None else []
    first = 0
    if len(steps) > STEPS_SHOWN:
        # the window starts a little before the first lost read, or later so it reaches the overwriting write
        if lost:
            read, _, over = lost[0]
            first = max(read - 3, over + 4 - STEPS_SHOWN)
        first = max(0, min(first, len(steps) - STEPS_SHOWN))
    shown = steps[first:first + STEPS_SHOWN]
    schedule = [event["thread"] for event in events]
    threads = run.result()["threads"]
    return {
        "kind": "knights",
        "mode": mode or run.mode,
        "counter": counter,
        "start": None if start is None else str(start),
        "final": None if value is None else str(value),
        "expected": None if expected is None else str(expected),
        "knights": [{"name": name, "steps": th["steps"], "status": th["status"]} for name, th in zip(names, threads)],
        "turns": len(turns_of(schedule)),
        "firstShown": first,
        "stepsTotal": len(steps),
        "steps": shown,
        # [read, overwritten write, overwriting write] as indexes into `steps` (read: None if before the window)
        "lost": [[r - first if r >= first else None, w - first, o - first] for r, w, o in lost if w >= first and o < first + STEPS_SHOWN],
    }


def empty_scene(names, counter=None, start=None):
    """A knights scene with the knights but no runes: nothing could be run (a knight is missing)."""
    return {
        "kind": "knights", "mode": "gil", "counter": counter, "start": None if start is None else str(start),
        "final": None if start is None else str(start), "expected": None,
        "knights": [{"name": name, "steps": 0, "status": "missing"} for name in names],
        "turns": 0, "firstShown": 0, "stepsTotal": 0, "steps": [], "lost": [],
    }


# The counter race of gil/lost-update, gil/lock-the-counter and graduation/guard-the-gold: one
# shared global `count`, the knights' functions named in `knights`, and `story()` giving the names
# the level puts in the spell's namespace (a fresh lock for every run).

SHIFT = 100  # a knight that really adds, adds the same from a count this much higher


def counter_yard(spell, knights, story):
    """fresh_yard for the counter race, with count put back to what it was when a knight first
    ran: a spell that also calls its knights itself (arthur(); bors(); print(count)) leaves count
    higher, and the school's runs start from the story's count, the one the kid's print counted
    from, not from there. A trace function (calls only, spell code only) notes that moment."""
    ns = spell.namespace(**story)
    ns["__builtins__"] = stepper.stepped_builtins()
    first = []  # count when a knight's frame first started, if one did

    def watch(frame, event, _arg):
        code = frame.f_code
        if not first and event == "call" and code.co_filename == SPELL_FILENAME and code.co_name in knights:
            first.append(ns.get("count"))
        return None  # no line events: calls only

    previous = sys.gettrace()
    sys.settrace(watch)
    try:
        _run_spell(spell, ns)
    finally:
        sys.settrace(previous)
    if first and type(first[0]) is int:
        ns["count"] = first[0]
    return ns, spell.loaded_in(ns, story)


def alone_adds(spell, knights, story):
    """How much each knight adds to count when he runs alone (a fresh spell run for each), or
    the first problem found as a Verdict.

    A knight must change count with his own runes (a write the stepper sees, not one hidden in
    exec or eval, which run in one rune) and must add to what he read: run again from a count
    SHIFT higher, he must add the same (a knight who sets count = 1 adds nothing, he overwrites)."""
    adds = []
    for number, name in enumerate(knights):
        ns, world = counter_yard(spell, knights, story())
        functions = knights_of(ns, knights)
        if functions[number] is None:
            return Verdict(False, [("missing", {"knight": name})], empty_scene(knights))
        start = ns.get("count")
        if type(start) is not int:
            return Verdict(False, [("no-count", {})], empty_scene(knights))
        run = play(spell, world, [functions[number]], "gil")
        if isinstance(run, stepper.StepperError):
            return Verdict(False, [("stepper", {"detail": str(run)})], empty_scene(knights, "count", start))
        th = run.threads[0]
        scene = knights_scene(knights[number:number + 1], run, "count", start)
        if th.status == stepper.FAILED:
            return Verdict(False, [("crashed", {"knight": name, "error": type(th.exception).__name__})], scene)
        if th.status != stepper.DONE:
            return Verdict(False, [("deadlock-alone", {"knight": name})], scene)
        end = ns.get("count")
        if type(end) is not int or end <= start:
            return Verdict(False, [("idle", {"knight": name})], scene)
        if not any("count" in event["writes"] for event in run.events if not event["waits"]):
            return Verdict(False, [("hidden-write", {"knight": name})], scene)
        shifted = _shifted_add(spell, knights, story, number)
        if shifted != end - start:
            return Verdict(False, [("sets-count", {"knight": name})], scene)
        adds.append(end - start)
    return adds


def adds_as_told(knights, adds, told, scene):
    """None when every knight added what the story asks (`told`, measured by alone_adds); else the
    Verdict that says who added what: a knight who adds less has less to lose, or to guard."""
    for name, added in zip(knights, adds):
        if added != told:
            return Verdict(False, [("not-two", {"knight": name, "added": added, "goal": told})], scene)
    return None


def _shifted_add(spell, knights, story, number):
    """What the knight adds when he runs alone from a count SHIFT higher (None if he cannot)."""
    ns, world = counter_yard(spell, knights, story())
    start = ns["count"] + SHIFT
    ns["count"] = start
    run = play(spell, world, [knights_of(ns, knights)[number]], "gil")
    if isinstance(run, stepper.StepperError) or run.threads[0].status != stepper.DONE:
        return None
    end = ns.get("count")
    return end - start if type(end) is int else None


def race(spell, knights, story, mode="anywhere", adds=None, scene=True):
    """explore() over all the knights with the invariant count == start + everything they add.

    Returns explore's answer with "start", "expected" and "scene" added: when every order keeps
    the count (holds), a sample run where the knights really alternate; when one order breaks it,
    that order replayed rune by rune (no scene when `scene` is false). Or a Verdict: a knight alone
    already fails, the yard has too many orders to try them all, or some order ends in a deadlock
    (then with the replay of that order). `adds`: alone_adds' answer, if the checker has it."""
    if adds is None:
        adds = alone_adds(spell, knights, story)
    if isinstance(adds, Verdict):
        return adds
    ns, world = counter_yard(spell, knights, story())
    start = ns["count"]
    expected = start + sum(adds)
    found = explore(spell, world, knights_of(ns, knights), f"count == {expected}", mode)
    if isinstance(found, stepper.CannotExplore):
        # not too many orders: something in the yard the explorer cannot copy, said as such
        return Verdict(False, [("cannot-copy", {"kind": getattr(found, "kind", "object")})], empty_scene(knights, "count", start))
    if isinstance(found, stepper.StepperError) or (not found["complete"] and found["holds"]):
        # no order tried so far breaks the count, but not every order was tried: no proof either way
        return Verdict(False, [("too-big", {})], empty_scene(knights, "count", start))
    found = dict(found, start=start, expected=expected, scene=None)
    if found["holds"]:
        if scene:
            found["scene"] = sample_scene(spell, knights, story, start, expected)
        return found
    if scene or found["reason"] == "deadlock":
        found["scene"] = replay_scene(spell, knights, story, found["counterexample"], start, expected)
    if found["reason"] == "deadlock":
        return Verdict(False, [("deadlock", {})], found["scene"])
    return found


def replay_scene(spell, knights, story, schedule, start, expected):
    """The counterexample played again rune by rune, for the scene."""
    ns, world = counter_yard(spell, knights, story())
    run = play(spell, world, knights_of(ns, knights), "replay", schedule=schedule)
    if isinstance(run, stepper.StepperError):
        return empty_scene(knights, "count", start)
    return knights_scene(knights, run, "count", start, expected=expected, mode="replay")


def sample_scene(spell, knights, story, start, expected):
    """One run where a switch may come after any rune (the knights really alternate), for the
    scene when no order breaks the count."""
    ns, world = counter_yard(spell, knights, story())
    run = play(spell, world, knights_of(ns, knights), "anywhere", seed=3)
    if isinstance(run, stepper.StepperError):
        return empty_scene(knights, "count", start)
    return knights_scene(knights, run, "count", start, expected=expected)
