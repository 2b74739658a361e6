"""The explorer's states: every thread's frames, the globals and every object reachable from them,
captured as a key compared by content (with aliasing) and as a snapshot put back by restore."""

import types

from pyland_stepper.errors import CannotExplore, _Null
from pyland_stepper.frames import DONE, FAILED, Frame
from pyland_stepper.loaded_spell import safe_repr
from pyland_stepper.locks import SteppedLock

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


class ExplorerState:
    """capture() and restore() of an Explorer (explorer.py): the threads, the spell's globals, and
    the scheduler's own state (who holds the stick, who ran last)."""

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
