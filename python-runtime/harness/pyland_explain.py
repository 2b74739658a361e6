"""Why a spell stopped, said the way a kid can act on it: which catalogue text (`errors.<key>`)
explains a Python error, and the names and lines that text needs.

"At line 3 two things were mixed that do not fit together" is no help for `f(1, 2)` to a
function that takes one value, or for `hat` used after `del hat`. So the common errors are told
apart by what went wrong: a wrong number of values, calling something that is not a function, a
name used after del or before it is made, a name that only lives inside one of the spell's
functions or inside a module it imported, a word in quotes where a name was meant, a missing step
in after a colon. The messages of
CPython 3.14 are read as it writes them (measured in python-runtime/harness/error-explanations.test.ts);
anything else falls back to the error's own kind, so a new wording never breaks a cast.
"""

import ast
import builtins
import difflib
import re
import traceback
import types

import pyland_policy
from pyland_story import SPELL_FILENAME

# errors.<key> texts this module can pick, besides one per error type (see describe in pyland.py)
KEYS = (
    "TypeError-count", "TypeError-missing", "TypeError-keyword", "TypeError-not-callable", "TypeError-mix",
    "TypeError-wrong-kind", "TypeError-no-len", "TypeError-not-iterable", "TypeError-not-subscriptable",
    "TypeError-no-weakref", "TypeError-weakref-word", "ValueError-remove-missing", "ValueError-remove-word",
    "NameError-deleted", "NameError-later", "NameError-local", "NameError-in-module", "NameError-typo", "NameError-unknown",
    "UnboundLocalError", "IndentationError-step-in", "IndentationError-unexpected", "IndentationError-step-back",
    "threads-by-gil",
)

_COUNT = re.compile(r"^(?P<function>[\w.]+)\(\) takes (?:exactly one argument|no arguments|\d+ positional arguments?|from \d+ to \d+ positional arguments)")
_MISSING = re.compile(r"^(?P<function>[\w.]+)\(\) missing \d+ required (?:positional|keyword-only) arguments?")
_KEYWORD = re.compile(r"^(?P<function>[\w.]+)\(\) got an unexpected keyword argument '(?P<name>\w+)'")
_NOT_CALLABLE = re.compile(r"^'(?P<kind>\w+)' object is not callable")
_MIX = re.compile(r"unsupported operand type|can only concatenate|can't multiply sequence|not supported between instances")
_WRONG_KIND = re.compile(r"^(?P<function>[\w.]+)\(\) arg(?:ument)? \d+ must be")
_NO_LEN = re.compile(r"^object of type '(?P<kind>\w+)' has no len\(\)")
_NOT_ITERABLE = re.compile(r"^'(?P<kind>\w+)' object is not iterable")
_NOT_SUBSCRIPTABLE = re.compile(r"^'(?P<kind>\w+)' object is not subscriptable")
_NO_WEAKREF = re.compile(r"^cannot create weak reference to '(?P<kind>\w+)' object")
_REMOVE_MISSING = re.compile(r"^list\.remove\(x\): x not in list")
# the calls that make a weak reference (weakref.ref(x), weakref.finalize(x, ...), weakref.proxy(x))
_WEAKREF_CALLS = frozenset({"ref", "finalize", "proxy", "WeakMethod"})
_STEP_IN = re.compile(r"^expected an indented block after .* on line (?P<after>\d+)")


def explain(exc, source, line, names=()):
    """(key, params) for the `errors.` text that explains `exc`, or None for its plain kind.

    `source` is the spell's text, `line` the spell line the error stopped at (or None) and
    `names` the names the spell could see there (the story's hat too), for "did you mean"."""
    key_of_type = getattr(type(exc), "pyland_explanation", None)
    if key_of_type in KEYS:
        return key_of_type, {"name": getattr(exc, "name", None) or "?"}
    if isinstance(exc, UnboundLocalError):
        return "UnboundLocalError", {"name": _quoted_name(str(exc)) or "?"}
    if isinstance(exc, NameError) and getattr(exc, "name", None):
        return _name_error(exc.name, source, line, names, _values_at_error(exc))
    if isinstance(exc, IndentationError):
        return _indentation_error(exc.msg or "")
    if type(exc) is TypeError:
        return _type_error(str(exc), source, line, exc)
    if type(exc) is ValueError and _REMOVE_MISSING.match(str(exc)):
        word = _quoted_word(source, line, {"remove"}, _values_at_error(exc))
        return ("ValueError-remove-word", {"word": word}) if word else ("ValueError-remove-missing", {})
    return None


def _values_at_error(exc):
    """What the names meant where the spell stopped: the innermost spell frame's names and
    values (its function's own names first, then the spell's globals)."""
    values = {}
    for frame, _line in traceback.walk_tb(exc.__traceback__):
        if frame.f_code.co_filename == SPELL_FILENAME:
            values = {**frame.f_globals, **dict(frame.f_locals)}
    return values


def _calls_at(source, line):
    """The calls written on `line` of the spell (a call that spans lines counts on each of them)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call) and line is not None and node.lineno <= line <= (node.end_lineno or node.lineno)]


def _quoted_word(source, line, functions, values):
    """The word in quotes given first to the one call of `functions` on `line`, when it is spelled
    like a name that holds something else there: "broom" written where the name broom was meant.
    None when the line has no such call, several of them, or the word names nothing."""
    calls = [call for call in _calls_at(source, line) if _called_name(call) in functions]
    if len(calls) != 1 or not calls[0].args:
        return None
    first = calls[0].args[0]
    if not (isinstance(first, ast.Constant) and isinstance(first.value, str) and first.value.isidentifier()):
        return None
    word = first.value
    if word not in values or isinstance(values[word], str):
        return None
    return word


def _called_name(call):
    """remove for shelf.remove(...), finalize for weakref.finalize(...) or finalize(...)."""
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return call.func.id if isinstance(call.func, ast.Name) else None


def _type_error(message, source=None, line=None, exc=None):
    for pattern, key in ((_COUNT, "TypeError-count"), (_MISSING, "TypeError-missing"), (_KEYWORD, "TypeError-keyword")):
        found = pattern.match(message)
        if found:
            return key, {"function": _short(found.group("function")), "name": found.groupdict().get("name") or "?"}
    found = _NOT_CALLABLE.match(message)
    if found:
        return "TypeError-not-callable", {"kind": found.group("kind")}
    if _MIX.search(message):
        return "TypeError-mix", {}
    found = _WRONG_KIND.match(message)
    if found:
        return "TypeError-wrong-kind", {"function": _short(found.group("function"))}
    found = _NO_LEN.match(message)
    if found:
        return "TypeError-no-len", {"kind": found.group("kind")}
    found = _NOT_ITERABLE.match(message)
    if found:
        return "TypeError-not-iterable", {"kind": found.group("kind")}
    found = _NOT_SUBSCRIPTABLE.match(message)
    if found:
        return "TypeError-not-subscriptable", {"kind": found.group("kind")}
    found = _NO_WEAKREF.match(message)
    if found:
        word = _quoted_word(source, line, _WEAKREF_CALLS, _values_at_error(exc)) if found.group("kind") == "str" and exc else None
        return ("TypeError-weakref-word", {"word": word}) if word else ("TypeError-no-weakref", {"kind": found.group("kind")})
    return None


def _short(function):
    """`list.append` -> `append`: the kid wrote marks.append(...), not list.append."""
    return function.rsplit(".", 1)[-1]


def _name_error(name, source, line, names, values):
    params = {"name": name}
    deleted, made = _where_named(name, source)
    before = [at for at in deleted if line is None or at < line]
    if before:
        return "NameError-deleted", {**params, "deleted": before[-1]}
    functions = _functions_naming(name, source)
    inside = {at for function in functions for at in range(function.lineno, (function.end_lineno or function.lineno) + 1)}
    # a name made later inside a function is that function's own, not one made later for this line
    later = [at for at in made if line is not None and at > line and at not in inside]
    if later:
        return "NameError-later", {**params, "made": later[0]}
    elsewhere = [function for function in functions if line is None or not function.lineno <= line <= (function.end_lineno or function.lineno)]
    # only when no line outside those functions makes the name too (a loop that never ran, say)
    if elsewhere and all(at in inside for at in made):
        return "NameError-local", {**params, "function": elsewhere[0].name}
    module = _module_holding(name, values)
    if module:
        return "NameError-in-module", {**params, "module": module}
    known = _names_in(source) | {seen for seen in names if not seen.startswith("__")} | set(dir(builtins))
    close = difflib.get_close_matches(name, sorted(known - {name}), n=1, cutoff=0.6)
    if close:
        return "NameError-typo", {**params, "suggestion": close[0]}
    return "NameError-unknown", params


def _where_named(name, source):
    """The lines where the spell lets go of `name` with del, and where it makes it (=, def, for, import)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return [], []
    deleted, made = [], []
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id == name:
            if isinstance(node.ctx, ast.Del):
                deleted.append(node.lineno)
            elif isinstance(node.ctx, ast.Store):
                made.append(node.lineno)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.name == name:
            made.append(node.lineno)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            if any((alias.asname or alias.name.split(".")[0]) == name for alias in node.names):
                made.append(node.lineno)
    return sorted(deleted), sorted(made)


def _functions_naming(name, source):
    """The spell's functions that make `name` one of their own names (a parameter, or a name
    given a value in their own body without global or nonlocal), in the order they are written."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    found = []
    for function in ast.walk(tree):
        if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        own = list(_own_nodes(function))
        if any(isinstance(node, (ast.Global, ast.Nonlocal)) and name in node.names for node in own):
            continue
        if any(
            (isinstance(node, ast.arg) and node.arg == name)
            or (isinstance(node, ast.Name) and node.id == name and isinstance(node.ctx, ast.Store))
            or (isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.name == name)
            for node in own
        ):
            found.append(function)
    return sorted(found, key=lambda function: function.lineno)


def _own_nodes(function):
    """The nodes of a function's parameters and body, without the insides of the functions,
    lambdas and classes written in it (their names are theirs, not this function's)."""
    yield from ast.walk(function.args)
    waiting = list(function.body)
    while waiting:
        node = waiting.pop()
        yield node
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            continue
        waiting.extend(ast.iter_child_nodes(node))


def _module_holding(name, values):
    """The name under which the spell imported a module that has `name` (gc for collect), or None.
    Only a module the spell can see where it stopped, and never a name the spell may not use."""
    if name.startswith("_") or name in pyland_policy.DOOR_ATTRIBUTES:
        return None
    for alias, value in sorted(values.items()):
        if isinstance(value, types.ModuleType) and not alias.startswith("_") and name in getattr(value, "__dict__", {}):
            return alias
    return None


def _names_in(source):
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return set()
    names = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    names |= {node.name for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))}
    names |= {node.arg for node in ast.walk(tree) if isinstance(node, ast.arg)}
    return names


def _indentation_error(message):
    found = _STEP_IN.match(message)
    if found:
        return "IndentationError-step-in", {"after": int(found.group("after"))}
    if message.startswith("unexpected indent"):
        return "IndentationError-unexpected", {}
    if message.startswith("unindent does not match"):
        return "IndentationError-step-back", {}
    return None


def _quoted_name(message):
    found = re.search(r"'(\w+)'", message)
    return found.group(1) if found else None
