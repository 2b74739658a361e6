"""The story's objects, and everything else a spell is handed, in a module that holds nothing else.

A spell holds the hat, the spirits, its own builtins and sys.stdout while it runs, and every
function it can reach from them (`type(hat).__init__`, `sys.stdout.write`, `__import__`) has this
module's globals as its `__globals__`. So nothing of the harness or the checkers lives here: no
verdict, no watch, no guard, no module of the school. A spell that read these globals would find
the story's classes and the standard library's `io`, and nothing worth reaching.

The harness, the stepper and the chapters' helpers (pyland.py, pyland_stepper/, pyland_ghosts.py,
pyland_tally.py) import from here; nothing here imports them.
"""

import builtins
import io

# The filename every code object of the spell carries: the school tells the spell's frames from its
# own by it (a traceback shows it to the kid too, so it is nothing to hide).
SPELL_FILENAME = "<spell>"

# What a spell may print, at most, in a cast or a stepper run: the rest is cut, and the marker says
# so (contracts/cast-protocol.ts has the same two, for the runtime client's own cut).
OUTPUT_LIMIT_CHARS = 8000
OUTPUT_CUT_MARKER = "\n… (the rest of the output was cut: too much printing!)"


class MagicObject:
    """A plain object the story gives a name to (a hat, a wand, a treasure).

    Fresh instances are never immortal or interned, so their reference-count deltas are
    the same in every CPython version and at every scope.
    """

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"<{type(self).__name__} {self.name!r}>"


class MagicHat(MagicObject):
    pass


class Wand(MagicObject):
    pass


class Treasure(MagicObject):
    pass


def _spirit_class(adopters):
    """Spirit, closed over the list of watches that adopt new spirits (pyland_ghosts opens one
    while a spell runs): the list holds bound methods only while a watch is open."""

    class Spirit(MagicObject):
        """A spirit of the Ghost Collector chapter: a name, and a friend it may remember.

        `friend` is a holder like any other: wisp.friend = mist makes wisp hold mist.
        Every spirit made while a SpiritWatch is open is followed by that watch.
        """

        def __new__(cls, *args, **kwargs):
            spirit = super().__new__(cls)
            if adopters:
                name = args[0] if args else kwargs.get("name")
                adopters[-1](spirit, name)
            return spirit

        def __init__(self, name="spirit", friend=None):
            super().__init__(name)
            self.friend = friend

    Spirit.__qualname__ = "Spirit"
    return Spirit


SPIRIT_ADOPTERS = []
Spirit = _spirit_class(SPIRIT_ADOPTERS)
del _spirit_class


class CappedOutput(io.TextIOBase):
    """Collects printed text up to a limit, so a printing loop cannot eat all memory."""

    def __init__(self, limit, cut_marker=""):
        self._parts = []
        self._size = 0
        self._limit = limit
        self._cut_marker = cut_marker
        self.cut = False

    def writable(self):
        return True

    def write(self, text):
        text = str(text)
        room = self._limit - self._size
        if room <= 0:
            self.cut = True
            return len(text)
        if len(text) > room:
            self.cut = True
            text = text[:room]
        self._parts.append(text)
        self._size += len(text)
        return len(text)

    def getvalue(self):
        value = "".join(self._parts)
        return value + self._cut_marker if self.cut else value


def capped_output(limit=OUTPUT_LIMIT_CHARS):
    """Where a spell's printing goes (sys.stdout and sys.stderr while it runs): cut past `limit`."""
    return CappedOutput(limit, OUTPUT_CUT_MARKER)


def guarded_import_for(allowed_modules):
    """The spell's `__import__`: only the modules a lesson may use (pyland_policy.ALLOWED_MODULES),
    whatever name the spell built. The syntax-tree policy refuses an `import` statement of any
    other module before the spell runs; this refuses it again while it runs, so a name made at
    run time gains nothing. Imports made by the library itself do not come through here."""
    allowed, real_import = frozenset(allowed_modules), builtins.__import__

    def __import__(name, globals=None, locals=None, fromlist=(), level=0):
        root = name.split(".")[0] if isinstance(name, str) else ""
        if level != 0 or root not in allowed:
            raise ImportError(f"the module {name!r} is locked away from spells", name=root or None)
        return real_import(name, globals, locals, fromlist, level)

    return __import__


def host_sleep(wait, doc):
    """time.sleep built on `wait(seconds) -> bool`, a host function that blocks on the interrupt
    buffer and returns True (having taken the stop request) when the runtime asked the spell to
    stop: the KeyboardInterrupt is raised here, in Python, like a real one. Pyodide's own
    time.sleep busy-waits inside C and never looks at the interrupt buffer (pyodide#6082)."""

    def sleep(seconds):
        seconds = float(seconds)  # the same TypeError as the real sleep for sleep("1")
        if seconds < 0:
            raise ValueError("sleep length must be non-negative")
        if wait(seconds):
            raise KeyboardInterrupt

    sleep.__name__ = sleep.__qualname__ = "sleep"
    sleep.__doc__ = doc
    return sleep


def no_input(prompt=""):
    raise RuntimeError("spells in PyLand cannot ask for input(): use the names the story gives you")
