"""The spell's weak references in the Ghost Collector chapter: its looks and its last words.

weakref.finalize(pip, print, "Goodbye!") gives a spirit last words: says_nothing and
can_be_called tell the watch whether those words can be said at all.

A spell sees whether a spirit is still here by calling a weak reference: see_wisp() hands back
wisp while she is here, None once she left. When every look came before the spirit left, what
the spell printed says "still here" although the lesson's step was done (gc.collect() written
after the last print). A pass then says so, so that the verdict and the spell's own output agree.

Looks are measured, never read from what the spell printed: sys.monitoring's CALL event on the
spell's own code objects reports every call of a weak reference, and the weak reference itself
says whether its spirit was still here at that moment. Like pyland_ghosts, this module is loaded
by a checker while its cast runs and forgotten after it.
"""

import inspect
import sys
import types
import weakref

TOOL_NAME = "pyland-ghost-looks"
# Weak references followed at most.
MAX_REFS = 64


class LookWatch:
    """Records, for each spirit the spell calls a weak reference of, the line of its last look
    while the spirit was here and whether it ever looked once she had left (a loop looking 100000
    times keeps no more than that).

    `label_of(spirit)` gives a followed spirit's label (None for anything else)."""

    def __init__(self, label_of):
        self._label_of = label_of
        self._refs = []  # (weak reference, label): to know whose a reference was once it is dead
        self._tool = None
        self._codes = []
        self.looks = {}  # label -> {"line": line of the last look while here, "after": looked once gone}

    def start(self, code):
        """Follows the calls made by `code` (the spell's module code) and every function in it."""
        mon = sys.monitoring
        tool = next((tool for tool in range(6) if mon.get_tool(tool) is None), None)
        if tool is None:  # every tool id is taken: the verdict simply says nothing of looks
            return
        mon.use_tool_id(tool, TOOL_NAME)
        self._tool = tool
        self._codes = _code_objects(code)
        mon.register_callback(tool, mon.events.CALL, self._on_call)
        for each in self._codes:
            mon.set_local_events(tool, each, mon.events.CALL)

    def stop(self):
        tool, self._tool = self._tool, None
        if tool is None:
            return
        mon = sys.monitoring
        if mon.get_tool(tool) != TOOL_NAME:
            return
        for each in self._codes:
            mon.set_local_events(tool, each, 0)
        mon.register_callback(tool, mon.events.CALL, None)
        mon.free_tool_id(tool)

    def know(self, ref, label):
        """A weak reference of a living spirit, seen while the watch took its picture: a look
        through it after the spirit left is then known to be a look at that spirit."""
        if type(ref) is weakref.ReferenceType and len(self._refs) < MAX_REFS and not any(known is ref for known, _ in self._refs):
            self._refs.append((ref, label))

    def forget(self):
        self._refs = []

    def _on_call(self, code, offset, called, _arg0):
        # only plain weak references: calling one runs no code of the spell's
        if type(called) is not weakref.ReferenceType:
            return
        try:
            target = called()
            if target is not None:
                label = self._label_of(target)
                if label is None:
                    return
                self.know(called, label)
                still_here = True
            else:
                label = next((label for known, label in self._refs if known is called), None)
                if label is None:
                    return
                still_here = False
            look = self.looks.setdefault(label, {"line": None, "after": False})
            if still_here:
                look["line"] = _line_of(code, offset)
            else:
                look["after"] = True
        except Exception:  # a look the watch cannot date is no reason to stop the spell
            return

    def too_soon(self, records):
        """The spirits that left while the spell ran but that the spell only ever looked at
        before they left: [{labels, count, line (of the last look), left (the line they left
        at)}], spirits that left on the same line together."""
        groups = {}
        for record in records:
            if record.end == "alive" or record.left_line is None:
                continue
            look = self.looks.get(record.label)
            if look is None or look["after"] or look["line"] is None:
                continue
            group = groups.setdefault(record.left_line, {"labels": [], "line": None})
            group["labels"].append(record.label)
            group["line"] = look["line"]
        return [
            {"labels": list(group["labels"]), "count": len(group["labels"]), "line": group["line"], "left": left}
            for left, group in groups.items()
            if group["line"] is not None
        ]


def says_nothing(info):
    """print with no words (or only blank ones): an empty line is no last words."""
    return info.func is print and not info.kwargs and not any(str(word).strip() for word in info.args)


def can_be_called(info):
    """A finalize's function can be called with the words it was given: print with "Goodbye!"
    can, None (what print("Goodbye!") hands back) cannot, nor len with two words."""
    if not callable(info.func):
        return False
    try:
        inspect.signature(info.func).bind(*info.args, **(info.kwargs or {}))
    except TypeError:
        return False
    except ValueError:  # a builtin without a signature to read: it can be called
        return True
    return True


def _code_objects(code):
    found = [code]
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            found.extend(_code_objects(const))
    return found


def _line_of(code, offset):
    for start, end, line in code.co_lines():
        if start <= offset < end:
            return line
    return None
