"""interpreter/compile-and-exec: the kid compiles the recipe (a string of Python) into a code
object with compile(), then runs it into a dictionary with exec().

That is what CPython does with every spell: the compiler turns the text into runes (a code object:
`type(runes)` is `code`), and the interpreter's loop carries them out one at a time. The check runs
the spell with two different recipes: each time `runes` must be a real code object with the runes
compile makes from that recipe, and `vault` must hold what running the recipe makes. The scene
steps the kid's code object with the spell stepper in a fresh dictionary.
"""

import dis
import sys
import types

# the reading every interpreter checker shares: harness/pyland_wizard.py
from pyland_wizard import empty_scene, read_module_code, short_repr, wizard_scene

from pyland import Verdict

# the story's recipe first (its output and scene are what the kid sees); then another one, run
# quietly: a spell that ignores `recipe` and writes its own numbers fails it
STORY_RECIPE = "gold = 6 * 7\nsilver = gold + 8\n"
RECIPES = (STORY_RECIPE, "gold = 5 * 5\nsilver = gold + 3\n")
TITLE = "recipe"
# the lesson teaches compile and exec: its spell may use them (harness/pyland_policy.py holds the
# texts they are given to the same rules as the spell)
SPELL_MAY_USE = ("compile", "exec")  # what the wizard reads: "The wizard read 9 runes of recipe"


def rune_list(code):
    return [(ins.opname, ins.argval) for ins in dis.get_instructions(code)]


def made_by(recipe):
    """What running the recipe makes (the names it stores), run by the checker itself."""
    vault = {"__builtins__": {}}
    exec(compile(recipe, "<recipe>", "exec"), vault)
    return {name: value for name, value in vault.items() if name != "__builtins__"}


def module_runs(spell, executed):
    """A trace function (calls only) noting each module code the spell runs with exec, and where."""

    def trace(frame, event, _arg):
        code = frame.f_code
        if event == "call" and code.co_name == "<module>" and code is not spell.code and len(executed) < 20:
            executed.append((code, frame.f_globals, frame.f_locals))
        return None

    return trace


def check(spell):
    scene = empty_scene(TITLE, ["runes = compile(recipe, ...)"])
    for recipe in RECIPES:
        ns = spell.namespace(recipe=recipe)
        executed = []  # (code, globals, locals) of every module code the spell ran besides its own
        tracer = module_runs(spell, executed)
        sys.settrace(tracer)
        try:
            if recipe is STORY_RECIPE:
                spell.run(ns)
            else:  # run again with its printing dropped, under the same rules as run()
                spell.call(exec, spell.code, ns)
        finally:
            sys.settrace(None)
        runes = ns.get("runes")
        if not isinstance(runes, types.CodeType):
            if "runes" not in ns:
                return Verdict(False, [("no-runes", {})], scene)
            return Verdict(False, [("not-code", {"kind": type(runes).__name__})], scene)
        if rune_list(runes) != rune_list(compile(recipe, "<recipe>", "exec")):
            return Verdict(False, [("other-runes", {})], scene)
        fresh = {"__builtins__": spell.namespace()["__builtins__"]}
        reading = read_module_code(spell, runes, fresh)
        if recipe is STORY_RECIPE:  # the scene shows the story's recipe, whatever the quiet run does
            stores = [n for n, step in enumerate(reading.steps) if step["op"] == "STORE_NAME"]
            scene = wizard_scene(TITLE, reading, marked=stores)
            story_steps = len(reading.steps)
        vault = ns.get("vault")
        if not isinstance(vault, dict):
            if "vault" not in ns:
                return Verdict(False, [("no-vault", {})], scene)
            return Verdict(False, [("vault-not-dict", {"kind": type(vault).__name__})], scene)
        wanted = made_by(recipe)
        for name, value in wanted.items():
            if name not in vault:
                return Verdict(False, noted(spell, vault, [("vault-missing", {"name": name})]), scene)
            if type(vault[name]) is not type(value) or vault[name] != value:
                return Verdict(False, noted(spell, vault, [("vault-wrong", {"name": name, "got": short_repr(vault[name])})]), scene)
        # the vault must be filled by running the runes: exec of the recipe's text compiles it
        # again, a code object of its own, and the runes never run
        if not any(code is runes and (vault is globals_ or vault is locals_) for code, globals_, locals_ in executed):
            return Verdict(False, noted(spell, vault, [("ran-text", {})]), scene)
    made = made_by(STORY_RECIPE)
    well_done = ("well-done", {"count": story_steps, "gold": made["gold"], "silver": made["silver"]})
    return Verdict(True, noted(spell, ns.get("vault"), [well_done]), scene)


def noted(spell, vault, messages):
    """exec(runes, vault) adds __builtins__ (every builtin name) to vault: a kid who printed the
    whole vault saw thousands of characters, so the verdict says why. Never part of the verdict."""
    if isinstance(vault, dict) and "__builtins__" in vault and "'__builtins__'" in spell.output:
        return messages + [("builtins-note", {})]
    return messages
