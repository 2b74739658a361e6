"""Frame-looking builtins: globals(), locals(), vars(), dir(), exec() and eval() called from stepped
code."""

import builtins
import types

from pyland_stepper.errors import NULL

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
