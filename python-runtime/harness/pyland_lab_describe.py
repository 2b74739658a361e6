"""How a Memory Lab step describes its picture (pyland_lab.py records the steps): each object's
text in the step's JSON, kept on its _Known and written again only when what it shows changed,
and the step's JSON itself, which says only what changed since the step before.

A container's repr (a list, a dict, a bound method ...) is made of what it holds: after a walk
it is asked again only when it, or a container it reaches, holds other objects than at its last
step, or one whose repr may change by itself (a kid's __repr__) showed another; after a quick
step (pyland_lab_quick.py) nothing of that changed, and only tallies are read again.
"""

import gc
import json
import sys
from itertools import compress, count
from operator import ne

from pyland_lab_quick import STRUCTURAL
from pyland_lab_reach import ATOMIC, identity, shown_repr

_is_immortal = sys._is_immortal
# Objects that left the picture while still alive, watched for a sweep (the oldest are dropped).
MAX_LOST = 1000


class Describing:
    """The MemoryRecorder's half that writes pictures and sees what left them (a mixin: the state
    is the recorder's)."""

    def _record(self, line, shown, root_labs, module_names, running, cut, resync):
        """The step's JSON: what changed since the step before (most of a picture stays as it
        was, and the whole run must fit the runtime's scene limit); LabStep in memory-lab.ts is each
        whole. `shown`: (lab id -> its text, changed texts, lab ids that left), `resync`: all again."""
        texts, changed, left, changed_labs = shown
        names = {name: lab for name, lab in zip(module_names, root_labs) if lab is not None}
        named_before, self._names_before = self._names_before, names
        frames = []
        at = len(module_names)
        for function, at_line, held in running:
            labs = root_labs[at : at + len(held)]
            at += len(held)
            frames.append({"function": function, "line": at_line, "names": {name: lab for name, lab in zip(held, labs) if lab is not None}})
        frames.reverse()
        if resync:
            changed = list(texts.values())
            changed_labs = list(texts)
            left = [lab for lab in self._ever_shown if lab not in texts]
        step = {
            "line": line,
            "names": names if resync else {name: lab for name, lab in names.items() if named_before.get(name) != lab},
            "unnamed": [name for name in (self._ever_named if resync else named_before) if name not in names],
            "frames": frames,
            "objects": None,
            "left": left,
            "freed": self._freed,
            "swept": self._swept,
            "collections": self._collections,
            "printed": getattr(self.spell.stdout, "_size", 0),
            "cut": cut,
        }
        self._freed, self._swept, self._collections = [], [], []
        self._ever_named.update(step["names"])
        self._ever_shown.update(changed_labs)
        # the objects' texts go in as they are (json.dumps would write them again)
        text = json.dumps(step, allow_nan=False, default=str).replace('"objects": null', '"objects": {' + ", ".join(changed) + "}", 1)
        self._chars += len(text) + 2
        self.steps.append(text)

    def _describe(self, found, knowns, tallies, refs, whole, claims=True):
        """After a walk: (lab id -> the object's `"lab id": {type, repr, refs, tally_change,
        immortal}` text, the texts that changed since the last step, the lab ids that left).

        A container's repr (a list, a dict, a bound method ...) is made of what it holds: it is
        asked again only when it, or a container it reaches, holds other objects than at its last
        step (or one whose repr may change by itself showed another). `whole[at]`: every slot of it
        is in the picture (none of the school's, none past the cut)."""
        count = len(found)
        kids = [[knowns[at].lab for at in held] for held in refs]
        reprs = [None] * count
        dirty = [False] * count
        waiting = []
        for at, obj, known in zip(range(count), found, knowns):
            if known.repr is not None:
                reprs[at] = known.repr
            elif type(obj) in STRUCTURAL and known.shown_whole and whole[at] and known.shown_refs == kids[at]:
                waiting.append(at)  # the same slots as before: the same repr unless a slot's changed
            else:
                reprs[at] = self._repr(obj, known)
                dirty[at] = type(obj) in STRUCTURAL or reprs[at] != known.shown_repr
        spread = True
        while spread and waiting:
            spread = False
            for at in waiting:
                if not dirty[at] and any(dirty[kid] for kid in refs[at]):
                    dirty[at] = spread = True
        for at in waiting:
            reprs[at] = self._repr(found[at], knowns[at]) if dirty[at] else knowns[at].shown_repr
        texts = {}
        changed = []
        changed_labs = []
        seen = {}
        fresh = []
        for obj, known, tally, text, held, complete in zip(found, knowns, tallies, reprs, kids, whole):
            if known.first is None:
                known.first = tally
                if known.ref is None and gc.is_tracked(obj):
                    fresh.append(known)
                # a tuple is left alone: a collection may stop tracking one, which would look like a free
                known.watched = known.ref is None and type(obj) is not tuple and gc.is_tracked(obj)
            known.shown_whole = complete
            if known.text is None or known.shown_tally != tally or known.shown_repr != text or known.shown_refs != held:
                known.shown_refs = held
                _write(known, obj, tally, text)
            if self._shown_before.get(known.lab) != known.text:
                changed.append(known.text)
                changed_labs.append(known.lab)
            texts[known.lab] = known.text
            seen[known.lab] = known
        if fresh:
            # made since the last collection (the young generation), or older (sys.path, a constant):
            # where to look for it once it leaves the picture
            young = self._young_now(fresh)
            for known in fresh:
                known.young = known.lab in young
        left = [lab for lab in self._shown_before if lab not in texts]
        self._shown_before = texts
        self._departures([known for lab, known in self._previous.items() if lab not in seen], seen, claims)
        self._previous = seen
        return texts, changed, left, changed_labs

    def _describe_quickly(self, skeleton, found, loose_knowns, tallies):
        """As _describe, for a picture that is the skeleton's (every repr and slot as at the last
        step) and the numbers and strings the names hold besides: only tallies may have changed."""
        texts = self._shown_before
        changed = []
        changed_labs = []
        before = skeleton.tallies
        knowns = skeleton.knowns
        for at in compress(count(), map(ne, tallies, before)):
            known = knowns[at]
            _write(known, found[at], tallies[at], known.shown_repr)
            texts[known.lab] = known.text
            changed.append(known.text)
            changed_labs.append(known.lab)
        skeleton.tallies = tallies[: len(before)]
        # the loose ones (numbers and strings a name holds, nothing else)
        loose = {}
        for obj, known, tally in zip(found[len(before) :], loose_knowns, tallies[len(before) :]):
            if known.first is None:
                known.first = tally
                known.watched = False
            if known.text is None or known.shown_tally != tally:
                known.shown_refs = []
                _write(known, obj, tally, self._repr(obj, known))
            if texts.get(known.lab) != known.text:
                texts[known.lab] = known.text
                changed.append(known.text)
                changed_labs.append(known.lab)
            loose[known.lab] = known
        gone = [known for lab, known in self._loose.items() if lab not in loose and known.address not in skeleton.addresses]
        for known in gone:
            texts.pop(known.lab, None)
            self._previous.pop(known.lab, None)
        self._previous.update(loose)
        self._loose = loose
        self._departures(gone, loose)
        return texts, changed, [known.lab for known in gone], changed_labs

    def _loose_known(self, obj):
        known = self._known.get(identity(obj))
        if known is None or known.type_id != identity(type(obj)) or known.hash != hash(obj):
            known = self._first_sight(obj, type(obj))
        return known

    def _departures(self, gone, seen, claims=True):
        """The last picture's objects not in this one (`gone`): freed (a watched one no longer
        among gc's objects), lost (still alive, held by something the picture does not draw:
        watched on), or simply not shown any more (an int, a str). A young lost one is looked for at
        every step, so its free is dated too. `seen`: lab ids in this picture. `claims`: False after a
        picture stopped half-way (what the recorder knew of gc's order may be out of date): none
        is said to be freed then, they are only not shown."""
        for lab in seen:
            self._lost.pop(lab, None)
        checks = {known.lab: known for known in gone if known.ref is None and known.watched}
        for lab, known in self._lost.items():
            if self._place(known)[2]:
                checks.setdefault(lab, known)
        alive = self._alive({lab: self._place(known) for lab, known in checks.items()}) if checks and claims else set()
        for known in gone:
            # a weakly referenced one stays known (its callback tells when it goes, wherever it is);
            # the others are found by address only while the picture shows them
            if known.ref is None and self._known.get(known.address) is known:
                del self._known[known.address]
                self._by_lab.pop(known.lab, None)
        for lab, known in checks.items():
            if not claims:
                self._lost.pop(lab, None)
            elif lab in alive:
                self._lost[lab] = known
            else:
                self._lost.pop(lab, None)
                self._freed.append(lab)
        while len(self._lost) > MAX_LOST:
            del self._lost[next(iter(self._lost))]

    def _repr(self, obj, known):
        if known.repr is not None:
            return known.repr
        text, fixed = shown_repr(obj)
        if fixed:
            known.repr = text  # it never changes: read once
        return text


def loose_values(values, taken):
    """The numbers and strings among `values` outside `taken` (addresses), each once."""
    loose = []
    seen = set()
    for value in [value for value in values if type(value) in ATOMIC]:
        address = identity(value)
        if address not in taken and address not in seen:
            seen.add(address)
            loose.append(value)
    return loose


def _write(known, obj, tally, text):
    """The object's text in a step's JSON, kept on its _Known with what it shows."""
    known.shown_tally = tally
    known.shown_repr = text
    body = json.dumps(
        {
            "type": type(obj).__name__,
            "repr": text,
            "refs": known.shown_refs,
            "tally_change": tally - known.first,
            "immortal": bool(_is_immortal(obj)),
        }
    )
    known.text = f'"{known.lab}": {body}'
