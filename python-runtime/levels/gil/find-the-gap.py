"""gil/find-the-gap: `count += 1` is four runes, not one: read (LOAD_GLOBAL), load the 1
(LOAD_SMALL_INT), add (BINARY_OP +=), write (STORE_GLOBAL).

The kid's add_one() is stepped as one knight over the spell's globals with every rune reported.
It passes when add_one() really added 1 to the shared count, and the spell's read_rune and
write_rune name the runes that the run itself used to read count and to write it back.
"""

# the yard every GIL checker shares: harness/pyland_knights.py
import pyland_stepper as stepper
from pyland import Verdict
from pyland_knights import fresh_yard, knights_of, play, knights_scene, empty_scene

KNIGHTS = ("add_one",)


def check(spell):
    ns, world = fresh_yard(spell)
    functions = knights_of(ns, KNIGHTS)
    if functions[0] is None:
        return Verdict(False, [("missing", {})], empty_scene(KNIGHTS))
    start = ns.get("count")
    if type(start) is not int:
        return Verdict(False, [("no-count", {})], empty_scene(KNIGHTS))
    run = play(spell, world, functions, "gil")
    if isinstance(run, stepper.StepperError):
        return Verdict(False, [("stepper", {"detail": str(run)})], empty_scene(KNIGHTS))
    scene = knights_scene(KNIGHTS, run, "count", start)
    th = run.threads[0]
    if th.status == stepper.FAILED:
        return Verdict(False, [("crashed", {"error": type(th.exception).__name__})], scene)
    if ns.get("count") != start + 1:
        return Verdict(False, [("not-one", {"start": start, "end": stepper.safe_repr(ns.get("count"))})], scene)
    steps = scene["steps"]
    reads = [i for i, step in enumerate(steps) if step["read"]]
    writes = [i for i, step in enumerate(steps) if step["write"]]
    if not reads or not writes:
        return Verdict(False, [("not-one", {"start": start, "end": stepper.safe_repr(ns.get("count"))})], scene)
    read_op = steps[reads[-1]]["op"] if reads[-1] < writes[0] else steps[reads[0]]["op"]
    write_op = steps[writes[0]]["op"]
    read_at = max(i for i in reads if i < writes[0]) if any(i < writes[0] for i in reads) else reads[0]
    gap = [steps[i]["op"] + (" " + steps[i]["arg"] if steps[i]["arg"] else "") for i in range(read_at + 1, writes[0])]
    said_read = ns.get("read_rune")
    said_write = ns.get("write_rune")
    # exactly str: a str subclass could answer split() and upper() with anything
    if type(said_read) is not str or type(said_write) is not str or not said_read.strip() or not said_write.strip():
        return Verdict(False, [("name-them", {})], scene)
    # the rune's name is enough: "LOAD_GLOBAL (count)", copied from dis, names LOAD_GLOBAL
    said_read = said_read.split()[0].upper()
    said_write = said_write.split()[0].upper()
    if said_read == write_op and said_write == read_op:
        return Verdict(False, [("swapped", {})], scene)
    if said_read != read_op:
        return Verdict(False, [("wrong-read", {"said": said_read[:30]})], scene)
    if said_write != write_op:
        return Verdict(False, [("wrong-write", {"said": said_write[:30]})], scene)
    return Verdict(True, [("well-done", {"read": read_op, "write": write_op, "gap": ", ".join(gap) or "-"})], scene)
