"""Why a spell stopped, said the way a kid can act on it: which catalogue text (`errors.<key>`)
explains a Python error, and the names and lines that text needs.

"At line 3 two things were mixed that do not fit together" is no help for `f(1, 2)` to a
function that takes one value, or for `hat` used after `del hat`. So the common errors are told
apart by what went wrong: a wrong number of values, calling something that is not a function, a
name used after del or before it is made, a missing step in after a colon. The messages of
CPython 3.14 are read as it writes them (measured in python-runtime/harness/error-explanations.test.ts);
anything else falls back to the error's own kind, so a new wording never breaks a cast.
"""

import ast
import builtins
import difflib
import re

# errors.<key> texts this module can pick, besides one per error type (see describe in pyland.py)
KEYS = (
    "TypeError-count", "TypeError-missing", "TypeError-keyword", "TypeError-not-callable", "TypeError-mix",
    "TypeError-wrong-kind", "TypeError-no-len", "TypeError-not-iterable", "TypeError-not-subscriptable", "NameError-deleted", "NameError-later", "NameError-typo", "NameError-unknown",
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
        return _name_error(exc.name, source, line, names)
    if isinstance(exc, IndentationError):
        return _indentation_error(exc.msg or "")
    if type(exc) is TypeError:
        return _type_error(str(exc))
    return None


def _type_error(message):
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
    return None


def _short(function):
    """`list.append` -> `append`: the kid wrote marks.append(...), not list.append."""
    return function.rsplit(".", 1)[-1]


def _name_error(name, source, line, names):
    params = {"name": name}
    deleted, made = _where_named(name, source)
    before = [at for at in deleted if line is None or at < line]
    if before:
        return "NameError-deleted", {**params, "deleted": before[-1]}
    later = [at for at in made if line is not None and at > line]
    if later:
        return "NameError-later", {**params, "made": later[0]}
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
