"""The Memory Lab's recorder: what a kid's program does to memory, line by line, measured.

The program runs as a spell through the normal cast (policy, gate, host guard, time limit, capped
output, fresh worker); the Lab's checker (python-runtime/lab/memory.py, the school's code) runs it
under a MemoryRecorder:

    recorder = MemoryRecorder(spell)
    scene = recorder.run()          # {"kind": "lab", "steps": [...], ...}, see LabSceneData

A step is taken each time a line of the spell's own code (its module, functions, class bodies)
finished: at the next LINE event, at a function's return or yield, and once at the end. It shows
the state *after* that line ran, so an object freed by a line is in that line's `freed`.
sys.monitoring (local events on the spell's code objects only) tells the recorder when; the
gate lets it, because the recorder is the school's code. A step carries what changed since the
step before (names bound and unbound, objects new or changed, ids that left): a whole run of
2,000 steps then fits the runtime's scene limit; memory-lab.ts adds them up into whole steps.

What a step holds, and why it can be trusted:
  * names: the spell's module names (not the ones the namespace started with, not dunders), and
    the names of its running functions (`frames`, outermost first);
  * objects: what those names reach through containers (list, tuple, dict, set, frozenset), a
    kid's instance's attributes and class, a kid's class's own attributes, a function's defaults
    and closure cells (drawn as the cell's value: the cell is Python's bookkeeping), a bound
    method's object and function; at most MAX_OBJECTS (then `cut`); never an object of the
    school's (the recorder, a checker, the harness);
  * ids: a small counter per object, stable for the run. The recorder never holds an object
    between steps (that would change its tally and stop it being freed): a weak reference where
    the type allows one, otherwise its address, found again from the names;
  * tally_change: sys.getrefcount now minus at first sight, every reading made the same way while
    the recorder holds each object exactly once (its list of the picture), so its own references
    cancel out;
  * freed / swept: only frees the recorder saw. A weakly referenceable object: its weak
    reference's callback, at the moment it is freed (even out of the picture by then); swept when
    that was inside a collection (gc.callbacks start/stop). A list or dict (always tracked by gc
    in 3.14): it left the picture and is no longer among gc's objects (at the step it left, or at
    a later one while it was watched: freed; between a collection's start and stop: swept; see
    _alive for how a new list at a freed one's address is told apart). Anything else that leaves
    the picture (an int, a str, a tuple, which a collection may stop tracking) is not shown again,
    and no free is claimed for it.

Speed: a step after a line that changed no container (most lines of a loop) is taken quickly,
from the last walked picture kept as numbers (pyland_lab_quick.py); the others walk everything
again. A program stopped half-way through a step (its time limit) ends with a step that says
the whole picture again, taken at the stop, and claims no free it could not be sure of.

The automatic collector is paused while the program runs (the recorder's own work would make it
run at moments plain CPython would not); a gc.collect() the program calls runs as always.
Like pyland_ghosts, this module is imported by a checker while its cast runs and forgotten after.
"""

import gc
import io
import json
import sys
import types
import weakref
from itertools import compress, count
from operator import not_

from pyland_lab_describe import Describing, loose_values
from pyland_lab_quick import Skeleton
from pyland_lab_reach import ATOMIC, MAX_SLOTS, code_objects, held_by, identity, school, spell_frames
from pyland_story import SPELL_FILENAME

# Objects in one picture, at most (the rest: `cut`), and steps in a run (the program runs on).
MAX_OBJECTS = 200
MAX_STEPS = 2000
# The scene's JSON, at most, in characters: the runtime takes a Lab scene of up to 4,000,000
# (python-runtime/worker-messages.ts), but a stopped program's answer must be written within the
# stop's grace (400 ms), and a list growing every line makes large steps. Past it the steps are
# cut, as past MAX_STEPS (a 100-line program of 2,000 steps: about 500,000).
MAX_SCENE_CHARS = 1_500_000
# Walked steps, at most, between two skeletons made while quick steps keep failing.
MAX_GAP = 8
TOOL_NAME = "pyland-memory-lab"

_getrefcount = sys.getrefcount
# Found again from the names, never weakly referenced (their types cannot be).
_NO_WEAK_REFERENCE = ATOMIC | {list, dict, tuple}


class _Known:
    """What the recorder keeps of one object between steps: never the object itself."""

    __slots__ = (
        "lab",
        "first",
        "ref",
        "address",
        "type_id",
        "hash",
        "watched",
        "young",
        "collections",
        "repr",
        "spells",
        "shown_tally",
        "shown_repr",
        "shown_refs",
        "shown_whole",
        "text",
    )

    def __init__(self, lab, obj, ref, collections):
        self.lab = lab
        self.first = None
        self.ref = ref
        self.address = identity(obj)
        self.type_id = identity(type(obj))
        self.watched = False  # gc-tracked, no weak reference, not a tuple: its free is looked for in gc's lists
        self.young = False  # among the young generation at first sight (a list the program made)
        self.collections = collections  # collections seen by then: young until one ran
        self.repr = None  # kept for a value that never changes (an int, a str)
        self.hash = None  # a number's or string's: another one at its address after it died is not it
        # what it showed at its last step (tally, repr, refs as lab ids) and its text in that step's JSON
        self.shown_tally = None
        self.shown_repr = None
        self.shown_refs = None
        self.shown_whole = False  # every slot of it was in that picture
        self.text = None
        self.spells = None  # a function: whether its code is the spell's (then its defaults and cells are drawn)


class MemoryRecorder(Describing):
    def __init__(self, spell):
        self.spell = spell
        self.ns = spell.namespace()
        self._hidden = frozenset(self.ns)
        self._known = {}  # address -> _Known
        self._by_lab = {}  # lab id -> _Known, while it is known
        self._next = 1
        self.steps = []  # each a JSON text: text is not tracked by gc, so the young generation stays small
        self._chars = 0
        self._shown_before = {}  # lab id -> its text at the last step
        self._names_before = {}  # the module names at the last step
        self.cut_steps = False
        self.cut_objects = False
        self._line = None  # the spell's line that is running (its step is taken when it finished)
        self._busy = False
        self._recording = True
        self._freed = []
        self._swept = []
        self._collections = []  # this step's collections: {"generation", "swept"}
        self._collecting = False
        self._collections_seen = 0
        self._sweep_candidates = {}
        self._sweeping = []
        self._previous = {}  # lab id -> _Known, the last picture's objects
        self._lost = {}  # lab id -> _Known: watched, left the picture alive
        self._sentinel = []  # made at the end of every step (see _alive)
        self._tool = None
        self._codes = []
        self._skeleton = None  # the last walked picture, for a quick step (pyland_lab_quick.py)
        self._loose = {}  # lab id -> _Known: the numbers and strings the names held besides, at a quick step
        self._resync = False  # a picture was stopped half-way: the next says everything again
        self._ever_named = set()  # every module name a step named, and every lab id it showed
        self._ever_shown = set()
        self._gap = self._wait = 0  # walked steps to go before a skeleton is made again
        self._keys = None  # the namespace's keys at the last step, and the module names among them
        self._module_names = []
        self.broken = None  # the recorder's own error, if it met one (the scene says so)

    # ----- running ------------------------------------------------------------------------------

    def run(self):
        """Run the spell, recording its steps. Returns the `lab` scene; the spell's error or its
        stop request is in the scene too (`error`, `interrupted`), so its steps are never lost."""
        # a printed str is kept by the capped output itself (its list of parts), one more holder
        # plain CPython's stdout never is: the parts go through a StringIO, which copies them
        output = self.spell.stdout
        buffer = io.StringIO()
        output._parts = types.SimpleNamespace(append=buffer.write)
        scene = {"kind": "lab", "steps": [], "error": None, "interrupted": False}
        was_enabled = gc.isenabled()
        gc.disable()
        gc.collect()  # what the school left behind goes now, out of the program's collections
        gc.callbacks.append(self._on_gc)
        self._start_monitoring()
        crash = None
        try:
            self.spell.run(self.ns)
        except Exception as exc:  # SpellCrashed or SpellInterrupted, by name: this module imports no harness
            crash = exc
        finally:
            self._stop_monitoring()
            self._recording = False
            while self._on_gc in gc.callbacks:
                gc.callbacks.remove(self._on_gc)
            output._parts = [buffer.getvalue()]
        if crash is not None and type(crash).__name__ not in ("SpellCrashed", "SpellInterrupted"):
            raise crash  # tampering, or the recorder's own bug: the cast says so
        self._step(self._line if not self.cut_steps else None, None, last=True)
        if was_enabled:
            gc.enable()
        scene["steps"] = [json.loads(step) for step in self.steps]
        scene["cut"] = {"steps": self.cut_steps, "objects": self.cut_objects}
        if self.broken is not None:
            scene["broken"] = self.broken
        if crash is not None and type(crash).__name__ == "SpellCrashed":
            scene["error"] = crash.error
        elif crash is not None:
            scene["interrupted"] = True
        return scene

    def _start_monitoring(self):
        mon = sys.monitoring
        tool = next((tool for tool in (4, 3, 2, 1, 0, 5) if mon.get_tool(tool) is None), None)
        if tool is None:  # every tool taken: only the final picture
            return
        mon.use_tool_id(tool, TOOL_NAME)
        self._tool = tool
        self._codes = code_objects(self.spell.code)
        events = mon.events
        mon.register_callback(tool, events.LINE, self._on_line)
        mon.register_callback(tool, events.PY_RETURN, self._on_return)
        mon.register_callback(tool, events.PY_YIELD, self._on_return)
        for code in self._codes:
            mon.set_local_events(tool, code, events.LINE | events.PY_RETURN | events.PY_YIELD)

    def _stop_monitoring(self):
        tool, self._tool = self._tool, None
        mon = sys.monitoring
        if tool is None or mon.get_tool(tool) != TOOL_NAME:
            return
        for code in self._codes:
            mon.set_local_events(tool, code, 0)
        for event in (mon.events.LINE, mon.events.PY_RETURN, mon.events.PY_YIELD):
            mon.register_callback(tool, event, None)
        mon.free_tool_id(tool)

    def _on_line(self, code, line):
        if self._busy:
            return
        if self._line is not None:
            # the module's own lines need no frame (its names are the namespace): asking for one
            # costs a visit to the gate's audit hook
            self._step(self._line, None if code is self.spell.code else sys._getframe(1))
        self._line = line

    def _on_return(self, code, _offset, value):
        del value  # the value handed back: its tally is not the recorder's to change
        if self._busy or code is self.spell.code:
            return  # the module's own end: the final picture (run) is its step
        frame = sys._getframe(1)
        self._step(self._line, frame)
        caller = frame.f_back
        if caller is not None and caller.f_code.co_filename == SPELL_FILENAME:
            self._line = caller.f_lineno

    # ----- the collector ------------------------------------------------------------------------

    def _on_gc(self, phase, info):
        if phase == "start":
            self._collecting = True
            self._sweeping = []
            wanted = {lab: self._place(known) for lab, known in self._watched_now().items()}
            self._sweep_candidates = {lab: wanted[lab] for lab in self._alive(wanted)}
            return
        self._collecting = False
        self._collections_seen += 1
        # the survivors may have moved to an older generation: looked for anywhere
        still = self._alive(self._sweep_candidates, anywhere=True)
        swept = self._sweeping + [lab for lab in self._sweep_candidates if lab not in still]
        for lab in swept:
            self._forget(lab)
        self._sweep_candidates = {}
        if not self._recording:
            return
        self._swept.extend(swept)
        self._collections.append({"generation": info.get("generation"), "swept": swept})

    def _watched_now(self):
        """The gc-tracked objects without a weak reference that a collection could sweep now:
        the last picture's and the lost ones (lab id -> _Known)."""
        wanted = {lab: known for lab, known in self._previous.items() if known.ref is None and known.watched}
        taken = {known.address for known in wanted.values()}
        for lab, known in self._lost.items():
            if known.address not in taken:
                wanted[lab] = known
        return wanted

    def _place(self, known):
        """(address, type id, young): young while no collection ran since it was seen young."""
        return known.address, known.type_id, known.young and known.collections == self._collections_seen

    def _alive(self, wanted, anywhere=False):
        """The lab ids of `wanted` (lab id -> _place) still among gc's objects.

        A freed list's address is taken at once by the next list made (the recorder's own, often),
        so an address alone proves nothing. gc keeps its young generation in the order objects
        were tracked, and the recorder makes a sentinel list at the end of every step: a young
        object seen at the last step comes before it, a new one at the same address after it. An
        old object (made before a collection) is looked for in the old generations only, where
        nothing new arrives between collections. `anywhere`: at a collection's end, which moved
        the survivors."""
        if not wanted:
            return set()
        young, old = {}, {}
        for lab, (address, type_id, is_young) in wanted.items():
            (young if is_young and not anywhere else old)[address] = (lab, type_id)
        alive = set()
        if young:
            sentinel = self._sentinel
            for obj in gc.get_objects(0):
                if obj is sentinel:
                    break
                hit = young.get(identity(obj))
                if hit is not None and hit[1] == identity(type(obj)):
                    alive.add(hit[0])
        for generation in ((0, 1, 2) if anywhere else (1, 2)) if old else ():
            for obj in gc.get_objects(generation):
                hit = old.get(identity(obj))
                if hit is not None and hit[1] == identity(type(obj)):
                    alive.add(hit[0])
        return alive

    def _young_now(self, knowns):
        """The lab ids of `knowns` (objects alive now) in the young generation."""
        addresses = {known.address: known.lab for known in knowns}
        return {addresses[identity(obj)] for obj in gc.get_objects(0) if identity(obj) in addresses}

    def _freed_now(self, lab):
        """A weak reference's callback: the object is gone, at this very moment."""
        if self._collecting:
            self._sweeping.append(lab)
            return
        self._forget(lab)
        if self._recording:
            self._freed.append(lab)

    def _forget(self, lab):
        known = self._by_lab.pop(lab, None)
        self._previous.pop(lab, None)
        self._lost.pop(lab, None)
        if known is not None and self._known.get(known.address) is known:
            del self._known[known.address]

    # ----- one step -----------------------------------------------------------------------------

    def _step(self, line, frame, last=False):
        # no picture in the middle of a collection (a callback of the program's running then):
        # gc's lists are being taken apart, and the collection's work shows in the next step
        if self._busy or (not last and (not self._tool_on() or self._collecting)):
            return
        self._busy = True
        try:
            self._take(line, frame)
        except RecursionError:  # a program recursing to the limit leaves no room for a picture: skipped
            self._resync = True
            return
        except Exception as exc:  # the recorder's own bug must never look like the kid's error
            self.broken = f"{type(exc).__name__}: {exc}"
            self._stop_monitoring()
            return
        except BaseException:
            # stopped (the time limit) half-way through a picture: what the recorder keeps may no
            # longer be what the steps said, so the last picture says everything again
            self._resync = True
            raise
        finally:
            self._busy = False
        if not last and (len(self.steps) >= MAX_STEPS - 1 or self._chars >= MAX_SCENE_CHARS):
            # the rest of the program runs at full speed; the final picture is the last step
            self.cut_steps = True
            self._stop_monitoring()

    def _tool_on(self):
        return self._tool is not None

    def _roots(self, frame):
        """The names' values (the module's, then each running function's, innermost first), the
        module's names, and the frames as (function, line, its names)."""
        keys = list(self.ns)
        if keys != self._keys:  # (most lines bind no new name: the names are sorted out again only then)
            self._keys = keys
            self._module_names = [name for name in keys if not (name in self._hidden or (name.startswith("__") and name.endswith("__")))]
        names = self._module_names
        values = list(map(self.ns.__getitem__, names))
        frames = []
        for running in spell_frames(frame, self.spell.code):
            held = []
            for name, value in list(running.f_locals.items()):
                if not (name.startswith("__") and name.endswith("__")):
                    held.append(name)
                    values.append(value)
            frames.append((running.f_code.co_name, running.f_lineno, held))
        return values, names, frames

    def _take(self, line, frame):
        values, module_names, running = self._roots(frame)
        resync, self._resync = self._resync, False
        skeleton, self._skeleton = self._skeleton, None
        found = None
        if skeleton is not None and not (self._freed or self._swept or self._collections or resync):
            found = skeleton.fetch(values)
            if found is not None:
                found.extend(loose_values(values, skeleton.addresses))
                if len(found) > MAX_OBJECTS:
                    found = None
            # lines that keep changing memory (a list filled line by line) are walked anyway: the
            # skeleton is then made only every few steps
            self._gap = 0 if found is not None else min(max(1, 2 * self._gap), MAX_GAP)
            self._wait = self._gap
        if found is not None:
            loose = [self._loose_known(obj) for obj in found[len(skeleton.knowns) :]]
            roots = list(map(identity, values))
            del values
            # every tally read the same way, while the recorder holds each object once (in `found`)
            tallies = list(map(_getrefcount, found))
            shown = self._describe_quickly(skeleton, found, loose, tallies)
            del found
            self._skeleton = skeleton
            root_labs = list(map(skeleton.labs.get, roots))
            if loose:
                loose_labs = {known.address: known.lab for known in loose}
                for at in compress(count(), map(not_, root_labs)):
                    root_labs[at] = loose_labs.get(roots[at])
            cut = False
        else:
            found, knowns, refs, roots, cut, whole = self._walk(values)
            del values
            tallies = list(map(_getrefcount, found))
            shown = self._describe(found, knowns, tallies, refs, whole, claims=not resync)
            self._loose = {}
            self._wait -= 1
            if all(whole) and not cut and self._wait < 0:
                self._skeleton = Skeleton.of(found, knowns, tallies, [at for at in roots if at is not None])
                if self._skeleton is not None:
                    taken = self._skeleton.addresses
                    self._loose = {known.lab: known for known in knowns if taken.get(known.address) is not known}
            del found
            root_labs = [None if at is None else knowns[at].lab for at in roots]
        self._sentinel = []
        self.cut_objects = self.cut_objects or cut
        self._record(line, shown, root_labs, module_names, running, cut, resync)

    def _first_sight(self, obj, kind):
        """A _Known for an object seen for the first time (with a weak reference where its type
        allows one: the reference holds nothing, so no tally changes)."""
        lab = self._next
        self._next += 1
        ref = None
        if kind not in _NO_WEAK_REFERENCE:
            try:
                ref = weakref.ref(obj, lambda _ref, lab=lab: self._freed_now(lab))
            except TypeError:  # an instance of a class with __slots__ ...: found again from the names
                ref = None
        known = _Known(lab, obj, ref, self._collections_seen)
        if kind in ATOMIC:
            known.hash = hash(obj)
        self._known[identity(obj)] = known
        self._by_lab[lab] = known
        return known

    # ----- what the names reach -----------------------------------------------------------------

    def _walk(self, values):
        """The picture's objects, breadth first from the names' values: (objects, the _Known of
        each, each one's references as positions, each value's position (None: not drawn), whether
        it was cut, whether each object has all it holds in the picture). Holds the objects only in
        the list it returns."""
        found = []
        knowns = []
        index = {}
        refs = []
        whole = []
        cut = False
        known_of = self._known.get

        def visit(obj):
            nonlocal cut
            address = identity(obj)
            at = index.get(address)
            if at is not None:
                return at
            at = len(found)
            if at >= MAX_OBJECTS:
                cut = True
                return None
            kind = type(obj)
            known = known_of(address)
            # an object the recorder knows is none of the school's (it never learns one); a number
            # or string at the address of one that is gone is told apart by its hash
            if known is None or not (
                known.ref() is obj
                if known.ref is not None
                else known.type_id == identity(kind) and (known.hash is None or known.hash == hash(obj))
            ):
                if kind not in ATOMIC and school(obj):
                    return None
                known = self._first_sight(obj, kind)
            index[address] = at
            found.append(obj)
            knowns.append(known)
            # an int or a str holds nothing the picture draws
            refs.append(() if kind in ATOMIC else None)
            whole.append(True)
            return at

        roots = list(map(visit, values))
        position = 0
        while position < len(found):
            if refs[position] is None:
                held = held_by(found[position], knowns[position])
                refs[position] = [at for at in map(visit, held) if at is not None]
                whole[position] = len(refs[position]) == len(held) < MAX_SLOTS
            position += 1
        return found, knowns, refs, roots, cut, whole
