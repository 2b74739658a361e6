"""The Memory Lab's runes view: every function of a kid's program, its runes as the compiler made
them and as they are after the program ran, the runes the interpreter specialised, and the
constants the compiler folded.

    scene = runes_scene(spell)     # {"kind": "lab-runes", "functions": [...], ...}, see LabRunesSceneData

The program runs once, plainly, as a spell (Spell.run: the policy, the gate, the host guard, the
time limit): no sys.monitoring and no tracer while it runs, so the runes specialise exactly as
in a plain run (a monitored code object gets INSTRUMENTED_ runes, and a wrapped function other
code). Then its code objects are read with dis, the program's own module code first, then its
functions in the order they are written: the ones at module level, the methods of its classes,
the ones inside functions, lambdas too (a code object holds its runes whether or not a function
was ever made from it, and every function made from it shares them).

Measured in Pyodide's CPython 3.14.2 (python-runtime/lab/runes-lab.test.ts):
  * RESUME, the first rune, becomes RESUME_CHECK on a function's very first call: that is how the
    view tells "it ran" from "it never ran". How many times it ran is not counted: a wrapper
    would run other code, and a PY_START watcher (measured) leaves every other rune as a plain
    run does but makes RESUME an INSTRUMENTED_RESUME, then plain RESUME once it is switched off,
    which wipes out the one sign that a function ran; a second run to count would be another
    run (its own output, its own random numbers), not the one shown.
  * A working rune (BINARY_OP, LOAD_GLOBAL, CALL, LOAD_ATTR) specialises on its second run: a
    function called once shows only RESUME_CHECK; called twice, BINARY_OP_ADD_INT,
    LOAD_GLOBAL_BUILTIN, CALL_LEN. LOAD_CONST turns into LOAD_CONST_IMMORTAL / _MORTAL at once.
  * The compiler folds math and other work on constants only: 6 * 7 -> LOAD_SMALL_INT 42,
    'ab' * 2 -> 'abab', (1, 2) + (3,) -> (1, 2, 3), -5 -> LOAD_CONST -5, 2 ** 10 -> 1024,
    'hello'[1] -> 'e', a list of constants looked in (x in [1, 2]) -> the tuple (1, 2). A folded
    rune carries the place of the source it came from (Instruction.positions), so the view shows
    that text; a constant written as it is (42, 'hi', (1, 2)) is not folded.
"""

import ast
import dis
import re
import types

from pyland_runes import rune_argument

# Functions shown, the program itself included, and runes shown of each (the rest are counted).
MAX_FUNCTIONS = 12
MAX_RUNES = 80
MAX_ARGUMENT_CHARS = 40
MAX_SOURCE_CHARS = 60
# What a tracer or sys.monitoring puts in: a marker for the watcher, not a specialised rune.
INSTRUMENTED = "INSTRUMENTED_"
CONSTANT_RUNES = ("LOAD_CONST", "LOAD_SMALL_INT")
_CODE_FLAGS_FUNCTION = 0x1  # CO_OPTIMIZED: a function's code (not a module's or a class body's)
# The nodes of an expression made of constants only (what the compiler can work out itself).
_CONSTANT_ONLY = (
    ast.Constant,
    ast.BinOp,
    ast.UnaryOp,
    ast.BoolOp,
    ast.Tuple,
    ast.List,
    ast.Set,
    ast.Subscript,
    ast.Slice,
    ast.operator,
    ast.unaryop,
    ast.boolop,
    ast.expr_context,
)
_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+|, file \"[^\"]*\"")


def runes_scene(spell):
    """Run the spell plainly, then read its functions' runes. The spell's error or stop request
    is in the scene (`error`, `interrupted`): what it defined before that is still read."""
    ns = spell.namespace()
    scene = {"kind": "lab-runes", "functions": [], "more": 0, "error": None, "interrupted": False}
    try:
        spell.run(ns)
    except Exception as exc:  # SpellCrashed or SpellInterrupted, by name (anything else: the cast says so)
        kind = type(exc).__name__
        if kind == "SpellCrashed":
            scene["error"] = exc.error
        elif kind == "SpellInterrupted":
            scene["interrupted"] = True
        else:
            raise
    del ns
    codes = [spell.code] + sorted(
        (code for code in _code_objects(spell.code) if code.co_flags & _CODE_FLAGS_FUNCTION),
        key=lambda code: (code.co_firstlineno, code.co_qualname),
    )
    folds = _FoldFinder(spell.source)
    scene["functions"] = [_function(code, code is spell.code, folds) for code in codes[:MAX_FUNCTIONS]]
    scene["more"] = max(0, len(codes) - MAX_FUNCTIONS)
    return scene


def _code_objects(code):
    found = []
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            found.append(const)
            found.extend(_code_objects(const))
    return found


def _function(code, is_program, folds):
    plain = list(dis.get_instructions(code, adaptive=False))
    now = list(dis.get_instructions(code, adaptive=True))
    runes = []
    specialised = 0
    ran = is_program
    for index, rune in enumerate(plain):
        after = now[index].opname if index < len(now) else rune.opname
        changed = after != rune.opname and not after.startswith(INSTRUMENTED)
        if rune.opname == "RESUME":
            # the first RESUME turns into RESUME_CHECK at the first call (a generator has more)
            ran = ran or changed
        elif changed:
            specialised += 1
        if index < MAX_RUNES:
            runes.append(
                {
                    "line": rune.line_number if rune.line_number and rune.line_number > 0 else None,
                    "opname": rune.opname,
                    "argument": _argument(rune),
                    "now": after if changed else None,
                    "folded": folds.source_of(rune),
                }
            )
    ran = ran or specialised > 0
    return {
        "name": code.co_qualname,
        "program": is_program,
        "line": code.co_firstlineno if not is_program else 1,
        "ran": ran,
        "specialised": specialised,
        "runes": runes,
        "more": max(0, len(plain) - MAX_RUNES),
    }


def _argument(rune):
    if isinstance(rune.argval, types.CodeType):
        text = f"<code object {rune.argval.co_name}>"
    else:
        text = _ADDRESS.sub("", rune_argument(rune))
    return text if len(text) <= MAX_ARGUMENT_CHARS else text[: MAX_ARGUMENT_CHARS - 1] + "\u2026"


class _FoldFinder:
    """Tells a constant the compiler worked out from the program's own text: a constant rune
    whose source place (Instruction.positions) is an expression of constants only that is not
    written as the value itself (6 * 7, -5, 'ab' * 2), with that expression's text."""

    def __init__(self, source):
        self.source = source
        self.places = {}
        try:
            tree = ast.parse(source)
        except SyntaxError:
            return
        for node in ast.walk(tree):
            if isinstance(node, ast.expr) and node.end_lineno is not None:
                self.places.setdefault((node.lineno, node.col_offset, node.end_lineno, node.end_col_offset), node)

    def source_of(self, rune):
        if rune.opname not in CONSTANT_RUNES or rune.positions is None:
            return None
        place = rune.positions
        node = self.places.get((place.lineno, place.col_offset, place.end_lineno, place.end_col_offset))
        if node is None or _as_written(node) or not all(isinstance(each, _CONSTANT_ONLY) for each in ast.walk(node)):
            return None
        text = " ".join((ast.get_source_segment(self.source, node) or "").split())
        if not text:
            return None
        return text if len(text) <= MAX_SOURCE_CHARS else text[: MAX_SOURCE_CHARS - 1] + "\u2026"


def _as_written(node):
    """A constant the program wrote as the value itself: 42, 'hi', or a tuple of such, (1, 'a')."""
    if isinstance(node, ast.Constant):
        return True
    return isinstance(node, ast.Tuple) and all(_as_written(each) for each in node.elts)
