"""Frames and threads: a stepped frame (instruction pointer, value stack, fast locals) and a
stepped thread (its frames, its status, the exception it handles), and a call of a spell function
bound into a new frame the way CPython binds it (with CPython's TypeError for a bad call)."""

import sys
import types

from pyland_story import SPELL_FILENAME
from pyland_stepper.errors import NULL, StepperError
from pyland_stepper.preparation import prepare

CO_VARARGS = 0x04
CO_VARKEYWORDS = 0x08


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


def _callee_name(fn):
    name = getattr(fn, "__qualname__", None) or getattr(fn, "__name__", None) or type(fn).__name__
    return f"{name}()"


def start_thread(spell, number, fn, args=(), kwargs=None):
    """Thread `number` of the loaded spell, its first frame the call fn(*args, **kwargs) (a bad
    call ends it at once, as CPython would)."""
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
