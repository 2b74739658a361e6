"""What a spell may be made of: a policy on its syntax tree, read before anything runs.

A spell runs in the same Python as its checker (the checker measures the spell's own objects),
and Python hides nothing from Python: through a frame, a function's __globals__, a code object
or a name looked up at run time, a spell could reach the checker and pass a lesson it did not
do. No lesson needs those doors, so a spell that writes one is refused before it runs, with the
construct and its line and column (the editor marks them as it marks a syntax error).

What counts is what the code *is*, never the words it contains: strings, comments and the
names a kid makes (a variable called `modules`, a print of "let me inspect the traceback") are
never looked at. Refused:
  * an attribute that is a door whatever object it is read from: dunder attributes outside a
    short list (`x.__class__`, `f.__globals__`, `f.__code__`), frame and traceback insides
    (`f_back`, `tb_frame`, `gi_frame`...), `cell_contents`, and the few module functions that
    walk Python's own state (`sys._getframe`, `sys.modules`, `gc.get_objects`, `sys.settrace`...);
  * the builtins that look names up from strings or run strings as code (getattr, setattr,
    delattr, vars, globals, locals, eval, exec, compile, __import__, breakpoint), unless the spell
    itself made a name of that spelling, or the lesson teaches it (a checker's SPELL_MAY_USE);
  * imports outside a short list of modules a lesson may use;
  * class patterns in `match` (they read attributes by the names in __match_args__) and format
    strings whose fields read attributes or items (`"{0.__class__}".format(x)`);
  * `__builtins__` and other dunder names the spell did not make.
A lesson that teaches compile and exec lets its spell compile strings: those strings are held to
the same policy when they are compiled (see guarded_builtins).

This module is written into the harness folder with pyland.py and imported by it.
"""

import ast
import builtins
import string
import sys
import types
import weakref

import pyland_gate

# Dunder attributes a kid's spell may read or write: a name, its own class's methods.
ALLOWED_DUNDERS = frozenset(
    {
        "__name__", "__doc__", "__qualname__", "__module__",
        "__init__", "__del__", "__repr__", "__str__", "__len__", "__iter__", "__next__",
        "__enter__", "__exit__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__hash__",
        "__add__", "__sub__", "__mul__", "__truediv__", "__floordiv__", "__mod__", "__contains__",
        "__getitem__", "__setitem__", "__call__", "__bool__",
    }
)

# Attributes that open a door whatever they are read from.
DOOR_ATTRIBUTES = frozenset(
    {
        # frames, tracebacks, generators and coroutines: the checker is one f_back away
        "f_back", "f_globals", "f_locals", "f_builtins", "f_code", "f_trace", "f_lasti",
        "tb_frame", "tb_next", "gi_frame", "gi_code", "cr_frame", "cr_code", "ag_frame", "ag_code",
        "cell_contents",
        # module functions that walk Python's own state or switch a watcher on
        "_getframe", "_current_frames", "_getframemodulename", "settrace", "setprofile", "gettrace",
        "getprofile", "monitoring", "addaudithook", "modules", "get_objects", "get_referrers",
        "get_referents", "exc_info", "last_traceback", "last_exc", "exception",
        # gc's list of functions called around each collection: the ghost watch's is one of them
        "callbacks",
        # the getattr family, and the library modules that keep it, reached as attributes of a
        # module a lesson allows (enum.bltns is the builtins module, fractions.operator has
        # attrgetter, dis.types builds functions, functools.update_wrapper reads any attribute
        # named in a list): `m = enum; m.bltns.getattr(...)` is refused whatever `m` is
        "getattr", "setattr", "delattr", "vars", "globals", "locals", "eval", "exec", "compile",
        "bltns", "builtins", "operator", "types", "inspect", "importlib", "attrgetter", "methodcaller",
        "update_wrapper", "wraps", "get_field", "vformat",
    }
)

# Builtins that read names from strings or run strings as code.
DOOR_BUILTINS = frozenset(
    {"getattr", "setattr", "delattr", "vars", "globals", "locals", "eval", "exec", "compile", "__import__", "breakpoint"}
)

# Modules a lesson's spell may import (the chapters use sys, gc, weakref, dis, threading, time).
ALLOWED_MODULES = frozenset(
    {
        "sys", "gc", "weakref", "dis", "threading", "time", "math", "random", "collections", "itertools",
        "functools", "statistics", "fractions", "decimal", "heapq", "bisect", "array", "re", "json",
        "textwrap", "enum", "dataclasses", "copy", "queue",
        # the host's modules: no door into the school's Python, and the harness's host guard
        # answers what a spell tries with them in words of its own ("spells cannot start
        # programs on your computer"), kinder than a refusal (harness/pyland_host.py)
        "os", "posix", "pathlib", "subprocess", "socket", "urllib", "http", "shutil", "tempfile", "io",
    }
)
# Private names of a module that a lesson teaches (the immortal None: "ask Python yourself").
TAUGHT_PRIVATE_NAMES = frozenset({"_is_immortal", "_is_gil_enabled"})
# Names a module above offers that read attributes from strings.
DOOR_IMPORTED_NAMES = frozenset({"attrgetter", "methodcaller", "Formatter", "get_type_hints"})


class NotAllowed(Exception):
    """A construct the lesson does not allow: what it is (as the spell wrote it) and where."""

    def __init__(self, construct, line, column, length):
        super().__init__(construct)
        self.construct = construct
        self.line = line
        self.column = column  # 1-based, where the construct starts on its line
        self.length = length  # how many characters it takes there (at least 1)


def check_spell(source, allowed=(), filename="<spell>"):
    """Raises NotAllowed for the first construct of `source` the policy refuses (SyntaxError when
    it does not parse). `allowed`: builtins the lesson teaches (its checker's SPELL_MAY_USE)."""
    check_tree(ast.parse(source, filename=filename), allowed)


def check_tree(tree, allowed=()):
    """check_spell for a tree already parsed (the harness compiles the spell from the same tree)."""
    _Policy(tree, frozenset(allowed)).visit(tree)


def _own_names(tree):
    """Every name the spell binds itself (assigned, defined, imported, an argument)."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            names.add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.arg):
            names.add(node.arg)
        elif isinstance(node, ast.alias):
            names.add((node.asname or node.name).split(".")[0])
        elif isinstance(node, (ast.MatchAs, ast.MatchStar)) and node.name:
            names.add(node.name)
    return names


def _root_name(node):
    """`weakref` for `weakref.finalize` (or `dis.opname[3]`): the name a chain starts from, or None."""
    while isinstance(node, (ast.Attribute, ast.Subscript)):
        node = node.value
    return node.id if isinstance(node, ast.Name) else None


def _dunder(name):
    return len(name) > 4 and name.startswith("__") and name.endswith("__")


def _module_names(tree):
    """Names the spell binds to a module with `import` (`import dis`, `import os.path as p`)."""
    return {
        (alias.asname or alias.name).split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }


class _Policy(ast.NodeVisitor):
    def __init__(self, tree, allowed):
        self.own = _own_names(tree)
        self.modules = _module_names(tree)
        self.allowed = allowed

    def refuse(self, construct, node, start=None, length=None):
        line = getattr(node, "lineno", None)
        if start is None:
            start = getattr(node, "col_offset", 0)
        if length is None:
            end = getattr(node, "end_col_offset", None)
            same_line = getattr(node, "end_lineno", line) == line
            length = end - start if end is not None and same_line and end > start else 1
        raise NotAllowed(construct, line, start + 1, max(1, length))

    def visit_Attribute(self, node):
        # the object first: in `sys._getframe(1).f_locals` the first door written is _getframe
        self.generic_visit(node)
        name = node.attr
        # a module's private names are the library's own workings (dis._try_compile compiles a
        # text with any filename): a lesson never needs them
        private = name.startswith("_") and not _dunder(name) and name not in TAUGHT_PRIVATE_NAMES and _root_name(node.value) in self.modules
        if (_dunder(name) and name not in ALLOWED_DUNDERS) or name in DOOR_ATTRIBUTES or private:
            # the attribute itself: it ends where the node ends (`type(hat).__init__.__globals__`)
            if node.end_lineno == node.lineno and node.end_col_offset is not None:
                self.refuse("." + name, node, node.end_col_offset - len(name) - 1, len(name) + 1)
            self.refuse("." + name, node)

    def visit_Name(self, node):
        name = node.id
        if name in self.own:
            return
        if name in DOOR_BUILTINS and name not in self.allowed:
            self.refuse(name, node)
        if _dunder(name) and name != "__name__":
            self.refuse(name, node)

    def visit_Import(self, node):
        for alias in node.names:
            if alias.name.split(".")[0] not in ALLOWED_MODULES:
                self.refuse("import " + alias.name, node)
        self.generic_visit(node)

    def visit_ImportFrom(self, node):
        module = node.module or ""
        if node.level or module.split(".")[0] not in ALLOWED_MODULES:
            self.refuse("from " + ("." * node.level) + module + " import", node)
        for alias in node.names:
            if alias.name == "*" or alias.name in DOOR_IMPORTED_NAMES or alias.name in DOOR_ATTRIBUTES or (alias.name.startswith("_") and alias.name not in TAUGHT_PRIVATE_NAMES):
                self.refuse("from " + module + " import " + alias.name, node)
        self.generic_visit(node)

    def _changes_a_module(self, targets, node, deleting=False):
        # `json.JSONEncoder.encode = ...`, `dis.opname[3] = "X"`, `del sys.path[0]`: the
        # library the school measures with is not the spell's to change
        for target in targets:
            for part in ast.walk(target) if isinstance(target, (ast.Tuple, ast.List)) else [target]:
                if isinstance(part, (ast.Attribute, ast.Subscript)) and _root_name(part) in self.modules:
                    self.refuse(("del " + ast.unparse(part)) if deleting else (ast.unparse(part) + " = …"), part)

    def visit_Assign(self, node):
        self._changes_a_module(node.targets, node)
        self.generic_visit(node)

    def visit_AugAssign(self, node):
        self._changes_a_module([node.target], node)
        self.generic_visit(node)

    def visit_AnnAssign(self, node):
        self._changes_a_module([node.target], node)
        self.generic_visit(node)

    def visit_Delete(self, node):
        self._changes_a_module(node.targets, node, deleting=True)
        self.generic_visit(node)

    def visit_MatchClass(self, node):
        self.refuse("case " + ast.unparse(node.cls) + "(...)", node)

    def visit_Call(self, node):
        func = node.func
        # "{0.__class__}".format(x): a format field reads attributes and items by the names it holds
        if isinstance(func, ast.Attribute) and func.attr in ("format", "format_map"):
            target = func.value
            if not (isinstance(target, ast.Constant) and isinstance(target.value, str)):
                self.refuse("." + func.attr + "(...) of a text made while the spell runs", node)
            if _reads_fields(target.value):
                self.refuse("a format field that reads an attribute or an item", node)
        if isinstance(func, ast.Name) and func.id == "format" and len(node.args) >= 2 and func.id not in self.own:
            spec = node.args[1]
            if not (isinstance(spec, ast.Constant) and isinstance(spec.value, str)):
                self.refuse("format(..., a format made while the spell runs)", node)
        self.generic_visit(node)


def _vet(code, vetted):
    vetted.add(code)
    for constant in code.co_consts:
        if isinstance(constant, types.CodeType):
            _vet(constant, vetted)


def _reads_fields(text):
    try:
        for _literal, field, spec, _conversion in string.Formatter().parse(text):
            if field and ("." in field or "[" in field):
                return True
            if spec and ("{" in spec) and _reads_fields(spec):
                return True
    except ValueError:
        return True
    return False


def guarded_builtins(spell_builtins, allowed):
    """compile, exec and eval for a lesson that teaches them: a string they are given is held to
    the same policy before it becomes code, and a code object they are given must be one this
    compile made (dis's own helpers can compile a text too: what they make runs nowhere).
    The text's filename never names the school's or the library's files, which the spell gate
    (pyland_gate.py) trusts."""
    allowed = frozenset(allowed)
    real_compile, real_exec, real_eval = builtins.compile, builtins.exec, builtins.eval
    vetted = weakref.WeakSet()  # code objects this compile made, and the ones nested in them

    def checked(source, filename="<string>"):
        if isinstance(source, (bytes, bytearray)):
            source = bytes(source).decode("utf-8", "replace")
        if isinstance(source, str):
            try:
                check_spell(source, allowed, filename if isinstance(filename, str) else "<string>")
            except NotAllowed as refused:
                raise PermissionError(f"this lesson does not allow {refused.construct} inside the text you compile") from None

    def compile(source, filename, mode, *args, **kwargs):
        checked(source, filename)
        code = real_compile(source, pyland_gate.safe_filename(filename), mode, *args, **kwargs)
        if isinstance(code, types.CodeType):
            _vet(code, vetted)
        return code

    def runnable(source):
        if isinstance(source, types.CodeType) and source not in vetted:
            raise PermissionError("this lesson runs only code that its own compile() made")
        checked(source)

    def caller_names(args, kwargs):
        # without a namespace, exec and eval work in their caller's names (the spell's), as the
        # real ones do: called from here they would otherwise work in this module's
        if args or "globals" in kwargs:
            return args
        caller = sys._getframe(2)
        return (caller.f_globals, caller.f_locals)

    def exec(source, *args, **kwargs):
        runnable(source)
        if isinstance(source, (str, bytes, bytearray)):
            source = compile(source, "<string>", "exec")
        return real_exec(source, *caller_names(args, kwargs), **kwargs)

    def eval(source, *args, **kwargs):
        runnable(source)
        if isinstance(source, (str, bytes, bytearray)):
            source = compile(source, "<string>", "eval")
        return real_eval(source, *caller_names(args, kwargs), **kwargs)

    guarded = dict(spell_builtins)
    for name, function in (("compile", compile), ("exec", exec), ("eval", eval)):
        if name in allowed:
            guarded[name] = function
    return guarded
