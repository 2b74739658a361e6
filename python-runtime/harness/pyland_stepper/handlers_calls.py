"""Instruction handlers, the third part: returns, calls (a spell function's call is stepped in a new
frame, a lock's acquire may make the thread wait), exceptions, `with` and imports (see
handlers_names.py for how a handler is called)."""

import builtins
import types

from pyland_story import SPELL_FILENAME
from pyland_stepper.errors import _STOP, NULL, UnsupportedInstruction
from pyland_stepper.frame_builtins import _FRAME_BUILTINS, _frame_builtin, zero_argument_super
from pyland_stepper.frames import DONE, WAITING, _callee_name, _push_frame, _stepped_function
from pyland_stepper.handlers_names import _type_lookup
from pyland_stepper.locks import _LOCK_ACQUIRE, _LOCK_ENTER, SteppedLock, _acquire_arguments


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


def op_load_super_attr(th, f, a):
    """(global_super, class, self -- attr[, NULL]): `super().name` and `super(C, obj).name`. Done
    as the unspecialized instruction: super is called with 0 arguments (it reads the frame: the
    stepped one here) or 2 (class, self), then the attribute read from it; a method comes bound,
    with NULL."""
    name, method, two_arguments = a
    s = f.stack
    global_super = s[-3]
    if global_super is not builtins.super:
        # CPython calls whatever `super` names now, natively: a spell's own function would run
        # unstepped, so the stepper says it cannot rather than run it differently
        raise UnsupportedInstruction("LOAD_SUPER_ATTR", f.info.lines[f.ip - 1], f.info.name, "super is not the built-in super")
    made = super(s[-2], s[-1]) if two_arguments else zero_argument_super(f)
    del s[-3:]
    s.append(getattr(made, name))
    if method:
        s.append(NULL)


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
