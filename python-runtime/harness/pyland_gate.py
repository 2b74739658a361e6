"""The spell gate: an audit hook that refuses, at run time, what a spell's syntax tree cannot show.

The syntax-tree policy (pyland_policy.py) refuses a door a spell *writes*. A name built at run
time from pieces of strings, or a library function that opens the door on the spell's behalf
(`inspect.currentframe()` calls `sys._getframe`), is not written anywhere. Audit events are
raised inside CPython's C code whoever asks, so this hook sees them all, and Python offers no
way to remove it.

Who asked decides, not what was asked: the hook walks the stack from the event up to the first
frame that is not library code (the standard library, Pyodide's own modules, the import
system). If that frame is the school's (the harness, a checker, the stepper) the event goes on;
if it is the spell's (its own code, a method or `__del__` it defined, text it compiled), the event
is refused with SpellDoorClosed and noted, so the cast cannot pass even if the spell catches the
error. So the gate needs no switch: it is on for good from the moment the harness is imported,
and a finalizer or `__str__` the spell left behind meets it when the checker triggers it.

Probed in the embedded CPython 3.14.2 (Pyodide 314.0.7), with a hook that noted every event:
  raised, and refused here for a spell:
    sys._getframe (inspect.currentframe and traceback.extract_stack too), sys._current_frames,
    sys._current_exceptions;
    object.__getattr__ for the frame of a generator, coroutine, async generator or traceback
      (gi_frame, cr_frame, ag_frame, tb_frame; also raised for __code__, gi_code and f_code,
      which dis needs and which open nothing, so those pass);
    object.__setattr__ / object.__delattr__ (a function's __code__, __defaults__, __kwdefaults__,
      an object's __class__);
    code.__new__ (types.CodeType(...) and code.replace(...)), function.__new__ (types.FunctionType);
    sys.settrace, sys.setprofile, sys.monitoring.register_callback;
    gc.get_objects, gc.get_referrers, gc.get_referents;
    marshal.load(s), pickle.find_class (objects and code from bytes);
    exec (builtins exec and eval, and timeit, code, doctest, runpy, cProfile, which run text
      they compiled), except the import system running a library module, the harness running
      the spell, and library modules that run templates of their own (namedtuple, dataclass).
      compile is raised too, and passes: a code object does nothing until something runs it
      (dis.dis("6 * 7") compiles a text to show its runes, and runs nothing);
    import of a module that is a door whatever the lesson (the harness, Pyodide's JavaScript
      bridge, ctypes, the C test modules, the modules that run text as code).
  NOT raised, so kept off by other layers: setting an attribute of a class (type.__setattr__:
    the state guard in pyland.py watches the classes the school uses after a spell), reading
    f_back, f_globals, f_locals, __globals__, __closure__, cell_contents, __dict__, __class__,
    __subclasses__() (the syntax-tree policy; the story objects live in pyland_story.py, whose
    functions' globals hold nothing of the school), sys.gettrace, weakref.getweakrefs.
  sys._getframemodulename is raised too, but it passes: it gives only a module's name, and
    namedtuple, enum and typing ask for it when a spell makes one.
"""

import dis
import os
import sys

import pyland_host

# Where the school's own code lives: the harness folder (written by the worker) and the checkers.
_SCHOOL_FILES = ("/pyland/", "<checker ", "<exec>")
# Library code: the standard library (a zip in Pyodide), site-packages, the frozen import system.
_LIBRARY_FILES = (os.path.dirname(os.__file__) + "/", "/lib/python", "<frozen ")

# Events refused when the spell asked for them.
_REFUSED_EVENTS = frozenset(
    {
        "sys._getframe", "sys._current_frames", "sys._current_exceptions",
        "object.__setattr__", "object.__delattr__",
        "code.__new__", "function.__new__",
        "sys.settrace", "sys.setprofile", "sys.monitoring.register_callback",
        "sys._settraceallthreads", "sys._setprofileallthreads",
        "gc.get_objects", "gc.get_referrers", "gc.get_referents",
        "marshal.load", "marshal.loads", "pickle.find_class",
    }
)
# object.__getattr__ is raised for these (and for harmless ones, which pass)
_FRAME_ATTRIBUTES = frozenset({"gi_frame", "cr_frame", "ag_frame", "tb_frame"})
# Library modules that run text of their own making (field names the spell gave are
# checked to be plain names first): a spell that makes a namedtuple or a dataclass is honest.
_TEMPLATE_MODULES = frozenset({"collections", "dataclasses", "enum", "typing", "functools", "string", "annotationlib"})
_IMPORT_SYSTEM = frozenset({"importlib._bootstrap", "importlib._bootstrap_external", "_frozen_importlib", "_frozen_importlib_external"})

# Modules a spell can never import, by any road (the lessons' own list is pyland_policy.ALLOWED_MODULES).
_DOOR_MODULES = frozenset(
    {
        "js", "pyodide", "pyodide_js", "_pyodide", "_pyodide_core", "micropip", "pyodide_http",
        "ctypes", "_ctypes", "_testcapi", "_testinternalcapi", "_testlimitedcapi", "_testbuffer",
        "_testimportmultiple", "_testmultiphase", "_testsinglephase", "_testclinic", "_xxtestfuzz",
        "_testexternalinspection", "_remote_debugging", "_interpreters", "_interpqueues", "_interpchannels",
        "timeit", "cProfile", "profile", "_lsprof", "code", "codeop", "runpy", "doctest", "pdb", "bdb",
        "trace", "pickle", "_pickle", "pickletools", "marshal", "zipimport", "pkgutil", "importlib",
        "inspect", "traceback", "builtins",
    }
)


class SpellDoorClosed(PermissionError):
    """The spell asked, at run time, for a door into the school's own Python."""

    def __init__(self, what):
        super().__init__(f"spells cannot reach inside the school's own magic ({what})")
        self.what = what


def _make_gate():
    """The hook and what it noted, as closures over fixed tables: nothing a spell can reach by
    name changes what it refuses."""
    refused_events, frame_attributes = _REFUSED_EVENTS, _FRAME_ATTRIBUTES
    template_modules, import_system, door_modules = _TEMPLATE_MODULES, _IMPORT_SYSTEM, _DOOR_MODULES
    school_files, library_files = _SCHOOL_FILES, _LIBRARY_FILES
    get_frame, closed = sys._getframe, SpellDoorClosed
    trace_events = frozenset({"sys.settrace", "sys.setprofile"})
    call_opcodes = frozenset(dis.opmap[name] for name in ("CALL", "CALL_KW", "CALL_FUNCTION_EX") if name in dis.opmap)
    noted = []  # what was refused since the last take(): the cast then cannot pass
    busy = [False]  # the hook's own _getframe raises an event too

    def spell_asked(frame):
        """True when the first frame above the event that is not library code is the spell's."""
        while frame is not None:
            filename = frame.f_code.co_filename
            if filename.startswith(school_files):
                return False
            if not filename.startswith(library_files):
                return True
            frame = frame.f_back
        return False

    def module_of(frame):
        return frame.f_globals.get("__name__", "") if frame is not None else ""

    def refuse(what):
        noted.append(what)
        raise closed(what)

    def gate(event, args):
        if busy[0]:
            return
        if event == "object.__getattr__":
            if len(args) < 2 or args[1] not in frame_attributes:
                return
            what = "." + str(args[1])
        elif event == "exec":
            what = "exec"
        elif event == "import":
            name = args[0] if args and isinstance(args[0], str) else ""
            if name.split(".")[0] not in door_modules and not name.startswith("pyland"):
                return
            what = "import " + name
        elif event in refused_events:
            what = event
        else:
            return
        busy[0] = True
        try:
            try:
                caller = get_frame(1)  # 0 is this hook; C functions that raise events have no frame
            except ValueError:  # raised with no Python code running at all (Pyodide's own start)
                caller = None
            if event == "exec":
                module = module_of(caller)
                if module in import_system or module.split(".")[0] in template_modules:
                    asks = False
                else:
                    asks = spell_asked(caller)
            elif event in trace_events and (caller is None or caller.f_code.co_code[caller.f_lasti] not in call_opcodes):
                # CPython switches a tracer off itself when the tracer raised (a stop request landing
                # in the school's own tracer): no call of anyone's, so the stop goes on as a stop
                asks = False
            else:
                asks = spell_asked(caller)
        finally:
            busy[0] = False
        if asks:
            refuse(what)

    def take():
        """What was refused since the last call (and forget it)."""
        taken = list(noted)
        noted.clear()
        return taken

    return gate, take


_gate, take_refusals = _make_gate()
_installed = False


def install():
    """Once per interpreter, after the host guard (a second call changes nothing)."""
    global _installed
    if _installed:
        return
    # before the host guard, which refuses every later sys.addaudithook
    sys.addaudithook(_gate)
    pyland_host.close()
    _installed = True


def safe_filename(filename):
    """A name for text a spell compiles (compile-and-exec): never one the gate takes for the
    school's code or the library's."""
    if not isinstance(filename, str) or filename.startswith(_SCHOOL_FILES + _LIBRARY_FILES + ("/",)):
        return "<string>"
    return filename
