"""The runes (the bytecode chapter, bytecode/...): what its checkers need to read the kid's own
functions with dis, to tell a number the kid wrote from one the compiler folded, and to turn the
reading into a `runes` scene.

    greet = spell_function(ns, "greet")          # (pyland.py) the kid's own function, or None
    runes = runes_of(greet)                       # its runes as dis lists them (adaptive=True: specialised)
    scene = rune_scene("greet", runes, found=[1])

Loaded with the harness (pyland.py imports it), like pyland_tally.py: in the memory snapshot, and
its globals watched by the state guard.
"""

import ast
import dis

RUNES_SHOWN = 80


def runes_of(function, adaptive=False):
    """The function's runes (bytecode instructions, as dis lists them, without CACHE entries):
    dicts with opname, argval (the value or name the rune works with), argument (the text dis
    shows after the opname) and line. With adaptive=True, the runes as the interpreter has
    specialised them so far."""
    return [
        {"opname": rune.opname, "argval": rune.argval, "argument": rune_argument(rune), "line": rune.line_number}
        for rune in dis.get_instructions(function, adaptive=adaptive)
    ]


def rune_argument(rune):
    """What dis.dis prints after a rune's opname: its description (`'Hello!'`, `x`, `*`), or the
    plain number when there is none (`LOAD_SMALL_INT 42` has an empty argrepr in 3.14)."""
    if rune.argrepr:
        return rune.argrepr
    return "" if rune.arg is None else str(rune.arg)


_NUMBER_OPS = {ast.Add: lambda a, b: a + b, ast.Sub: lambda a, b: a - b, ast.Mult: lambda a, b: a * b}
_NUMBER_LIMIT = 10**6  # sums of small numbers only: nothing a kid writes here needs more


def _number_sum(node):
    """(value, has a *) of a sum made only of whole numbers, + - and *; None for anything else.

    Worked out by hand on the tree, never by eval, and given up on past _NUMBER_LIMIT."""
    if isinstance(node, ast.Constant) and type(node.value) is int:
        return (node.value, False) if abs(node.value) <= _NUMBER_LIMIT else None
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        inner = _number_sum(node.operand)
        return None if inner is None else (-inner[0] if isinstance(node.op, ast.USub) else inner[0], inner[1])
    if isinstance(node, ast.BinOp) and type(node.op) in _NUMBER_OPS:
        left, right = _number_sum(node.left), _number_sum(node.right)
        if left is None or right is None:
            return None
        value = _NUMBER_OPS[type(node.op)](left[0], right[0])
        if abs(value) > _NUMBER_LIMIT:
            return None
        return value, left[1] or right[1] or isinstance(node.op, ast.Mult)
    return None


def number_math_in(source, name):
    """(value, has a *) of every piece of math made only of whole numbers written inside a
    function called `name` (6 * 7 -> (42, True), 40 + 2 -> (42, False)), outermost first: what the
    compiler folds there. Lets a checker tell "you wrote 42 yourself" from "you folded a + sum"."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == name:
            for inner in ast.walk(node):
                value = _number_sum(inner) if isinstance(inner, ast.BinOp) else None
                if value is not None:
                    found.append(value)
    return found


def writes_a_folding_multiplication(source, name, goal):
    """True when a function called `name` in the spell's source has a sum of numbers only, with
    a `*` in it, that makes `goal` (6 * 7, 2 * 3 * 7): the compiler folds exactly such a sum, so
    the `goal` in its runes came from it. A `*` elsewhere (unused = 2 * 3, then return 42) does
    not count. Used by bytecode/fold-the-numbers and graduation/folded-stack."""
    return (goal, True) in number_math_in(source, name)


def rune_scene(function_name, runes, found=(), specialised=None, missing=()):
    """A `runes` scene (RuneSceneData in contracts/cast-protocol.ts): the runes in order, the ones at the indexes
    in `found` lit up, `specialised` (the adaptive runes, same order) next to the plain ones, and
    the runes the checker looked for but did not find. Long functions are cut to RUNES_SHOWN."""
    found = set(found)
    shown = []
    for index, rune in enumerate(runes[:RUNES_SHOWN]):
        changed = None
        if specialised is not None and index < len(specialised) and specialised[index]["opname"] != rune["opname"]:
            changed = specialised[index]["opname"]
        shown.append(
            {
                "opname": rune["opname"],
                "argument": rune["argument"][:40],
                "line": rune["line"],
                "found": index in found,
                "specialised": changed,
            }
        )
    return {
        "kind": "runes",
        "function": function_name,
        "runes": shown,
        "more": max(0, len(runes) - RUNES_SHOWN),
        "missing": list(missing),
    }

