"""What the runtime's clock should know of a cast while it runs: two numbers in the stop buffer
the worker shares with the runtime client (contracts/cast-protocol.ts, two-stage-stop.ts).

  * stop taken (slot 1): a stop request has unwound the spell's own code (pyland.Spell._guarded),
    so the school is only writing its answer (the Memory Lab's last picture of a stopped program
    is large): the client waits for it a little longer instead of killing the worker at the grace.
  * stepping (slot 2): the school is running the kid's code one instruction at a time in the spell
    stepper (pyland_stepper), which is many times slower than Python itself: the client counts
    a second of it as a quarter of a second of the spell's time limit, so an honest spell whose
    check explores every order of two knights is never stopped for the school's slowness on a slow
    computer. A spell that never ends is still stopped: at the latest after four times its limit.

The host writes the numbers (a plain JavaScript function given by the worker, install). Before
that, and outside a worker, nothing is written. `stepped` is read by the stepper before each
burst of instructions, so it is kept as a plain module attribute; the host function stays in a
closure (drop_javascript in pyland.py keeps closures, and drops JavaScript held anywhere else).
"""

STOP_TAKEN_SLOT = 1
STEPPING_SLOT = 2

stepped = False


def _nowhere(_slot, _value):
    pass


_write = _nowhere


def install(set_slot):
    """Keep `set_slot(slot, value)`, the worker's writer of the stop buffer's slots 1 and 2."""
    global _write

    def write(slot, value):
        set_slot(slot, value)

    _write = write


def stop_taken():
    _write(STOP_TAKEN_SLOT, 1)


def stepping():
    """The stepper is about to run the kid's code instruction by instruction."""
    global stepped
    if not stepped:
        stepped = True
        _write(STEPPING_SLOT, 1)


def native():
    """The kid's code runs as Python itself runs it again (a spell's run or a call of its function)."""
    global stepped
    if stepped:
        stepped = False
        _write(STEPPING_SLOT, 0)
