"""Instruction handlers, the second part: operators, building and filling containers, subscripts
and slices, unpacking, loops and jumps, formatting, and making functions (see handlers_names.py
for how a handler is called)."""

import types

from pyland_stepper.errors import _MISSING
from pyland_stepper.frames import _callee_name


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
