"""Errors that are not the spell's: they stop the stepper and are never seen by the spell's own
try/except (they derive from BaseException, like KeyboardInterrupt). And the NULL the value stacks
hold, and the stop a handler raises to end a burst of steps."""


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
