"""explore: every interleaving, breadth first, merging states already seen (see the package's
docstring)."""

import builtins
import dis
import heapq
import types

from pyland_stepper.errors import NULL, StepperError
from pyland_stepper.explorer_state import _ITERATOR_TYPES, ExplorerState, _immutable
from pyland_stepper.factories import _OPERANDS
from pyland_stepper.frames import WAITING, _stepped_function
from pyland_stepper.handlers_calls import _stepped_init
from pyland_stepper.handlers_names import _IMMUTABLE_TYPE_FLAG
from pyland_stepper.loaded_spell import _Quiet, defined_globals, load_spell, threads_of
from pyland_stepper.locks import SteppedLock
from pyland_stepper.preparation import _GLOBAL_READ, _IF_IMMUTABLE, _LOCAL, _RAISE, _SPECIAL, _VISIBLE
from pyland_stepper.running import step_thread
from pyland_stepper.scheduler import _switches, _thread_summary
from pyland_story import capped_output

DEFAULT_BOUND = 10_000
DEFAULT_MAX_STATES = 200_000

# builtins that only compute from their (immutable) arguments: calling them touches nothing shared
_PURE_BUILTINS = frozenset({
    range, len, abs, min, max, int, float, str, bool, round, divmod, pow, chr, ord, sum, tuple, isinstance,
    repr, hash, sorted, any, all, frozenset, bin, hex, oct, type, complex,
})


def _written_global_names(code, found=None):
    """Names any code object of the spell stores into or deletes from the globals; None when the
    spell could reach its globals dict some other way (then every global counts as written)."""
    if found is None:
        found = set()
    for name in code.co_names:
        if name in ("globals", "vars", "exec", "eval", "setattr", "delattr", "__dict__", "__builtins__", "__import__", "sys", "locals"):
            return None
    for ins in dis.get_instructions(code):
        if ins.opname in ("STORE_GLOBAL", "DELETE_GLOBAL"):
            found.add(ins.argval)
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            if _written_global_names(const, found) is None:
                return None
    return found


class _Node:
    __slots__ = ("snap", "depth", "switches", "parent", "path", "count", "expanded")

    def __init__(self, snap, depth, switches, parent, path, count):
        self.snap = snap
        self.depth = depth
        self.switches = switches
        self.parent = parent
        self.path = path
        self.count = count
        self.expanded = False


class Explorer(ExplorerState):
    """Every order of the threads' instructions, up to `bound` steps a run, each finished run judged
    by `invariant` over the spell's globals (the states it captures and restores: explorer_state.py)."""

    def __init__(self, spell, threads, mode, invariant, bound=DEFAULT_BOUND, max_states=DEFAULT_MAX_STATES, reduce=True):
        if mode not in ("anywhere", "gil"):
            raise StepperError(f"explore needs the mode anywhere or gil, not {mode!r}")
        if not isinstance(bound, int) or bound < 1:
            raise StepperError("the bound must be a whole number of steps, at least 1")
        try:
            self.invariant_code = compile(invariant, "<invariant>", "eval")
        except SyntaxError as exc:
            raise StepperError(f"the invariant is not a Python expression: {exc.msg}") from None
        self.invariant = invariant
        self.spell = spell
        self.threads = threads
        self.mode = mode
        self.bound = bound
        self.max_states = max_states
        self.reduce = reduce
        self.holder = 0
        self.at_breaker = True  # gil mode: the stick may go to anyone at the start
        self.last = None  # the thread of the last visible step (anywhere) or of the last step (gil)
        self.written = _written_global_names(spell.code)
        self.keep = []  # identity objects named in state keys stay alive (their ids stay unique)
        builtins_dict = spell.globals["__builtins__"]
        self.constants = {id(builtins_dict): builtins_dict}
        for value in list(vars(builtins_dict).values()) if not isinstance(builtins_dict, dict) else builtins_dict.values():
            self.constants[id(value)] = value

    # -- which threads may run next -------------------------------------------------------------

    def choices(self):
        ready = [th for th in self.threads if th.runnable()]
        if len(ready) <= 1:
            return ready
        if self.mode == "gil":
            holder = self.threads[self.holder]
            if holder.runnable() and not self.at_breaker:
                return [holder]
            # at an eval-breaker point (or the holder waits): the stick may go to anyone
            return sorted(ready, key=lambda th: th is not holder)
        if self.reduce:
            for th in ready:
                if self._local_next(th):
                    return [th]
        return ready

    def _local_next(self, th):
        if th.status is WAITING:
            return False
        f = th.frame
        i = f.ip
        info = f.info
        kind = info.locality[i]
        if kind == _LOCAL:
            return True
        if kind == _VISIBLE:
            return False
        ins = info.instructions[i]
        s = f.stack
        if kind == _GLOBAL_READ:
            return self.written is not None and f.ops[i][1] not in self.written and f.names is None
        if kind == _RAISE:  # raising a built-in exception (a spell's own class could run code)
            if ins.arg == 0:
                return True
            raised = s[-1] if ins.arg == 1 else s[-2]
            raised_type = raised if isinstance(raised, type) else type(raised)
            return bool(raised_type.__flags__ & _IMMUTABLE_TYPE_FLAG)
        if kind == _SPECIAL:  # a lookup on a type nothing changes (built-in types, the stepped lock)
            owner_type = type(s[-1])
            return owner_type is SteppedLock or bool(owner_type.__flags__ & _IMMUTABLE_TYPE_FLAG)
        if kind == _IF_IMMUTABLE:
            name = ins.opname
            if name == "GET_ITER":
                return type(s[-1]) in (list, tuple, range, str)
            if name == "FOR_ITER":
                it = s[-1]
                if type(it) not in _ITERATOR_TYPES:
                    return False
                reduced = it.__reduce__()
                return all(_immutable(arg) for arg in reduced[1])
            if name == "BUILD_MAP":
                count = 2 * ins.arg
            elif name in ("BUILD_SET", "BUILD_STRING"):
                count = ins.arg
            else:
                count = _OPERANDS[name]
            for k in range(1, count + 1):
                if not _immutable(s[-k]):
                    return False
            return True
        # a call
        name = ins.opname
        if name == "CALL":
            n = ins.arg
            fn = s[-n - 2]
            self_ = s[-n - 1]
            args = s[len(s) - n:] if n else []
        elif name == "CALL_KW":
            n = ins.arg
            fn = s[-n - 3]
            self_ = s[-n - 2]
            args = s[len(s) - n - 1:-1]
        else:
            fn = s[-4]
            self_ = s[-3]
            if type(s[-2]) is not tuple:
                return False
            args = list(s[-2])
            if s[-1] is not NULL:
                args += list(s[-1].values())
        if _stepped_function(fn)[0] is not None or (type(fn) is type and _stepped_init(fn) is not None):
            return True
        if self_ is NULL and _is_pure_builtin(fn) and all(_immutable(arg) for arg in args):
            return True
        return False

    # -- the search -----------------------------------------------------------------------------

    def _take(self, th, path):
        """Run one instruction of `th`, note it in `path`; returns 1 when it counts as a switch.

        anywhere: a local step is noted as -(thread + 1) and never counts (it could have run at
        any other moment); a switch is a visible step by another thread than the last visible one.
        gil: every change of the thread running is a switch."""
        if self.mode == "anywhere" and self.reduce and self._local_next(th):
            path.append(-th.number - 1)
            th.breaker = False
            step_thread(th)
            return 0
        cost = 1 if self.last is not None and th.number != self.last else 0
        path.append(th.number)
        th.breaker = False
        step_thread(th)
        self.last = th.number
        if self.mode == "gil":
            self.holder = th.number
            self.at_breaker = th.breaker or th.status is WAITING or th.finished()
        return cost

    def explore(self):
        key, root_snap = self.capture()
        root = _Node(root_snap, 0, 0, None, (), 1)
        nodes = {key: root}
        queue = [(0, 0, 0, root)]
        serial = 1
        finished = 0  # complete interleavings seen (counted through merged states)
        cut = 0  # interleavings stopped by the bound
        states = 1
        found = None
        while queue:
            depth, switches, _, node = heapq.heappop(queue)
            if node.expanded or node.depth != depth or node.switches != switches:
                continue
            node.expanded = True
            snap = node.snap
            node.snap = None
            self.restore(snap)
            options = self.choices()
            if not options or all(th.finished() for th in self.threads):
                finished += node.count
                reason = self._judge()
                if reason is not None:
                    found = (node, reason, self.capture()[0])
                    break
                continue
            if depth >= self.bound:
                cut += node.count
                continue
            for k, th in enumerate(options):
                if k:
                    self.restore(snap)
                path = []
                cost = switches + self._take(th, path)
                # run on while only one thread may go (its next step is local, or no one else can run)
                while depth + len(path) < self.bound:
                    forced = self.choices()
                    if len(forced) != 1:
                        break
                    cost += self._take(forced[0], path)
                child_key, child_snap = self.capture()
                child_depth = depth + len(path)
                existing = nodes.get(child_key)
                if existing is None:
                    states += 1
                    if states > self.max_states:
                        raise StepperError(
                            f"explore met more than {self.max_states} different states; "
                            "try fewer or shorter threads, or a smaller bound"
                        )
                    child = _Node(child_snap, child_depth, cost, node, tuple(path), node.count)
                    nodes[child_key] = child
                    heapq.heappush(queue, (child_depth, cost, serial, child))
                    serial += 1
                elif not existing.expanded:
                    existing.count += node.count
                    if (child_depth, cost) < (existing.depth, existing.switches):
                        existing.depth = child_depth
                        existing.switches = cost
                        existing.parent = node
                        existing.path = tuple(path)
                        existing.snap = child_snap
                        heapq.heappush(queue, (child_depth, cost, serial, existing))
                        serial += 1
        result = {
            "holds": found is None,
            "schedules": finished,
            "states": states,
            "complete": found is None and cut == 0,
            "cut_by_bound": cut,
            "counterexample": None,
            "switches": None,
            "final": None,
            "reason": None,
            "threads": None,
        }
        if found is not None:
            node, reason, terminal_key = found
            final = defined_globals(self.spell)
            threads = [_thread_summary(th) for th in self.threads]
            schedule = self._readable(self._path_of(node), root_snap, terminal_key)
            result.update(
                counterexample=schedule, switches=_switches(schedule), final=final, reason=reason, threads=threads
            )
        return result

    @staticmethod
    def _path_of(node):
        parts = []
        while node is not None:
            parts.append(node.path)
            node = node.parent
        path = []
        for part in reversed(parts):
            path.extend(part)
        return path

    def _readable(self, path, root_snap, terminal_key):
        """The counterexample as a schedule (one thread number per instruction), with each
        thread's local steps moved next to its following visible step, so the story has as few
        switches as the order of the visible steps allows. The moved schedule is replayed and
        must end in the same state; if it ever did not, the schedule as explored is returned."""
        raw = [entry if entry >= 0 else -entry - 1 for entry in path]
        if self.mode != "anywhere" or not self.reduce:
            return raw
        # a thread's local steps go just before its next visible step; those after its last
        # visible step go right after that one (a thread with no visible step runs at the end)
        last_visible = {}
        for position, entry in enumerate(path):
            if entry >= 0:
                last_visible[entry] = position
        pending = [[] for _ in self.threads]
        trailing = [[] for _ in self.threads]
        for position, entry in enumerate(path):
            if entry < 0:
                number = -entry - 1
                if last_visible.get(number, -1) < position:
                    trailing[number].append(number)
        moved = []
        for position, entry in enumerate(path):
            if entry < 0:
                number = -entry - 1
                if last_visible.get(number, -1) > position:
                    pending[number].append(number)
                continue
            moved.extend(pending[entry])
            pending[entry].clear()
            moved.append(entry)
            if last_visible[entry] == position:
                moved.extend(trailing[entry])
        for number in range(len(self.threads)):
            if number not in last_visible:
                moved.extend(trailing[number])
        if moved == raw:
            return raw
        self.restore(root_snap)
        for number in moved:
            th = self.threads[number]
            if not th.runnable():
                return self._replay_raw(raw, root_snap)
            self._take(th, [])
        if self.capture()[0] != terminal_key:
            return self._replay_raw(raw, root_snap)
        return moved

    def _replay_raw(self, raw, root_snap):
        self.restore(root_snap)
        for number in raw:
            self._take(self.threads[number], [])
        return raw

    def _judge(self):
        """None when this finished run is fine, else why not ("deadlock" or "invariant")."""
        if not all(th.finished() for th in self.threads):
            return "deadlock"
        scope = dict(self.spell.globals)
        try:
            ok = eval(self.invariant_code, {"__builtins__": _INVARIANT_BUILTINS}, scope)
        except (KeyboardInterrupt, StepperError):
            raise
        except BaseException as exc:
            raise StepperError(f"the invariant could not be checked: {type(exc).__name__}: {exc}") from None
        return None if ok else "invariant"


def _is_pure_builtin(fn):
    try:
        return fn in _PURE_BUILTINS
    except TypeError:  # unhashable callables are never pure builtins
        return False


_INVARIANT_BUILTINS = {
    name: getattr(builtins, name)
    for name in ("len", "sum", "min", "max", "abs", "all", "any", "sorted", "set", "list", "tuple", "dict", "range",
                 "int", "float", "str", "bool", "isinstance", "round", "True", "False", "None")
}


def explore(source, names, invariant, mode="anywhere", bound=DEFAULT_BOUND, max_states=DEFAULT_MAX_STATES, reduce=True):
    spell = load_spell(source)
    threads = threads_of(spell, names)
    explorer = Explorer(spell, threads, mode, invariant, bound=bound, max_states=max_states, reduce=reduce)
    with _Quiet(capped_output(0)):
        return explorer.explore()
