"""Frame-looking builtins: globals(), locals(), vars(), dir(), exec(), eval() and super() called
from stepped code."""

import builtins
import types

from pyland_stepper.errors import NULL

# Builtins that look at the frame that calls them: called natively from here they would see the
# stepper's own frame (globals() would hand a spell this module's globals, exec("count += 1")
# would run there). They get the stepped frame's names instead, as CPython gives them.
# super() without arguments reads the calling frame's first argument and its __class__ cell.
_FRAME_BUILTINS = (
    builtins.globals, builtins.locals, builtins.vars, builtins.dir, builtins.exec, builtins.eval, builtins.super
)


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


def zero_argument_super(f):
    """super() with no arguments in the stepped frame `f`: super(__class__, first argument), read
    from the frame as CPython 3.14 reads them (super_init_without_args), with its errors."""
    code = f.info.code
    if code.co_argcount == 0:
        raise RuntimeError("super(): no arguments")
    first = f.fast[0]
    if type(first) is types.CellType and f.info.localsplus_names[0] in code.co_cellvars:
        try:
            first = first.cell_contents
        except ValueError:
            first = NULL
    if first is NULL:
        raise RuntimeError("super(): arg[0] deleted")
    names = f.info.localsplus_names
    for i in range(f.info.ncells_end, f.info.nlocalsplus):  # the free variables
        if names[i] == "__class__":
            cell = f.fast[i]
            if type(cell) is not types.CellType:
                raise RuntimeError("super(): bad __class__ cell")
            try:
                klass = cell.cell_contents
            except ValueError:
                raise RuntimeError("super(): empty __class__ cell") from None
            if type not in type(klass).__mro__:
                raise RuntimeError(f"super(): __class__ is not a type ({type(klass).__name__})")
            return super(klass, first)
    raise RuntimeError("super(): __class__ cell not found")


def _frame_builtin(f, fn, args, kwargs):
    if fn is builtins.super and not args and not kwargs:
        return zero_argument_super(f)
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
