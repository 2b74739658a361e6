"""What a spell may never reach of the computer it runs on: programs, files, the network.

This is the first of three layers (the others: the worker replaces Emscripten's process and
socket entry points before Python starts, and under Node the whole runtime runs in a process
started with Node's permission model). Any one of them alone keeps a spell off the host; they
are stacked so that no single mistake reopens the door.

`close()` runs once, when the harness is imported (before the memory snapshot, so restored
workers start closed too):

- the functions that start programs are removed from `posix` and `os` (not just shadowed);
- the modules that start programs or open sockets are dropped from `sys.modules`;
- a finder first on sys.meta_path refuses to import them again;
- an audit hook refuses, for good, every audited event that starts a program, writes or
  changes a file, opens a socket or loads machine code, and every import of such a module.
  Audit events are raised inside CPython's C code, so a spell that builds a name at run time
  (`importlib.import_module("p" + "osix")`) or re-imports a module meets the same refusal.
  Python offers no way to remove an audit hook.

What is refused raises HostDoorClosed, a PermissionError, so the harness can tell the kid
kindly what happened; `door_of(exc)` names which door it was for any error a spell met.
"""

import os
import posix
import sys

# door -> what the message catalogue explains (errors.host-<door>)
PROGRAMS = "programs"
FILES = "files"
NETWORK = "network"
MACHINE = "machine"


class HostDoorClosed(PermissionError):
    """A spell tried to reach the computer: start a program, write a file, use the network."""

    def __init__(self, door, what):
        super().__init__(f"spells cannot {_DOING[door]} ({what})")
        self.door = door


_DOING = {
    PROGRAMS: "start programs on the computer",
    FILES: "write or change files",
    NETWORK: "use the network",
    MACHINE: "load machine code",
}

# Functions of posix/os that start, replace or signal processes. os's exec*/spawn* wrappers
# and popen are written in Python on top of the posix ones, so both modules lose them.
# putenv and unsetenv stay: os.environ calls them by name, Pyodide sets variables with them after
# a restore, and Emscripten's environment is only a table in memory that no program ever reads.
_PROCESS_FUNCTIONS = frozenset(
    {
        "system", "popen", "fork", "forkpty", "vfork", "register_at_fork", "kill", "killpg",
        "execl", "execle", "execlp", "execlpe", "execv", "execve", "execvp", "execvpe", "_execvpe",
        "spawnl", "spawnle", "spawnlp", "spawnlpe", "spawnv", "spawnve", "spawnvp", "spawnvpe", "_spawnvef",
        "posix_spawn", "posix_spawnp", "startfile",
    }
)

# Modules a spell may not import, by the door they open. Dropped from sys.modules at set-up
# where Pyodide had already imported them, so the next import raises the audit event.
_MODULE_DOORS = (
    (PROGRAMS, frozenset({"subprocess", "_posixsubprocess", "multiprocessing", "pty", "concurrent.futures.process"})),
    (
        NETWORK,
        frozenset(
            {
                "socket", "_socket", "ssl", "_ssl", "http.client", "urllib.request", "ftplib", "smtplib",
                "imaplib", "poplib", "nntplib", "telnetlib", "xmlrpc.client", "webbrowser", "socketserver",
                "http.server",
            }
        ),
    ),
    (MACHINE, frozenset({"ctypes", "_ctypes"})),
)

# Audited events (https://docs.python.org/3/library/audit_events.html) refused outright.
_EVENT_DOORS = (
    (
        PROGRAMS,
        frozenset(
            {
                "os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.fork", "os.forkpty", "os.kill",
                "os.killpg", "subprocess.Popen", "pty.spawn", "os.startfile", "os.add_dll_directory",
            }
        ),
    ),
    (
        FILES,
        frozenset(
            {
                "os.remove", "os.rename", "os.rmdir", "os.mkdir", "os.chmod", "os.chown", "os.link",
                "os.symlink", "os.truncate", "os.utime", "os.chflags", "os.lchflags", "os.lchmod",
                "os.lchown", "os.mkfifo", "os.mknod", "shutil.copyfile", "shutil.copymode",
                "shutil.copystat", "shutil.copytree", "shutil.rmtree", "shutil.move", "shutil.chown",
                "shutil.make_archive", "shutil.unpack_archive", "tempfile.mkstemp", "tempfile.mkdtemp",
                "sqlite3.connect",
            }
        ),
    ),
    (NETWORK, frozenset({"urllib.Request", "webbrowser.open"})),
    # a spell's own audit hook would see (and could keep) every object the checker's events carry
    (MACHINE, frozenset({"sys.addaudithook"})),
)
_EVENT_PREFIX_DOORS = (
    ("socket.", NETWORK),
    ("http.client.", NETWORK),
    ("ftplib.", NETWORK),
    ("smtplib.", NETWORK),
    ("imaplib.", NETWORK),
    ("poplib.", NETWORK),
    ("nntplib.", NETWORK),
    ("telnetlib.", NETWORK),
    ("ctypes.", MACHINE),
)

# os.open flags that write or create (the `open` event carries them; io.open passes a mode too)
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND


def _module_door(name, module_doors=_MODULE_DOORS):
    for door, names in module_doors:
        if name in names or name.split(".")[0] in names:
            return door
    return None


def _make_audit_hook():
    """The hook, as a closure over immutable tables: nothing a spell can reach by name changes
    what it refuses (the module's own attributes can be rebound; the tables it captured cannot)."""
    module_doors, event_doors, prefix_doors, write_flags = _MODULE_DOORS, _EVENT_DOORS, _EVENT_PREFIX_DOORS, _WRITE_FLAGS
    closed, module_door = HostDoorClosed, _module_door

    def audit(event, args):
        if event == "open":
            if len(args) >= 3:
                mode, flags = args[1], args[2]
                if (isinstance(mode, str) and any(letter in mode for letter in "wax+")) or (
                    isinstance(flags, int) and flags & write_flags
                ):
                    raise closed(FILES, f"open {args[0]!r} to write")
            return
        if event == "import":
            name = args[0] if args and isinstance(args[0], str) else ""
            door = module_door(name, module_doors)
            if door is not None:
                raise closed(door, f"import {name}")
            return
        for door, events in event_doors:
            if event in events:
                raise closed(door, event)
        for prefix, door in prefix_doors:
            if event.startswith(prefix):
                raise closed(door, event)

    return audit


class _ClosedModuleFinder:
    """First on sys.meta_path: `importlib.import_module("sub" + "process")` raises no `import`
    audit event for the module it is asked for (only for the imports inside it), so the closed
    modules are refused here as well. Even a spell that took this finder off the path would get
    only modules whose every door the audit hook refuses."""

    @staticmethod
    def find_spec(name, path=None, target=None):
        door = _module_door(name)
        if door is not None:
            raise HostDoorClosed(door, f"import {name}")
        return None


def door_of(exc):
    """The door a spell's error says it met (a `_DOING` key), or None for an ordinary error:
    the hook's refusal, a removed os/posix function, or a closed module that failed to import."""
    if isinstance(exc, HostDoorClosed):
        return exc.door
    if isinstance(exc, AttributeError) and getattr(exc, "obj", None) in (os, posix):
        return PROGRAMS if exc.name in _PROCESS_FUNCTIONS else None
    if isinstance(exc, ImportError) and isinstance(exc.name, str):
        return _module_door(exc.name)
    return None


_closed = False


def close():
    """Close every door above, once per interpreter (a second call changes nothing)."""
    global _closed
    if _closed:
        return
    # Host details Emscripten copies in under Node: `_` and sys.executable name the host path
    # of the program that started Python (the teacher's folder, not the kid's business).
    os.environ.pop("_", None)
    sys.executable = ""
    for module in (posix, os):
        for name in _PROCESS_FUNCTIONS:
            if name in vars(module):
                delattr(module, name)
    for _door, names in _MODULE_DOORS:
        for name in names:
            sys.modules.pop(name, None)
    # nothing of the harness is written back as .pyc (the hook would refuse it anyway)
    sys.dont_write_bytecode = True
    sys.meta_path.insert(0, _ClosedModuleFinder)
    # Kept nowhere but in the interpreter's list of hooks, which Python cannot edit.
    sys.addaudithook(_make_audit_hook())
    _closed = True
