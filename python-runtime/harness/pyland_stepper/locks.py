"""Locks: `threading.Lock` as a stepped spell sees it (the `threading` a spell imports here is a
small module whose Lock is SteppedLock)."""

import _thread
import types


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
