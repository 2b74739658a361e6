"""bytecode/runes-that-learn: after `brew` has run a few times, the interpreter has swapped some of
its runes for specialised ones (PEP 659, the specialising adaptive interpreter).

dis.get_instructions(brew, adaptive=True) shows the runes as they are now; without adaptive,
as the compiler made them. The level passes when a working rune changed form. RESUME, the first
rune, is not counted: it turns into RESUME_CHECK on the very first call of any function. Nor are
INSTRUMENTED_ runes: a tracer the spell switched on (sys.settrace) put those in, not the
specialising interpreter.
Measured in Pyodide's 3.14.2: after one call of `x * 3 + 1` only RESUME has changed; from the
second call on, both BINARY_OP runes are BINARY_OP_MULTIPLY_INT / BINARY_OP_ADD_INT. The check
never names the specialised runes (they differ between versions), it only compares.
"""

from pyland import Verdict, spell_function
from pyland_runes import rune_scene, runes_of

NAME = "brew"
ENTRY_RUNES = ("RESUME",)
# What a tracer (sys.settrace, sys.monitoring) puts in: a marker for the watcher, not a specialised rune
INSTRUMENTED = "INSTRUMENTED_"


def specialised(before, now):
    return now["opname"] != before["opname"] and not now["opname"].startswith(INSTRUMENTED)


def check(spell):
    ns = spell.namespace()
    spell.run(ns)
    brew = spell_function(ns, NAME)
    if brew is None:
        return Verdict(False, [("no-function", {"name": NAME})], rune_scene(NAME, [], missing=["def " + NAME]))
    if brew.__code__.co_name != NAME:
        # the name brew was given another function (a twin warmed up in its place): its runes
        # are not the runes of the brew the spell wrote
        other = brew.__code__.co_name
        return Verdict(False, [("not-brew", {"name": NAME, "other": other})], rune_scene(NAME, [], missing=["def " + NAME]))

    plain = runes_of(brew)
    adaptive = runes_of(brew, adaptive=True)
    changed = [
        i
        for i, (before, now) in enumerate(zip(plain, adaptive))
        if specialised(before, now) and before["opname"] not in ENTRY_RUNES
    ]
    entry_changed = any(specialised(before, now) and before["opname"] in ENTRY_RUNES for before, now in zip(plain, adaptive))
    traced = any(now["opname"].startswith(INSTRUMENTED) for now in adaptive)
    scene = rune_scene(NAME, plain, found=changed, specialised=adaptive)

    passed = bool(changed)
    messages = []
    if passed:
        first = changed[0]
        messages.append(
            (
                "well-done",
                {"count": len(changed), "rune": plain[first]["opname"], "specialised": adaptive[first]["opname"]},
            )
        )
    elif traced:
        messages.append(("traced", {"name": NAME}))
    elif entry_changed:
        messages.append(("only-entry", {"name": NAME}))
    else:
        messages.append(("never-ran", {"name": NAME}))
    return Verdict(passed, messages, scene)
