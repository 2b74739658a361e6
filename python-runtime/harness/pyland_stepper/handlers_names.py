"""Instruction handlers, the first part: the value stack, fast locals, cells, globals, names and
attributes.

Every handler is handler(thread, frame, argument). The loop has already moved frame.ip to the next
instruction; jumps overwrite it. They raise the spell's exceptions as Python exceptions; the loop
unwinds them through the exception table (running.py).
"""

import dis
import types

from pyland_stepper.errors import _MISSING, NULL

_METHOD_DESCRIPTOR_FLAG = 1 << 17  # Py_TPFLAGS_METHOD_DESCRIPTOR
_IMMUTABLE_TYPE_FLAG = 1 << 8  # Py_TPFLAGS_IMMUTABLETYPE


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


def op_load_build_class(th, f, a):
    """Push builtins.__build_class__ for the CALL that follows (class body, name, bases...). That
    CALL runs it natively, as every builtin call: the class body runs inside it, not rune by rune,
    and the methods it makes are the spell's functions, stepped when they are called later."""
    v = f.builtins.get("__build_class__", _MISSING)
    if v is _MISSING:
        raise NameError("__build_class__ not found")
    f.stack.append(v)


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
