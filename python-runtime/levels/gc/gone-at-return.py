"""gc/gone-at-return: a spirit made inside a function leaves the moment the function returns.

The spell gets the Spirit class. The watch (harness/pyland_ghosts.py) follows every spirit the
spell makes: in which function call it was made, whether it was given last words (a
weakref.finalize waiting for it, or a __del__), and what the spell was doing when it left (a
trace of the spell's own lines and returns). It passes when a spirit made inside a function,
with last words that really were spoken (a finalize callback that can be called and did
not fail), was freed right at that call's return, with the collector paused: so the tally
reaching 0 freed it, not the Ghost Collector.
"""

from pyland import Verdict
from pyland_ghosts import Spirit, judge_under_watch


def left_at_return(record):
    """Freed by its tally as a call of the spell returned, and that call's own names held it:
    the function let go of it (it may have been made there, or by a helper it called)."""
    during = record.left_during
    if record.end != "freed" or during is None or during[0] != "return" or record.left_returned is None:
        return False
    return any(hold["kind"] in ("local", "local-item") and hold["via"] == record.left_returned for hold in record.seen_holds)


def give_the_story(spell):
    """Only the Spirit class: the spell makes its own spirit."""
    return spell.namespace(Spirit=Spirit)


def check(spell):
    return judge_under_watch(spell, give_the_story, judge)


def judge(watch, scene):
    if not watch.records:
        return Verdict(False, [("no-spirit", {})], scene)
    made_inside = [record for record in watch.records if record.born_function is not None]
    if not made_inside:
        return Verdict(False, [("made-outside", {"label": watch.records[0].label})], scene)
    # the story is about Pip: when the spell made a Pip, his leaving is what counts (another
    # spirit's last words are not his)
    story = [record for record in made_inside if record.label.lower().startswith("pip")] or made_inside
    for record in story:
        if left_at_return(record) and record.last_words and not record.words_failed and not record.words_silent:
            return Verdict(True, [("well-done", {"label": record.label, "function": record.left_returned})], scene)
    for record in story:
        if left_at_return(record) and record.words_failed:
            return Verdict(False, [("words-failed", {"label": record.label, "function": record.left_returned})], scene)

    # say what happened to the first spirit made in a function (the one the story is about)
    record = story[0]
    params = {"label": record.label, "function": record.born_function}
    if record.end == "alive":
        holders = watch.named_holders(record.label)
        if holders:
            return Verdict(False, [("still-held", dict(params, holders=list(holders)))], scene)
        if watch.in_cycle(record.label):
            return Verdict(False, [("cycle", params)], scene)
        return Verdict(False, [("still-here", params)], scene)
    if record.end == "swept":
        return Verdict(False, [("swept", params)], scene)
    if not left_at_return(record):
        line = record.left_line if record.left_line is not None else "?"
        return Verdict(False, [("not-at-return", dict(params, line=line))], scene)
    return Verdict(False, [("no-last-words", params)], scene)
