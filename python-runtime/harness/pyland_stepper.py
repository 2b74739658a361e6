"""The spell stepper: runs the real CPython 3.14 bytecode of a spell's functions one instruction
at a time, with its own frames, and runs several of them as threads under a scheduler that plays
Sir GIL.

Pyodide cannot start threads, and a scene that wants to show the interpreter at work needs to see
every instruction. So this module executes the code objects `compile` made (the same instructions
`dis` shows), keeping per frame an instruction pointer, a value stack and the fast locals
(cells included); globals are the spell's real module dict and builtins its real builtins.
Calls to builtins and C functions (and to Python functions outside the spell) run natively; calls
to functions the spell defined are stepped (a new frame).

Every instruction is checked against what CPython 3.14 compiles (see `_FACTORIES`): one that is
not covered stops the run with UnsupportedInstruction naming it and its line, before the function
runs at all, never with a wrong result.

Threads and the scheduler (`Run`), modes:
  gil       one thread holds the stick and hands it on after `interval` instructions, but only at
            the points where CPython 3.14 checks its eval breaker: RESUME (function entry), a
            backward jump, and right after a call into C (a call of a stepped function checks at
            the callee's RESUME instead). A thread waiting for a lock gives the stick away.
  anywhere  a switch may happen between any two instructions (a free-threaded build); the choice
            is made by a seeded random generator, so a run can be repeated.
  replay    follow an explicit schedule: a list of thread numbers, one per instruction.
Locks are `threading.Lock` as the spell sees it (the `threading` a spell imports here is a small
module whose Lock is `SteppedLock`): a thread that cannot acquire waits and is passed over; when
every unfinished thread waits, the run ends as a deadlock. The stepper has no clock, so a wait with
a timeout (`lock.acquire(timeout=1)`) may end at any turn the thread is given while the lock is
still taken: then its time ran out and acquire returns False (explore tries both, the lock given
back in time and the time running out; gil mode gives such a thread its turn only when no other
thread can run; a timeout of 0 never waits).

`explore` tries every interleaving (up to a bound of steps per run) breadth first, merging states
already seen (each thread's frames, the globals and every object reachable from them, compared by
content with aliasing), and checks an invariant over the globals at the end of every finished run.
It only branches where the order can matter: an instruction that touches nothing another thread
can see (a local, a constant, arithmetic on immutable values, a jump) commutes with every other
thread's instructions, so a thread about to run one simply runs it. When the invariant breaks (or a
deadlock is reachable) it returns the shortest schedule that shows it. In `gil` mode it branches
only at eval-breaker points, whatever the switch interval.
"""

import builtins
import dis
import heapq
import io
import json
import operator
import random
import re
import sys
import types
import _thread

from pyland_story import CappedOutput

try:  # the game's harness: spell namespaces, guarded imports, interpreter reset
    import pyland as _pyland
except ImportError:  # pragma: no cover - the stepper also works on its own
    _pyland = None

SPELL_FILENAME = "<spell>"
DEFAULT_MAX_STEPS = 5_000_000
DEFAULT_INTERVAL = 100
DEFAULT_BOUND = 10_000
DEFAULT_MAX_STATES = 200_000
OUTPUT_LIMIT_CHARS = 8000
REPR_LIMIT = 80

CO_VARARGS = 0x04
CO_VARKEYWORDS = 0x08
CO_GENERATOR_LIKE = 0x20 | 0x80 | 0x100 | 0x200  # generator, coroutine, iterable coroutine, async generator
_METHOD_DESCRIPTOR_FLAG = 1 << 17  # Py_TPFLAGS_METHOD_DESCRIPTOR
_IMMUTABLE_TYPE_FLAG = 1 << 8  # Py_TPFLAGS_IMMUTABLETYPE


# ---------------------------------------------------------------------------------------------
# Errors that are not the spell's: they stop the stepper and are never seen by the spell's
# own try/except (they derive from BaseException, like KeyboardInterrupt).


class StepperError(BaseException):
    """The stepper cannot do what it was asked (bad options, a spell it cannot run)."""


class UnsupportedInstruction(StepperError):
    def __init__(self, opname, line, function, detail=""):
        self.opname = opname
        self.line = line
        self.function = function
        where = f"line {line}" if line is not None else "a line the compiler added"
        extra = f" ({detail})" if detail else ""
        super().__init__(
            f"the stepper cannot run the instruction {opname}{extra} yet: {where} of the spell, in {function}()"
        )


class CannotExplore(StepperError):
    """explore() met an object whose state it cannot copy and put back."""


class _Stop(BaseException):
    """Raised by a handler to end the current burst of steps (the thread finished or must wait)."""


_STOP = _Stop()


class _Null:
    """The NULL CPython pushes (PUSH_NULL, LOAD_GLOBAL's low bit) and an unbound local."""

    __slots__ = ()

    def __repr__(self):
        return "NULL"


NULL = _Null()
_MISSING = object()


# ---------------------------------------------------------------------------------------------
# Locks


class SteppedLock:
    """threading.Lock for stepped threads. `holder` is the number of the thread that acquired it
    (-1 for code that ran natively, like the spell's module body), or None when it is free.

    Stepped code never calls acquire/__enter__ for real: the CALL instruction sees it and either
    takes the lock or makes the thread wait. The methods below serve native callers."""

    __slots__ = ("holder", "__weakref__")

    def __init__(self):
        self.holder = None

    def acquire(self, blocking=True, timeout=-1):
        blocking, timed = _acquire_arguments((blocking, timeout), None)
        if self.holder is None:
            self.holder = -1
            return True
        if not blocking or timed:  # nobody else runs while native code waits: its time runs out
            return False
        raise RuntimeError("this lock is already held and no stepped thread is running to release it")

    def release(self):
        if self.holder is None:
            raise RuntimeError("release unlocked lock")
        self.holder = None

    def locked(self):
        return self.holder is not None

    def __enter__(self):
        return self.acquire()

    def __exit__(self, exc_type, exc_value, traceback):
        self.release()

    def __repr__(self):
        if self.holder is None:
            return "<unlocked lock>"
        return "<locked lock>" if self.holder < 0 else f"<lock held by thread {self.holder}>"


_LOCK_ACQUIRE = SteppedLock.acquire
_LOCK_ENTER = SteppedLock.__enter__


def _acquire_arguments(rest, kwargs):
    """(blocking, timed) of lock.acquire(blocking=True, timeout=-1): `timed` when the call waits
    with a time limit (timeout > 0; a timeout of 0 does not wait at all, like blocking=False).
    Arguments CPython refuses are refused with its very error: a real lock of our own, free, is
    asked first (it answers at once, or raises)."""
    probe = _thread.allocate_lock()
    if probe.acquire(*rest, **(kwargs or {})):
        probe.release()
    given = dict(zip(("blocking", "timeout"), rest))
    given.update(kwargs or {})
    blocking = bool(given.get("blocking", True))
    timeout = given.get("timeout", -1)
    if blocking and timeout == 0:
        return False, False
    return blocking, blocking and timeout != -1


class KnightsOnly(AttributeError):
    """threading.Thread (or anything but Lock) asked for in a knights' lesson: Sir GIL starts the
    knights himself, so the kid is told that (errors.threads-by-gil), not "an object has no ..."."""

    pyland_explanation = "threads-by-gil"


def _threading_shim():
    module = types.ModuleType("threading", "threading for stepped spells: Lock only")
    module.Lock = SteppedLock

    def missing(name):
        raise KnightsOnly(f"threading.{name} is not in this school: Sir GIL starts the knights (only threading.Lock is here)", name=name)

    module.__getattr__ = missing
    return module


# ---------------------------------------------------------------------------------------------
# Code preparation: one CodeInfo per code object, holding the instructions as
# (handler, argument) tuples indexed by instruction number (inline CACHE entries are not
# instructions; jump targets and the exception table are turned into instruction numbers).


class CodeInfo:
    __slots__ = (
        "code", "ops", "instructions", "lines", "offsets", "exception_table", "nlocalsplus",
        "localsplus_names", "ncells_end", "name", "locality", "stepped",
    )


_CODE_INFOS = {}


def _localsplus_names(code):
    names = list(code.co_varnames)
    names += [name for name in code.co_cellvars if name not in code.co_varnames]
    names += list(code.co_freevars)
    return names


def prepare(code):
    """The CodeInfo of `code` (cached). Raises UnsupportedInstruction for anything not covered."""
    info = _CODE_INFOS.get(code)
    if info is not None:
        return info
    if code.co_flags & CO_GENERATOR_LIKE:
        raise UnsupportedInstruction("RETURN_GENERATOR", code.co_firstlineno, code.co_qualname, "generators and async functions")
    instructions = list(dis.get_instructions(code))
    info = CodeInfo()
    info.code = code
    info.instructions = instructions
    info.name = code.co_qualname
    info.offsets = [ins.offset for ins in instructions]
    index_of = {ins.offset: i for i, ins in enumerate(instructions)}
    index_of[len(code.co_code)] = len(instructions)
    lines = []
    last = code.co_firstlineno
    for ins in instructions:
        if ins.line_number is not None:
            last = ins.line_number
        lines.append(ins.line_number if ins.line_number is not None else last)
    info.lines = lines
    info.localsplus_names = _localsplus_names(code)
    info.nlocalsplus = len(info.localsplus_names)
    info.ncells_end = len(code.co_varnames) + len([c for c in code.co_cellvars if c not in code.co_varnames])
    info.exception_table = [
        (index_of[e.start], index_of[e.end], index_of[e.target], e.depth, e.lasti)
        for e in dis._parse_exception_table(code)
    ]
    ops = []
    locality = []
    for i, ins in enumerate(instructions):
        factory = _FACTORIES.get(ins.opname)
        if factory is None:
            raise UnsupportedInstruction(ins.opname, lines[i], code.co_qualname)
        op = factory(ins, i, info, index_of)
        if op is None:
            raise UnsupportedInstruction(ins.opname, lines[i], code.co_qualname, f"argument {ins.argrepr or ins.arg}")
        ops.append(op)
        locality.append(_LOCALITY.get(ins.opname, _VISIBLE))
    info.ops = ops
    info.locality = locality
    _CODE_INFOS[code] = info
    return info


# ---------------------------------------------------------------------------------------------
# Frames and threads


class Frame:
    __slots__ = ("info", "ops", "ip", "stack", "fast", "globals", "builtins", "func", "back", "names", "init_self")

    def __init__(self, info, fast, globals_, builtins_, func, names):
        self.info = info
        self.ops = info.ops
        self.ip = 0
        self.stack = []
        self.fast = fast
        self.globals = globals_
        self.builtins = builtins_
        self.func = func
        self.back = None
        # the mapping LOAD_NAME/STORE_NAME use: the module dict for module code, else None
        self.names = names
        # the new object, when this frame runs the __init__ of a spell class being called
        self.init_self = None

    def line(self):
        ip = self.ip if self.ip < len(self.info.lines) else len(self.info.lines) - 1
        return self.info.lines[ip]


READY, WAITING, DONE, FAILED = "ready", "waiting", "done", "failed"


class Thread:
    __slots__ = (
        "number", "frame", "status", "waiting_for", "exc_info", "result", "exception", "error_line",
        "steps", "depth", "breaker", "name", "world", "raised_at", "timed", "time_up",
    )

    def __init__(self, world, number, name):
        self.world = world
        self.number = number
        self.name = name
        self.frame = None
        self.status = READY
        self.waiting_for = None
        self.exc_info = None  # the exception being handled (sys.exception() of this thread)
        self.result = None
        self.exception = None
        self.error_line = None
        self.steps = 0
        self.depth = 0
        self.breaker = False  # set by an instruction where CPython checks its eval breaker
        self.raised_at = {}  # id(exception) -> (exception, line where stepped code first saw it)
        self.timed = False  # it waits with a timeout: it may be given a turn while the lock is taken
        self.time_up = False  # that turn came: the acquire it runs again returns False

    def runnable(self):
        status = self.status
        return status is READY or (status is WAITING and (self.waiting_for.holder is None or self.timed))

    def stuck(self):
        """Waiting for a lock that is still taken (a timed wait could still give up)."""
        return self.status is WAITING and self.waiting_for.holder is not None

    def finished(self):
        return self.status is DONE or self.status is FAILED


def _is_stepped_code(code):
    return code.co_filename == SPELL_FILENAME


def _bind(func, args, kwargs):
    """Fast locals for a call of `func`, or the TypeError CPython raises for a bad call."""
    code = func.__code__
    info = prepare(code)
    fast = [NULL] * info.nlocalsplus
    argcount = code.co_argcount
    posonly = code.co_posonlyargcount
    kwonly = code.co_kwonlyargcount
    flags = code.co_flags
    qualname = func.__qualname__
    varnames = code.co_varnames
    nargs = len(args)
    if nargs > argcount and not flags & CO_VARARGS:
        defaults = func.__defaults__ or ()
        if defaults:
            takes = f"from {argcount - len(defaults)} to {argcount} positional arguments"
        else:
            takes = f"{argcount} positional argument{'' if argcount == 1 else 's'}"
        given = f"{nargs} {'was' if nargs == 1 else 'were'} given"
        raise TypeError(f"{qualname}() takes {takes} but {given}")
    for i in range(min(nargs, argcount)):
        fast[i] = args[i]
    if flags & CO_VARARGS:
        fast[argcount + kwonly] = tuple(args[argcount:])
    extra = None
    if flags & CO_VARKEYWORDS:
        extra = {}
        fast[argcount + kwonly + (1 if flags & CO_VARARGS else 0)] = extra
    if kwargs:
        posonly_passed = []
        for key, value in kwargs.items():
            try:
                index = varnames.index(key, 0, argcount + kwonly)
            except ValueError:
                index = -1
            if index < posonly:
                if extra is not None:
                    extra[key] = value
                    continue
                if index >= 0:
                    posonly_passed.append(key)
                    continue
                raise TypeError(f"{qualname}() got an unexpected keyword argument '{key}'")
            if fast[index] is not NULL:
                raise TypeError(f"{qualname}() got multiple values for argument '{key}'")
            fast[index] = value
        if posonly_passed:
            names = ", ".join(f"'{name}'" for name in posonly_passed)
            raise TypeError(f"{qualname}() got some positional-only arguments passed as keyword arguments: {names}")
    defaults = func.__defaults__ or ()
    first_default = argcount - len(defaults)
    missing = []
    for i in range(argcount):
        if fast[i] is NULL:
            if i >= first_default:
                fast[i] = defaults[i - first_default]
            else:
                missing.append(varnames[i])
    if missing:
        raise TypeError(f"{qualname}() missing {len(missing)} required positional argument{'' if len(missing) == 1 else 's'}: {_name_list(missing)}")
    if kwonly:
        kwdefaults = func.__kwdefaults__ or {}
        for i in range(argcount, argcount + kwonly):
            if fast[i] is NULL:
                name = varnames[i]
                if name in kwdefaults:
                    fast[i] = kwdefaults[name]
                else:
                    missing.append(name)
        if missing:
            raise TypeError(f"{qualname}() missing {len(missing)} required keyword-only argument{'' if len(missing) == 1 else 's'}: {_name_list(missing)}")
    return info, fast


def _name_list(names):
    quoted = [f"'{name}'" for name in names]
    if len(quoted) == 1:
        return quoted[0]
    return ", ".join(quoted[:-1]) + (", and " if len(quoted) > 2 else " and ") + quoted[-1]


def _push_frame(th, func, args, kwargs):
    """Start a stepped call of `func` on thread `th` (the callee's first instruction is next)."""
    info, fast = _bind(func, args, kwargs)
    if th.depth >= sys.getrecursionlimit():
        raise RecursionError("maximum recursion depth exceeded")
    frame = Frame(info, fast, func.__globals__, func.__builtins__, func, None)
    frame.back = th.frame
    th.frame = frame
    th.depth += 1


def _stepped_function(fn):
    """The spell function behind a callable (and the bound self, if any), or (None, None)."""
    t = type(fn)
    if t is types.FunctionType:
        if _is_stepped_code(fn.__code__):
            return fn, None
    elif t is types.MethodType:
        inner = fn.__func__
        if type(inner) is types.FunctionType and _is_stepped_code(inner.__code__):
            return inner, fn.__self__
    return None, None


# ---------------------------------------------------------------------------------------------
# Instruction handlers: handler(thread, frame, argument). The loop has already moved frame.ip to
# the next instruction; jumps overwrite it. They raise the spell's exceptions as Python
# exceptions; the loop unwinds them through the exception table.


def _unbound_local(frame, index):
    name = frame.info.localsplus_names[index]
    return UnboundLocalError(f"cannot access local variable '{name}' where it is not associated with a value")


def op_nop(th, f, a):
    pass


def op_resume(th, f, a):
    th.breaker = True


def op_pop_top(th, f, a):
    f.stack.pop()


def op_push_null(th, f, a):
    f.stack.append(NULL)


def op_copy(th, f, n):
    s = f.stack
    s.append(s[-n])


def op_swap(th, f, n):
    s = f.stack
    s[-1], s[-n] = s[-n], s[-1]


def op_load_const(th, f, value):
    f.stack.append(value)


def op_load_fast(th, f, i):
    v = f.fast[i]
    if v is NULL:
        raise _unbound_local(f, i)
    f.stack.append(v)


def op_load_fast_load_fast(th, f, pair):
    fast = f.fast
    first = fast[pair[0]]
    if first is NULL:
        raise _unbound_local(f, pair[0])
    second = fast[pair[1]]
    if second is NULL:
        raise _unbound_local(f, pair[1])
    s = f.stack
    s.append(first)
    s.append(second)


def op_load_fast_and_clear(th, f, i):
    f.stack.append(f.fast[i])
    f.fast[i] = NULL


def op_store_fast(th, f, i):
    f.fast[i] = f.stack.pop()


def op_store_fast_load_fast(th, f, pair):
    fast = f.fast
    s = f.stack
    fast[pair[0]] = s.pop()
    v = fast[pair[1]]
    if v is NULL:
        raise _unbound_local(f, pair[1])
    s.append(v)


def op_store_fast_store_fast(th, f, pair):
    s = f.stack
    fast = f.fast
    fast[pair[0]] = s.pop()
    fast[pair[1]] = s.pop()


def op_delete_fast(th, f, i):
    if f.fast[i] is NULL:
        raise _unbound_local(f, i)
    f.fast[i] = NULL


def op_make_cell(th, f, i):
    v = f.fast[i]
    f.fast[i] = types.CellType() if v is NULL else types.CellType(v)


def op_copy_free_vars(th, f, n):
    closure = f.func.__closure__
    start = f.info.nlocalsplus - n
    for i in range(n):
        f.fast[start + i] = closure[i]


def _unbound_deref(f, i):
    name = f.info.localsplus_names[i]
    if i < f.info.ncells_end:
        return UnboundLocalError(f"cannot access local variable '{name}' where it is not associated with a value")
    return NameError(f"cannot access free variable '{name}' where it is not associated with a value in enclosing scope", name=name)


def op_load_deref(th, f, i):
    try:
        v = f.fast[i].cell_contents
    except ValueError:
        raise _unbound_deref(f, i) from None
    f.stack.append(v)


def op_store_deref(th, f, i):
    f.fast[i].cell_contents = f.stack.pop()


def op_delete_deref(th, f, i):
    cell = f.fast[i]
    try:
        del cell.cell_contents
    except ValueError:
        raise _unbound_deref(f, i) from None


def _name_error(name):
    return NameError(f"name '{name}' is not defined", name=name)


def op_load_global(th, f, name):
    v = f.globals.get(name, _MISSING)
    if v is _MISSING:
        v = f.builtins.get(name, _MISSING)
        if v is _MISSING:
            raise _name_error(name)
    f.stack.append(v)


def op_load_global_null(th, f, name):
    v = f.globals.get(name, _MISSING)
    if v is _MISSING:
        v = f.builtins.get(name, _MISSING)
        if v is _MISSING:
            raise _name_error(name)
    s = f.stack
    s.append(v)
    s.append(NULL)


def op_store_global(th, f, name):
    f.globals[name] = f.stack.pop()


def op_delete_global(th, f, name):
    if f.globals.pop(name, _MISSING) is _MISSING:
        raise _name_error(name)


def op_load_name(th, f, name):
    v = f.names.get(name, _MISSING)
    if v is _MISSING:
        v = f.globals.get(name, _MISSING)
        if v is _MISSING:
            v = f.builtins.get(name, _MISSING)
            if v is _MISSING:
                raise _name_error(name)
    f.stack.append(v)


def op_store_name(th, f, name):
    f.names[name] = f.stack.pop()


def op_delete_name(th, f, name):
    if f.names.pop(name, _MISSING) is _MISSING:
        raise _name_error(name)


def op_load_attr(th, f, name):
    s = f.stack
    s[-1] = getattr(s[-1], name)


_OBJECT_GETATTRIBUTE = object.__getattribute__
_TYPE_LOOKUPS = {}


def _type_lookup(tp, name):
    """_PyType_Lookup: the attribute as found in the type's MRO dicts (no descriptor call)."""
    key = (tp, name)
    found = _TYPE_LOOKUPS.get(key, _MISSING)
    if found is not _MISSING:
        return found
    found = None
    for klass in tp.__mro__:
        d = klass.__dict__
        if name in d:
            found = d[name]
            break
    if tp.__flags__ & _IMMUTABLE_TYPE_FLAG:  # built-in types never change: safe to remember
        _TYPE_LOOKUPS[key] = found
    return found


def op_load_method(th, f, name):
    """LOAD_ATTR with the method bit: push (unbound method, self) when CPython would (a method
    descriptor found on the type, not shadowed by the instance), else (attribute, NULL)."""
    s = f.stack
    owner = s[-1]
    tp = type(owner)
    if tp.__getattribute__ is _OBJECT_GETATTRIBUTE:
        descr = _type_lookup(tp, name)
        if descr is not None and type(descr).__flags__ & _METHOD_DESCRIPTOR_FLAG:
            try:
                shadow = name in _OBJECT_GETATTRIBUTE(owner, "__dict__")
            except AttributeError:
                shadow = False
            if not shadow:
                s[-1] = descr
                s.append(owner)
                return
    s[-1] = getattr(owner, name)
    s.append(NULL)


def op_store_attr(th, f, name):
    s = f.stack
    owner = s.pop()
    setattr(owner, name, s.pop())


def op_delete_attr(th, f, name):
    delattr(f.stack.pop(), name)


_SPECIAL_NAMES = tuple(dis._special_method_names)


def op_load_special(th, f, name):
    """(self -- method, self_or_null): the special method looked up on the type, as `with` does."""
    s = f.stack
    owner = s[-1]
    descr = _type_lookup(type(owner), name)
    if descr is None:
        raise TypeError(f"'{type(owner).__name__}' object does not support the context manager protocol (missed {name} method)")
    if type(descr).__flags__ & _METHOD_DESCRIPTOR_FLAG:
        s.append(owner)
        s[-2] = descr
        return
    getter = getattr(type(descr), "__get__", None)
    s[-1] = getter(descr, owner, type(owner)) if getter is not None else descr
    s.append(NULL)


def op_unary(th, f, fn):
    s = f.stack
    s[-1] = fn(s[-1])


def op_unary_not(th, f, a):
    s = f.stack
    s[-1] = not s[-1]


def op_to_bool(th, f, a):
    s = f.stack
    s[-1] = bool(s[-1])


def op_binary(th, f, fn):
    s = f.stack
    right = s.pop()
    s[-1] = fn(s[-1], right)


def op_compare_bool(th, f, fn):
    s = f.stack
    right = s.pop()
    s[-1] = bool(fn(s[-1], right))


def op_is(th, f, invert):
    s = f.stack
    right = s.pop()
    s[-1] = (s[-1] is right) is not invert


def op_contains(th, f, invert):
    s = f.stack
    right = s.pop()
    s[-1] = (s[-1] in right) is not invert


def op_build_list(th, f, n):
    s = f.stack
    if n:
        items = s[-n:]
        del s[-n:]
        s.append(items)
    else:
        s.append([])


def op_build_tuple(th, f, n):
    s = f.stack
    if n:
        items = tuple(s[-n:])
        del s[-n:]
        s.append(items)
    else:
        s.append(())


def op_build_set(th, f, n):
    s = f.stack
    items = set()
    if n:
        for item in s[-n:]:
            items.add(item)
        del s[-n:]
    s.append(items)


def op_build_map(th, f, n):
    s = f.stack
    d = {}
    if n:
        items = s[-2 * n:]
        del s[-2 * n:]
        for i in range(0, 2 * n, 2):
            d[items[i]] = items[i + 1]
    s.append(d)


def op_build_slice(th, f, n):
    s = f.stack
    items = s[-n:]
    del s[-n:]
    s.append(slice(*items))


def op_build_string(th, f, n):
    s = f.stack
    if n:
        items = s[-n:]
        del s[-n:]
        s.append("".join(items))
    else:
        s.append("")


def op_list_append(th, f, i):
    s = f.stack
    v = s.pop()
    s[-i].append(v)


def op_list_extend(th, f, i):
    s = f.stack
    v = s.pop()
    target = s[-i]
    try:
        target.extend(v)
    except TypeError:
        if not hasattr(type(v), "__iter__") and not hasattr(type(v), "__getitem__"):
            raise TypeError(f"Value after * must be an iterable, not {type(v).__name__}") from None
        raise


def op_set_add(th, f, i):
    s = f.stack
    v = s.pop()
    s[-i].add(v)


def op_set_update(th, f, i):
    s = f.stack
    v = s.pop()
    s[-i].update(v)


def op_map_add(th, f, i):
    s = f.stack
    value = s.pop()
    key = s.pop()
    s[-i][key] = value


def op_dict_update(th, f, i):
    s = f.stack
    update = s.pop()
    if not hasattr(update, "keys"):
        raise TypeError(f"'{type(update).__name__}' object is not a mapping")
    s[-i].update(update)


def op_dict_merge(th, f, i):
    s = f.stack
    update = s.pop()
    target = s[-i]
    callee = s[-i - 3]
    if not hasattr(update, "keys"):
        raise TypeError(f"{_callee_name(callee)} argument after ** must be a mapping, not {type(update).__name__}")
    for key in update.keys():
        if key in target:
            raise TypeError(f"{_callee_name(callee)} got multiple values for keyword argument '{key}'")
        target[key] = update[key]


def _callee_name(fn):
    name = getattr(fn, "__qualname__", None) or getattr(fn, "__name__", None) or type(fn).__name__
    return f"{name}()"


def op_store_subscr(th, f, a):
    s = f.stack
    sub = s.pop()
    container = s.pop()
    value = s.pop()
    container[sub] = value


def op_delete_subscr(th, f, a):
    s = f.stack
    sub = s.pop()
    container = s.pop()
    del container[sub]


def op_binary_slice(th, f, a):
    s = f.stack
    stop = s.pop()
    start = s.pop()
    s[-1] = s[-1][start:stop]


def op_store_slice(th, f, a):
    s = f.stack
    stop = s.pop()
    start = s.pop()
    container = s.pop()
    value = s.pop()
    container[start:stop] = value


def _unpack(seq, n):
    try:
        it = iter(seq)
    except TypeError:
        raise TypeError(f"cannot unpack non-iterable {type(seq).__name__} object") from None
    items = []
    for item in it:
        if len(items) == n:
            if type(seq) in (list, tuple, dict):
                raise ValueError(f"too many values to unpack (expected {n}, got {len(seq)})")
            raise ValueError(f"too many values to unpack (expected {n})")
        items.append(item)
    if len(items) < n:
        raise ValueError(f"not enough values to unpack (expected {n}, got {len(items)})")
    return items


def op_unpack_sequence(th, f, n):
    s = f.stack
    seq = s.pop()
    if (type(seq) is tuple or type(seq) is list) and len(seq) == n:
        items = list(seq)
    else:
        items = _unpack(seq, n)
    items.reverse()
    s.extend(items)


def op_unpack_ex(th, f, counts):
    before, after = counts
    s = f.stack
    seq = s.pop()
    try:
        items = list(seq)
    except TypeError:
        raise TypeError(f"cannot unpack non-iterable {type(seq).__name__} object") from None
    if len(items) < before + after:
        raise ValueError(f"not enough values to unpack (expected at least {before + after}, got {len(items)})")
    middle = items[before:len(items) - after]
    result = items[:before] + [middle] + items[len(items) - after:]
    result.reverse()
    s.extend(result)


def op_get_iter(th, f, a):
    s = f.stack
    s[-1] = iter(s[-1])


def op_for_iter(th, f, target):
    s = f.stack
    v = next(s[-1], _MISSING)
    if v is _MISSING:
        f.ip = target
    else:
        s.append(v)


def op_jump(th, f, target):
    f.ip = target


def op_jump_backward(th, f, target):
    f.ip = target
    th.breaker = True


def op_pop_jump_if_false(th, f, target):
    if not f.stack.pop():
        f.ip = target


def op_pop_jump_if_true(th, f, target):
    if f.stack.pop():
        f.ip = target


def op_pop_jump_if_none(th, f, target):
    if f.stack.pop() is None:
        f.ip = target


def op_pop_jump_if_not_none(th, f, target):
    if f.stack.pop() is not None:
        f.ip = target


def op_format_simple(th, f, a):
    s = f.stack
    v = s[-1]
    if type(v) is not str:
        s[-1] = format(v, "")


def op_format_with_spec(th, f, a):
    s = f.stack
    spec = s.pop()
    s[-1] = format(s[-1], spec)


def op_convert_value(th, f, fn):
    s = f.stack
    s[-1] = fn(s[-1])


def op_make_function(th, f, a):
    s = f.stack
    code = s[-1]
    if code.co_freevars:
        # CPython makes the function without its closure and SET_FUNCTION_ATTRIBUTE 8 adds it;
        # from Python a function with free variables needs one at once: empty cells until then
        s[-1] = types.FunctionType(code, f.globals, None, None, tuple(types.CellType() for _ in code.co_freevars))
    else:
        s[-1] = types.FunctionType(code, f.globals)


def op_set_function_attribute(th, f, flag):
    s = f.stack
    func = s.pop()
    value = s[-1]
    if flag == 1:
        func.__defaults__ = value
    elif flag == 2:
        func.__kwdefaults__ = value
    elif flag == 4:
        func.__annotations__ = value
    elif flag == 16:
        func.__annotate__ = value
    else:  # 8: the closure can only be given when a function is made
        made = types.FunctionType(func.__code__, func.__globals__, func.__name__, func.__defaults__, value)
        made.__qualname__ = func.__qualname__
        made.__kwdefaults__ = func.__kwdefaults__
        if func.__annotate__ is not None:
            made.__annotate__ = func.__annotate__
        func = made
    s[-1] = func


def op_call_intrinsic_1(th, f, fn):
    s = f.stack
    s[-1] = fn(s[-1])


def op_return_value(th, f, a):
    value = f.stack.pop()
    back = f.back
    th.depth -= 1
    th.frame = back
    if f.init_self is not None:  # what EXIT_INIT_CHECK does after a stepped __init__
        if value is not None:
            if back is None:
                th.frame = f
                th.depth += 1
            raise TypeError(f"__init__() should return None, not '{type(value).__name__}'")
        value = f.init_self
    if back is None:
        th.result = value
        th.status = DONE
        raise _STOP
    back.stack.append(value)


def _stepped_init(cls):
    """The spell-defined __init__ CPython would run (stepped) for `cls(...)`, or None when the
    class is called natively (not a plain spell class, or it has its own __new__)."""
    if cls.__new__ is not object.__new__:
        return None
    init = _type_lookup(cls, "__init__")
    if type(init) is types.FunctionType and init.__code__.co_filename == SPELL_FILENAME:
        return init
    return None


def _call(th, f, base, fn, args, kwargs):
    """The common part of CALL, CALL_KW and CALL_FUNCTION_EX: `f.stack[base:]` holds the
    callable and its arguments; they are removed only once the call happened (a thread that has
    to wait for a lock runs the same instruction again later)."""
    t = type(fn)
    if t is types.FunctionType and fn.__code__.co_filename == SPELL_FILENAME:
        _push_frame(th, fn, args, kwargs)
        del f.stack[base:]
        return
    if t is type:
        init = _stepped_init(fn)
        if init is not None:
            # like CALL_ALLOC_AND_ENTER_INIT: make the object, then step its __init__
            obj = object.__new__(fn)
            _push_frame(th, init, [obj, *args], kwargs)
            th.frame.init_self = obj
            del f.stack[base:]
            return
    if t is types.MethodType:
        inner = fn.__func__
        if type(inner) is types.FunctionType:
            if inner.__code__.co_filename == SPELL_FILENAME:
                _push_frame(th, inner, [fn.__self__, *args], kwargs)
                del f.stack[base:]
                return
            if (inner is _LOCK_ACQUIRE or inner is _LOCK_ENTER) and type(fn.__self__) is SteppedLock:
                fn, args = inner, [fn.__self__, *args]
    if (fn is _LOCK_ACQUIRE or fn is _LOCK_ENTER) and args and type(args[0]) is SteppedLock:
        result = _acquire(th, f, args, kwargs)
    elif any(fn is builtin for builtin in _FRAME_BUILTINS):
        # by identity: hashing a spell's own callable here would run its __hash__ unstepped
        result = _frame_builtin(f, fn, args, kwargs)
    else:
        result = fn(*args, **kwargs) if kwargs else fn(*args)
    del f.stack[base:]
    f.stack.append(result)
    th.breaker = True


# Builtins that look at the frame that calls them: called natively from here they would see the
# stepper's own frame (globals() would hand a spell this module's globals, exec("count += 1")
# would run there). They get the stepped frame's names instead, as CPython gives them.
_FRAME_BUILTINS = (builtins.globals, builtins.locals, builtins.vars, builtins.dir, builtins.exec, builtins.eval)


def _frame_locals(f):
    """The stepped frame's names as locals() shows them: the module's dict for module code, else
    a snapshot of the function's bound names (cells unwrapped), as in CPython 3.13+ (PEP 667)."""
    if f.names is not None:
        return f.names
    names = {}
    for name, value in zip(f.info.localsplus_names, f.fast):
        if value is NULL:
            continue
        if type(value) is types.CellType:
            try:
                value = value.cell_contents
            except ValueError:
                continue
        names[name] = value
    return names


def _frame_builtin(f, fn, args, kwargs):
    if fn is builtins.globals and not args and not kwargs:
        return f.globals
    if (fn is builtins.locals or fn is builtins.vars) and not args and not kwargs:
        return _frame_locals(f)
    if fn is builtins.dir and not args and not kwargs:
        return sorted(_frame_locals(f))
    if fn is builtins.exec or fn is builtins.eval:
        args = list(args)
        kwargs = dict(kwargs or {})
        if len(args) < 2 and "globals" not in kwargs:
            args.append(f.globals)
            if len(args) < 3 and "locals" not in kwargs and f.names is None:
                args.append(_frame_locals(f))
    return fn(*args, **kwargs) if kwargs else fn(*args)


def _acquire(th, f, args, kwargs):
    """lock.acquire(blocking=True, timeout=-1) / lock.__enter__() made by a stepped thread."""
    lock = args[0]
    time_up, th.time_up = th.time_up, False
    blocking, timed = _acquire_arguments(args[1:], kwargs)
    if lock.holder is None:
        lock.holder = th.number
        return True
    if not blocking or time_up:
        return False
    # wait: this CALL runs again when the thread is scheduled (the lock free, or its time up)
    f.ip -= 1
    th.status = WAITING
    th.waiting_for = lock
    th.timed = timed
    raise _STOP


def op_call(th, f, n):
    s = f.stack
    base = len(s) - n - 2
    fn = s[base]
    self_ = s[base + 1]
    if self_ is NULL:
        args = s[base + 2:]
    else:
        args = s[base + 1:]
    _call(th, f, base, fn, args, None)


def op_call_kw(th, f, n):
    s = f.stack
    names = s[-1]
    base = len(s) - n - 3
    fn = s[base]
    self_ = s[base + 1]
    args = s[base + 2:-1]
    nkw = len(names)
    kwargs = dict(zip(names, args[len(args) - nkw:]))
    args = args[:len(args) - nkw]
    if self_ is not NULL:
        args.insert(0, self_)
    _call(th, f, base, fn, args, kwargs)


def op_call_function_ex(th, f, a):
    s = f.stack
    base = len(s) - 4
    fn = s[base]
    self_ = s[base + 1]
    callargs = s[base + 2]
    kwargs = s[base + 3]
    if type(callargs) is not tuple:
        try:
            callargs = tuple(callargs)
        except TypeError:
            raise TypeError(f"{_callee_name(fn)} argument after * must be an iterable, not {type(callargs).__name__}") from None
    args = list(callargs)
    if self_ is not NULL:
        args.insert(0, self_)
    _call(th, f, base, fn, args, None if kwargs is NULL else kwargs)


def op_raise_varargs(th, f, n):
    s = f.stack
    if n == 0:
        exc = th.exc_info
        if exc is None:
            raise RuntimeError("No active exception to reraise")
        raise exc
    if n == 1:
        raise s.pop()
    cause = s.pop()
    exc = s.pop()
    raise exc from cause


def op_reraise(th, f, n):
    raise f.stack.pop()


def op_push_exc_info(th, f, a):
    s = f.stack
    exc = s[-1]
    s[-1] = th.exc_info
    s.append(exc)
    th.exc_info = exc


def op_pop_except(th, f, a):
    th.exc_info = f.stack.pop()


def op_check_exc_match(th, f, a):
    s = f.stack
    right = s[-1]
    classes = right if type(right) is tuple else (right,)
    for klass in classes:
        if not (isinstance(klass, type) and issubclass(klass, BaseException)):
            raise TypeError("catching classes that do not inherit from BaseException is not allowed")
    s[-1] = isinstance(s[-2], right)


def op_with_except_start(th, f, a):
    """(exit_func, exit_self, lasti, prev_exc, val -- ..., res): __exit__(type, val, tb). A spell's
    own __exit__ is stepped: its RETURN_VALUE pushes `res` here, as a native call would."""
    s = f.stack
    val = s[-1]
    exit_func = s[-5]
    exit_self = s[-4]
    args = [type(val), val, val.__traceback__]
    if exit_self is not NULL:
        args.insert(0, exit_self)
    inner, bound_self = _stepped_function(exit_func)
    if inner is not None:
        _push_frame(th, inner, args if bound_self is None else [bound_self, *args], None)
        return
    s.append(exit_func(*args))


def op_import_name(th, f, name):
    s = f.stack
    fromlist = s.pop()
    level = s[-1]
    importer = f.builtins.get("__import__")
    if importer is None:
        raise ImportError("__import__ not found")
    s[-1] = importer(name, f.globals, f.names, fromlist, level)


def op_import_from(th, f, name):
    s = f.stack
    module = s[-1]
    try:
        v = getattr(module, name)
    except AttributeError:
        module_name = getattr(module, "__name__", "?")
        raise ImportError(f"cannot import name '{name}' from '{module_name}'", name=module_name) from None
    s.append(v)


# ---------------------------------------------------------------------------------------------
# Factories: instruction -> (handler, argument), checked against what 3.14 compiles.


def _simple(handler):
    return lambda ins, i, info, index_of: (handler, None)


def _with_arg(handler):
    return lambda ins, i, info, index_of: (handler, ins.arg)


def _jump(handler):
    return lambda ins, i, info, index_of: (handler, index_of[ins.jump_target])


def _const(ins, i, info, index_of):
    return (op_load_const, ins.argval)


def _name(handler):
    return lambda ins, i, info, index_of: (handler, info.code.co_names[ins.arg])


def _pair(handler):
    return lambda ins, i, info, index_of: (handler, (ins.arg >> 4, ins.arg & 15))


def _load_global(ins, i, info, index_of):
    name = info.code.co_names[ins.arg >> 1]
    return (op_load_global_null if ins.arg & 1 else op_load_global, name)


def _load_attr(ins, i, info, index_of):
    name = info.code.co_names[ins.arg >> 1]
    return (op_load_method if ins.arg & 1 else op_load_attr, name)


def _load_special(ins, i, info, index_of):
    if ins.arg >= len(_SPECIAL_NAMES) or _SPECIAL_NAMES[ins.arg] not in ("__enter__", "__exit__"):
        return None
    return (op_load_special, _SPECIAL_NAMES[ins.arg])


_BINARY_FUNCTIONS = {
    "+": operator.add, "&": operator.and_, "//": operator.floordiv, "<<": operator.lshift,
    "@": operator.matmul, "*": operator.mul, "%": operator.mod, "|": operator.or_, "**": operator.pow,
    ">>": operator.rshift, "-": operator.sub, "/": operator.truediv, "^": operator.xor,
    "+=": operator.iadd, "&=": operator.iand, "//=": operator.ifloordiv, "<<=": operator.ilshift,
    "@=": operator.imatmul, "*=": operator.imul, "%=": operator.imod, "|=": operator.ior,
    "**=": operator.ipow, ">>=": operator.irshift, "-=": operator.isub, "/=": operator.itruediv,
    "^=": operator.ixor, "[]": operator.getitem,
}
# the oparg of BINARY_OP indexes this table (dis._nb_ops, from Include/opcode.h)
_BINARY_BY_OPARG = [_BINARY_FUNCTIONS.get(symbol) for _, symbol in dis._nb_ops]


def _binary_op(ins, i, info, index_of):
    if ins.arg >= len(_BINARY_BY_OPARG) or _BINARY_BY_OPARG[ins.arg] is None:
        return None
    return (op_binary, _BINARY_BY_OPARG[ins.arg])


_COMPARE_FUNCTIONS = {"<": operator.lt, "<=": operator.le, "==": operator.eq, "!=": operator.ne, ">": operator.gt, ">=": operator.ge}


def _compare_op(ins, i, info, index_of):
    # 3.14: oparg >> 5 indexes dis.cmp_op; bit 16 asks for the result as a bool
    fn = _COMPARE_FUNCTIONS[dis.cmp_op[ins.arg >> 5]]
    return (op_compare_bool if ins.arg & 16 else op_binary, fn)


def _is_or_contains(handler):
    return lambda ins, i, info, index_of: (handler, bool(ins.arg))


def _for_iter(ins, i, info, index_of):
    # on exhaustion CPython jumps to the END_FOR and skips it: the iterator stays for POP_ITER
    target = index_of[ins.jump_target]
    if info.instructions[target].opname != "END_FOR":
        return None
    return (op_for_iter, target + 1)


def _resume(ins, i, info, index_of):
    return (op_resume, None) if ins.arg == 0 else None


def _intrinsic_1(ins, i, info, index_of):
    name = dis._intrinsic_1_descs[ins.arg] if ins.arg < len(dis._intrinsic_1_descs) else None
    if name == "INTRINSIC_UNARY_POSITIVE":
        return (op_call_intrinsic_1, operator.pos)
    if name == "INTRINSIC_LIST_TO_TUPLE":
        return (op_call_intrinsic_1, tuple)
    return None


def _convert_value(ins, i, info, index_of):
    fn = {1: str, 2: repr, 3: ascii}.get(ins.arg)
    return None if fn is None else (op_convert_value, fn)


def _common_constant(ins, i, info, index_of):
    return (op_load_const, dis._common_constants[ins.arg])


def _set_function_attribute(ins, i, info, index_of):
    return (op_set_function_attribute, ins.arg) if ins.arg in (1, 2, 4, 8, 16) else None


def _unpack_ex(ins, i, info, index_of):
    return (op_unpack_ex, (ins.arg & 0xFF, ins.arg >> 8))


def _reraise(ins, i, info, index_of):
    return (op_reraise, ins.arg)


_FACTORIES = {
    "NOP": _simple(op_nop),
    "NOT_TAKEN": _simple(op_nop),
    "EXTENDED_ARG": _simple(op_nop),  # its value is already folded into the next instruction's arg
    "RESUME": _resume,
    "POP_TOP": _simple(op_pop_top),
    "END_FOR": _simple(op_pop_top),
    "POP_ITER": _simple(op_pop_top),
    "PUSH_NULL": _simple(op_push_null),
    "COPY": _with_arg(op_copy),
    "SWAP": _with_arg(op_swap),
    "LOAD_CONST": _const,
    "LOAD_SMALL_INT": _with_arg(op_load_const),
    "LOAD_COMMON_CONSTANT": _common_constant,
    "LOAD_FAST": _with_arg(op_load_fast),
    "LOAD_FAST_CHECK": _with_arg(op_load_fast),
    "LOAD_FAST_BORROW": _with_arg(op_load_fast),
    "LOAD_FAST_LOAD_FAST": _pair(op_load_fast_load_fast),
    "LOAD_FAST_BORROW_LOAD_FAST_BORROW": _pair(op_load_fast_load_fast),
    "LOAD_FAST_AND_CLEAR": _with_arg(op_load_fast_and_clear),
    "STORE_FAST": _with_arg(op_store_fast),
    "STORE_FAST_LOAD_FAST": _pair(op_store_fast_load_fast),
    "STORE_FAST_STORE_FAST": _pair(op_store_fast_store_fast),
    "DELETE_FAST": _with_arg(op_delete_fast),
    "MAKE_CELL": _with_arg(op_make_cell),
    "COPY_FREE_VARS": _with_arg(op_copy_free_vars),
    "LOAD_DEREF": _with_arg(op_load_deref),
    "STORE_DEREF": _with_arg(op_store_deref),
    "DELETE_DEREF": _with_arg(op_delete_deref),
    "LOAD_GLOBAL": _load_global,
    "STORE_GLOBAL": _name(op_store_global),
    "DELETE_GLOBAL": _name(op_delete_global),
    "LOAD_NAME": _name(op_load_name),
    "STORE_NAME": _name(op_store_name),
    "DELETE_NAME": _name(op_delete_name),
    "LOAD_ATTR": _load_attr,
    "STORE_ATTR": _name(op_store_attr),
    "DELETE_ATTR": _name(op_delete_attr),
    "LOAD_SPECIAL": _load_special,
    "UNARY_NEGATIVE": lambda ins, i, info, index_of: (op_unary, operator.neg),
    "UNARY_INVERT": lambda ins, i, info, index_of: (op_unary, operator.invert),
    "UNARY_NOT": _simple(op_unary_not),
    "TO_BOOL": _simple(op_to_bool),
    "BINARY_OP": _binary_op,
    "COMPARE_OP": _compare_op,
    "IS_OP": _is_or_contains(op_is),
    "CONTAINS_OP": _is_or_contains(op_contains),
    "BUILD_LIST": _with_arg(op_build_list),
    "BUILD_TUPLE": _with_arg(op_build_tuple),
    "BUILD_SET": _with_arg(op_build_set),
    "BUILD_MAP": _with_arg(op_build_map),
    "BUILD_SLICE": _with_arg(op_build_slice),
    "BUILD_STRING": _with_arg(op_build_string),
    "LIST_APPEND": _with_arg(op_list_append),
    "LIST_EXTEND": _with_arg(op_list_extend),
    "SET_ADD": _with_arg(op_set_add),
    "SET_UPDATE": _with_arg(op_set_update),
    "MAP_ADD": _with_arg(op_map_add),
    "DICT_UPDATE": _with_arg(op_dict_update),
    "DICT_MERGE": _with_arg(op_dict_merge),
    "STORE_SUBSCR": _simple(op_store_subscr),
    "DELETE_SUBSCR": _simple(op_delete_subscr),
    "BINARY_SLICE": _simple(op_binary_slice),
    "STORE_SLICE": _simple(op_store_slice),
    "UNPACK_SEQUENCE": _with_arg(op_unpack_sequence),
    "UNPACK_EX": _unpack_ex,
    "GET_ITER": _simple(op_get_iter),
    "FOR_ITER": _for_iter,
    "JUMP_FORWARD": _jump(op_jump),
    "JUMP_BACKWARD": _jump(op_jump_backward),
    "JUMP_BACKWARD_NO_INTERRUPT": _jump(op_jump),
    "POP_JUMP_IF_FALSE": _jump(op_pop_jump_if_false),
    "POP_JUMP_IF_TRUE": _jump(op_pop_jump_if_true),
    "POP_JUMP_IF_NONE": _jump(op_pop_jump_if_none),
    "POP_JUMP_IF_NOT_NONE": _jump(op_pop_jump_if_not_none),
    "FORMAT_SIMPLE": _simple(op_format_simple),
    "FORMAT_WITH_SPEC": _simple(op_format_with_spec),
    "CONVERT_VALUE": _convert_value,
    "MAKE_FUNCTION": _simple(op_make_function),
    "SET_FUNCTION_ATTRIBUTE": _set_function_attribute,
    "CALL_INTRINSIC_1": _intrinsic_1,
    "CALL": _with_arg(op_call),
    "CALL_KW": _with_arg(op_call_kw),
    "CALL_FUNCTION_EX": _simple(op_call_function_ex),
    "RETURN_VALUE": _simple(op_return_value),
    "RAISE_VARARGS": _with_arg(op_raise_varargs),
    "RERAISE": _reraise,
    "PUSH_EXC_INFO": _simple(op_push_exc_info),
    "POP_EXCEPT": _simple(op_pop_except),
    "CHECK_EXC_MATCH": _simple(op_check_exc_match),
    "WITH_EXCEPT_START": _simple(op_with_except_start),
    "IMPORT_NAME": _name(op_import_name),
    "IMPORT_FROM": _name(op_import_from),
}

SUPPORTED_INSTRUCTIONS = frozenset(_FACTORIES)

# What an instruction can touch, for explore(): _LOCAL ones read and write only the thread's own
# frame (and fresh objects), so they commute with every other thread's instructions;
# _IF_IMMUTABLE ones are local when every operand they read is an immutable value; the rest are
# _VISIBLE (globals, attributes, items of containers others may hold, calls into C, locks).
_LOCAL, _IF_IMMUTABLE, _VISIBLE, _GLOBAL_READ, _CALL, _SPECIAL, _RAISE = 0, 1, 2, 3, 4, 5, 6
_LOCALITY = {
    name: _LOCAL
    for name in (
        "NOP", "NOT_TAKEN", "EXTENDED_ARG", "RESUME", "POP_TOP", "END_FOR", "POP_ITER", "PUSH_NULL",
        "COPY", "SWAP", "LOAD_CONST", "LOAD_SMALL_INT", "LOAD_COMMON_CONSTANT", "LOAD_FAST",
        "LOAD_FAST_CHECK", "LOAD_FAST_BORROW", "LOAD_FAST_LOAD_FAST", "LOAD_FAST_BORROW_LOAD_FAST_BORROW",
        "LOAD_FAST_AND_CLEAR", "STORE_FAST", "STORE_FAST_LOAD_FAST", "STORE_FAST_STORE_FAST",
        "DELETE_FAST", "MAKE_CELL", "IS_OP", "BUILD_LIST", "BUILD_TUPLE", "BUILD_SLICE",
        "JUMP_FORWARD", "JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT", "POP_JUMP_IF_FALSE",
        "POP_JUMP_IF_TRUE", "POP_JUMP_IF_NONE", "POP_JUMP_IF_NOT_NONE", "UNARY_NOT", "MAKE_FUNCTION",
        "RETURN_VALUE", "RERAISE", "PUSH_EXC_INFO", "POP_EXCEPT", "CHECK_EXC_MATCH",
    )
}
_LOCALITY.update(
    {
        name: _IF_IMMUTABLE
        for name in (
            "TO_BOOL", "UNARY_NEGATIVE", "UNARY_INVERT", "BINARY_OP", "COMPARE_OP", "CONTAINS_OP",
            "FORMAT_SIMPLE", "FORMAT_WITH_SPEC", "CONVERT_VALUE", "BUILD_STRING", "UNPACK_SEQUENCE",
            "GET_ITER", "FOR_ITER", "CALL_INTRINSIC_1", "BUILD_MAP", "BUILD_SET",
        )
    }
)
_LOCALITY["LOAD_GLOBAL"] = _GLOBAL_READ
_LOCALITY["LOAD_NAME"] = _GLOBAL_READ
_LOCALITY["LOAD_SPECIAL"] = _SPECIAL
_LOCALITY["RAISE_VARARGS"] = _RAISE
_LOCALITY["CALL"] = _CALL
_LOCALITY["CALL_KW"] = _CALL
_LOCALITY["CALL_FUNCTION_EX"] = _CALL
# how many values from the top of the stack an _IF_IMMUTABLE instruction reads
_OPERANDS = {
    "TO_BOOL": 1, "UNARY_NEGATIVE": 1, "UNARY_INVERT": 1, "BINARY_OP": 2, "COMPARE_OP": 2,
    "CONTAINS_OP": 2, "FORMAT_SIMPLE": 1, "FORMAT_WITH_SPEC": 2, "CONVERT_VALUE": 1, "UNPACK_SEQUENCE": 1,
    "GET_ITER": 1, "FOR_ITER": 1, "CALL_INTRINSIC_1": 1,
}


# ---------------------------------------------------------------------------------------------
# Running one thread


def _unwind(th, exc):
    """Hand `exc`, raised by the instruction before frame.ip, to the innermost handler in the
    exception tables of the thread's frames. Returns False when no frame handles it (the thread
    ends with the exception)."""
    frame = th.frame
    index = frame.ip - 1
    # the line where the exception first appeared in stepped code (a RERAISE keeps that line)
    if id(exc) not in th.raised_at:
        th.raised_at[id(exc)] = (exc, frame.info.lines[max(index, 0)])
    if th.exc_info is not None and exc.__context__ is None and exc is not th.exc_info:
        exc.__context__ = th.exc_info
    while frame is not None:
        index = frame.ip - 1
        for start, end, target, depth, lasti in frame.info.exception_table:
            if start <= index < end:
                stack = frame.stack
                del stack[depth:]
                if lasti:
                    stack.append(frame.info.offsets[index] // 2)
                stack.append(exc)
                frame.ip = target
                th.frame = frame
                return True
        frame = frame.back
        th.depth -= 1
    th.frame = None
    th.status = FAILED
    th.exception = exc
    th.error_line = th.raised_at[id(exc)][1]
    th.raised_at.clear()
    return False


def run_thread(th, limit):
    """Run up to `limit` instructions of `th`; stops early when it finishes, fails or must wait.
    Returns how many instructions ran."""
    n = 0
    while True:
        try:
            while n < limit:
                f = th.frame
                op = f.ops[f.ip]
                f.ip += 1
                n += 1
                op[0](th, f, op[1])
            th.steps += n
            return n
        except _Stop:
            if th.status is WAITING:
                n -= 1  # the CALL did not happen: it runs again when the lock is free
            th.steps += n
            return n
        except (StepperError, KeyboardInterrupt):
            raise
        except BaseException as exc:  # the spell's own exception: SystemExit and friends included
            if not _unwind(th, exc):
                th.steps += n
                return n


def step_thread(th):
    """Run exactly one instruction of `th` (which must be runnable). Returns 1, or 0 when it had
    to wait for a lock."""
    th.breaker = False
    if th.status is WAITING:
        # a timed wait given its turn while the lock is still taken: its time ran out
        th.time_up = th.timed and th.waiting_for.holder is not None
        th.status = READY
        th.waiting_for = None
        th.timed = False
    return run_thread(th, 1)


# ---------------------------------------------------------------------------------------------
# A loaded spell: its module namespace, run natively (or stepped).


def capped_output(limit=OUTPUT_LIMIT_CHARS):
    """Where a stepped spell's printing goes: the harness's own capped collector (pyland_story.py)."""
    return CappedOutput(limit)


class _Quiet:
    """Print from the spell into `sink` while the block runs."""

    def __init__(self, sink):
        self.sink = sink

    def __enter__(self):
        self.saved = sys.stdout, sys.stderr
        sys.stdout = sys.stderr = self.sink

    def __exit__(self, *exc):
        sys.stdout, sys.stderr = self.saved


def _spell_builtins():
    if _pyland is not None:
        spell_builtins = _pyland._spell_builtins(keep_doors=True)
        guarded = spell_builtins["__import__"]
    else:
        spell_builtins = dict(vars(builtins))
        guarded = builtins.__import__
    shim = _threading_shim()

    def spell_import(name, globals=None, locals=None, fromlist=(), level=0):
        if level == 0 and name == "threading":
            return shim
        if level == 0 and name.split(".")[0] == "pyland_stepper":
            raise ImportError("the module 'pyland_stepper' is locked away from spells")
        return guarded(name, globals, locals, fromlist, level)

    spell_builtins["__import__"] = spell_import
    return spell_builtins


class SpellError(Exception):
    """The spell's module code could not be compiled or raised: a bad spell file."""

    def __init__(self, exc, line):
        self.exc = exc
        self.line = line
        where = f" (line {line})" if line is not None else ""
        text = exc.msg if isinstance(exc, SyntaxError) else str(exc)
        super().__init__(f"the spell could not be loaded: {type(exc).__name__}: {text}{where}")


class Spell:
    """A spell's source, compiled with the filename the stepper steps, and its namespace."""

    def __init__(self, source, stepped_module=False, output=None):
        self.output = output if output is not None else capped_output()
        try:
            self.code = compile(source, SPELL_FILENAME, "exec")
        except SyntaxError as exc:
            raise SpellError(exc, exc.lineno) from None
        self.globals = {"__name__": "__spell__", "__builtins__": _spell_builtins()}
        self.initial_names = set(self.globals)
        self.module_steps = 0
        with _Quiet(self.output):
            if stepped_module:
                th = Thread(self, -1, "<module>")
                info = prepare(self.code)
                th.frame = Frame(info, [NULL] * info.nlocalsplus, self.globals, self.globals["__builtins__"], None, self.globals)
                run_thread(th, DEFAULT_MAX_STEPS)
                self.module_steps = th.steps
                if th.status is FAILED:
                    raise SpellError(th.exception, th.error_line)
                if th.status is not DONE:
                    raise StepperError("the spell's module code ran too long")
            else:
                try:
                    exec(self.code, self.globals)
                except (KeyboardInterrupt, StepperError):
                    raise
                except BaseException as exc:
                    raise SpellError(exc, _spell_line(exc)) from None

    def function(self, name):
        fn = self.globals.get(name, _MISSING)
        if fn is _MISSING:
            raise StepperError(f"the spell defines no function called {name!r}")
        if _stepped_function(fn)[0] is None:
            raise StepperError(f"{name!r} is not a function the spell defines (it is {type(fn).__name__})")
        return fn

    def defined_globals(self):
        """repr of each global the spell defined whose value is plain data."""
        return {
            name: safe_repr(value)
            for name, value in self.globals.items()
            if name not in self.initial_names and not name.startswith("__") and type(value) in _PLAIN_TYPES
        }


_PLAIN_TYPES = (int, float, str, bool, type(None), list, tuple, dict)


def _spell_line(exc):
    line = None
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == SPELL_FILENAME:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


def safe_repr(value, limit=REPR_LIMIT * 4):
    if value is NULL:
        return "NULL"
    try:
        text = repr(value)
    except Exception as exc:  # a spell class with a broken __repr__
        text = f"<{type(value).__name__} object (repr failed: {type(exc).__name__})>"
    text = _ADDRESS.sub("", text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _short(value):
    return safe_repr(value, REPR_LIMIT)


# ---------------------------------------------------------------------------------------------
# Single-thread stepping of one call


def start_thread(spell, number, fn, args=(), kwargs=None):
    inner, bound_self = _stepped_function(fn)
    if inner is None:
        raise StepperError(f"{_callee_name(fn)} is not a function the spell defines")
    th = Thread(spell, number, inner.__name__)
    call_args = list(args) if bound_self is None else [bound_self, *args]
    try:
        _push_frame(th, inner, call_args, kwargs)
    except TypeError as exc:  # a bad call: the thread ends at once with CPython's TypeError
        th.status = FAILED
        th.exception = exc
    return th


def step_call(source, function, args=(), kwargs=None, max_steps=DEFAULT_MAX_STEPS, events=False):
    """Step one call of `function` from the spell. Returns the step tool's result dict."""
    spell = Spell(source)
    fn = spell.function(function)
    th = start_thread(spell, 0, fn, args, kwargs)
    recorded = [] if events else None
    with _Quiet(spell.output):
        if events:
            run = Run(spell, [th], "replay", schedule=[], events=True, max_steps=max_steps)
            run.run()
            recorded = run.events
        elif th.status is READY:
            left = max_steps
            while left > 0 and th.runnable():
                # a wait with a timeout, alone: its turn comes again while the lock is taken, its time is up
                left -= step_thread(th) if th.status is WAITING else run_thread(th, left)
    if th.stuck():
        raise StepperError("the call waits forever for a lock nobody gives back (it holds it already?)")
    if not th.finished():
        raise StepperError(f"the call ran more than {max_steps} instructions without returning")
    return _call_result(spell, th, th.steps, recorded)


def _call_result(spell, th, steps, recorded):
    result = {
        "returned": safe_repr(th.result) if th.status is DONE else None,
        "exception": type(th.exception).__name__ if th.status is FAILED else None,
        "message": str(th.exception) if th.status is FAILED else None,
        "line": th.error_line if th.status is FAILED else None,
        "globals": spell.defined_globals(),
        "steps": steps,
        "output": spell.output.getvalue(),
    }
    if recorded is not None:
        result["events"] = recorded
    return result


def step_module(source):
    """Step the spell's module code itself (LOAD_NAME/STORE_NAME, imports, top-level loops)."""
    spell = Spell(source, stepped_module=True)
    return {"globals": spell.defined_globals(), "steps": spell.module_steps, "output": spell.output.getvalue()}


def native_module(source):
    spell = Spell(source)
    return {"globals": spell.defined_globals(), "output": spell.output.getvalue()}


def native_call(source, function, args=(), kwargs=None):
    """The same call run natively by CPython, shaped like step_call's result (for differential tests)."""
    spell = Spell(source)
    fn = spell.function(function)
    returned = exception = message = None
    with _Quiet(spell.output):
        try:
            returned = safe_repr(fn(*args, **(kwargs or {})))
        except (KeyboardInterrupt, StepperError):
            raise
        except BaseException as exc:
            exception = type(exc).__name__
            message = str(exc)
    return {"returned": returned, "exception": exception, "message": message, "globals": spell.defined_globals(), "output": spell.output.getvalue()}


# ---------------------------------------------------------------------------------------------
# Several threads under a scheduler


MODES = ("gil", "anywhere", "replay")


class Run:
    """Threads over one spell's globals under a scheduler (see the module docstring)."""

    def __init__(self, spell, threads, mode, interval=DEFAULT_INTERVAL, schedule=None, seed=0, events=False, max_steps=DEFAULT_MAX_STEPS, observe=None):
        if mode not in MODES:
            raise StepperError(f"unknown mode {mode!r}: use one of {', '.join(MODES)}")
        if not isinstance(interval, int) or interval < 1:
            raise StepperError("the switch interval must be a whole number of instructions, at least 1")
        self.spell = spell
        self.threads = threads
        self.mode = mode
        self.interval = interval
        self.schedule = list(schedule) if schedule is not None else None
        if mode == "replay" and self.schedule is None:
            raise StepperError("replay needs a schedule (a list of thread numbers)")
        self.random = random.Random(seed)
        self.max_steps = max_steps
        self.events = [] if events else None
        # called after every step when events are on: what it returns is the event's "seen" (a
        # checker measures something the runes do not say, such as how long a list is)
        self.observe = observe
        self.taken = []  # the schedule that actually ran: one thread number per instruction
        self.holder = 0 if mode == "gil" else None  # who holds the stick (gil mode)
        self.held_for = 0
        self.deadlock = False

    def runnable(self):
        return [th for th in self.threads if th.runnable()]

    def run(self):
        mode = self.mode
        steps = 0
        while steps < self.max_steps:
            ready = self.runnable()
            if not ready:
                self.deadlock = any(not th.finished() for th in self.threads)
                return self
            if mode == "gil":
                th = self._gil_choice(ready)
            elif mode == "anywhere":
                th = ready[0] if len(ready) == 1 else self.random.choice(ready)
            else:
                th = self._replay_choice(ready, len(self.taken))
            self._step(th)
            steps += 1
            if mode == "gil":
                self._gil_after(th)
        raise StepperError(f"the threads ran more than {self.max_steps} instructions without finishing")

    def _gil_choice(self, ready):
        holder = self.threads[self.holder]
        if holder.runnable() and not holder.stuck():
            return holder
        # the holder finished or waits for a lock: it drops the stick, the next one takes it
        # (a timed waiter gets it back, to give up, only when nobody else can run)
        nxt = self._next_after(self.holder, [th for th in ready if not th.stuck()] or ready)
        self._give_stick(nxt.number)
        return nxt

    def _gil_after(self, th):
        self.held_for += 1
        if th.status is WAITING:
            return
        if self.held_for >= self.interval and th.breaker:
            others = [other for other in self.runnable() if other is not th and not other.stuck()]
            if others:
                self._give_stick(self._next_after(th.number, others).number)

    def _give_stick(self, number):
        self.holder = number
        self.held_for = 0

    def _next_after(self, number, candidates):
        count = len(self.threads)
        for k in range(1, count + 1):
            wanted = (number + k) % count
            for th in candidates:
                if th.number == wanted:
                    return th
        return candidates[0]

    def _replay_choice(self, ready, position):
        if position < len(self.schedule):
            number = self.schedule[position]
            if not isinstance(number, int) or not 0 <= number < len(self.threads):
                raise StepperError(f"schedule entry {position} is {number!r}: there is no thread with that number")
            th = self.threads[number]
            if not th.runnable():
                why = "has finished" if th.finished() else "is waiting for a lock"
                raise StepperError(f"schedule entry {position}: thread {number} cannot run, it {why}")
            return th
        # past the end of the schedule: the threads finish one after another
        return ready[0]

    def _step(self, th):
        if self.events is None:
            step_thread(th)
            self.taken.append(th.number)
            return
        frame = th.frame
        index = frame.ip
        info = frame.info
        ins = info.instructions[index]
        before = [_short(v) for v in frame.stack]
        was_waiting = th.status is WAITING
        ran = step_thread(th)
        self.taken.append(th.number)
        after_frame = th.frame
        event = {
            "thread": th.number,
            "function": info.name,
            "offset": ins.offset,
            "op": ins.opname,
            "arg": ins.argrepr if ins.argrepr else (ins.arg if ins.arg is not None else None),
            "line": info.lines[index],
            "stack_before": before,
            "stack_after": [_short(v) for v in after_frame.stack] if after_frame is not None else [],
            "function_after": after_frame.info.name if after_frame is not None else None,
            "writes": _writes(info, index, ins),
            "waits": bool(ran == 0),
            "woke": was_waiting,
            "stick": self.holder,
            "locks": self._lock_holders(),
            "status": th.status,
        }
        if th.status is FAILED:
            event["exception"] = type(th.exception).__name__
        if th.status is DONE:
            event["returned"] = _short(th.result)
        if self.observe is not None:
            event["seen"] = self.observe()
        self.events.append(event)

    def _lock_holders(self):
        return {name: value.holder for name, value in self.spell.globals.items() if type(value) is SteppedLock}

    def result(self):
        return {
            "mode": self.mode,
            "deadlock": self.deadlock,
            "schedule": self.taken,
            "switches": _switches(self.taken),
            "threads": [_thread_summary(th) for th in self.threads],
            "globals": self.spell.defined_globals(),
            "steps": len(self.taken),
            "output": self.spell.output.getvalue(),
            **({"events": self.events} if self.events is not None else {}),
        }


def _switches(schedule):
    return sum(1 for a, b in zip(schedule, schedule[1:]) if a != b)


def _writes(info, index, ins):
    name = ins.opname
    if name in ("STORE_FAST", "STORE_DEREF", "DELETE_FAST"):
        return [info.localsplus_names[ins.arg]]
    if name in ("STORE_FAST_STORE_FAST",):
        return [info.localsplus_names[ins.arg >> 4], info.localsplus_names[ins.arg & 15]]
    if name == "STORE_FAST_LOAD_FAST":
        return [info.localsplus_names[ins.arg >> 4]]
    if name in ("STORE_GLOBAL", "STORE_NAME", "DELETE_GLOBAL", "DELETE_NAME"):
        return [info.code.co_names[ins.arg]]
    if name == "STORE_ATTR":
        return ["." + info.code.co_names[ins.arg]]
    if name in ("STORE_SUBSCR", "DELETE_SUBSCR", "STORE_SLICE"):
        return ["[]"]
    return []


def _thread_summary(th):
    return {
        "thread": th.number,
        "function": th.name,
        "status": th.status,
        "returned": safe_repr(th.result) if th.status is DONE else None,
        "exception": type(th.exception).__name__ if th.status is FAILED else None,
        "line": th.error_line if th.status is FAILED else None,
        "steps": th.steps,
    }


def _thread_entries(spell, names):
    if not names:
        raise StepperError("name at least one function to run as a thread")
    return [start_thread(spell, number, spell.function(name)) for number, name in enumerate(names)]


def run_threads(source, names, mode="gil", interval=DEFAULT_INTERVAL, schedule=None, seed=0, events=False, max_steps=DEFAULT_MAX_STEPS):
    spell = Spell(source)
    threads = _thread_entries(spell, names)
    run = Run(spell, threads, mode, interval=interval, schedule=schedule, seed=seed, events=events, max_steps=max_steps)
    with _Quiet(spell.output):
        run.run()
    return run.result()


# ---------------------------------------------------------------------------------------------
# explore: every interleaving, breadth first, merging states already seen


_ATOMIC_TYPES = frozenset({int, str, bool, type(None), bytes, complex, range, _Null, type(Ellipsis), type(NotImplemented)})
_REPR_ATOMIC_TYPES = frozenset({float, slice})
# objects the explorer treats as constants: compared by identity, never copied or put back
_IDENTITY_TYPES = frozenset({
    types.ModuleType, type, types.BuiltinFunctionType, types.MethodDescriptorType, types.WrapperDescriptorType,
    types.ClassMethodDescriptorType, types.GetSetDescriptorType, types.MemberDescriptorType, types.CodeType,
    property, staticmethod, classmethod,
})
# iterators put back by rebuilding them from __reduce__ (list, tuple, str and range iteration)
_ITERATOR_TYPES = frozenset(
    type(it) for it in (
        iter(range(1)), iter(range(1 << 70)), iter([]), reversed([]), iter(()), iter(""), iter("é"),
        enumerate(()), zip(), reversed(range(1)),
    )
) | {reversed}
_LIST, _DICT, _SET, _LOCK, _CELL, _BYTEARRAY = range(6)
_REF = object()  # marks "the same object as the n-th one seen" in a state key
_EMPTY_CELL = object()
# builtins that only compute from their (immutable) arguments: calling them touches nothing shared
_PURE_BUILTINS = frozenset({
    range, len, abs, min, max, int, float, str, bool, round, divmod, pow, chr, ord, sum, tuple, isinstance,
    repr, hash, sorted, any, all, frozenset, bin, hex, oct, type, complex,
})


def _immutable(value):
    t = type(value)
    if t in _ATOMIC_TYPES or t is float:
        return True
    if t is tuple or t is frozenset:
        for item in value:
            if not _immutable(item):
                return False
        return True
    return False


def _written_global_names(code, found=None):
    """Names any code object of the spell stores into or deletes from the globals; None when the
    spell could reach its globals dict some other way (then every global counts as written)."""
    if found is None:
        found = set()
    for name in code.co_names:
        if name in ("globals", "vars", "exec", "eval", "setattr", "delattr", "__dict__", "__builtins__", "__import__", "sys", "locals"):
            return None
    for ins in dis.get_instructions(code):
        if ins.opname in ("STORE_GLOBAL", "DELETE_GLOBAL"):
            found.add(ins.argval)
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            if _written_global_names(const, found) is None:
                return None
    return found


class _Node:
    __slots__ = ("snap", "depth", "switches", "parent", "path", "count", "expanded")

    def __init__(self, snap, depth, switches, parent, path, count):
        self.snap = snap
        self.depth = depth
        self.switches = switches
        self.parent = parent
        self.path = path
        self.count = count
        self.expanded = False


class Explorer:
    def __init__(self, spell, threads, mode, invariant, bound=DEFAULT_BOUND, max_states=DEFAULT_MAX_STATES, reduce=True):
        if mode not in ("anywhere", "gil"):
            raise StepperError(f"explore needs the mode anywhere or gil, not {mode!r}")
        if not isinstance(bound, int) or bound < 1:
            raise StepperError("the bound must be a whole number of steps, at least 1")
        try:
            self.invariant_code = compile(invariant, "<invariant>", "eval")
        except SyntaxError as exc:
            raise StepperError(f"the invariant is not a Python expression: {exc.msg}") from None
        self.invariant = invariant
        self.spell = spell
        self.threads = threads
        self.mode = mode
        self.bound = bound
        self.max_states = max_states
        self.reduce = reduce
        self.holder = 0
        self.at_breaker = True  # gil mode: the stick may go to anyone at the start
        self.last = None  # the thread of the last visible step (anywhere) or of the last step (gil)
        self.written = _written_global_names(spell.code)
        self.keep = []  # identity objects named in state keys stay alive (their ids stay unique)
        builtins_dict = spell.globals["__builtins__"]
        self.constants = {id(builtins_dict): builtins_dict}
        for value in list(vars(builtins_dict).values()) if not isinstance(builtins_dict, dict) else builtins_dict.values():
            self.constants[id(value)] = value

    # -- state capture and restore ------------------------------------------------------------

    def capture(self):
        memo = {}
        key = []
        saved = []
        recipes = []
        constants = self.constants
        keep = self.keep
        append = key.append

        def walk(o):
            t = type(o)
            if t in _ATOMIC_TYPES:
                append(t)
                append(o)
                return
            if t in _REPR_ATOMIC_TYPES:
                append(t)
                append(repr(o))
                return
            ident = id(o)
            seen = memo.get(ident)
            if seen is not None:
                append(_REF)
                append(seen)
                return
            memo[ident] = len(memo)
            if ident in constants or t in _IDENTITY_TYPES:
                keep.append(o)
                append(ident)
                return
            if t is tuple or t is frozenset:
                append(t)
                append(len(o))
                for item in o:
                    walk(item)
            elif isinstance(o, tuple) and getattr(t, "__module__", None) != "__spell__" and not getattr(o, "__dict__", None):
                # a named tuple of the library (a loop name left holding a dis.Instruction): a
                # tuple never changes, so its items are all its state
                keep.append(t)
                append(id(t))
                append(len(o))
                for item in o:
                    walk(item)
            elif t is list:
                append(list)
                append(len(o))
                saved.append((_LIST, o, o[:]))
                for item in o:
                    walk(item)
            elif t is dict:
                append(dict)
                append(len(o))
                saved.append((_DICT, o, list(o.items())))
                for k, v in o.items():
                    walk(k)
                    walk(v)
            elif t is set:
                items = list(o)
                if not all(_immutable(item) for item in items):
                    raise CannotExplore("a set holds something other than plain values; explore cannot copy it")
                append(set)
                append(tuple(sorted(repr(item) for item in items)))
                saved.append((_SET, o, items))
            elif t is SteppedLock:
                append(SteppedLock)
                append(o.holder)
                saved.append((_LOCK, o, o.holder))
            elif t is types.CellType:
                try:
                    contents = o.cell_contents
                except ValueError:
                    contents = _EMPTY_CELL
                append(types.CellType)
                saved.append((_CELL, o, contents))
                if contents is _EMPTY_CELL:
                    append(None)
                else:
                    walk(contents)
            elif t is bytearray:
                append(bytearray)
                append(bytes(o))
                saved.append((_BYTEARRAY, o, bytes(o)))
            elif t is types.FunctionType:
                keep.append(o)
                append(types.FunctionType)
                append(ident)
                walk(o.__defaults__)
                walk(o.__kwdefaults__)
                walk(o.__closure__)
            elif t is types.MethodType or t is types.MethodWrapperType or t is types.BuiltinMethodType:
                keep.append(o)
                append(t)
                append(ident)
                walk(o.__self__)
            elif t in _ITERATOR_TYPES:
                reduced = o.__reduce__()
                fn, args = reduced[0], reduced[1]
                state = reduced[2] if len(reduced) > 2 else None
                append(t)
                for arg in args:
                    walk(arg)
                append(state)
                recipes.append((o, fn, args, state))
            elif isinstance(o, BaseException):
                keep.append(o)
                append(t)
                append(safe_repr(o.args))
            elif getattr(t, "__module__", None) == "__spell__" and hasattr(o, "__dict__") and "__slots__" not in t.__dict__:
                keep.append(t)
                append(id(t))
                walk(o.__dict__)
            else:
                error = CannotExplore(f"a thread or a global holds a {t.__name__} object, which explore cannot copy and put back")
                error.kind = t.__name__
                raise error

        walk(self.spell.globals)
        frames_saved = []
        for th in self.threads:
            append(th.status)
            append(th.timed)
            walk(th.waiting_for)
            chain = []
            f = th.frame
            while f is not None:
                chain.append(f)
                f = f.back
            chain.reverse()
            append(len(chain))
            frames = []
            for f in chain:
                append(id(f.info))
                append(f.ip)
                append(len(f.stack))
                for v in f.stack:
                    walk(v)
                for v in f.fast:
                    walk(v)
                walk(f.func)
                walk(f.init_self)
                frames.append((f.info, f.ip, f.stack[:], f.fast[:], f.globals, f.builtins, f.func, f.names, f.init_self))
            walk(th.exc_info)
            if th.status is DONE:
                walk(th.result)
            elif th.status is FAILED:
                walk(th.exception)
            frames_saved.append(
                (th.status, th.waiting_for, th.timed, th.exc_info, th.result, th.exception, th.error_line, th.steps, th.depth, frames)
            )
        append(self.last)
        if self.mode == "gil":
            append(self.holder)
            append(self.at_breaker)
        return tuple(key), (saved, recipes, frames_saved, self.holder, self.at_breaker, self.last)

    def restore(self, snap):
        saved, recipes, frames_saved, holder, at_breaker, last = snap
        subst = {}
        for old, fn, args, state in recipes:
            new = fn(*[subst.get(id(arg), arg) for arg in args])
            if state is not None:
                new.__setstate__(state)
            subst[id(old)] = new

        def sub(items):
            return [subst.get(id(item), item) for item in items] if subst else list(items)

        for kind, obj, content in saved:
            if kind is _LIST:
                obj[:] = sub(content)
            elif kind is _DICT:
                obj.clear()
                if subst:
                    obj.update((k, subst.get(id(v), v)) for k, v in content)
                else:
                    obj.update(content)
            elif kind is _LOCK:
                obj.holder = content
            elif kind is _CELL:
                if content is _EMPTY_CELL:
                    try:
                        del obj.cell_contents
                    except ValueError:
                        pass
                else:
                    obj.cell_contents = subst.get(id(content), content)
            elif kind is _SET:
                obj.clear()
                obj.update(content)
            else:
                obj[:] = content
        for th, data in zip(self.threads, frames_saved):
            status, waiting_for, timed, exc_info, result, exception, error_line, steps, depth, frames = data
            th.status = status
            th.waiting_for = waiting_for
            th.timed = timed
            th.exc_info = exc_info
            th.result = result
            th.exception = exception
            th.error_line = error_line
            th.steps = steps
            th.depth = depth
            th.raised_at.clear()
            back = None
            for info, ip, stack, fast, globals_, builtins_, func, names, init_self in frames:
                frame = Frame(info, sub(fast), globals_, builtins_, func, names)
                frame.init_self = init_self
                frame.ip = ip
                frame.stack = sub(stack)
                frame.back = back
                back = frame
            th.frame = back
        self.holder = holder
        self.at_breaker = at_breaker
        self.last = last

    # -- which threads may run next -------------------------------------------------------------

    def choices(self):
        ready = [th for th in self.threads if th.runnable()]
        if len(ready) <= 1:
            return ready
        if self.mode == "gil":
            holder = self.threads[self.holder]
            if holder.runnable() and not self.at_breaker:
                return [holder]
            # at an eval-breaker point (or the holder waits): the stick may go to anyone
            return sorted(ready, key=lambda th: th is not holder)
        if self.reduce:
            for th in ready:
                if self._local_next(th):
                    return [th]
        return ready

    def _local_next(self, th):
        if th.status is WAITING:
            return False
        f = th.frame
        i = f.ip
        info = f.info
        kind = info.locality[i]
        if kind == _LOCAL:
            return True
        if kind == _VISIBLE:
            return False
        ins = info.instructions[i]
        s = f.stack
        if kind == _GLOBAL_READ:
            return self.written is not None and f.ops[i][1] not in self.written and f.names is None
        if kind == _RAISE:  # raising a built-in exception (a spell's own class could run code)
            if ins.arg == 0:
                return True
            raised = s[-1] if ins.arg == 1 else s[-2]
            raised_type = raised if isinstance(raised, type) else type(raised)
            return bool(raised_type.__flags__ & _IMMUTABLE_TYPE_FLAG)
        if kind == _SPECIAL:  # a lookup on a type nothing changes (built-in types, the stepped lock)
            owner_type = type(s[-1])
            return owner_type is SteppedLock or bool(owner_type.__flags__ & _IMMUTABLE_TYPE_FLAG)
        if kind == _IF_IMMUTABLE:
            name = ins.opname
            if name == "GET_ITER":
                return type(s[-1]) in (list, tuple, range, str)
            if name == "FOR_ITER":
                it = s[-1]
                if type(it) not in _ITERATOR_TYPES:
                    return False
                reduced = it.__reduce__()
                return all(_immutable(arg) for arg in reduced[1])
            if name == "BUILD_MAP":
                count = 2 * ins.arg
            elif name in ("BUILD_SET", "BUILD_STRING"):
                count = ins.arg
            else:
                count = _OPERANDS[name]
            for k in range(1, count + 1):
                if not _immutable(s[-k]):
                    return False
            return True
        # a call
        name = ins.opname
        if name == "CALL":
            n = ins.arg
            fn = s[-n - 2]
            self_ = s[-n - 1]
            args = s[len(s) - n:] if n else []
        elif name == "CALL_KW":
            n = ins.arg
            fn = s[-n - 3]
            self_ = s[-n - 2]
            args = s[len(s) - n - 1:-1]
        else:
            fn = s[-4]
            self_ = s[-3]
            if type(s[-2]) is not tuple:
                return False
            args = list(s[-2])
            if s[-1] is not NULL:
                args += list(s[-1].values())
        if _stepped_function(fn)[0] is not None or (type(fn) is type and _stepped_init(fn) is not None):
            return True
        if self_ is NULL and _is_pure_builtin(fn) and all(_immutable(arg) for arg in args):
            return True
        return False

    # -- the search -----------------------------------------------------------------------------

    def _take(self, th, path):
        """Run one instruction of `th`, note it in `path`; returns 1 when it counts as a switch.

        anywhere: a local step is noted as -(thread + 1) and never counts (it could have run at
        any other moment); a switch is a visible step by another thread than the last visible one.
        gil: every change of the thread running is a switch."""
        if self.mode == "anywhere" and self.reduce and self._local_next(th):
            path.append(-th.number - 1)
            th.breaker = False
            step_thread(th)
            return 0
        cost = 1 if self.last is not None and th.number != self.last else 0
        path.append(th.number)
        th.breaker = False
        step_thread(th)
        self.last = th.number
        if self.mode == "gil":
            self.holder = th.number
            self.at_breaker = th.breaker or th.status is WAITING or th.finished()
        return cost

    def explore(self):
        key, root_snap = self.capture()
        root = _Node(root_snap, 0, 0, None, (), 1)
        nodes = {key: root}
        queue = [(0, 0, 0, root)]
        serial = 1
        finished = 0  # complete interleavings seen (counted through merged states)
        cut = 0  # interleavings stopped by the bound
        states = 1
        found = None
        while queue:
            depth, switches, _, node = heapq.heappop(queue)
            if node.expanded or node.depth != depth or node.switches != switches:
                continue
            node.expanded = True
            snap = node.snap
            node.snap = None
            self.restore(snap)
            options = self.choices()
            if not options or all(th.finished() for th in self.threads):
                finished += node.count
                reason = self._judge()
                if reason is not None:
                    found = (node, reason, self.capture()[0])
                    break
                continue
            if depth >= self.bound:
                cut += node.count
                continue
            for k, th in enumerate(options):
                if k:
                    self.restore(snap)
                path = []
                cost = switches + self._take(th, path)
                # run on while only one thread may go (its next step is local, or no one else can run)
                while depth + len(path) < self.bound:
                    forced = self.choices()
                    if len(forced) != 1:
                        break
                    cost += self._take(forced[0], path)
                child_key, child_snap = self.capture()
                child_depth = depth + len(path)
                existing = nodes.get(child_key)
                if existing is None:
                    states += 1
                    if states > self.max_states:
                        raise StepperError(
                            f"explore met more than {self.max_states} different states; "
                            "try fewer or shorter threads, or a smaller bound"
                        )
                    child = _Node(child_snap, child_depth, cost, node, tuple(path), node.count)
                    nodes[child_key] = child
                    heapq.heappush(queue, (child_depth, cost, serial, child))
                    serial += 1
                elif not existing.expanded:
                    existing.count += node.count
                    if (child_depth, cost) < (existing.depth, existing.switches):
                        existing.depth = child_depth
                        existing.switches = cost
                        existing.parent = node
                        existing.path = tuple(path)
                        existing.snap = child_snap
                        heapq.heappush(queue, (child_depth, cost, serial, existing))
                        serial += 1
        result = {
            "holds": found is None,
            "schedules": finished,
            "states": states,
            "complete": found is None and cut == 0,
            "cut_by_bound": cut,
            "counterexample": None,
            "switches": None,
            "final": None,
            "reason": None,
            "threads": None,
        }
        if found is not None:
            node, reason, terminal_key = found
            final = self.spell.defined_globals()
            threads = [_thread_summary(th) for th in self.threads]
            schedule = self._readable(self._path_of(node), root_snap, terminal_key)
            result.update(
                counterexample=schedule, switches=_switches(schedule), final=final, reason=reason, threads=threads
            )
        return result

    @staticmethod
    def _path_of(node):
        parts = []
        while node is not None:
            parts.append(node.path)
            node = node.parent
        path = []
        for part in reversed(parts):
            path.extend(part)
        return path

    def _readable(self, path, root_snap, terminal_key):
        """The counterexample as a schedule (one thread number per instruction), with each
        thread's local steps moved next to its following visible step, so the story has as few
        switches as the order of the visible steps allows. The moved schedule is replayed and
        must end in the same state; if it ever did not, the schedule as explored is returned."""
        raw = [entry if entry >= 0 else -entry - 1 for entry in path]
        if self.mode != "anywhere" or not self.reduce:
            return raw
        # a thread's local steps go just before its next visible step; those after its last
        # visible step go right after that one (a thread with no visible step runs at the end)
        last_visible = {}
        for position, entry in enumerate(path):
            if entry >= 0:
                last_visible[entry] = position
        pending = [[] for _ in self.threads]
        trailing = [[] for _ in self.threads]
        for position, entry in enumerate(path):
            if entry < 0:
                number = -entry - 1
                if last_visible.get(number, -1) < position:
                    trailing[number].append(number)
        moved = []
        for position, entry in enumerate(path):
            if entry < 0:
                number = -entry - 1
                if last_visible.get(number, -1) > position:
                    pending[number].append(number)
                continue
            moved.extend(pending[entry])
            pending[entry].clear()
            moved.append(entry)
            if last_visible[entry] == position:
                moved.extend(trailing[entry])
        for number in range(len(self.threads)):
            if number not in last_visible:
                moved.extend(trailing[number])
        if moved == raw:
            return raw
        self.restore(root_snap)
        for number in moved:
            th = self.threads[number]
            if not th.runnable():
                return self._replay_raw(raw, root_snap)
            self._take(th, [])
        if self.capture()[0] != terminal_key:
            return self._replay_raw(raw, root_snap)
        return moved

    def _replay_raw(self, raw, root_snap):
        self.restore(root_snap)
        for number in raw:
            self._take(self.threads[number], [])
        return raw

    def _judge(self):
        """None when this finished run is fine, else why not ("deadlock" or "invariant")."""
        if not all(th.finished() for th in self.threads):
            return "deadlock"
        scope = dict(self.spell.globals)
        try:
            ok = eval(self.invariant_code, {"__builtins__": _INVARIANT_BUILTINS}, scope)
        except (KeyboardInterrupt, StepperError):
            raise
        except BaseException as exc:
            raise StepperError(f"the invariant could not be checked: {type(exc).__name__}: {exc}") from None
        return None if ok else "invariant"


def _is_pure_builtin(fn):
    try:
        return fn in _PURE_BUILTINS
    except TypeError:  # unhashable callables are never pure builtins
        return False


_INVARIANT_BUILTINS = {
    name: getattr(builtins, name)
    for name in ("len", "sum", "min", "max", "abs", "all", "any", "sorted", "set", "list", "tuple", "dict", "range",
                 "int", "float", "str", "bool", "isinstance", "round", "True", "False", "None")
}


def explore(source, names, invariant, mode="anywhere", bound=DEFAULT_BOUND, max_states=DEFAULT_MAX_STATES, reduce=True):
    spell = Spell(source)
    threads = _thread_entries(spell, names)
    explorer = Explorer(spell, threads, mode, invariant, bound=bound, max_states=max_states, reduce=reduce)
    with _Quiet(capped_output(0)):
        return explorer.explore()


# ---------------------------------------------------------------------------------------------
# Native instruction trace (sys.monitoring), to check the stepper's control flow against CPython


def native_trace(source, function, args=(), kwargs=None):
    """(function, offset) of every instruction CPython itself executes for the call, in the
    spell's code objects. sys.monitoring reports no INSTRUCTION event for RESUME."""
    spell = Spell(source)
    fn = spell.function(function)
    mon = sys.monitoring
    tool = next(t for t in range(6) if mon.get_tool(t) is None)
    mon.use_tool_id(tool, "pyland-stepper")
    seen = []

    def on_instruction(code, offset):
        seen.append([code.co_qualname, offset])

    codes = []

    def collect(code):
        codes.append(code)
        for const in code.co_consts:
            if isinstance(const, types.CodeType):
                collect(const)

    collect(spell.code)
    try:
        mon.register_callback(tool, mon.events.INSTRUCTION, on_instruction)
        for code in codes:
            mon.set_local_events(tool, code, mon.events.INSTRUCTION)
        with _Quiet(spell.output):
            try:
                fn(*args, **(kwargs or {}))
            except (KeyboardInterrupt, StepperError):
                raise
            except BaseException:
                pass
    finally:
        for code in codes:
            mon.set_local_events(tool, code, 0)
        mon.register_callback(tool, mon.events.INSTRUCTION, None)
        mon.free_tool_id(tool)
    return seen


def stepped_trace(source, function, args=(), kwargs=None):
    """The same as native_trace, from the stepper's events. sys.monitoring reports neither RESUME
    nor what runs before it (MAKE_CELL, COPY_FREE_VARS), so neither are they here."""
    result = step_call(source, function, args, kwargs, events=True)
    hidden = ("RESUME", "MAKE_CELL", "COPY_FREE_VARS")
    return [[e["function"], e["offset"]] for e in result["events"] if e["op"] not in hidden and not e["waits"]]


# ---------------------------------------------------------------------------------------------
# The tool entry point the worker calls: JSON in, JSON out


def _payload_list(payload, key, default=()):
    value = payload.get(key)
    if value is None:
        return list(default)
    if not isinstance(value, list):
        raise StepperError(f"{key} must be a list")
    return value


def _payload_int(payload, key, default):
    value = payload.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise StepperError(f"{key} must be a whole number above 0")
    return value


def _tool(tool, payload):
    source = payload.get("source")
    if not isinstance(source, str):
        raise StepperError("the request has no spell source")
    if tool == "module":
        return step_module(source)
    if tool == "native-module":
        return native_module(source)
    if tool in ("step", "native", "trace"):
        function = payload.get("function")
        if not isinstance(function, str):
            raise StepperError("name the function to call")
        args = _payload_list(payload, "args")
        kwargs = payload.get("kwargs") or {}
        if not isinstance(kwargs, dict):
            raise StepperError("kwargs must be an object")
        if tool == "native":
            return native_call(source, function, args, kwargs)
        if tool == "trace":
            return {"native": native_trace(source, function, args, kwargs), "stepped": stepped_trace(source, function, args, kwargs)}
        return step_call(
            source, function, args, kwargs, max_steps=_payload_int(payload, "maxSteps", DEFAULT_MAX_STEPS), events=bool(payload.get("events"))
        )
    names = _payload_list(payload, "threads")
    if not all(isinstance(name, str) for name in names):
        raise StepperError("threads must be a list of function names")
    if tool == "run":
        return run_threads(
            source, names, mode=payload.get("mode", "gil"), interval=_payload_int(payload, "interval", DEFAULT_INTERVAL),
            schedule=payload.get("schedule"), seed=payload.get("seed", 0), events=bool(payload.get("events")),
            max_steps=_payload_int(payload, "maxSteps", DEFAULT_MAX_STEPS),
        )
    if tool == "race":
        invariant = payload.get("invariant")
        if not isinstance(invariant, str) or not invariant.strip():
            raise StepperError("the race needs an invariant: a Python expression over the spell's globals")
        return explore(
            source, names, invariant, mode=payload.get("mode", "anywhere"), bound=_payload_int(payload, "bound", DEFAULT_BOUND),
            max_states=_payload_int(payload, "maxStates", DEFAULT_MAX_STATES),
            # false: branch before every instruction (tests check the reduction finds the same)
            reduce=payload.get("reduce", True) is not False,
        )
    raise StepperError(f"unknown stepper tool {tool!r}")


def tool_json(tool, payload_json):
    """Run one stepper tool. Always returns JSON: {"ok": result} or {"error": {kind, message, line}}.
    kind: "unsupported" (an instruction the stepper does not cover), "spell" (the spell file
    cannot be loaded), "usage" (bad request), "interrupted" (stopped for taking too long)."""
    try:
        payload = json.loads(payload_json)
        if not isinstance(payload, dict):
            raise StepperError("the request must be a JSON object")
        answer = {"ok": _tool(tool, payload)}
    except UnsupportedInstruction as exc:
        answer = {"error": {"kind": "unsupported", "message": str(exc), "line": exc.line, "instruction": exc.opname}}
    except SpellError as exc:
        answer = {"error": {"kind": "spell", "message": str(exc), "line": exc.line}}
    except StepperError as exc:
        answer = {"error": {"kind": "usage", "message": str(exc), "line": None}}
    except KeyboardInterrupt:
        answer = {"error": {"kind": "interrupted", "message": "the stepper was stopped: it ran too long", "line": None}}
    except json.JSONDecodeError as exc:
        answer = {"error": {"kind": "usage", "message": f"the request is not JSON: {exc}", "line": None}}
    finally:
        if _pyland is not None:
            _pyland._reset_interpreter_state()
    return json.dumps(answer, default=safe_repr)
