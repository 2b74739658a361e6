"""refcount/function-holder: a function's name holds the hat only while the function runs.

The spell gets `peek()`, which returns how far the hat's tally has moved since the spell began.
peek records every reading together with whether it was called from inside a function of the
spell. The level passes when a reading inside a function saw the tally up (the function's own
name held the hat) and the tally is back to the start after the spell.
All readings go through one tally reader, so every one is taken the same way and the checker's
own holders cancel out.
"""


# Taken when the checker loads, before the spell runs: a spell that replaces sys.getrefcount
# (or sys._getframe) cannot change what this checker reads.
from sys import _getframe, getrefcount

from pyland import MagicHat, Verdict, containers_of, holders_of, tally_object, tally_reader

CO_OPTIMIZED = 0x0001  # set on function code (not on module or class bodies); see inspect.CO_OPTIMIZED
SPELL_FILENAME = "<spell>"


def signed(number):
    return f"+{number}" if number > 0 else str(number)


def called_from_spell_function(frame):
    code = frame.f_code
    return code.co_filename == SPELL_FILENAME and bool(code.co_flags & CO_OPTIMIZED)


def check(spell):
    hat = MagicHat("hat")
    tally = tally_reader(hat)
    readings = []  # (delta, inside a function of the spell)

    def peek():
        delta = tally() - start
        readings.append((delta, called_from_spell_function(_getframe(1))))
        return delta

    ns = spell.namespace(hat=hat, peek=peek)
    start = tally()
    spell.run(ns)
    after = tally() - start

    inside = [delta for delta, in_function in readings if in_function]
    best_inside = max(inside) if inside else 0
    passed = best_inside >= 1 and after == 0
    scene = {"kind": "tally", "objects": [tally_object("hat", hat, ns, after)]}
    params = {"inside": signed(best_inside), "after": signed(after)}
    messages = []
    if passed:
        messages.append(("well-done", params))
    else:
        if not inside:
            messages.append(("no-peek-inside", params))
        elif best_inside < 1:
            messages.append(("nothing-inside", params))
        if after > 0:
            still = [name for name in holders_of(hat, ns) if name != "hat"]
            still += [entry["name"] for entry in containers_of(hat, ns)]
            if still:
                messages.append(("kept-by", dict(params, holders=", ".join(still))))
            else:
                messages.append(("kept-hidden", params))
        elif after < 0:
            messages.append(("name-let-go", params))
    return Verdict(passed, messages, scene)
