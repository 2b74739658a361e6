"""The Memory Lab's knights: two functions of a kid's program run as stepped threads (knights) on
the spell stepper, under Sir GIL or "anywhere", and the kid's own check (an invariant) tried
against every order the explorer can reach.

The Lab's checker python-runtime/lab/knights.py calls `answer(spell)`; the program is a spell (the
cast's policy, gate, host guard and time limit hold), run first by Sir GIL's yard
(pyland_knights.fresh_yard: its `threading` is the stepper's). What the panel asks arrives as
`spell.options` (LabKnightsSceneData in contracts/cast-protocol.ts says what comes back):

    {ask: 'functions'}                                   the functions a knight can run, or why not
    {ask: 'sample', threads: [a, b], mode, seed?}        one stepped run of the two
    {ask: 'race', threads: [a, b], mode, invariant}      the shortest order that breaks the check

The invariant is the kid's code too. It is parsed on its own ('eval' mode), held to the spell
policy (pyland_policy.check_tree) and to a short list of names (the program's own and the few
builtins the stepper's explorer gives an invariant), and only ever evaluated inside spell.call
(the harness's guard: the school's modules out of sight, the gate's "who asked" sees the text's
own frame as the spell's, a stop request ends the cast as the spell's).
"""

import ast
import random
import re

import pyland_policy
import pyland_stepper as stepper
from pyland import spell_function
from pyland_knights import fresh_yard, knights_of, lost_updates
from pyland_stepper.explorer import _INVARIANT_BUILTINS
from pyland_stepper.preparation import CO_GENERATOR_LIKE

STEPS_SHOWN = 300  # steps of a run in the scene (a window of the whole run, marked)
RUN_LIMIT = 20_000  # runes of one run, at most: then the knights are stopped (a loop that never ends?)
EXPLORE_BOUND = 2_000  # runes of one order the explorer follows, at most
EXPLORE_STATES = 4_000  # different states the explorer may meet (about 0.2 ms each: the cast has 2 s)
RANDOM_TRIES = 20  # seeded "anywhere" runs tried when the explorer meets too many states
MAX_FUNCTIONS = 40
MAX_GLOBALS = 12
REPR_CHARS = 40
INVARIANT_CHARS = 200
_PLAIN = (int, float, complex, str, bytes, bool, type(None), list, tuple, dict, set, frozenset)
_LONE_EQUALS = re.compile(r"(?<![=!<>:])=(?!=)")
_GLOBAL_READS = ("LOAD_GLOBAL", "LOAD_NAME")
_GLOBAL_WRITES = ("STORE_GLOBAL", "DELETE_GLOBAL", "STORE_NAME", "DELETE_NAME")


class _Problem(Exception):
    """What the panel asked cannot be done as asked: said kindly (`problem` in the scene)."""

    def __init__(self, kind, **details):
        super().__init__(kind)
        self.problem = {"kind": kind, **details}


class _InvariantProblem(stepper.StepperError):
    """The check could not give a True/False answer at the end of a run (raised inside explore)."""

    def __init__(self, kind, **details):
        super().__init__(kind)
        self.problem = {"kind": kind, **details}


def answer(spell):
    """The `lab-knights` scene for what spell.options asks (the program already refused or
    crashed never gets here: spell.run ends the cast first)."""
    options = spell.options
    ask = options.get("ask")
    scene = _empty_scene(ask if ask in ("functions", "sample", "race") else "functions")
    ns, world = fresh_yard(spell)
    scene["functions"] = knight_functions(ns)
    if ask == "functions":
        return scene
    try:
        if ask not in ("sample", "race"):
            raise _Problem("ask")
        names = _threads_option(options.get("threads"), scene["functions"])
        mode = options.get("mode")
        if mode not in ("gil", "anywhere"):
            raise _Problem("mode")
        scene["mode"] = mode
        if ask == "sample":
            seed = options.get("seed", 0)
            if type(seed) is not int or not 0 <= seed < 2**31:
                raise _Problem("seed")
            scene["seed"] = seed
            _sample(spell, ns, world, names, mode, seed, scene)
        else:
            text = options.get("invariant")
            scene["invariant"] = text if isinstance(text, str) else None
            code, watched, expected = read_invariant(text, ns)
            _race(spell, names, mode, code, watched, expected, scene)
    except _Problem as problem:
        scene["problem"] = problem.problem
    return scene


def _empty_scene(ask):
    return {
        "kind": "lab-knights", "ask": ask, "functions": [], "problem": None, "mode": "gil", "seed": None,
        "invariant": None, "knights": [], "steps": [], "firstShown": 0, "stepsTotal": 0, "switches": 0,
        "globalsBefore": {}, "globalsAtFirstShown": {}, "globalsAfter": {}, "race": None,
    }


# -- the functions a knight can run ------------------------------------------------------------


def knight_functions(ns):
    """The program's own functions (named at its top level), each runnable as a knight (called with
    no arguments) or with the reason it cannot be."""
    found = []
    for name in list(ns):
        fn = spell_function(ns, name)
        if fn is None or name.startswith("__"):
            continue
        code = fn.__code__
        why, detail = None, ""
        needs = _needed_arguments(fn)
        if code.co_flags & CO_GENERATOR_LIKE:
            why = "generator"
        elif needs:
            why, detail = "arguments", ", ".join(needs)
        else:
            try:
                stepper.prepare(code)
            except stepper.UnsupportedInstruction as exc:
                why, detail = "unsupported", exc.opname
        found.append({"name": name, "line": code.co_firstlineno, "runnable": why is None, "why": why, "detail": detail})
        if len(found) >= MAX_FUNCTIONS:
            break
    return found


def _needed_arguments(fn):
    """The parameters a call with no arguments leaves without a value."""
    code = fn.__code__
    positional = code.co_varnames[: code.co_argcount]
    given = len(fn.__defaults__ or ())
    needed = list(positional[: len(positional) - given])
    kwonly = code.co_varnames[code.co_argcount : code.co_argcount + code.co_kwonlyargcount]
    defaults = fn.__kwdefaults__ or {}
    needed += [name for name in kwonly if name not in defaults]
    return needed


def _threads_option(threads, functions):
    if not isinstance(threads, list) or len(threads) != 2 or not all(isinstance(name, str) for name in threads):
        raise _Problem("threads")
    known = {entry["name"]: entry for entry in functions}
    for name in threads:
        entry = known.get(name)
        if entry is None:
            raise _Problem("no-function", name=name[:40])
        if not entry["runnable"]:
            raise _Problem("not-runnable", name=name, why=entry["why"], detail=entry["detail"])
    return list(threads)


# -- the kid's check ---------------------------------------------------------------------------


def read_invariant(text, ns):
    """The invariant compiled (policy and names checked, nothing run), the global it watches
    (the first of the program's data names it reads, or None) and what that should equal (the
    repr of a constant in `name == constant`, or None). A _Problem if it cannot be one."""
    if not isinstance(text, str) or not text.strip():
        raise _Problem("invariant-empty")
    if len(text) > INVARIANT_CHARS:
        raise _Problem("invariant-long", limit=INVARIANT_CHARS)
    body = text.lstrip()
    lead = len(text) - len(body)  # columns are the kid's, counted from the text as typed
    try:
        tree = ast.parse(body, filename="<invariant>", mode="eval")
    except SyntaxError as exc:
        # `count = 2` for `count == 2`: the kid is told, not only "invalid syntax"
        why = "equals" if _LONE_EQUALS.search(body) else None
        raise _Problem("invariant-syntax", detail=str(exc.msg)[:120], column=(exc.offset or 1) + lead, why=why) from None
    try:
        pyland_policy.check_tree(tree)
    except pyland_policy.NotAllowed as refused:
        raise _Problem("invariant-refused", construct=refused.construct[:60], column=refused.column + lead, length=refused.length) from None
    bound = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store)}
    bound |= {node.arg for node in ast.walk(tree) if isinstance(node, ast.arg)}
    watched = None
    for node in ast.walk(tree):
        if not isinstance(node, ast.Name) or not isinstance(node.ctx, ast.Load) or node.id in bound:
            continue
        if node.id in ns and not node.id.startswith("__"):
            if watched is None and type(ns[node.id]) in _PLAIN:
                watched = node.id
            continue
        if node.id not in _INVARIANT_BUILTINS:
            raise _Problem("invariant-name", name=node.id, column=node.col_offset + 1 + lead, length=len(node.id))
    expected = None
    check = tree.body
    if isinstance(check, ast.Compare) and len(check.ops) == 1 and isinstance(check.ops[0], ast.Eq):
        left, right = check.left, check.comparators[0]
        if isinstance(right, ast.Name) and isinstance(left, ast.Constant):
            left, right = right, left
        if isinstance(left, ast.Name) and isinstance(right, ast.Constant) and left.id == watched:
            expected = repr(right.value)[:REPR_CHARS]
    return compile(tree, "<invariant>", "eval"), watched, expected


def judge(code, spell):
    """True/False: the check over the program's globals now. Called only inside spell.call (the
    guard), with the explorer's short list of builtins."""
    try:
        ok = eval(code, {"__builtins__": _INVARIANT_BUILTINS}, dict(spell.globals))
    except (KeyboardInterrupt, stepper.StepperError):
        raise
    except BaseException as exc:
        raise _InvariantProblem("invariant-failed", error=type(exc).__name__, detail=_text(exc)) from None
    if type(ok) is not bool:
        raise _InvariantProblem("invariant-not-bool", type=type(ok).__name__)
    return ok


def _text(exc):
    try:
        return str(exc)[:120]
    except BaseException:
        return ""


class _KidCheckExplorer(stepper.Explorer):
    """The stepper's explorer, judging each finished order by the kid's check through `judge`
    (a True/False answer required, an error said kindly)."""

    def __init__(self, world, threads, mode, code, **limits):
        super().__init__(world, threads, mode, "True", **limits)
        self.invariant_code = code

    def _judge(self):
        if not all(th.finished() for th in self.threads):
            return "deadlock"
        return None if judge(self.invariant_code, self.spell) else "invariant"


# -- runs --------------------------------------------------------------------------------------


def _tracked(world):
    """name -> short repr of the program's data globals (and its locks), at most MAX_GLOBALS."""
    seen = {}
    for name, value in world.globals.items():
        if name in world.initial_names or name.startswith("__"):
            continue
        if type(value) in _PLAIN or type(value) is stepper.SteppedLock:
            seen[name] = stepper.safe_repr(value, REPR_CHARS)
            if len(seen) >= MAX_GLOBALS:
                break
    return seen


class _Watch:
    """The Run's observer: the globals' reprs after each step of the window shown (only there, so
    a long run costs no reprs), as what changed since the step before."""

    def __init__(self, run_events, world, first):
        self.events = run_events
        self.world = world
        self.first = first
        self.before = _tracked(world)
        self.at_first = dict(self.before) if first == 0 else {}
        self.last = dict(self.before)

    def __call__(self):
        index = len(self.events)  # the step just taken (its event is appended after this call)
        if index < self.first - 1 or index >= self.first + STEPS_SHOWN:
            return None
        now = _tracked(self.world)
        if index == self.first - 1:
            self.at_first = now
            self.last = now
            return None
        changed = {name: value for name, value in now.items() if self.last.get(name) != value}
        self.last = now
        return changed


def _play(spell, world, functions, mode, first=0, **options):
    """The functions as stepped threads: (run, watch, problem or None). A run that goes on past
    RUN_LIMIT runes, or meets a rune the stepper cannot run, keeps the steps it took."""
    threads = [stepper.start_thread(world, number, fn) for number, fn in enumerate(functions)]
    holder = {}

    def go():
        run = stepper.Run(world, threads, mode, events=True, max_steps=RUN_LIMIT, **options)
        watch = _Watch(run.events, world, first)
        run.observe = watch
        holder["run"], holder["watch"] = run, watch
        try:
            run.run()
        except stepper.UnsupportedInstruction as exc:
            return {"kind": "unsupported", "detail": exc.opname, "line": exc.line}
        except stepper.StepperError:
            return {"kind": "runaway", "limit": RUN_LIMIT}
        return None

    problem = spell.call(go)
    return holder["run"], holder["watch"], problem


def _scene_of_run(names, run, watch, first, scene):
    events = run.events
    steps = []
    for event in events[first : first + STEPS_SHOWN]:
        arg = event["arg"]
        op = event["op"]
        lock = next(iter(event["locks"].values()), None) if event["locks"] else None
        steps.append({
            "thread": event["thread"],
            "op": op,
            "arg": "" if arg is None else str(arg)[:30],
            "line": event["line"],
            "reads": [str(arg).split(" ")[0]] if op in _GLOBAL_READS and not event["waits"] else [],
            "writes": list(event["writes"]) if op in _GLOBAL_WRITES else [],
            "changed": event.get("seen") or {},
            "waits": event["waits"],
            "lock": lock if lock is None or lock >= 0 else None,
        })
    summary = run.result()
    scene["knights"] = [
        {"name": name, "steps": th["steps"], "status": th["status"], "error": th["exception"], "line": th["line"]}
        for name, th in zip(names, summary["threads"])
    ]
    scene["steps"] = steps
    scene["firstShown"] = first
    scene["stepsTotal"] = len(events)
    scene["switches"] = summary["switches"]
    scene["globalsBefore"] = watch.before
    scene["globalsAtFirstShown"] = watch.at_first if first > 0 else dict(watch.before)
    scene["globalsAfter"] = watch.last if len(events) <= first + STEPS_SHOWN else _tracked(run.spell)


def _sample(spell, ns, world, names, mode, seed, scene):
    run, watch, problem = _play(spell, world, knights_of(ns, names), mode, seed=seed)
    _finish(spell, names, run, watch, 0, scene)
    if problem is not None:
        raise _Problem(**problem)


def _finish(spell, names, run, watch, first, scene):
    # the reprs of the kid's values run the kid's __repr__ (a list of its objects): guarded too
    spell.call(_scene_of_run, names, run, watch, first, scene)


def _race(spell, names, mode, code, watched, expected, scene):
    ns, world = fresh_yard(spell)
    threads = [stepper.start_thread(world, number, fn) for number, fn in enumerate(knights_of(ns, names))]

    def go():
        try:
            explorer = _KidCheckExplorer(world, threads, mode, code, bound=EXPLORE_BOUND, max_states=EXPLORE_STATES)
            return explorer.explore()
        except _InvariantProblem as exc:
            return exc
        except stepper.CannotExplore:
            return _InvariantProblem("cannot-copy")
        except stepper.UnsupportedInstruction as exc:
            return _InvariantProblem("unsupported", detail=exc.opname, line=exc.line)
        except stepper.StepperError:
            return None  # more states than the explorer may meet: seeded runs try instead

    found = spell.call(go)
    if isinstance(found, _InvariantProblem):
        raise _Problem(**found.problem)
    race = {"holds": True, "complete": False, "reason": None, "orders": 0, "shortest": True,
            "watched": watched, "expected": expected, "final": None, "lost": None}
    scene["race"] = race
    if found is None:
        schedule = _random_breaking(spell, names, mode, code, race)
    else:
        race.update(holds=found["holds"], complete=found["complete"], orders=found["schedules"], reason=found["reason"])
        schedule = found["counterexample"]
        if found["holds"] and not found["complete"] and found["schedules"] == 0:
            raise _Problem("runaway-race", limit=EXPLORE_BOUND)
    if schedule is None:
        # every order tried keeps the check: one run where a switch may come after any rune, to watch
        ns, world = fresh_yard(spell)
        run, watch, problem = _play(spell, world, knights_of(ns, names), "anywhere", seed=0)
        _finish(spell, names, run, watch, 0, scene)
        return
    ns, world = fresh_yard(spell)
    # the window starts a little before the first switch: the story of the order is there
    switch = next((i for i, (a, b) in enumerate(zip(schedule, schedule[1:])) if a != b), 0)
    first = max(0, min(switch - 20, len(schedule) - STEPS_SHOWN))
    run, watch, problem = _play(spell, world, knights_of(ns, names), "replay", first=first, schedule=schedule)
    _finish(spell, names, run, watch, first, scene)
    if problem is not None:
        raise _Problem(**problem)
    if watched is not None:
        race["final"] = scene["globalsAfter"].get(watched)
        lost = lost_updates(run.events, watched)
        if lost:
            read, overwritten, overwriting = lost[0]
            race["lost"] = {"name": watched, "reader": run.events[read]["thread"], "other": run.events[overwritten]["thread"],
                            "read": read, "overwritten": overwritten, "overwriting": overwriting}


def _random_breaking(spell, names, mode, code, race):
    """Too many states to try every order: seeded runs (a switch after any rune) look for one that
    breaks the check. Its schedule (not the shortest), or None if none did."""
    race.update(complete=False, shortest=False)
    chooser = random.Random(1)
    for _ in range(RANDOM_TRIES):
        ns, world = fresh_yard(spell)
        threads = [stepper.start_thread(world, number, fn) for number, fn in enumerate(knights_of(ns, names))]
        run = stepper.Run(world, threads, "anywhere" if mode == "anywhere" else "gil", seed=chooser.randrange(2**31), max_steps=RUN_LIMIT)

        def go(run=run):
            try:
                run.run()
            except stepper.StepperError:
                return "runaway"
            if run.deadlock:
                return "deadlock"
            try:
                return "invariant" if not judge(code, run.spell) else None
            except _InvariantProblem as exc:
                return exc

        reason = spell.call(go)
        race["orders"] += 1
        if isinstance(reason, _InvariantProblem):
            raise _Problem(**reason.problem)
        if reason == "runaway":
            raise _Problem("runaway", limit=RUN_LIMIT)
        if reason is not None:
            race.update(holds=False, reason=reason)
            return run.taken
        if mode == "gil":
            break  # Sir GIL's switches do not depend on a seed: one run says it
    return None
