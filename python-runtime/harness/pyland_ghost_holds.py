"""Who holds whom among the spirits (the Ghost Collector chapter): found by identity, never guessed.

pyland_ghosts.SpiritWatch takes a picture of the holds at every traced line of the spell; the
checkers ask of those pictures whether two spirits hold each other round a circle. A hold is a
dict {kind, holder, via, target} (GhostHold in contracts/cast-protocol.ts): a name of the spell, a local of one
of its running functions, an item of a small container either names, or a spirit's attribute.
Like pyland_ghosts, this module is loaded by a checker while its cast runs and forgotten after it.
"""

import gc

from pyland import SPELL_FILENAME

CO_OPTIMIZED = 0x0001  # set on function code (not module or class bodies); see inspect.CO_OPTIMIZED
# Holds by the spell itself (its names and locals, and the small containers they name), as
# against a spirit's attribute: what "something of the spell's still holds it" means.
SPELL_HOLD_KINDS = ("name", "item", "local", "local-item")
# Containers looked into when looking for holders: only small ones, only one level deep.
MAX_CONTAINER_ITEMS = 64


def holds_now(alive, ns, frame):
    """Every hold on a living spirit right now. `alive` maps id(spirit) to (label, spirit), `ns`
    is the spell's namespace and `frame` the innermost frame to look at (and every frame that
    called it: the spell's running functions hold spirits in their locals)."""

    def label_of(value):
        entry = alive.get(id(value))
        return entry[0] if entry is not None and entry[1] is value else None

    holds = []

    def add(kind, holder, via, target):
        hold = {"kind": kind, "holder": holder, "via": via, "target": target}
        if hold not in holds:
            holds.append(hold)

    def look(kind, holder, via, value, item_kind):
        target = label_of(value)
        if target is not None:
            add(kind, holder, via, target)
            return
        for item in small_container_items(value):
            target = label_of(item)
            if target is not None:
                add(item_kind, holder, via, target)

    if alive:
        for name, value in list((ns or {}).items()):
            if not name.startswith("__"):
                look("name", name, "", value, "item")
        here = frame
        while here is not None:
            code = here.f_code
            if code.co_filename == SPELL_FILENAME and code.co_flags & CO_OPTIMIZED:
                for name, value in list(here.f_locals.items()):
                    look("local", name, code.co_name, value, "local-item")
            here = here.f_back
        for label, spirit in list(alive.values()):
            for attribute, value in list(getattr(spirit, "__dict__", {}).items()):
                look("attribute", label, attribute, value, "attribute")
    return holds


def words_now(labels, ns, spirits):
    """Where a spell's name or a spirit's attribute holds a word that names a spirit: "mist" in
    quotes where mist was meant (wisp.friend = "mist", lantern = "wisp"). `labels` are the
    spirits' labels, `spirits` (label, spirit) pairs of the living ones. Each is a dict {kind,
    holder, via, word}, kind "name" or "attribute". A spirit's own name attribute is its label,
    not a mistake, and is left out."""
    by_word = {label.strip().lower(): label for label in labels}
    words = []

    def look(kind, holder, via, value):
        if type(value) is str and len(value) <= 40:  # a str subclass could run spell code
            label = by_word.get(value.strip().lower())
            if label is not None:
                words.append({"kind": kind, "holder": holder, "via": via, "word": label})

    for name, value in list((ns or {}).items()):
        if not name.startswith("__"):
            look("name", name, "", value)
    for label, spirit in spirits:
        for attribute, value in list(getattr(spirit, "__dict__", {}).items()):
            if attribute != "name":
                look("attribute", label, attribute, value)
    return words


def held_directly(value, spirits):
    """The labels of `spirits` ((label, spirit) pairs) that `value`, what a name holds, holds
    itself: the spirit, or an item, value or attribute of what the name holds (one step, found
    by identity; gc.get_referents runs no code of the spell's). A spirit in the name holds only
    itself: its friend is the spirit's hold, not the name's."""
    if value is None:
        return []
    if any(spirit is value for _label, spirit in spirits):
        return [label for label, spirit in spirits if spirit is value]
    inside = gc.get_referents(value)
    inside += [item for each in inside if type(each) is dict for item in each.values()]
    return [label for label, spirit in spirits if spirit is not None and any(item is spirit for item in inside)]


def small_container_items(value):
    if isinstance(value, (list, tuple, set, frozenset)) and len(value) <= MAX_CONTAINER_ITEMS:
        return list(value)
    if isinstance(value, dict) and len(value) <= MAX_CONTAINER_ITEMS:
        return list(value.keys()) + list(value.values())
    return []


def attribute_graph(holds):
    graph = {}
    for hold in holds:
        if hold["kind"] == "attribute":
            graph.setdefault(hold["holder"], set()).add(hold["target"])
            graph.setdefault(hold["target"], set())
    return graph


def reaches(graph, start, goal):
    """True when `goal` can be reached from `start` by one or more attribute holds."""
    seen = set()
    stack = list(graph.get(start, ()))
    while stack:
        node = stack.pop()
        if node == goal:
            return True
        if node not in seen:
            seen.add(node)
            stack.extend(graph.get(node, ()))
    return False


def cycle_members(holds):
    """Labels of spirits that hold each other round in a circle through their attributes
    (a group of two or more, or a spirit that holds itself)."""
    graph = attribute_graph(holds)
    return {label for label in graph if reaches(graph, label, label)}
