"""The tally (chapter 1, refcount/...): what every refcount checker (levels/refcount/*.py) needs
to read a story object's tally, find who holds it, and turn the run into a `tally` scene.

    hat = MagicHat("hat")
    ns = spell.namespace(hat=hat)
    tally = tally_reader(hat)                   # reads the tally the same way every time
    before = tally()
    watch = TallyWatch(ns)                      # the moments of the stage's step-by-step replay
    watch.follow("hat", hat)
    watch.run(spell)                            # spell.run(ns), noting each change
    delta = tally() - before                    # deltas, never absolutes
    scene = {"kind": "tally", "objects": [tally_object("hat", hat, ns, delta)], "moments": watch.moments}

This module is loaded with the harness (pyland.py imports it): it is in the memory snapshot, and
the state guard watches its globals like the harness's, so a spell that rebinds what it reads
with (its own copy of sys.getrefcount) fails as tampering.
"""

import sys
import weakref

from pyland_story import SPELL_FILENAME


def signed(number):
    """A delta as the kid reads it: +1, 0, -2."""
    return f"+{number}" if number > 0 else str(number)


def held_then_let_go(moments, label, goal, delta):
    """(the line where the tally of `label` first stood at +goal, the line where it left it again)
    when the spell reached the goal for a while but not at its end; None otherwise. A kid who did
    the task, printed the proof and then let a holder go is told both moments, not only the end.
    Only for a tally that ended below the goal: one that went on to rise past it has other words."""
    if delta >= goal:
        return None
    reached = None
    for moment in moments:
        entry = next((entry for entry in moment["objects"] if entry["label"] == label), None)
        if entry is None:
            continue
        if reached is None and entry["delta"] == goal and moment["line"] is not None:
            reached = moment["line"]
        elif reached is not None and entry["delta"] < goal:
            return reached, moment["line"] if moment["line"] is not None else "?"
    return None


def holders_of(obj, ns):
    """Names in the spell's namespace bound directly to `obj` (by identity)."""
    return sorted(name for name, value in ns.items() if value is obj and not name.startswith("__"))


def containers_of(obj, ns):
    """Containers named in the namespace that hold `obj`, with how many slots hold it."""
    found = []
    for name, value in ns.items():
        if name.startswith("__"):
            continue
        slots = 0
        if isinstance(value, (list, tuple)):
            slots = sum(1 for item in value if item is obj)
        elif isinstance(value, dict):
            slots = sum(1 for item in value.values() if item is obj)
        elif isinstance(value, (set, frozenset)):
            slots = sum(1 for item in value if item is obj)
        if slots:
            found.append({"name": name, "slots": slots})
    return sorted(found, key=lambda entry: entry["name"])


def tally_reader(obj):
    """A function that reads obj's tally (sys.getrefcount) the same way every time, without holding it.

    Why not just call sys.getrefcount(hat) twice in check()? On CPython 3.14 the compiler loads
    a local with LOAD_FAST_BORROW (no hidden extra reference) in straight code but with LOAD_FAST
    (+1 while the call runs) after a `del` or inside try/finally: two readings of one local in one
    function were seen to differ by 1 with no holder changing. Every reading here runs the same
    code, through a weak reference, so hidden holders cancel out and the reader holds nothing.
    It returns None once the object is gone.
    """
    ghost = weakref.ref(obj)

    def read():
        held = ghost()
        return None if held is None else _getrefcount(held)

    return read


# Taken when the harness loads, before any spell runs: a spell that replaces sys.getrefcount
# cannot change what the checkers read.
_getrefcount = sys.getrefcount


def tally_object(label, obj, ns, delta, vanished=False, swept=False):
    """One object of a `tally` scene (see TallyObject in contracts/cast-protocol.ts)."""
    return {
        "label": label,
        "delta": int(delta),
        "holders": [] if obj is None else holders_of(obj, ns),
        "containers": [] if obj is None else containers_of(obj, ns),
        "vanished": bool(vanished),
        "swept": bool(vanished and swept),
    }


class TallyWatch:
    """The moments of a tally scene: how each followed object's tally and holders changed while
    the spell ran, line by line, for the stage's step-by-step replay (TallyMoment in contracts/cast-protocol.ts).

    A trace function (sys.settrace, spell code only) looks at every line of the spell, and at
    every return of one of its functions: when a tally or a holder changed since the last look,
    it notes a moment, with the line that was running when it changed. So the +1 while a
    function's own name holds the hat is seen, and so is the moment it lets go.

    The watch holds the objects by weak reference only (it is no holder), and it reads every
    tally the same way, through one tally reader per object, so its own reading cancels out.
    The moments are mostly shown, not judged: a verdict leans on them only to say *when* something
    happened (the line where a holder let go again, or came after the spell's own reading of the
    tally, see watch_readings), never whether the spell passed, so a spell that switches the trace
    off loses its replay and those words, and nothing else.
    """

    MAX_MOMENTS = 30
    # lines looked at, at most: a long loop stops being watched, and runs at full speed again
    MAX_LOOKS = 3000

    def __init__(self, ns):
        self._ns = ns
        self._followed = []  # per object: label, ref (a weak reference), read (its tally reader), start, gone (delta once freed)
        self.moments = []
        # the spell's own tally readings (see watch_readings): line, and how many moments were noted by then
        self.readings = []
        self._read_target = None
        self._last = None
        self._watching = True
        self._looks = 0
        self._line = None  # (line, function) of the spell's last line event
        self._returned = None  # (function, the caller's line) when the last event was a return

    def follow(self, label, obj, gone_delta=None):
        """Follow `obj` under `label`; `gone_delta` is the change to show once it was freed (the
        checker knows how many holders the story gave it). None cannot be weakly referenced: it is
        held plainly, which changes nothing, since None is immortal."""
        if obj is None:
            self._followed.append({"label": label, "ref": lambda: None, "read": lambda: _getrefcount(None), "start": 0, "gone": 0})
        else:
            self._followed.append({"label": label, "ref": weakref.ref(obj), "read": tally_reader(obj), "start": 0, "gone": gone_delta})

    def watch_readings(self, obj):
        """Also note where the spell itself reads obj's tally (sys.getrefcount(obj)): a spell that
        printed `after - before` saw the tally at that moment, not at its end, and the verdict can
        say so. Noted in `readings`: {"line", "moments"}, the number of moments noted by then (so
        moments[:n] is what that reading saw), or None once the watch stopped looking."""
        self._read_target = weakref.ref(obj)

    def reading_saw(self, reading, label):
        """The delta of `label` the spell's reading saw (from the moments noted by then), or None."""
        if reading["moments"] is None:
            return None
        for moment in reversed(self.moments[: reading["moments"]]):
            for entry in moment["objects"]:
                if entry["label"] == label:
                    return entry["delta"]
        return None

    def run(self, spell):
        """Run the spell in the watch's namespace (as spell.run does), noting its moments."""
        for entry in self._followed:
            entry["start"] = entry["read"]()
        self._note(self._state(None), None, None)
        tool = self._start_readings(spell) if self._read_target is not None else None
        tracer = self._trace
        sys.settrace(tracer)
        try:
            spell.run(self._ns)
        finally:
            sys.settrace(None)
            if tool is not None:
                sys.monitoring.free_tool_id(tool)  # clears its events and callback too
        self._note(self._state(None), self._line[0] if self._line else None, None)

    def _start_readings(self, spell):
        """A sys.monitoring CALL callback on the spell's own code only (its functions' code too):
        it sees each call with its first argument, so sys.getrefcount(hat) is told from any other
        call without touching the spell. A trace function cannot see a call's arguments."""
        monitoring = sys.monitoring
        tool = next((tool for tool in (5, 4, 3, 2, 1, 0) if monitoring.get_tool(tool) is None), None)
        if tool is None:
            return None
        monitoring.use_tool_id(tool, "pyland tally readings")
        target, readings, getrefcount = self._read_target, self.readings, _getrefcount
        calls = [0]

        def on_call(code, offset, function, first):
            calls[0] += 1
            if calls[0] > self.MAX_LOOKS:
                # a long loop of calls: stop looking (that call site runs at full speed again),
                # and say the last reading is not known, so no verdict leans on an old one
                if not readings or readings[-1]["moments"] is not None:
                    readings.append({"line": None, "moments": None})
                return monitoring.DISABLE
            if function is getrefcount and first is target():
                line = next((line for start, end, line in code.co_lines() if start <= offset < end), None)
                readings.append({"line": line, "moments": len(self.moments) if self._watching else None})
                del readings[:-10]  # only the last readings are ever asked about
            return None

        monitoring.register_callback(tool, monitoring.events.CALL, on_call)
        codes = [spell.code]
        while codes:
            code = codes.pop()
            monitoring.set_local_events(tool, code, monitoring.events.CALL)
            codes.extend(const for const in code.co_consts if isinstance(const, type(code)))
        return tool

    def _trace(self, frame, event, _arg):
        code = frame.f_code
        if code.co_filename != SPELL_FILENAME:
            return None
        if self._looks >= self.MAX_LOOKS or len(self.moments) >= self.MAX_MOMENTS:
            sys.settrace(None)
            self._watching = False  # from now on the moments fall behind the spell
            return None
        if event == "line" or event == "return":
            self._looks += 1
            state = self._state(frame)
            if self._returned is not None:
                function, caller_line = self._returned
                self._note(state, caller_line, function)
            elif self._line is not None:
                self._note(state, self._line[0], None)
            if event == "line":
                self._line = (frame.f_lineno, code.co_name)
                self._returned = None
            elif code.co_flags & 0x0001 and frame.f_back is not None:  # a function's return (CO_OPTIMIZED)
                self._returned = (code.co_name, frame.f_back.f_lineno if frame.f_back.f_code.co_filename == SPELL_FILENAME else None)
        return self._trace

    def _note(self, state, line, returned):
        if state[0] == self._last:
            return
        self._last = state[0]
        if len(self.moments) >= self.MAX_MOMENTS:
            return
        self.moments.append({"line": line, "returned": returned, "objects": state[1]})

    def _state(self, frame):
        """What the stage would show now: (a key to compare, the objects). Every tally is read
        before any holder is looked for, so the looking holds nothing while a tally is read."""
        readings = [entry["read"]() for entry in self._followed]
        objects = []
        for entry, now in zip(self._followed, readings):
            gone = now is None
            obj = None if gone else entry["ref"]()
            delta = (entry["gone"] or 0) if gone else now - entry["start"]
            holders = [] if gone else holders_of(obj, self._ns)
            objects.append({
                "label": entry["label"],
                "delta": int(delta),
                "holders": holders,
                "containers": [] if gone else containers_of(obj, self._ns),
                "locals": [] if gone else _local_holders(obj, frame),
                "vanished": gone,
            })
            obj = None
        key = repr([(o["delta"], o["holders"], o["containers"], o["locals"], o["vanished"]) for o in objects])
        return key, objects


def _local_holders(obj, frame):
    """Names inside the spell's running functions (from `frame` outwards) bound to `obj`."""
    found = []
    while frame is not None and len(found) < 8:
        code = frame.f_code
        if code.co_filename == SPELL_FILENAME and code.co_flags & 0x0001:
            for name, value in list(frame.f_locals.items()):
                if value is obj:
                    found.append({"name": name, "function": code.co_name})
        frame = frame.f_back
    return found
