"""refcount/function-holder: a function's name holds the hat only while the function runs.

The spell gets `peek()`, which returns how far the hat's tally has moved since the spell began.
peek records every reading together with whether it was called from inside a function of the
spell and whether one of that function's own names (its locals) held the hat then. The level
passes when such a reading saw the tally up (the function's own name held the hat) and the tally
is back to the start after the spell. A holder outside the function (a list made before the call)
raises the tally too, but it is not what the lesson is about, so it does not count.
All readings go through one tally reader, so every one is taken the same way and the checker's
own holders cancel out.
"""


# Taken when the checker loads, before the spell runs: a spell that replaces sys._getframe
# cannot change what this checker reads.
from sys import _getframe

from pyland import MagicHat, Verdict
from pyland_tally import TallyWatch, containers_of, holders_of, signed, tally_object, tally_reader

CO_OPTIMIZED = 0x0001  # set on function code (not on module or class bodies); see inspect.CO_OPTIMIZED
SPELL_FILENAME = "<spell>"


def holds(value, obj):
    """The value is obj, or a tuple, list or dict of the function that holds obj in a slot
    (def wear(*things): holds the hat in the tuple things)."""
    if value is obj:
        return True
    if type(value) in (tuple, list) and len(value) <= 1000:
        return any(item is obj for item in value)
    if type(value) is dict and len(value) <= 1000:
        return any(item is obj for item in value.values())
    return False


def called_from_spell_function(frame):
    code = frame.f_code
    return code.co_filename == SPELL_FILENAME and bool(code.co_flags & CO_OPTIMIZED)


def check(spell):
    hat = MagicHat("hat")
    tally = tally_reader(hat)
    readings = []  # (delta, inside a function of the spell, a name of that function held the hat)

    def peek():
        delta = tally() - start  # read first: looking at the frame's names below holds nothing after
        frame = _getframe(1)
        inside = called_from_spell_function(frame)
        # the function that peeks, or one of the spell's functions that called it (wear(h)
        # calling a helper that peeks: h holds the hat, one frame up)
        held = False
        while frame is not None and called_from_spell_function(frame):
            if any(holds(value, hat) for value in frame.f_locals.values()):
                held = True
                break
            frame = frame.f_back
        del frame
        readings.append((delta, inside, held))
        return delta

    ns = spell.namespace(hat=hat, peek=peek)
    start = tally()
    watch = TallyWatch(ns)
    watch.follow("hat", hat)
    watch.run(spell)
    after = tally() - start

    inside = [delta for delta, in_function, _held in readings if in_function]
    held_inside = [delta for delta, _in_function, held in readings if held]
    best_inside = max(held_inside or inside or [0])
    # "back to 0 after wear returns" is judged where the spell looks: at its first peek outside a
    # function after the one that saw the function hold the hat (a holder made later, once that
    # was seen, changes nothing of it); a spell that never peeks again is judged at its end
    first_held = next((index for index, (_delta, _in, held) in enumerate(readings) if held), None)
    looked_after = [delta for delta, in_function, _held in readings[first_held + 1 :] if not in_function] if first_held is not None else []
    back = looked_after[0] if looked_after else after
    passed = bool(held_inside) and max(held_inside) >= 1 and back == 0
    scene = {"kind": "tally", "objects": [tally_object("hat", hat, ns, after)], "moments": watch.moments}
    params = {"inside": signed(best_inside), "after": signed(back if passed else after)}
    messages = []
    if passed:
        messages.append(("well-done", params))
    else:
        if not inside:
            messages.append(("no-peek-inside", params))
        elif best_inside < 1:
            messages.append(("nothing-inside", params))
        elif not held_inside:
            messages.append(("held-outside", params))
        if after > 0:
            still = [name for name in holders_of(hat, ns) if name != "hat"]
            still += [entry["name"] for entry in containers_of(hat, ns)]
            if still:
                messages.append(("kept-by", dict(params, holders=list(still))))
            else:
                messages.append(("kept-hidden", params))
        elif after < 0:
            messages.append(("name-let-go", params))
    return Verdict(passed, messages, scene)
