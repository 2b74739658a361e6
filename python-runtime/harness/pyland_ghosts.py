"""The Ghost Collector chapter (gc/...): spirits, and a watch that sees how each one left.

Python has two cleaners, and the checkers of this chapter tell them apart by behaviour:
  * the tally (reference counting) frees an object the moment its last holder lets go: when a
    function returns, when a name is deleted, when a cycle is broken by hand;
  * the cycle collector (the "Ghost Collector", gc) sweeps groups of objects that only hold each
    other, when it runs: here only when the spell calls gc.collect(), because the watch pauses the
    automatic collector while the spell runs (CPython 3.14.0-3.14.4 collect incrementally, so when
    an automatic collection would come is not something a check may depend on).

A checker uses it like this (judge_under_watch does the first, third and last step):

    watch = SpiritWatch()
    ns = give_the_story(spell)               # makes Spirit(...) objects: the watch adopts them
    watch.run(spell, ns)                     # collector paused, every departure recorded in order
    watch.end_of("wisp")                     # 'alive', 'freed' (tally reached 0) or 'swept' (gc)
    verdict = Verdict(passed, messages, watch.scene())
    watch.clean_up()

How a spirit left is measured, never guessed: a weak reference's callback runs the moment the
spirit is freed, and gc.callbacks say whether a collection was running at that moment. A trace
function (sys.settrace, spell code only) says what the spell was doing then: which line, or the
return of which call. Who held whom is found by identity in the spell's names, the locals of the
spell's running functions, the containers they name and the spirits' own attributes. When the
spell looked at a spirit through a weak reference (see_wisp()), and whether those looks all came
before she left, is measured too (pyland_ghost_looks), so a pass can say the spell looked too soon.

This module is written into the harness folder with pyland.py; a checker imports it while its
cast runs, and the harness forgets it after every cast (it was not loaded when the interpreter
state was recorded), so every cast starts from a fresh copy. Its own classes and functions are
compared before and after the spell: a spell that rewrites them fails as tampering.
"""

import gc
import io
import sys
import weakref

from pyland import SPELL_FILENAME, SpellTampered
import pyland_ghost_holds
import pyland_ghost_looks
from pyland_ghost_holds import CO_OPTIMIZED, SPELL_HOLD_KINDS, attribute_graph, cycle_members, held_directly, holds_now, reaches, words_now
from pyland_ghost_looks import LookWatch, can_be_called, says_nothing
from pyland_story import SPIRIT_ADOPTERS, Spirit

# Spirits a watch follows at most (a loop making 1000 spirits must not flood the scene).
MAX_SPIRITS = 12
# Pictures (who holds whom) taken at most while the spell runs: one per traced line, so a long
# loop does not slow the spell down; later lines keep the last picture.
MAX_PICTURES = 3000
# Events (departures and collector visits) kept for the scene.
MAX_EVENTS = 40
# Moments kept for the stage's step-by-step replay: one each time a hold or a spirit's end changed.
MAX_MOMENTS = 30

# The finalize registry: weakref.finalize keeps every live finalizer here (info.weakref() is the
# object it waits for). Taken at import, before any spell runs.
_FINALIZE_REGISTRY = weakref.finalize._registry

# The watches that adopt new spirits: pyland_story's list, which its Spirit class calls while a
# watch is open (that module holds nothing of the school, so a spirit leads nowhere).
_ACTIVE_WATCH = SPIRIT_ADOPTERS


class _Record:
    """What the watch knows about one spirit (it never holds the spirit itself)."""

    def __init__(self, label, ref, born_call, born_function, last_words):
        self.label = label
        self.ref = ref
        self.born_call = born_call
        self.born_function = born_function
        self.last_words = last_words
        self.end = "alive"
        # what the spell was doing when the spirit left: ("line" | "return" | "call", call id, line)
        self.left_during = None
        self.left_line = None
        # the function of the spell whose return freed it, or None (left_line is then the caller's line)
        self.left_returned = None
        # whether its last words cannot be said: a weakref.finalize given what print("...") hands
        # back (None) says the words at once and fails when the spirit leaves
        self.words_failed = False
        # whether the words are nothing at all: weakref.finalize(pip, print) prints an empty line
        self.words_silent = False
        # holds that pointed at this spirit the last time the watch looked while it was alive
        self.seen_holds = []


class SpiritWatch:
    def __init__(self):
        self.records = []
        self.events = []
        self.start_holds = []
        self.end_holds = []
        self.collector_came = False
        self.traced = True
        self._ns = None
        self._recording = False
        self._collecting = False
        self._collections_at_start = 0
        # gc.collect(0) and gc.collect(1) look at the youngest things only: the checkers say so
        # when no visit looked everywhere (gc.collect(), generation 2)
        self.full_collection = False
        self._generation = None
        self._young_at_start = 0
        self.forged_sweep = False  # a gc callback the spell called itself (see _on_gc)
        self._sweep = None
        self._calls = []  # stack of (call id, function name or None) of the spell's running frames
        self._next_call = 0
        self._last_event = None
        self._in_last_words = 0
        self._pictures = 0
        self._untold_last_words = []
        self.moments = []
        # every hold between spirits ever seen (holder, attribute, target), even one that let go later
        self.links_seen = []
        self._moment_key = None
        self._line = None  # the spell's last line event
        self._return_to = None  # (function, the caller's line) when the last event was a return
        # words in quotes that name a spirit, held by a name or a spirit's attribute (words_now)
        self.words_seen = []
        # the spell's looks through weak references (see_wisp()), to say when it only looked too soon
        self.looks = LookWatch(self._label_of)
        self._saved = _own_state()
        _ACTIVE_WATCH.append(self._adopt)

    # ----- set-up -----------------------------------------------------------------------------

    def _adopt(self, spirit, name):
        if len(self.records) >= MAX_SPIRITS:
            return
        label = str(name) if isinstance(name, str) and name.strip() else f"spirit {len(self.records) + 1}"
        label = label[:24]
        taken = {record.label for record in self.records}
        if label in taken:
            number = 2
            while f"{label} {number}" in taken:
                number += 1
            label = f"{label} {number}"
        call, function = self._calls[-1] if self._calls else (None, None)
        has_del = getattr(type(spirit), "__del__", None) is not None
        record = _Record(label, None, call, function, has_del)
        record.ref = weakref.ref(spirit, lambda _ref, record=record: self._left(record))
        self.records.append(record)
        if not has_del:
            self._untold_last_words.append(record)

    # ----- running the spell ------------------------------------------------------------------

    def run(self, spell, ns):
        """Run the spell in `ns` with the automatic collector paused, recording every departure.

        The collector is put back as it was afterwards (the harness also re-enables it after
        every cast). A gc.collect() the spell calls still runs: that is the Ghost Collector.
        """
        self._ns = ns
        self.start_holds = self._picture(None)
        self._remember(self.start_holds)
        self._note_moment(self.start_holds, None, None)
        was_enabled = gc.isenabled()
        gc.disable()
        # what the school itself left behind goes now, out of the count: a kid who prints what
        # their first gc.collect() swept counts their own spirits only
        gc.collect()
        gc.callbacks.append(self._on_gc)
        self._recording = True
        tracer = self._trace
        self.looks.start(spell.code)
        sys.settrace(tracer)
        try:
            spell.run(ns)
        finally:
            self.traced = sys.gettrace() == tracer
            sys.settrace(None)
            self.looks.stop()
            self._recording = False
            hooked = self._on_gc in gc.callbacks
            while self._on_gc in gc.callbacks:
                gc.callbacks.remove(self._on_gc)
            if was_enabled:
                gc.enable()
            if self._adopt in _ACTIVE_WATCH:
                _ACTIVE_WATCH.remove(self._adopt)
        self._check_last_words()
        if self._collecting:  # a "start" no collection ended
            self.forged_sweep = True
        if not hooked or not self.traced or self.forged_sweep or not _same_state(_own_state(), self._saved):
            # the spell unhooked the watch from gc.callbacks, switched its trace off or rewrote
            # this module: nothing it measured can be trusted
            raise SpellTampered()
        self.end_holds = self._picture(None)
        self._remember(self.end_holds)
        self._note_moment(self.end_holds, *self._moment_place())

    def _trace(self, frame, event, arg):
        code = frame.f_code
        if code.co_filename != SPELL_FILENAME:
            return None
        if code.co_name == "__del__":
            # a spirit's own last words run while it is being freed: what the spell was doing
            # when it left is what came before them
            self._in_last_words += 1 if event == "call" else -1 if event == "return" else 0
            return self._trace
        if self._in_last_words:
            return self._trace
        if event == "call":
            self._next_call += 1
            name = code.co_name if code.co_flags & CO_OPTIMIZED else None
            self._calls.append((self._next_call, name))
        call = self._calls[-1][0] if self._calls else None
        self._last_event = (event, call, frame.f_lineno)
        if event in ("line", "return"):
            self._check_last_words()
            if self._pictures < MAX_PICTURES:
                self._pictures += 1
                picture = self._picture(frame)
                self._remember(picture)
                self._note_moment(picture, *self._moment_place())
            if event == "line":
                self._line = frame.f_lineno
                self._return_to = None
            elif code.co_flags & CO_OPTIMIZED:
                back = frame.f_back
                self._return_to = (code.co_name, back.f_lineno if back is not None and back.f_code.co_filename == SPELL_FILENAME else None)
        if event == "return" and self._calls:
            # a generator's yield also "returns": its next resume is a new call
            self._calls.pop()
        return self._trace

    def _on_gc(self, phase, _info):
        if not self._recording:
            return
        if phase == "start":
            # gc counts a collection before it calls "stop": a spell that called this callback
            # itself (it is in gc.callbacks) to pass its own frees off as sweeps is found there
            self._collections_at_start = _collections_so_far()
            self._young_at_start = gc.get_count()[0]
            self._generation = _info.get("generation") if isinstance(_info, dict) else None
            self._collecting = True
            self.collector_came = True
            if self._pictures < MAX_PICTURES:
                self._pictures += 1
                self._remember(self._picture(None))
            self._sweep = {"what": "sweep", "labels": [], "line": self._current_line()}
            previous = self.events[-1] if self.events else None
            # a loop calling gc.collect() 100 times shows one visit, not 100
            if not (previous and previous["what"] == "sweep" and not previous["labels"]) and len(self.events) < MAX_EVENTS:
                self.events.append(self._sweep)
        else:
            counted = _collections_so_far() > self._collections_at_start
            # CPython 3.14 counts no collection of generation 1 in gc.get_stats(). Such a visit
            # empties the young count, and sweeps none of the story's spirits (they are old: the
            # watch's own collection before the spell made them so). A call of this callback by
            # the spell that passes the spell's own frees off as a sweep is no such visit.
            young_visit = (
                self._generation == 1
                and gc.get_count()[0] < self._young_at_start
                and not (self._sweep is not None and self._sweep["labels"])
            )
            if not self._collecting or not (counted or young_visit):
                self.forged_sweep = True
            elif self._generation == 2:
                self.full_collection = True
            self._collecting = False
            if self._sweep is not None and self._sweep["labels"] and self._sweep not in self.events:
                if len(self.events) < MAX_EVENTS:
                    self.events.append(self._sweep)
            self._sweep = None

    def _left(self, record):
        if not self._recording or record.end != "alive":
            return
        record.end = "swept" if self._collecting else "freed"
        record.left_during = self._last_event
        record.left_line = self._current_line()
        if record.end == "freed" and self._last_event and self._last_event[0] == "return" and self._return_to:
            # freed as a function of the spell returned: the line running is the call's, in the caller
            record.left_returned, caller_line = self._return_to
            if caller_line is not None:
                record.left_line = caller_line
        if record.end == "swept" and self._sweep is not None:
            self._sweep["labels"].append(record.label)
        elif len(self.events) < MAX_EVENTS:
            event = {"what": "freed", "labels": [record.label], "line": record.left_line}
            if record.left_returned:
                event["returned"] = record.left_returned
            self.events.append(event)

    def _moment_place(self):
        """(line, returned) of a change seen now: the line that was running, or the caller's line
        and the function when the last thing the spell did was a return."""
        if self._return_to is not None:
            return self._return_to[1], self._return_to[0]
        return self._line, None

    def _note_moment(self, holds, line, returned):
        """A step of the replay, when a hold or a spirit's end changed since the last one."""
        ends = {record.label: record.end for record in self.records}
        key = repr((holds, ends))
        if key == self._moment_key:
            return
        self._moment_key = key
        if len(self.moments) < MAX_MOMENTS:
            self.moments.append({"line": line, "returned": returned, "holds": list(holds), "ends": ends, "events": len(self.events)})

    def _current_line(self):
        return self._last_event[2] if self._last_event else None

    def _check_last_words(self):
        """Notes spirits that were given last words with weakref.finalize while they are alive."""
        if not self._untold_last_words or not _FINALIZE_REGISTRY:
            return
        waiting = {}
        for info in list(_FINALIZE_REGISTRY.values()):
            target = info.weakref()
            if target is not None:
                waiting.setdefault(id(target), (target, []))[1].append(info)
        told = []
        for record in self._untold_last_words:
            spirit = record.ref()
            found = waiting.get(id(spirit)) if spirit is not None else None
            if found is not None and found[0] is spirit:
                record.last_words = True
                record.words_failed = not any(can_be_called(info) for info in found[1])
                record.words_silent = all(says_nothing(info) for info in found[1])
                # Weak references call back newest first: a fresh one of the watch's own is called
                # before the finalizer, so the spirit's leaving is dated by what let it go (the
                # return of a call), not by a line inside the kid's own goodbye function
                record.ref = weakref.ref(spirit, lambda _ref, record=record: self._left(record))
                told.append(record)
        for record in told:
            self._untold_last_words.remove(record)

    # ----- who holds whom ----------------------------------------------------------------------

    def _picture(self, frame):
        """Every hold on a living spirit right now (pyland_ghost_holds.holds_now)."""
        alive = {}
        for record in self.records:
            spirit = record.ref()
            if spirit is not None:
                alive[id(spirit)] = (record.label, spirit)
                for ref in weakref.getweakrefs(spirit):
                    if ref is not record.ref:
                        self.looks.know(ref, record.label)
        for word in words_now([record.label for record in self.records], self._ns, list(alive.values())):
            if word not in self.words_seen and len(self.words_seen) < MAX_EVENTS:
                self.words_seen.append(word)
        return holds_now(alive, self._ns, frame if frame is not None else sys._getframe(1))

    def _label_of(self, spirit):
        return next((record.label for record in self.records if record.ref() is spirit), None)

    def _remember(self, holds):
        for hold in holds:
            link = (hold["holder"], hold["via"], hold["target"])
            if hold["kind"] == "attribute" and link not in self.links_seen and len(self.links_seen) < MAX_EVENTS:
                self.links_seen.append(link)
        for record in self.records:
            if record.end == "alive" and record.ref() is not None:
                record.seen_holds = [hold for hold in holds if hold["target"] == record.label]

    # ----- what the checkers ask -----------------------------------------------------------------

    def record(self, label):
        for record in self.records:
            if record.label == label:
                return record
        return None

    def end_of(self, label):
        """'alive', 'freed' (its tally reached 0 while the spell ran) or 'swept' (by a collection)."""
        record = self.record(label)
        return record.end if record is not None else None

    def named_holders(self, *labels):
        """The spell's names (and the containers they name) that still hold these spirits after
        the spell: those of the first spirit first, each name once."""
        found = []
        for label in labels:
            for hold in self.end_holds:
                if hold["target"] == label and hold["kind"] in SPELL_HOLD_KINDS:
                    if hold["holder"] not in found:
                        found.append(hold["holder"])
        return found

    def link_seen(self, holder, target):
        """The attribute through which `holder` was once seen holding `target` directly, or None."""
        for seen_holder, via, seen_target in self.links_seen:
            if seen_holder == holder and seen_target == target:
                return via
        return None

    def words_held(self, kind, labels):
        """The words in quotes naming one of `labels` that a spell's name (kind "name") or a
        spirit's attribute (kind "attribute") was seen holding: {kind, holder, via, word}."""
        return [word for word in self.words_seen if word["kind"] == kind and word["word"] in labels]

    def holds_directly(self, name, labels):
        """Which of `labels` the spell's name `name` holds itself when the spell ends (held_directly)."""
        spirits = [(record.label, record.ref()) for record in self.records]
        return held_directly((self._ns or {}).get(name), [(label, spirit) for label, spirit in spirits if label in labels])

    def looked_too_soon(self):
        """Spirits that left, that the spell looked at only before they left (pyland_ghost_looks):
        [{labels, count, line, left}]."""
        return self.looks.too_soon(self.records)

    def in_cycle(self, label):
        return label in cycle_members(self.holds())

    def hold_each_other(self, first, second):
        """True when each of the two spirits holds the other, directly or through other spirits'
        attributes (wisp.friend = mist and mist.friend = wisp, or a longer circle)."""
        graph = attribute_graph(self.holds())
        return reaches(graph, first, second) and reaches(graph, second, first)

    def kept_by_each_other_alone(self, first, second):
        """True when, at some step of the spell, both spirits were alive, no name or container of
        the spell held either, and each held the other: their circle alone kept them then (a
        name the spell made afterwards, to look at them, does not undo that)."""
        for moment in self.moments:
            if moment["ends"].get(first) != "alive" or moment["ends"].get(second) != "alive":
                continue
            holds = moment["holds"]
            if any(hold["target"] in (first, second) and hold["kind"] in SPELL_HOLD_KINDS for hold in holds):
                continue
            graph = attribute_graph(holds)
            if reaches(graph, first, second) and reaches(graph, second, first):
                return True
        return False

    def holds(self):
        """Each spirit's holds from the last picture taken while it was alive."""
        holds = []
        for record in self.records:
            holds.extend(record.seen_holds)
        return holds

    def collect_after(self):
        """The checker's own gc.collect() after the spell (not recorded, not part of the scene):
        the labels of the spirits it swept. Used to prove that only a cycle held them."""
        before = {record.label for record in self.records if record.ref() is not None}
        gc.collect()
        return [record.label for record in self.records if record.label in before and record.ref() is None]

    def clean_up(self):
        """Lets go of the spell's names and sweeps what the spell left behind, before the cast
        ends. Otherwise a cycle the spell made (and the last words waiting for it) would be
        swept during some later spell, and its last words would be printed into that spell's
        output. What is printed now goes nowhere: the spell is over."""
        ns, self._ns = self._ns, None
        self.looks.forget()
        old_out, old_err = sys.stdout, sys.stderr
        sys.stdout = sys.stderr = io.StringIO()
        try:
            if ns is not None:
                ns.clear()  # last words of spirits only names held are spoken here
            del ns
            gc.collect()
        finally:
            sys.stdout, sys.stderr = old_out, old_err

    def scene(self):
        """The `ghosts` scene (GhostsSceneData in contracts/cast-protocol.ts), all of it measured in this run."""
        holds = self.holds()
        cycle = cycle_members(holds)
        labels = {record.label for record in self.records}
        return {
            "kind": "ghosts",
            "spirits": [
                dict(
                    {"label": record.label, "end": record.end, "inCycle": record.label in cycle, "line": record.left_line},
                    **({"returned": record.left_returned} if record.left_returned else {}),
                )
                for record in self.records
            ],
            "start": [hold for hold in self.start_holds if hold["target"] in labels],
            "holds": holds,
            "events": [dict(event, labels=list(event["labels"])) for event in self.events],
            "collectorCame": self.collector_came,
            "moments": [dict(moment, holds=[hold for hold in moment["holds"] if hold["target"] in labels]) for moment in self.moments],
        }


def judge_under_watch(spell, give_the_story, judge):
    """What every checker of the chapter does: open a watch before the story makes its spirits
    (so the watch adopts them), run the spell under it, judge what it saw, then let go of it all
    before the cast ends (see clean_up)."""
    watch = SpiritWatch()
    try:
        watch.run(spell, give_the_story(spell))
        return judge(watch, watch.scene())
    finally:
        watch.clean_up()


def circle(first, second):
    """Two spirits, each the other's friend: a circle of two that no tally can free alone."""
    one = Spirit(first)
    other = Spirit(second, friend=one)
    one.friend = other
    return one, other


def _same_state(now, before):
    """True when every name and class attribute is still bound to the very same object
    (compared by identity: a stand-in with an __eq__ that always says yes does not pass)."""
    (names_now, classes_now), (names_before, classes_before) = now, before
    if names_now.keys() != names_before.keys():
        return False
    if any(names_now[key] is not value for key, value in names_before.items()):
        return False
    for (cls, attributes_now), (_cls, attributes_before) in zip(classes_now, classes_before):
        if attributes_now.keys() != attributes_before.keys():
            return False
        if any(attributes_now[key] is not value for key, value in attributes_before.items()):
            return False
    return True


def _collections_so_far():
    return sum(generation["collections"] for generation in gc.get_stats())


def _own_state():
    """This module's names (and those of the holds and looks modules it reads pictures with) and its
    classes' attributes, compared before and after the spell."""
    module = sys.modules.get(__name__)
    names = dict(vars(module)) if module is not None else {}
    names.update(("holds." + key, value) for key, value in vars(pyland_ghost_holds).items())
    names.update(("looks." + key, value) for key, value in vars(pyland_ghost_looks).items())
    classes = tuple((cls, dict(vars(cls))) for cls in (Spirit, _Record, SpiritWatch, LookWatch))
    return names, classes
