"""The Memory Lab's quick step: the last picture checked again in a few passes of C, not walked.

Most lines of a program change a name or two and leave the rest of memory as it was (a loop
adding up numbers). Walking everything the names reach after each of them, one object at a
time in Python, is what made a recording slow. After a walked step (pyland_lab.py) the recorder
keeps a Skeleton of its picture, as numbers only (the recorder never holds an object between
steps): the picture's objects level by level (a level: the objects first reached from the one
before, the names' objects first), each object's type, what each holds (the ids, in order), how
many items each container has, and each number's or string's hash. The next step fetches the
same levels again from the names with C-level passes (chain, map, len, hash) and compares.

Only a picture that is the same object for object, slot for slot, is taken quickly: then every
object's repr is as it was (a list's repr is made of what it holds, all unchanged; an object
whose repr could change by itself, a kid's class with its own __repr__, is asked again), and
only the tallies are read again. A name now holding a different number or string is looked up
on its own (such a value holds nothing). Anything else (a list grown, a value replaced, a new
object, a free seen by a weak reference, a collection) makes the recorder walk again.

Why the same ids mean the same objects: every object of the skeleton was alive at the last step,
and a weakly referenced one that died has already told (its callback, which sends the step to
the walk). A list, dict or tuple could die and another take its address, but only if what held
it let go of it: the other one sits in the same slot with the same type, holds the same ids and
the same items, so it shows the same. A number or string at a reused address is told apart by
its hash.
"""

import sys
import types
from itertools import chain, repeat
from operator import length_hint

from pyland_lab_reach import ATOMIC, SPELL_MODULE, held_by, identity, shown_repr

# how each kind of object is read, all of one kind at once
_NOTHING = 0  # an int, a str ...: holds nothing, checked by hash
_ITEMS = 1  # list, tuple, set, frozenset: its items
_PAIRS = 2  # dict: its keys and values
_ATTRIBUTES = 3  # an instance of the kid's class with a __dict__: its attributes' values and its class
_OTHER = 4  # a function, a bound method, a class ...: one at a time (held_by)
_EMPTY = 5  # a module, a builtin function, a function of the school's: holds nothing the picture draws
_FUNCTIONS = 6  # a function of the spell's: its defaults and its closure's values
_EMPTY_KINDS = frozenset({types.ModuleType, types.BuiltinFunctionType, types.MethodWrapperType, types.WrapperDescriptorType})
# a repr made of what the object holds: the same when all that is unchanged
STRUCTURAL = frozenset({list, tuple, dict, set, frozenset, types.MethodType})

_get_attribute = object.__getattribute__
_is_immortal = sys._is_immortal
_defaults = types.FunctionType.__defaults__.__get__
_keyword_defaults = types.FunctionType.__kwdefaults__.__get__
_closure = types.FunctionType.__closure__.__get__
_cell_contents = types.CellType.cell_contents.__get__


def how_read(obj, known):
    kind = type(obj)
    if kind in ATOMIC:
        # an immortal one (a small int, a string in the code) is never freed: nothing takes its address
        return _EMPTY if _is_immortal(obj) else _NOTHING
    if kind is list or kind is tuple or kind is set or kind is frozenset:
        return _ITEMS
    if kind is dict:
        return _PAIRS
    if kind in _EMPTY_KINDS:
        return _EMPTY
    if kind is types.FunctionType and known.spells is not None:  # (held_by has read its code once)
        return _FUNCTIONS if known.spells else _EMPTY
    if kind.__dict__.get("__module__") == SPELL_MODULE and not issubclass(kind, type):
        if all(base.__dict__.get("__module__") == SPELL_MODULE or base is object for base in kind.__mro__):
            try:
                attributes = _get_attribute(obj, "__dict__")
            except AttributeError:
                return _OTHER
            if type(attributes) is dict:
                return _ATTRIBUTES
    return _OTHER


def _pick(objects, at):
    return list(map(objects.__getitem__, at))


def _read(level, knowns, groups):
    """What the objects of a level hold, in one list (by kind, then object), and each one's size.
    `groups`: (how read, start, end), a level's objects being in the order of how they are read."""
    held = []
    sizes = []
    for how, start, end in groups:
        objects = level[start:end]
        if how == _ITEMS:
            held.extend(chain.from_iterable(objects))
            sizes.extend(map(len, objects))
        elif how == _PAIRS:
            held.extend(chain.from_iterable(chain.from_iterable(map(dict.items, objects))))
            sizes.extend(map(len, objects))
        elif how == _ATTRIBUTES:
            attributes = list(map(_get_attribute, objects, repeat("__dict__")))
            held.extend(chain.from_iterable(map(dict.values, attributes)))
            held.extend(map(type, objects))
            sizes.extend(map(len, attributes))
        elif how == _OTHER:
            for obj, known in zip(objects, knowns[start:end]):
                parts = held_by(obj, known)
                held.extend(parts)
                sizes.append(len(parts))
        elif how == _NOTHING:
            sizes.extend(map(hash, objects))
        elif how == _FUNCTIONS:
            # as held_by reads them (an empty cell raises: the step is walked)
            defaults = list(map(_defaults, objects))
            keyword_defaults = list(map(_keyword_defaults, objects))
            closures = list(map(_closure, objects))
            held.extend(chain.from_iterable(filter(None, defaults)))
            held.extend(chain.from_iterable(map(dict.values, filter(None, keyword_defaults))))
            held.extend(map(_cell_contents, chain.from_iterable(filter(None, closures))))
            sizes.extend(map(length_hint, defaults))
            sizes.extend(map(length_hint, keyword_defaults))
            sizes.extend(map(length_hint, closures))
    return held, sizes


def _kinds(level):
    """One number for the types of a level's objects, in order (the hash of the tuple of them: a
    type's hash is its address), or None for a type whose own type is not `type` (its hash could be
    a kid's function)."""
    kinds = tuple(map(type, level))
    if not set(map(type, kinds)) <= _TYPE:
        return None
    return hash(kinds)


_TYPE = {type}


class Skeleton:
    """The last walked picture, as numbers: see the module's docstring."""

    __slots__ = ("roots", "first", "levels", "knowns", "tallies", "addresses", "labs")  # address -> its _Known, its lab id

    @classmethod
    def of(cls, found, knowns, tallies, roots):
        """The skeleton of a walked picture (its objects, their _Known and tallies; `roots`: the
        positions the names reached, in order), or None when the quick step could not stand for the
        walk (a picture not all reached the same way by the reading above)."""
        skeleton = cls()
        position = {identity(obj): at for at, obj in enumerate(found)}
        level = []
        taken = set()
        loose = set()  # numbers and strings the names hold
        for at in roots:
            obj = found[at]
            address = identity(obj)
            if type(obj) in ATOMIC:
                loose.add(at)
            elif address not in taken:
                taken.add(address)
                level.append(obj)
        skeleton.roots = [identity(obj) for obj in level]
        skeleton.levels = []
        order = []

        def by_how(objects):
            """The positions of `objects` in the order of how each is read (None: one the walk did not find)."""
            hows = []
            for obj in objects:
                at = position.get(identity(obj))
                if at is None:
                    return None
                hows.append(how_read(obj, knowns[at]))
            return sorted(range(len(objects)), key=hows.__getitem__), hows

        ordered = by_how(level)
        if ordered is None:
            return None
        skeleton.first = ordered[0]
        level = _pick(level, skeleton.first)
        while level:
            at_found = [position[identity(obj)] for obj in level]
            order.extend(at_found)
            level_knowns = _pick(knowns, at_found)
            hows = [how_read(obj, known) for obj, known in zip(level, level_knowns)]
            groups = []
            for at, how in enumerate(hows):
                if groups and groups[-1][0] == how:
                    groups[-1][2] = at + 1
                else:
                    groups.append([how, at, at + 1])
            held, sizes = _read(level, level_knowns, groups)
            again = [(at, known) for at, known in enumerate(level_knowns) if type(level[at]) not in STRUCTURAL and known.repr is None]
            addresses = list(map(identity, held))
            next_at = []
            for at, address in enumerate(addresses):
                if address not in taken:
                    taken.add(address)
                    next_at.append(at)
            kinds = _kinds(level)
            if kinds is None:
                return None
            ordered = by_how(_pick(held, next_at))
            if ordered is None:
                return None
            next_at = _pick(next_at, ordered[0])
            skeleton.levels.append((kinds, groups, addresses, sizes, next_at, again))
            level = _pick(held, next_at)
            del held
        # what the walk found and the levels did not: only numbers and strings the names hold
        if not set(range(len(found))) - set(order) <= loose:
            return None
        skeleton.knowns = _pick(knowns, order)
        skeleton.tallies = _pick(tallies, order)
        skeleton.addresses = {known.address: known for known in skeleton.knowns}
        skeleton.labs = {known.address: known.lab for known in skeleton.knowns}
        return skeleton

    def fetch(self, roots):
        """The skeleton's objects again, in its order, from the roots; None when anything differs.
        Holds the objects only in the list it returns."""
        level = [obj for obj in roots if type(obj) not in ATOMIC]
        addresses = list(dict.fromkeys(map(identity, level)))
        if addresses != self.roots:
            return None
        if len(addresses) != len(level):  # a name holding what another holds too: each once
            level = list(map({identity(obj): obj for obj in reversed(level)}.__getitem__, addresses))
        del addresses
        level = _pick(level, self.first)  # in the order of how each is read
        found = []
        start = 0
        try:
            for type_ids, groups, addresses, sizes, next_at, again in self.levels:
                if _kinds(level) != type_ids:
                    return None
                knowns = self.knowns[start : start + len(level)]
                held, now = _read(level, knowns, groups)
                if now != sizes or list(map(identity, held)) != addresses:
                    return None
                for at, known in again:
                    if shown_repr(level[at])[0] != known.shown_repr:
                        return None
                found.extend(level)
                start += len(level)
                level = _pick(held, next_at)
                del held
        except Exception:  # a kid's object that would not be read the same way: walked instead
            return None
        return found
