"""The spell stepper: runs the real CPython 3.14 bytecode of a spell's functions one instruction
at a time, with its own frames, and runs several of them as threads under a scheduler that plays
Sir GIL.

Pyodide cannot start threads, and a scene that wants to show the interpreter at work needs to see
every instruction. So this module executes the code objects `compile` made (the same instructions
`dis` shows), keeping per frame an instruction pointer, a value stack and the fast locals
(cells included); globals are the spell's real module dict and builtins its real builtins.
Calls to builtins and C functions (and to Python functions outside the spell) run natively; calls
to functions the spell defined are stepped (a new frame).

A class statement: its LOAD_BUILD_CLASS (push builtins.__build_class__) is stepped, and the CALL
after it calls __build_class__ natively, as every builtin call: so the class body runs natively,
inside that one CALL, not rune by rune. The methods it makes are the spell's functions, stepped
when they are called later (calling the class steps its __init__). super() reads the stepped frame
(its first argument and its __class__ cell), in a CALL and in LOAD_SUPER_ATTR.

Every instruction is checked against what CPython 3.14 compiles (see factories.py): one that is
not covered stops the run with UnsupportedInstruction naming it and its line, before the function
runs at all, never with a wrong result.

Threads and the scheduler (`Run`), modes:
  gil       one thread holds the stick and hands it on after `interval` instructions, but only at
            the points where CPython 3.14 checks its eval breaker: RESUME (function entry), a
            backward jump, and right after a call into C (a call of a stepped function checks at
            the callee's RESUME instead). A thread waiting for a lock gives the stick away.
  anywhere  a switch may happen between any two instructions (a free-threaded build); the choice
            is made by a seeded random generator, so a run can be repeated.
  replay    follow an explicit schedule: a list of thread numbers, one per instruction.
Locks are `threading.Lock` as the spell sees it (the `threading` a spell imports here is a small
module whose Lock is `SteppedLock`): a thread that cannot acquire waits and is passed over; when
every unfinished thread waits, the run ends as a deadlock. The stepper has no clock, so a wait with
a timeout (`lock.acquire(timeout=1)`) may end at any turn the thread is given while the lock is
still taken: then its time ran out and acquire returns False (explore tries both, the lock given
back in time and the time running out; gil mode gives such a thread its turn only when no other
thread can run; a timeout of 0 never waits).

`explore` tries every interleaving (up to a bound of steps per run) breadth first, merging states
already seen (each thread's frames, the globals and every object reachable from them, compared by
content with aliasing), and checks an invariant over the globals at the end of every finished run.
It only branches where the order can matter: an instruction that touches nothing another thread
can see (a local, a constant, arithmetic on immutable values, a jump) commutes with every other
thread's instructions, so a thread about to run one simply runs it. When the invariant breaks (or a
deadlock is reachable) it returns the shortest schedule that shows it. In `gil` mode it branches
only at eval-breaker points, whatever the switch interval.
"""


# The modules, in the order the stepper's pieces build on each other:
#   errors.py          the stepper's own errors (never the spell's), NULL
#   locks.py           threading.Lock for stepped threads, and the `threading` a stepped spell imports
#   preparation.py     a code object's instructions as (handler, argument) tuples (CodeInfo, prepare)
#   frames.py          stepped frames and threads, a call bound into a new frame
#   handlers_*.py      one handler per instruction: names (stack, locals, globals, attributes),
#                      values (operators, containers, loops, jumps), calls (returns, exceptions, imports)
#   frame_builtins.py  globals(), locals(), exec() ... called from stepped code see the stepped frame
#   factories.py       instruction -> (handler, argument), checked against what 3.14 compiles
#   running.py         running one thread: a burst of instructions, or one
#   loaded_spell.py    the harness's Spell loaded in a namespace of its own; short reprs
#   stepping.py        one call stepped (or run natively, for the differential tests)
#   scheduler.py       several threads under Sir GIL (Run)
#   explorer*.py       explore: every interleaving, breadth first (explorer_state.py: its states)
#   traces.py          CPython's own instruction trace, to check the stepper's control flow
#   tool.py            the tool entry point the worker calls: JSON in, JSON out
# Spells never import any of it: the harness takes every pyland* module out of sys.modules while a
# spell runs, and the stepped spell's own import refuses the package by name.

from pyland_stepper.errors import NULL, CannotExplore, StepperError, UnsupportedInstruction
from pyland_stepper.explorer import DEFAULT_BOUND, DEFAULT_MAX_STATES, Explorer, explore
from pyland_stepper.factories import SUPPORTED_INSTRUCTIONS
from pyland_stepper.frames import DONE, FAILED, READY, WAITING, Frame, Thread, start_thread
from pyland_stepper.loaded_spell import SpellError, defined_globals, function_named, load_spell, safe_repr, stepped_builtins
from pyland_stepper.locks import KnightsOnly, SteppedLock
from pyland_stepper.preparation import CodeInfo, prepare
from pyland_stepper.running import DEFAULT_MAX_STEPS, run_thread, step_thread
from pyland_stepper.scheduler import DEFAULT_INTERVAL, MODES, Run, run_threads
from pyland_stepper.stepping import native_call, native_module, step_call, step_module
from pyland_stepper.tool import tool_json
from pyland_stepper.traces import native_trace, stepped_trace

__all__ = [
    "DEFAULT_BOUND", "DEFAULT_INTERVAL", "DEFAULT_MAX_STATES", "DEFAULT_MAX_STEPS", "DONE", "FAILED", "MODES", "NULL",
    "READY", "SUPPORTED_INSTRUCTIONS", "WAITING", "CannotExplore", "CodeInfo", "Explorer", "Frame", "KnightsOnly",
    "Run", "SpellError", "SteppedLock", "StepperError", "Thread", "UnsupportedInstruction", "defined_globals",
    "explore", "function_named", "load_spell", "native_call", "native_module", "native_trace", "prepare",
    "run_thread", "run_threads", "safe_repr", "start_thread", "step_call", "step_module", "step_thread",
    "stepped_builtins", "stepped_trace", "tool_json",
]
