"""What a Memory Lab picture reaches from the program's names, and how it shows each object
(pyland_lab.py records the steps): which objects an object holds, which objects are the
school's own (never drawn), the program's running frames, and an object's repr as the step
shows it. Imported with pyland_lab by the Lab's checker, and forgotten after each cast.
"""

import re
import types
from itertools import islice

from pyland_story import SPELL_FILENAME

# A repr is cut to this many characters (the last one then "…").
REPR_CHARS = 80
# Running functions shown, at most (the innermost ones: deep recursion keeps its newest calls).
MAX_FRAMES = 10
# What one object holds, at most, in slots (a list of a million items: its first ones; the picture
# shows 200 objects at most anyway, and a runaway's last picture must be taken in a moment).
MAX_SLOTS = 200
# An object's identity, as id() gives it but without the audit event id() raises (the gate and
# the host guard would look at every one, a hundred times a step): object.__hash__ is the
# object's address turned by 4 bits, one number per address.
identity = object.__hash__
# Values that never change and hold nothing the picture draws.
ATOMIC = frozenset({int, float, complex, str, bytes, bool, type(None), range})
# Their repr never changes (a function's name, a class's, a module's): read once.
_FIXED_REPR = ATOMIC | {types.FunctionType, types.BuiltinFunctionType, types.ModuleType, type}
_CONTAINERS = (list, tuple, dict, set, frozenset)
_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")
_SCHOOL_FILES = ("/pyland/", "<checker ", "<exec>")
SPELL_MODULE = _SPELL_MODULE = "__spell__"


def shown_repr(obj):
    """(the repr a step shows, whether it can never change). Cut at REPR_CHARS, without memory
    addresses (they tell a kid nothing and change from run to run) or the spell's module name."""
    try:
        text = _bounded_repr(obj, REPR_CHARS, set())
    except Exception:  # a kid's __repr__ that raised, an int too long to show
        text = f"<{type(obj).__name__} object>"
    if "0x" in text or _SPELL_MODULE in text:
        text = _ADDRESS.sub("", text).replace(_SPELL_MODULE + ".", "")
    text = text if len(text) <= REPR_CHARS else text[: REPR_CHARS - 1] + "…"
    kind = type(obj)
    return text, kind in _FIXED_REPR or (type(kind).__repr__ is type.__repr__ and kind.__repr__ is object.__repr__)


def spell_frames(frame, module_code):
    """The spell's running frames from `frame` outwards, its module's left out (innermost first)."""
    frames = []
    while frame is not None and len(frames) < MAX_FRAMES:
        code = frame.f_code
        if code.co_filename != SPELL_FILENAME or code is module_code:
            break
        frames.append(frame)
        frame = frame.f_back
    return frames


def school(obj):
    """An object of the school's own (the recorder, a checker, the harness): never in a picture."""
    # by exact type, never isinstance: that would ask the object (a kid's __class__) for its class
    kind = type(obj)
    if kind in ATOMIC:
        return False
    if kind is types.MethodType:
        return school(obj.__self__) or school(obj.__func__)
    if kind is types.FunctionType:
        return obj.__code__.co_filename.startswith(_SCHOOL_FILES)
    module = (obj if issubclass(kind, type) else kind).__dict__.get("__module__", "")
    return isinstance(module, str) and (module.startswith("checker:") or (module.startswith("pyland") and module != "pyland_story"))


def held_by(obj, known):
    """What `obj` holds that the picture draws, in order (a slot held twice is listed twice), up to
    MAX_SLOTS slots."""
    kind = type(obj)
    if kind in ATOMIC:
        return ()
    if kind is list or kind is tuple or kind is set or kind is frozenset:
        return list(islice(obj, MAX_SLOTS))
    if kind is dict:
        return [part for pair in islice(obj.items(), MAX_SLOTS // 2) for part in pair]
    if kind is types.FunctionType:
        if known.spells is None:
            # read once: reading __code__ raises an audit event, which the gate looks at
            known.spells = obj.__code__.co_filename == SPELL_FILENAME
        if not known.spells:
            return []
        held = list(obj.__defaults__ or ())
        held.extend((obj.__kwdefaults__ or {}).values())
        for cell in obj.__closure__ or ():
            try:
                held.append(cell.cell_contents)
            except ValueError:  # a cell not filled yet
                pass
        return held
    if kind is types.MethodType:
        return [obj.__self__, obj.__func__]
    if issubclass(kind, type):
        if obj.__dict__.get("__module__") != _SPELL_MODULE:
            return []
        return [value for name, value in obj.__dict__.items() if not (name.startswith("__") and name.endswith("__"))]
    if kind.__dict__.get("__module__") == _SPELL_MODULE or any(base.__dict__.get("__module__") == _SPELL_MODULE for base in kind.__mro__):
        try:
            attributes = object.__getattribute__(obj, "__dict__")
        except AttributeError:  # a class with __slots__
            attributes = {}
        return list(islice(attributes.values(), MAX_SLOTS)) + [kind]
    return []


def _bounded_repr(obj, budget, active):
    """repr(obj), built piece by piece for the builtin containers and stopped once it is longer
    than `budget` (what lies past the budget is cut anyway): a list of a million numbers costs a
    few pieces, not a million. The same text as repr up to the budget, recursion marks included."""
    kind = type(obj)
    if kind not in _CONTAINERS:
        return repr(obj)
    if budget < 0:
        return "…"
    address = identity(obj)
    if address in active:  # as CPython's own Py_ReprEnter marks a container inside itself
        return {list: "[...]", dict: "{...}", tuple: "(...)", set: "set(...)", frozenset: "frozenset(...)"}[kind]
    if not obj:
        return {list: "[]", dict: "{}", tuple: "()", set: "set()", frozenset: "frozenset()"}[kind]
    active.add(address)
    try:
        parts = []
        size = 2
        items = obj.items() if kind is dict else obj
        for item in items:
            if school(item[1] if kind is dict else item):
                continue  # as the picture leaves it out (gc.callbacks holds the recorder's own)
            if kind is dict:
                head = _bounded_repr(item[0], budget - size, active) + ": "
                piece = head + _bounded_repr(item[1], budget - size - len(head), active)
            else:
                piece = _bounded_repr(item, budget - size, active)
            parts.append(piece)
            size += len(piece) + 2
            if size > budget:
                break
    finally:
        active.discard(address)
    inside = ", ".join(parts)
    if kind is list:
        return "[" + inside + "]"
    if kind is dict:
        return "{" + inside + "}"
    if kind is tuple:
        return "(" + inside + ("," if len(obj) == 1 else "") + ")"
    return "{" + inside + "}" if kind is set else "frozenset({" + inside + "})"


def code_objects(code):
    found = [code]
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            found.extend(code_objects(const))
    return found
