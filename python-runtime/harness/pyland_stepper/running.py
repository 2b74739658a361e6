"""Running one thread: a burst of instructions, or exactly one, with the spell's exceptions
unwound through the exception tables of the thread's frames."""

import pyland_clock
from pyland_stepper.errors import StepperError, _Stop
from pyland_stepper.frames import FAILED, READY, WAITING

DEFAULT_MAX_STEPS = 5_000_000


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
    if not pyland_clock.stepped:
        # stepped code is many times slower than Python's own: the time limit counts it so
        pyland_clock.stepping()
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
