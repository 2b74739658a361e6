"""Several threads under a scheduler: Sir GIL's stick (gil), a switch anywhere (anywhere), or an
explicit schedule (replay); see the package's docstring."""

import random

from pyland_stepper.errors import StepperError
from pyland_stepper.frames import DONE, FAILED, WAITING
from pyland_stepper.loaded_spell import _Quiet, _short, defined_globals, load_spell, safe_repr, threads_of
from pyland_stepper.locks import SteppedLock
from pyland_stepper.running import DEFAULT_MAX_STEPS, step_thread

DEFAULT_INTERVAL = 100


MODES = ("gil", "anywhere", "replay")


class Run:
    """Threads over one spell's globals under a scheduler (see the module docstring)."""

    def __init__(self, spell, threads, mode, interval=DEFAULT_INTERVAL, schedule=None, seed=0, events=False, max_steps=DEFAULT_MAX_STEPS, observe=None):
        if mode not in MODES:
            raise StepperError(f"unknown mode {mode!r}: use one of {', '.join(MODES)}")
        if not isinstance(interval, int) or interval < 1:
            raise StepperError("the switch interval must be a whole number of instructions, at least 1")
        self.spell = spell
        self.threads = threads
        self.mode = mode
        self.interval = interval
        self.schedule = list(schedule) if schedule is not None else None
        if mode == "replay" and self.schedule is None:
            raise StepperError("replay needs a schedule (a list of thread numbers)")
        self.random = random.Random(seed)
        self.max_steps = max_steps
        self.events = [] if events else None
        # called after every step when events are on: what it returns is the event's "seen" (a
        # checker measures something the runes do not say, such as how long a list is)
        self.observe = observe
        self.taken = []  # the schedule that actually ran: one thread number per instruction
        self.holder = 0 if mode == "gil" else None  # who holds the stick (gil mode)
        self.held_for = 0
        self.deadlock = False

    def runnable(self):
        return [th for th in self.threads if th.runnable()]

    def run(self):
        mode = self.mode
        steps = 0
        while steps < self.max_steps:
            ready = self.runnable()
            if not ready:
                self.deadlock = any(not th.finished() for th in self.threads)
                return self
            if mode == "gil":
                th = self._gil_choice(ready)
            elif mode == "anywhere":
                th = ready[0] if len(ready) == 1 else self.random.choice(ready)
            else:
                th = self._replay_choice(ready, len(self.taken))
            self._step(th)
            steps += 1
            if mode == "gil":
                self._gil_after(th)
        raise StepperError(f"the threads ran more than {self.max_steps} instructions without finishing")

    def _gil_choice(self, ready):
        holder = self.threads[self.holder]
        if holder.runnable() and not holder.stuck():
            return holder
        # the holder finished or waits for a lock: it drops the stick, the next one takes it
        # (a timed waiter gets it back, to give up, only when nobody else can run)
        nxt = self._next_after(self.holder, [th for th in ready if not th.stuck()] or ready)
        self._give_stick(nxt.number)
        return nxt

    def _gil_after(self, th):
        self.held_for += 1
        if th.status is WAITING:
            return
        if self.held_for >= self.interval and th.breaker:
            others = [other for other in self.runnable() if other is not th and not other.stuck()]
            if others:
                self._give_stick(self._next_after(th.number, others).number)

    def _give_stick(self, number):
        self.holder = number
        self.held_for = 0

    def _next_after(self, number, candidates):
        count = len(self.threads)
        for k in range(1, count + 1):
            wanted = (number + k) % count
            for th in candidates:
                if th.number == wanted:
                    return th
        return candidates[0]

    def _replay_choice(self, ready, position):
        if position < len(self.schedule):
            number = self.schedule[position]
            if not isinstance(number, int) or not 0 <= number < len(self.threads):
                raise StepperError(f"schedule entry {position} is {number!r}: there is no thread with that number")
            th = self.threads[number]
            if not th.runnable():
                why = "has finished" if th.finished() else "is waiting for a lock"
                raise StepperError(f"schedule entry {position}: thread {number} cannot run, it {why}")
            return th
        # past the end of the schedule: the threads finish one after another
        return ready[0]

    def _step(self, th):
        if self.events is None:
            step_thread(th)
            self.taken.append(th.number)
            return
        frame = th.frame
        index = frame.ip
        info = frame.info
        ins = info.instructions[index]
        before = [_short(v) for v in frame.stack]
        was_waiting = th.status is WAITING
        ran = step_thread(th)
        self.taken.append(th.number)
        after_frame = th.frame
        event = {
            "thread": th.number,
            "function": info.name,
            "offset": ins.offset,
            "op": ins.opname,
            "arg": ins.argrepr if ins.argrepr else (ins.arg if ins.arg is not None else None),
            "line": info.lines[index],
            "stack_before": before,
            "stack_after": [_short(v) for v in after_frame.stack] if after_frame is not None else [],
            "function_after": after_frame.info.name if after_frame is not None else None,
            "writes": _writes(info, index, ins),
            "waits": bool(ran == 0),
            "woke": was_waiting,
            "stick": self.holder,
            "locks": self._lock_holders(),
            "status": th.status,
        }
        if th.status is FAILED:
            event["exception"] = type(th.exception).__name__
        if th.status is DONE:
            event["returned"] = _short(th.result)
        if self.observe is not None:
            event["seen"] = self.observe()
        self.events.append(event)

    def _lock_holders(self):
        return {name: value.holder for name, value in self.spell.globals.items() if type(value) is SteppedLock}

    def result(self):
        return {
            "mode": self.mode,
            "deadlock": self.deadlock,
            "schedule": self.taken,
            "switches": _switches(self.taken),
            "threads": [_thread_summary(th) for th in self.threads],
            "globals": defined_globals(self.spell),
            "steps": len(self.taken),
            "output": self.spell.output,
            **({"events": self.events} if self.events is not None else {}),
        }


def _switches(schedule):
    return sum(1 for a, b in zip(schedule, schedule[1:]) if a != b)


def _writes(info, index, ins):
    name = ins.opname
    if name in ("STORE_FAST", "STORE_DEREF", "DELETE_FAST"):
        return [info.localsplus_names[ins.arg]]
    if name in ("STORE_FAST_STORE_FAST",):
        return [info.localsplus_names[ins.arg >> 4], info.localsplus_names[ins.arg & 15]]
    if name == "STORE_FAST_LOAD_FAST":
        return [info.localsplus_names[ins.arg >> 4]]
    if name in ("STORE_GLOBAL", "STORE_NAME", "DELETE_GLOBAL", "DELETE_NAME"):
        return [info.code.co_names[ins.arg]]
    if name == "STORE_ATTR":
        return ["." + info.code.co_names[ins.arg]]
    if name in ("STORE_SUBSCR", "DELETE_SUBSCR", "STORE_SLICE"):
        return ["[]"]
    return []


def _thread_summary(th):
    return {
        "thread": th.number,
        "function": th.name,
        "status": th.status,
        "returned": safe_repr(th.result) if th.status is DONE else None,
        "exception": type(th.exception).__name__ if th.status is FAILED else None,
        "line": th.error_line if th.status is FAILED else None,
        "steps": th.steps,
    }


def run_threads(source, names, mode="gil", interval=DEFAULT_INTERVAL, schedule=None, seed=0, events=False, max_steps=DEFAULT_MAX_STEPS):
    spell = load_spell(source)
    threads = threads_of(spell, names)
    run = Run(spell, threads, mode, interval=interval, schedule=schedule, seed=seed, events=events, max_steps=max_steps)
    with _Quiet(spell.stdout):
        run.run()
    return run.result()
