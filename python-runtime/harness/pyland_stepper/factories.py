"""Factories: instruction -> (handler, argument), checked against what 3.14 compiles, and what each
instruction can touch (for explore). Written into preparation.FACTORIES and LOCALITY when the
package is imported."""

import dis
import operator

from pyland_stepper.handlers_calls import (
    op_call,
    op_call_function_ex,
    op_call_kw,
    op_check_exc_match,
    op_import_from,
    op_import_name,
    op_load_super_attr,
    op_pop_except,
    op_push_exc_info,
    op_raise_varargs,
    op_reraise,
    op_return_value,
    op_with_except_start,
)
from pyland_stepper.handlers_names import (
    _SPECIAL_NAMES,
    op_copy,
    op_copy_free_vars,
    op_delete_attr,
    op_delete_deref,
    op_delete_fast,
    op_delete_global,
    op_delete_name,
    op_load_attr,
    op_load_build_class,
    op_load_const,
    op_load_deref,
    op_load_fast,
    op_load_fast_and_clear,
    op_load_fast_load_fast,
    op_load_global,
    op_load_global_null,
    op_load_method,
    op_load_name,
    op_load_special,
    op_make_cell,
    op_nop,
    op_pop_top,
    op_push_null,
    op_resume,
    op_store_attr,
    op_store_deref,
    op_store_fast,
    op_store_fast_load_fast,
    op_store_fast_store_fast,
    op_store_global,
    op_store_name,
    op_swap,
)
from pyland_stepper.handlers_values import (
    op_binary,
    op_binary_slice,
    op_build_list,
    op_build_map,
    op_build_set,
    op_build_slice,
    op_build_string,
    op_build_tuple,
    op_call_intrinsic_1,
    op_compare_bool,
    op_contains,
    op_convert_value,
    op_delete_subscr,
    op_dict_merge,
    op_dict_update,
    op_for_iter,
    op_format_simple,
    op_format_with_spec,
    op_get_iter,
    op_is,
    op_jump,
    op_jump_backward,
    op_list_append,
    op_list_extend,
    op_make_function,
    op_map_add,
    op_pop_jump_if_false,
    op_pop_jump_if_none,
    op_pop_jump_if_not_none,
    op_pop_jump_if_true,
    op_set_add,
    op_set_function_attribute,
    op_set_update,
    op_store_slice,
    op_store_subscr,
    op_to_bool,
    op_unary,
    op_unary_not,
    op_unpack_ex,
    op_unpack_sequence,
)
from pyland_stepper.preparation import _CALL, _GLOBAL_READ, _IF_IMMUTABLE, _LOCAL, _RAISE, _SPECIAL, FACTORIES, LOCALITY


def _simple(handler):
    return lambda ins, i, info, index_of: (handler, None)


def _with_arg(handler):
    return lambda ins, i, info, index_of: (handler, ins.arg)


def _jump(handler):
    return lambda ins, i, info, index_of: (handler, index_of[ins.jump_target])


def _const(ins, i, info, index_of):
    return (op_load_const, ins.argval)


def _name(handler):
    return lambda ins, i, info, index_of: (handler, info.code.co_names[ins.arg])


def _pair(handler):
    return lambda ins, i, info, index_of: (handler, (ins.arg >> 4, ins.arg & 15))


def _load_global(ins, i, info, index_of):
    name = info.code.co_names[ins.arg >> 1]
    return (op_load_global_null if ins.arg & 1 else op_load_global, name)


def _load_attr(ins, i, info, index_of):
    name = info.code.co_names[ins.arg >> 1]
    return (op_load_method if ins.arg & 1 else op_load_attr, name)


def _load_special(ins, i, info, index_of):
    if ins.arg >= len(_SPECIAL_NAMES) or _SPECIAL_NAMES[ins.arg] not in ("__enter__", "__exit__"):
        return None
    return (op_load_special, _SPECIAL_NAMES[ins.arg])


def _load_super_attr(ins, i, info, index_of):
    # oparg >> 2 indexes co_names; bit 0: load a method (push NULL after it); bit 1: super(C, obj)
    return (op_load_super_attr, (info.code.co_names[ins.arg >> 2], bool(ins.arg & 1), bool(ins.arg & 2)))


_BINARY_FUNCTIONS = {
    "+": operator.add, "&": operator.and_, "//": operator.floordiv, "<<": operator.lshift,
    "@": operator.matmul, "*": operator.mul, "%": operator.mod, "|": operator.or_, "**": operator.pow,
    ">>": operator.rshift, "-": operator.sub, "/": operator.truediv, "^": operator.xor,
    "+=": operator.iadd, "&=": operator.iand, "//=": operator.ifloordiv, "<<=": operator.ilshift,
    "@=": operator.imatmul, "*=": operator.imul, "%=": operator.imod, "|=": operator.ior,
    "**=": operator.ipow, ">>=": operator.irshift, "-=": operator.isub, "/=": operator.itruediv,
    "^=": operator.ixor, "[]": operator.getitem,
}
# the oparg of BINARY_OP indexes this table (dis._nb_ops, from Include/opcode.h)
_BINARY_BY_OPARG = [_BINARY_FUNCTIONS.get(symbol) for _, symbol in dis._nb_ops]


def _binary_op(ins, i, info, index_of):
    if ins.arg >= len(_BINARY_BY_OPARG) or _BINARY_BY_OPARG[ins.arg] is None:
        return None
    return (op_binary, _BINARY_BY_OPARG[ins.arg])


_COMPARE_FUNCTIONS = {"<": operator.lt, "<=": operator.le, "==": operator.eq, "!=": operator.ne, ">": operator.gt, ">=": operator.ge}


def _compare_op(ins, i, info, index_of):
    # 3.14: oparg >> 5 indexes dis.cmp_op; bit 16 asks for the result as a bool
    fn = _COMPARE_FUNCTIONS[dis.cmp_op[ins.arg >> 5]]
    return (op_compare_bool if ins.arg & 16 else op_binary, fn)


def _is_or_contains(handler):
    return lambda ins, i, info, index_of: (handler, bool(ins.arg))


def _for_iter(ins, i, info, index_of):
    # on exhaustion CPython jumps to the END_FOR and skips it: the iterator stays for POP_ITER
    target = index_of[ins.jump_target]
    if info.instructions[target].opname != "END_FOR":
        return None
    return (op_for_iter, target + 1)


def _resume(ins, i, info, index_of):
    return (op_resume, None) if ins.arg == 0 else None


def _intrinsic_1(ins, i, info, index_of):
    name = dis._intrinsic_1_descs[ins.arg] if ins.arg < len(dis._intrinsic_1_descs) else None
    if name == "INTRINSIC_UNARY_POSITIVE":
        return (op_call_intrinsic_1, operator.pos)
    if name == "INTRINSIC_LIST_TO_TUPLE":
        return (op_call_intrinsic_1, tuple)
    return None


def _convert_value(ins, i, info, index_of):
    fn = {1: str, 2: repr, 3: ascii}.get(ins.arg)
    return None if fn is None else (op_convert_value, fn)


def _common_constant(ins, i, info, index_of):
    return (op_load_const, dis._common_constants[ins.arg])


def _set_function_attribute(ins, i, info, index_of):
    return (op_set_function_attribute, ins.arg) if ins.arg in (1, 2, 4, 8, 16) else None


def _unpack_ex(ins, i, info, index_of):
    return (op_unpack_ex, (ins.arg & 0xFF, ins.arg >> 8))


def _reraise(ins, i, info, index_of):
    return (op_reraise, ins.arg)


FACTORIES.update({
    "NOP": _simple(op_nop),
    "NOT_TAKEN": _simple(op_nop),
    "EXTENDED_ARG": _simple(op_nop),  # its value is already folded into the next instruction's arg
    "RESUME": _resume,
    "POP_TOP": _simple(op_pop_top),
    "END_FOR": _simple(op_pop_top),
    "POP_ITER": _simple(op_pop_top),
    "PUSH_NULL": _simple(op_push_null),
    "COPY": _with_arg(op_copy),
    "SWAP": _with_arg(op_swap),
    "LOAD_CONST": _const,
    "LOAD_SMALL_INT": _with_arg(op_load_const),
    "LOAD_COMMON_CONSTANT": _common_constant,
    "LOAD_FAST": _with_arg(op_load_fast),
    "LOAD_FAST_CHECK": _with_arg(op_load_fast),
    "LOAD_FAST_BORROW": _with_arg(op_load_fast),
    "LOAD_FAST_LOAD_FAST": _pair(op_load_fast_load_fast),
    "LOAD_FAST_BORROW_LOAD_FAST_BORROW": _pair(op_load_fast_load_fast),
    "LOAD_FAST_AND_CLEAR": _with_arg(op_load_fast_and_clear),
    "STORE_FAST": _with_arg(op_store_fast),
    "STORE_FAST_LOAD_FAST": _pair(op_store_fast_load_fast),
    "STORE_FAST_STORE_FAST": _pair(op_store_fast_store_fast),
    "DELETE_FAST": _with_arg(op_delete_fast),
    "MAKE_CELL": _with_arg(op_make_cell),
    "COPY_FREE_VARS": _with_arg(op_copy_free_vars),
    "LOAD_DEREF": _with_arg(op_load_deref),
    "STORE_DEREF": _with_arg(op_store_deref),
    "DELETE_DEREF": _with_arg(op_delete_deref),
    "LOAD_GLOBAL": _load_global,
    "STORE_GLOBAL": _name(op_store_global),
    "DELETE_GLOBAL": _name(op_delete_global),
    "LOAD_NAME": _name(op_load_name),
    "STORE_NAME": _name(op_store_name),
    "DELETE_NAME": _name(op_delete_name),
    "LOAD_ATTR": _load_attr,
    "STORE_ATTR": _name(op_store_attr),
    "DELETE_ATTR": _name(op_delete_attr),
    "LOAD_SPECIAL": _load_special,
    "LOAD_SUPER_ATTR": _load_super_attr,
    # a class: the push is stepped, the CALL of __build_class__ after it runs natively (a builtin),
    # the class body with it; its methods are the spell's functions, stepped when called
    "LOAD_BUILD_CLASS": _simple(op_load_build_class),
    "UNARY_NEGATIVE": lambda ins, i, info, index_of: (op_unary, operator.neg),
    "UNARY_INVERT": lambda ins, i, info, index_of: (op_unary, operator.invert),
    "UNARY_NOT": _simple(op_unary_not),
    "TO_BOOL": _simple(op_to_bool),
    "BINARY_OP": _binary_op,
    "COMPARE_OP": _compare_op,
    "IS_OP": _is_or_contains(op_is),
    "CONTAINS_OP": _is_or_contains(op_contains),
    "BUILD_LIST": _with_arg(op_build_list),
    "BUILD_TUPLE": _with_arg(op_build_tuple),
    "BUILD_SET": _with_arg(op_build_set),
    "BUILD_MAP": _with_arg(op_build_map),
    "BUILD_SLICE": _with_arg(op_build_slice),
    "BUILD_STRING": _with_arg(op_build_string),
    "LIST_APPEND": _with_arg(op_list_append),
    "LIST_EXTEND": _with_arg(op_list_extend),
    "SET_ADD": _with_arg(op_set_add),
    "SET_UPDATE": _with_arg(op_set_update),
    "MAP_ADD": _with_arg(op_map_add),
    "DICT_UPDATE": _with_arg(op_dict_update),
    "DICT_MERGE": _with_arg(op_dict_merge),
    "STORE_SUBSCR": _simple(op_store_subscr),
    "DELETE_SUBSCR": _simple(op_delete_subscr),
    "BINARY_SLICE": _simple(op_binary_slice),
    "STORE_SLICE": _simple(op_store_slice),
    "UNPACK_SEQUENCE": _with_arg(op_unpack_sequence),
    "UNPACK_EX": _unpack_ex,
    "GET_ITER": _simple(op_get_iter),
    "FOR_ITER": _for_iter,
    "JUMP_FORWARD": _jump(op_jump),
    "JUMP_BACKWARD": _jump(op_jump_backward),
    "JUMP_BACKWARD_NO_INTERRUPT": _jump(op_jump),
    "POP_JUMP_IF_FALSE": _jump(op_pop_jump_if_false),
    "POP_JUMP_IF_TRUE": _jump(op_pop_jump_if_true),
    "POP_JUMP_IF_NONE": _jump(op_pop_jump_if_none),
    "POP_JUMP_IF_NOT_NONE": _jump(op_pop_jump_if_not_none),
    "FORMAT_SIMPLE": _simple(op_format_simple),
    "FORMAT_WITH_SPEC": _simple(op_format_with_spec),
    "CONVERT_VALUE": _convert_value,
    "MAKE_FUNCTION": _simple(op_make_function),
    "SET_FUNCTION_ATTRIBUTE": _set_function_attribute,
    "CALL_INTRINSIC_1": _intrinsic_1,
    "CALL": _with_arg(op_call),
    "CALL_KW": _with_arg(op_call_kw),
    "CALL_FUNCTION_EX": _simple(op_call_function_ex),
    "RETURN_VALUE": _simple(op_return_value),
    "RAISE_VARARGS": _with_arg(op_raise_varargs),
    "RERAISE": _reraise,
    "PUSH_EXC_INFO": _simple(op_push_exc_info),
    "POP_EXCEPT": _simple(op_pop_except),
    "CHECK_EXC_MATCH": _simple(op_check_exc_match),
    "WITH_EXCEPT_START": _simple(op_with_except_start),
    "IMPORT_NAME": _name(op_import_name),
    "IMPORT_FROM": _name(op_import_from),
})

SUPPORTED_INSTRUCTIONS = frozenset(FACTORIES)

# What each instruction can touch (the kinds: preparation.py)
LOCALITY.update({
    name: _LOCAL
    for name in (
        "NOP", "NOT_TAKEN", "EXTENDED_ARG", "RESUME", "POP_TOP", "END_FOR", "POP_ITER", "PUSH_NULL",
        "COPY", "SWAP", "LOAD_CONST", "LOAD_SMALL_INT", "LOAD_COMMON_CONSTANT", "LOAD_FAST",
        "LOAD_FAST_CHECK", "LOAD_FAST_BORROW", "LOAD_FAST_LOAD_FAST", "LOAD_FAST_BORROW_LOAD_FAST_BORROW",
        "LOAD_FAST_AND_CLEAR", "STORE_FAST", "STORE_FAST_LOAD_FAST", "STORE_FAST_STORE_FAST",
        "DELETE_FAST", "MAKE_CELL", "IS_OP", "BUILD_LIST", "BUILD_TUPLE", "BUILD_SLICE",
        "JUMP_FORWARD", "JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT", "POP_JUMP_IF_FALSE",
        "POP_JUMP_IF_TRUE", "POP_JUMP_IF_NONE", "POP_JUMP_IF_NOT_NONE", "UNARY_NOT", "MAKE_FUNCTION",
        "RETURN_VALUE", "RERAISE", "PUSH_EXC_INFO", "POP_EXCEPT", "CHECK_EXC_MATCH",
    )
})
LOCALITY.update(
    {
        name: _IF_IMMUTABLE
        for name in (
            "TO_BOOL", "UNARY_NEGATIVE", "UNARY_INVERT", "BINARY_OP", "COMPARE_OP", "CONTAINS_OP",
            "FORMAT_SIMPLE", "FORMAT_WITH_SPEC", "CONVERT_VALUE", "BUILD_STRING", "UNPACK_SEQUENCE",
            "GET_ITER", "FOR_ITER", "CALL_INTRINSIC_1", "BUILD_MAP", "BUILD_SET",
        )
    }
)
LOCALITY["LOAD_GLOBAL"] = _GLOBAL_READ
LOCALITY["LOAD_NAME"] = _GLOBAL_READ
LOCALITY["LOAD_SPECIAL"] = _SPECIAL
LOCALITY["RAISE_VARARGS"] = _RAISE
LOCALITY["CALL"] = _CALL
LOCALITY["CALL_KW"] = _CALL
LOCALITY["CALL_FUNCTION_EX"] = _CALL
# how many values from the top of the stack an _IF_IMMUTABLE instruction reads
_OPERANDS = {
    "TO_BOOL": 1, "UNARY_NEGATIVE": 1, "UNARY_INVERT": 1, "BINARY_OP": 2, "COMPARE_OP": 2,
    "CONTAINS_OP": 2, "FORMAT_SIMPLE": 1, "FORMAT_WITH_SPEC": 2, "CONVERT_VALUE": 1, "UNPACK_SEQUENCE": 1,
    "GET_ITER": 1, "FOR_ITER": 1, "CALL_INTRINSIC_1": 1,
}
