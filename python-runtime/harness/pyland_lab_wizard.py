"""The Memory Lab's rune-by-rune reading: the royal wizard reads a kid's whole program one rune
(one CPython 3.14 instruction) at a time, and writes down what each rune did.

The program is cast as a spell (policy, gate, host guard, time limit, capped output, fresh
worker); the Lab's checker (python-runtime/lab/wizard.py, the school's code) hands it to a
RuneReader:

    scene = RuneReader(spell).run()     # {"kind": "lab-wizard", ...}, LabWizardData in contracts/cast-protocol.ts

The spell stepper (pyland_stepper/) runs the program's module code and every function of the
program it calls, each in a stepped frame with its own value stack; builtins and library
functions run natively, as does a function of the program that a builtin calls (`sorted(key=f)`).
Everything runs under the spell's guard (Spell.call), printing into the spell's own output.

A step is one rune: which code ran it (the module or a function) and its index in that code's
runes, and the frames open after it, outermost first, each with its stones (its value stack as
short reprs, bottom first) and its names (short reprs). The runes of a code object are listed once
(`codes`); a step sends only the frames that differ from the step before (`keep` says how many
outer frames stayed as they were), so MAX_STEPS steps stay small.

After MAX_STEPS runes the wizard stops writing (`cut`) and the program runs on, still stepped and
guarded, unwritten, to its end: its output and error are the whole program's. The ends:
  finished     the program ran to its end;
  error        the program raised (its error as a cast's, the line the stepper saw it at);
  interrupted  the runtime's stop request (the time limit) arrived: the steps so far are kept;
  unsupported  a rune the stepper does not cover (named, with its line): the steps up to it.
"""

import json
import re
import sys
import types

import pyland_stepper as stepper
from pyland import describe_error
from pyland_lab_reach import shown_repr

MAX_STEPS = 1500
STONES_SHOWN = 8  # the top stones of a value stack (the rest are counted, `below`)
NAMES_SHOWN = 12
STONE_CHARS = 30  # "<built-in function print>" whole; the chapter's wizard scene cuts at 24
NAME_CHARS = 40
ARGUMENT_CHARS = 30
FRAMES_SHOWN = 10  # the outermost room and the innermost ones; the rooms between are counted (`hidden`)
RUNES_LISTED = 4000  # runes of every code read, together: past it the steps are cut
MAX_SCENE_CHARS = 900_000  # the runtime takes a scene of up to 1,000,000 (python-runtime/worker-messages.ts)
RUN_ON_BURST = 20_000  # runes run at once after the cut (the stop request lands between them as well)


# a code object's argument shows its address (`<code object double at 0x...>`): it tells a kid nothing
_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


def _cut(text, limit):
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _short(value, limit):
    if value is stepper.NULL:
        return "NULL"
    return _cut(shown_repr(value)[0], limit)


class RuneReader:
    def __init__(self, spell):
        self.spell = spell
        self.ns = spell.namespace()
        self._hidden = frozenset(self.ns)  # __name__, __builtins__: the spell's namespace came with them
        self.codes = []  # the runes of each code read, in the order first entered (JSON-ready)
        self._code_numbers = {}  # CodeInfo -> its index in codes
        self.steps = []
        self._shown_before = []  # the frames of the step before, as JSON texts, outermost first
        self._chars = 0
        self._runes_listed = 0
        self.cut = False
        self.total = 0  # every rune the program ran, written down or not
        self.unsupported = None
        self.interrupted = False
        self.stuck = False
        self._failure = None  # (exception, line) of the program's own error

    def run(self):
        scene = {
            "kind": "lab-wizard", "codes": self.codes, "steps": self.steps, "cut": False, "total": 0,
            "end": "finished", "error": None, "interrupted": False, "unsupported": None,
        }
        try:
            info = stepper.prepare(self.spell.code)
        except stepper.UnsupportedInstruction as exc:  # in the module's own runes: nothing ran
            self.unsupported = exc
        else:
            thread = stepper.Thread(None, 0, "<module>")
            thread.frame = stepper.Frame(info, [stepper.NULL] * info.nlocalsplus, self.ns, self.ns["__builtins__"], None, self.ns)
            thread.depth = 1
            try:
                self.spell.call(self._read, thread)
            except Exception as exc:  # SpellCrashed / SpellInterrupted, by name: the reading's own bug otherwise
                if type(exc).__name__ == "SpellInterrupted":
                    self.interrupted = True
                elif type(exc).__name__ == "SpellCrashed":
                    scene["error"] = exc.error
                else:
                    raise
        # each step was written as JSON text while the program ran (text is not tracked by gc,
        # so the reading stays light): the scene carries them as data
        try:
            steps = [json.loads(step) for step in self.steps]
        except KeyboardInterrupt:  # the stop request landed just now: the steps are all there still
            self.interrupted = True
            steps = [json.loads(step) for step in self.steps]
        scene.update(cut=self.cut, total=self.total, steps=steps)
        if self.unsupported is not None:
            exc = self.unsupported
            scene["end"] = "unsupported"
            scene["unsupported"] = {"rune": exc.opname, "line": exc.line, "function": exc.function}
        elif self.interrupted:
            scene.update(end="interrupted", interrupted=True)
        elif self._failure is not None:
            scene["end"] = "error"
            scene["error"] = self._error_of(*self._failure)
        elif scene["error"] is not None:
            scene["end"] = "error"
        elif self.stuck:
            scene["end"] = "stuck"
        return scene

    def _error_of(self, exc, line):
        """The program's error as a cast says it, at the line the stepper saw it (stepped code
        leaves no frames of the spell's in the traceback)."""
        error = describe_error(exc, self.spell.source)
        if error["line"] is None and line is not None:
            error["line"] = line
            params = error["explanation"]["params"]
            if params.get("line") == "?":
                params["line"] = line
        return error

    # ----- reading ------------------------------------------------------------------------------

    def _read(self, thread):
        """Run under Spell.call: the program's own printing goes to the spell's output (call drops
        what it prints otherwise; the guard puts sys.stdout back afterwards)."""
        sys.stdout = sys.stderr = self.spell.stdout
        try:
            while thread.runnable() and not self.cut:
                self._one_rune(thread)
            while thread.runnable():
                self.total += stepper.run_thread(thread, RUN_ON_BURST)
        except stepper.UnsupportedInstruction as exc:
            self.unsupported = exc
            return
        except KeyboardInterrupt:  # the stop request: what was written down comes back
            self.interrupted = True
            return
        if thread.status == stepper.FAILED:
            self._failure = (thread.exception, thread.error_line)
        elif not thread.finished():
            self.stuck = True  # waiting for something that never comes (a lock it holds)

    def _one_rune(self, thread):
        frame = thread.frame
        info = frame.info
        index = frame.ip
        builds = self._class_built(frame, info.instructions[index])
        self.total += stepper.step_thread(thread)
        code = self._code_number(info)
        frames, depth, hidden = self._frames_after(thread, frame, info.lines[index])
        keep = 0
        before = self._shown_before
        while keep < len(before) and keep < len(frames) and before[keep] == frames[keep]:
            keep += 1
        self._shown_before = frames
        step = '{"code": %d, "rune": %d, "depth": %d, "hidden": %d, "keep": %d, "frames": [%s]%s}' % (
            code, index, depth, hidden, keep, ", ".join(frames[keep:]), "" if builds is None else f', "builds": {json.dumps(builds)}'
        )
        self._chars += len(step) + 2
        self.steps.append(step)
        if len(self.steps) >= MAX_STEPS or self._chars >= MAX_SCENE_CHARS or self._runes_listed >= RUNES_LISTED:
            self.cut = True

    @staticmethod
    def _class_built(frame, rune):
        """The class's name when this rune is the CALL of __build_class__ (a `class` statement):
        the stepper runs it natively, so the class body opens no room and none of its runes are
        read; the step says so, for the view to tell the kid. None for any other rune."""
        if rune.opname != "CALL" or rune.arg is None or rune.arg < 2:
            return None
        stack = frame.stack
        if len(stack) < rune.arg + 2 or stack[-(rune.arg + 2)] is not frame.builtins.get("__build_class__"):
            return None
        name = stack[-rune.arg + 1]
        return _cut(name, NAME_CHARS) if isinstance(name, str) else None

    def _code_number(self, info):
        number = self._code_numbers.get(info)
        if number is None:
            number = len(self.codes)
            self._code_numbers[info] = number
            runes = [
                [ins.opname, _cut(_ADDRESS.sub("", ins.argrepr) or ("" if ins.arg is None else str(ins.arg)), ARGUMENT_CHARS), info.lines[at] or None]
                for at, ins in enumerate(info.instructions)
            ]
            self.codes.append({"name": info.name, "runes": runes})
            self._runes_listed += len(runes)
            self._chars += len(json.dumps(self.codes[-1]))
        return number

    def _frames_after(self, thread, ran, ran_line):
        """The frames open now as JSON texts, outermost first (the outermost and the innermost
        FRAMES_SHOWN - 1 when there are more), how many are open, and how many are not shown.
        `ran`: the frame that ran the rune, on `ran_line` (after a jump its next rune is elsewhere)."""
        chain = []
        frame = thread.frame
        depth = 0
        while frame is not None:
            if len(chain) < FRAMES_SHOWN - 1:
                chain.append(frame)
            outermost = frame
            depth += 1
            frame = frame.back
        if depth == 0:
            return [], 0, 0
        if depth > len(chain):
            chain.append(outermost)
        chain.reverse()
        return [self._frame_text(each, ran_line if each is ran else None) for each in chain], depth, depth - len(chain)

    def _frame_text(self, frame, line):
        info = frame.info
        if line is None:
            # a caller: the line of its CALL, the rune it ran last; a room just opened: its def line
            line = info.lines[max(frame.ip - 1, 0)]
        stack = frame.stack
        names = self._names_of(frame)
        shown = {
            "code": self._code_number(info),
            "line": line or None,  # 0: the module's RESUME, before its first line
            "stack": [_short(value, STONE_CHARS) for value in stack[-STONES_SHOWN:]],
            "below": max(0, len(stack) - STONES_SHOWN),
            "names": [[name, _short(value, NAME_CHARS)] for name, value in names[:NAMES_SHOWN]],
            "moreNames": max(0, len(names) - NAMES_SHOWN),
        }
        return json.dumps(shown, ensure_ascii=False)

    def _names_of(self, frame):
        """(name, value) of the names a frame holds now: the module's own (not the ones its
        namespace came with, not dunders), or a function's bound locals (a cell: its value)."""
        if frame.names is not None:
            return [
                (name, value)
                for name, value in list(frame.names.items())
                if name not in self._hidden and not (name.startswith("__") and name.endswith("__"))
            ]
        held = []
        for name, value in zip(frame.info.localsplus_names, frame.fast):
            if value is stepper.NULL:
                continue
            if type(value) is types.CellType:
                try:
                    value = value.cell_contents
                except ValueError:  # an empty cell: the name is not bound yet
                    continue
            held.append((name, value))
        return held
