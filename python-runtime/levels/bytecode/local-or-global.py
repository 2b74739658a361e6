"""bytecode/local-or-global: `charge(energy)` reads a local name and a global one, with different runes.

A local (an argument or a name made inside the function) is read from the function's own frame
with a LOAD_FAST rune (in 3.14 mostly LOAD_FAST_BORROW, or two at once as
LOAD_FAST_BORROW_LOAD_FAST_BORROW); a global of the spell is looked up by name with LOAD_GLOBAL.
The check reads charge's real runes and their arguments, never offsets or the whole listing.
"""

from pyland import Verdict, spell_function
from pyland_runes import rune_scene, runes_of

NAME = "charge"


def names_read(rune):
    """The names a rune reads (a superinstruction like LOAD_FAST_BORROW_LOAD_FAST_BORROW reads two)."""
    value = rune["argval"]
    if isinstance(value, str):
        return (value,)
    if isinstance(value, tuple):
        return tuple(name for name in value if isinstance(name, str))
    return ()


def spell_globals(ns):
    return {name for name in ns if not name.startswith("__")}


POWERS = (3, 7)
ENERGY = 5


def works_with_power(spell, ns, charge):
    """None when charge(5) is 5 * power for every power tried; else the message that says what it gave."""
    if "power" not in ns:
        return ("no-power", {"name": NAME})
    saved = ns["power"]
    got = []
    try:
        for power in POWERS:
            ns["power"] = power
            got.append(spell.call(charge, ENERGY))
    finally:
        ns["power"] = saved
    if all(type(value) is int and value == ENERGY * power for value, power in zip(got, POWERS)):
        return None
    params = {"got": repr(got[0])[:40], "energy": ENERGY, "power": POWERS[0], "want": ENERGY * POWERS[0]}
    if got[0] == got[1]:
        return ("ignores-power", dict(params, other=POWERS[1]))
    return ("not-times", params)


def check(spell):
    ns = spell.namespace()
    spell.run(ns)
    charge = spell_function(ns, NAME)
    if charge is None:
        return Verdict(False, [("no-function", {"name": NAME})], rune_scene(NAME, [], missing=["def " + NAME]))

    runes = runes_of(charge)
    local_names = set(charge.__code__.co_varnames)
    made_by_spell = spell_globals(ns)
    local_read = next(
        (i for i, rune in enumerate(runes) if rune["opname"].startswith("LOAD_FAST") and local_names & set(names_read(rune))),
        None,
    )
    global_read = next(
        (i for i, rune in enumerate(runes) if rune["opname"] == "LOAD_GLOBAL" and set(names_read(rune)) & made_by_spell),
        None,
    )
    builtin_read = next(
        (i for i, rune in enumerate(runes) if rune["opname"] == "LOAD_GLOBAL" and not set(names_read(rune)) & made_by_spell),
        None,
    )
    found = [i for i in (local_read, global_read) if i is not None]
    missing = (["LOAD_FAST"] if local_read is None else []) + (["LOAD_GLOBAL"] if global_read is None else [])
    scene = rune_scene(NAME, runes, found=found, missing=missing)

    passed = local_read is not None and global_read is not None
    messages = []
    if passed:
        # the runes are there; does charge give energy times power? Asked of charge itself, with
        # two powers, so a number written in (energy * 3) or an add cannot pass for the multiply
        answer = works_with_power(spell, ns, charge)
        if answer is not None:
            return Verdict(False, [answer], scene)
    if passed:
        local_name = next(name for name in names_read(runes[local_read]) if name in local_names)
        global_name = next(name for name in names_read(runes[global_read]) if name in made_by_spell)
        messages.append(
            (
                "well-done",
                {"local": local_name, "local_rune": runes[local_read]["opname"], "global": global_name},
            )
        )
    else:
        if local_read is None:
            messages.append(("no-local", {"name": NAME}))
        if global_read is None:
            if builtin_read is not None:
                builtin = names_read(runes[builtin_read])[0]
                messages.append(("builtin-only", {"name": NAME, "builtin": builtin}))
            else:
                messages.append(("no-global", {"name": NAME}))
    return Verdict(passed, messages, scene)
