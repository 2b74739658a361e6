"""The state guard: the interpreter as it was when the worker was set up, put back after every cast.

A spell runs in the one interpreter the worker keeps (the tests reuse one worker on purpose), so
what it rebinds (`sys.getrefcount = ...`, `MagicHat.__eq__ = ...`, `dis.opname[3] = "X"`) would
otherwise outlive the cast and fool every later check. pyland.py makes the one guard, naming the
harness classes and the modules whose values the checkers rely on, records the state once the
worker's set-up is done, asks after every run of the spell whether it was tampered with, and
restores it (with `reset_interpreter`) at the end of every cast and stepper tool.
"""

import gc
import random
import sys

_MISSING = object()

# Pyodide's own modules keep state tied to JavaScript and are never rewound.
_UNGUARDED_PREFIXES = ("_pyodide", "pyodide", "js", "_frozen_importlib", "importlib", "zipimport", "encodings", "__main__")


def _guarded(name, module):
    return isinstance(module, type(sys)) and not name.startswith(_UNGUARDED_PREFIXES)


class StateGuard:
    # no attribute of its own a spell could add (tampered = ...)
    __slots__ = ("harness_classes", "watched_modules", "modules", "classes", "tables")

    """Module attributes (sys.getrefcount, builtins.print, time.sleep ...) and the harness classes
    as they were when the worker was set up, put back after every cast.

    A spell runs in the one interpreter the worker keeps, so `sys.getrefcount = ...` or
    `MagicHat.__eq__ = ...` would otherwise outlive the cast and fool every later check.
    Modules a spell imported for the first time are forgotten (the next import is fresh).
    Changes inside mutable objects (sys.path.append) are not tracked.

    `harness_classes`: the school's classes, compared whole; `watched_modules`: the modules whose
    functions the checkers call while measuring, where a rebound attribute is tampering.
    """

    def __init__(self, harness_classes, watched_modules):
        self.harness_classes = tuple(harness_classes)
        self.watched_modules = tuple(watched_modules)
        self.modules = {}
        self.classes = []
        self.tables = []

    def record(self):
        self.modules = {
            name: (module, dict(vars(module))) for name, module in list(sys.modules.items()) if _guarded(name, module)
        }
        self.classes = [(cls, dict(vars(cls))) for cls in self.harness_classes + _library_classes()]
        # the tables read in place (`dis.opname[3] = "X"` changes no attribute): their contents
        self.tables = [(table, _copy_of(table)) for table in _watched_tables()]

    def tampered(self):
        """True when a value the checkers rely on was replaced: a harness class changed, or an
        existing attribute of the watched modules was rebound or removed, or one was added that
        is not a submodule (importing `collections.abc` adds `abc` to `collections`): a spell that
        leaves itself a note on `sys` could behave differently in the checker's next run of it."""
        for cls, saved in self.classes:
            current = vars(cls)
            if current.keys() != saved.keys() or any(current[key] is not value for key, value in saved.items()):
                return True
        for table, saved in self.tables:
            if table != saved:
                return True
        for name in self.watched_modules:
            module, saved = self.modules.get(name, (None, {}))
            if module is None:
                continue
            current = vars(module)
            volatile = _VOLATILE_ATTRIBUTES.get(name, ())
            if any(current.get(key, _MISSING) is not value for key, value in saved.items() if key not in volatile):
                return True
            if any(key not in saved and key not in volatile and key not in _ADDED_BY_PYTHON and not isinstance(value, type(sys)) for key, value in list(current.items())):
                return True
        return False

    def restore(self):
        if not self.modules:
            return
        for name in [name for name, module in list(sys.modules.items()) if name not in self.modules and _guarded(name, module)]:
            del sys.modules[name]
        for name, (module, saved) in self.modules.items():
            if sys.modules.get(name) is not module:
                sys.modules[name] = module
            current = vars(module)
            for key in [key for key in current if key not in saved]:
                del current[key]
            for key, value in saved.items():
                if current.get(key, _MISSING) is not value:
                    current[key] = value
        for cls, saved in self.classes:
            current = vars(cls)
            for key in [key for key in current if key not in saved]:
                delattr(cls, key)
            for key, value in saved.items():
                if current.get(key, _MISSING) is not value:
                    setattr(cls, key, value)
        for table, saved in self.tables:
            if table != saved:
                if isinstance(table, dict):
                    table.clear()
                    table.update(saved)
                elif isinstance(table, list):
                    table[:] = saved
                else:  # a set
                    table.clear()
                    table.update(saved)


_TABLE_TYPES = (list, dict, set)


def _watched_tables():
    tables = []
    for module_name, names in _WATCHED_TABLES:
        module = sys.modules.get(module_name)
        if module is None:
            continue
        contents = vars(module)
        for name in names if names is not None else list(contents):
            table = contents.get(name)
            if isinstance(table, _TABLE_TYPES) and not name.startswith("__"):
                tables.append(table)
    return tables


def _copy_of(table):
    return type(table)(table)


def _library_classes():
    """The library's classes the school calls after a spell ran (dis reads the runes, weakref
    follows the spirits, string and ast check the texts a lesson compiles). Setting a class's
    attribute raises no audit event, so `dis.Instruction.__iter__ = ...` is found here instead."""
    classes = []
    for module_name in _WATCHED_LIBRARY_MODULES:
        module = sys.modules.get(module_name)
        for value in list(vars(module).values()) if module is not None else ():
            if isinstance(value, type) and value.__module__ == module_name and value.__flags__ & _HEAP_TYPE:
                classes.append(value)
    return tuple(classes)


_HEAP_TYPE = 1 << 9  # Py_TPFLAGS_HEAPTYPE: a class written in Python (the others cannot be changed)
_WATCHED_LIBRARY_MODULES = ("dis", "weakref", "_weakrefset", "string", "collections", "functools", "json", "json.encoder", "json.decoder")
# (module, names): None is every list, dict and set the module holds
_WATCHED_TABLES = (
    ("dis", None), ("opcode", None), ("_opcode_metadata", None), ("json.encoder", None),
    ("sys", ("path", "meta_path", "path_hooks")),
)


# Library modules whose functions the checkers call while measuring; rebinding one of their
# attributes could fake a measurement (dis and opcode: the bytecode chapter reads the spell's runes
# with them). The school adds its own (pyland.py).
LIBRARY_MODULES_WATCHED = ("builtins", "sys", "gc", "weakref", "dis", "opcode")
# Added to a module by Python itself while a spell runs (a warning remembers where it was shown).
_ADDED_BY_PYTHON = ("__warningregistry__",)
# Attributes of the watched modules that change on their own while Python runs.
_VOLATILE_ATTRIBUTES = {
    "sys": ("stdout", "stderr", "stdin", "last_exc", "last_type", "last_value", "last_traceback"),
}


def reset_interpreter():
    """What a spell may have switched on or off in the interpreter itself, set back (the guard's
    restore puts back the values; this the interpreter's own settings)."""
    sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
    if not gc.isenabled():
        gc.enable()
    # circles the spell left behind go now, with their finalizers, inside this cast (whose
    # refusals they count for), not in the next one that reuses this worker. The young
    # generation only: it holds what this cast made (a full collection costs ~3 ms a cast)
    gc.collect(0)
    sys.setrecursionlimit(1000)
    sys.setswitchinterval(0.005)
    random.seed()
    # a tracer or monitor a spell switched on would watch (and instrument the bytecode of) every later cast
    sys.settrace(None)
    sys.setprofile(None)
    for tool in range(6):
        if sys.monitoring.get_tool(tool) is not None:
            sys.monitoring.set_events(tool, 0)
            sys.monitoring.free_tool_id(tool)
