"""Code preparation: one CodeInfo per code object, holding the instructions as (handler, argument)
tuples indexed by instruction number (inline CACHE entries are not instructions; jump targets and
the exception table are turned into instruction numbers).

The instructions the stepper runs are the table in factories.py. It is written into FACTORIES and
LOCALITY here when the package is imported: the handlers prepare the code they call, so this
module cannot import them.
"""

import dis

from pyland_stepper.errors import UnsupportedInstruction

CO_GENERATOR_LIKE = 0x20 | 0x80 | 0x100 | 0x200  # generator, coroutine, iterable coroutine, async generator

# What an instruction can touch, for explore(): _LOCAL ones read and write only the thread's own
# frame (and fresh objects), so they commute with every other thread's instructions;
# _IF_IMMUTABLE ones are local when every operand they read is an immutable value; the rest are
# _VISIBLE (globals, attributes, items of containers others may hold, calls into C, locks).
_LOCAL, _IF_IMMUTABLE, _VISIBLE, _GLOBAL_READ, _CALL, _SPECIAL, _RAISE = 0, 1, 2, 3, 4, 5, 6

# opname -> factory(ins, index, info, index_of) -> (handler, argument) or None (an argument not covered)
FACTORIES = {}
# opname -> what it can touch (one of the kinds above); _VISIBLE when not listed
LOCALITY = {}


class CodeInfo:
    __slots__ = (
        "code", "ops", "instructions", "lines", "offsets", "exception_table", "nlocalsplus",
        "localsplus_names", "ncells_end", "name", "locality", "stepped",
    )


_CODE_INFOS = {}


def _localsplus_names(code):
    names = list(code.co_varnames)
    names += [name for name in code.co_cellvars if name not in code.co_varnames]
    names += list(code.co_freevars)
    return names


def prepare(code):
    """The CodeInfo of `code` (cached). Raises UnsupportedInstruction for anything not covered."""
    info = _CODE_INFOS.get(code)
    if info is not None:
        return info
    if code.co_flags & CO_GENERATOR_LIKE:
        raise UnsupportedInstruction("RETURN_GENERATOR", code.co_firstlineno, code.co_qualname, "generators and async functions")
    instructions = list(dis.get_instructions(code))
    info = CodeInfo()
    info.code = code
    info.instructions = instructions
    info.name = code.co_qualname
    info.offsets = [ins.offset for ins in instructions]
    index_of = {ins.offset: i for i, ins in enumerate(instructions)}
    index_of[len(code.co_code)] = len(instructions)
    lines = []
    last = code.co_firstlineno
    for ins in instructions:
        if ins.line_number is not None:
            last = ins.line_number
        lines.append(ins.line_number if ins.line_number is not None else last)
    info.lines = lines
    info.localsplus_names = _localsplus_names(code)
    info.nlocalsplus = len(info.localsplus_names)
    info.ncells_end = len(code.co_varnames) + len([c for c in code.co_cellvars if c not in code.co_varnames])
    info.exception_table = [
        (index_of[e.start], index_of[e.end], index_of[e.target], e.depth, e.lasti)
        for e in dis._parse_exception_table(code)
    ]
    ops = []
    locality = []
    for i, ins in enumerate(instructions):
        factory = FACTORIES.get(ins.opname)
        if factory is None:
            raise UnsupportedInstruction(ins.opname, lines[i], code.co_qualname)
        op = factory(ins, i, info, index_of)
        if op is None:
            raise UnsupportedInstruction(ins.opname, lines[i], code.co_qualname, f"argument {ins.argrepr or ins.arg}")
        ops.append(op)
        locality.append(LOCALITY.get(ins.opname, _VISIBLE))
    info.ops = ops
    info.locality = locality
    _CODE_INFOS[code] = info
    return info
