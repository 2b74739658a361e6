"""gc/lantern-light: the Ghost Collector only sweeps what nothing can reach.

The story gives two circles: wisp and mist hold each other, and so do boo and hush. The
automatic collector is paused while the spell runs. It passes when a gc.collect() of the spell
swept boo and hush, while wisp and mist were still alive after the spell, kept by something the
spell made, not only by the story's own names it never let go, and survive one more gc.collect()
by the checker; and the name lantern itself holds wisp when the spell ends (mist in the lantern,
or wisp under another name, keeps them too, but is not what the goal asks).
"""

from pyland import Verdict
from pyland_ghost_holds import SPELL_HOLD_KINDS
from pyland_ghosts import circle, judge_under_watch, Spirit

KEPT = ("wisp", "mist")
LOST = ("boo", "hush")
LANTERN = "lantern"  # the story's name for the holder the lesson asks the kid to light


def give_the_story(spell):
    """Two circles of two. Made in their own function, so the checker holds none of them once
    it returns."""
    wisp, mist = circle("wisp", "mist")
    boo, hush = circle("boo", "hush")
    return spell.namespace(Spirit=Spirit, wisp=wisp, mist=mist, boo=boo, hush=hush)


def check(spell):
    return judge_under_watch(spell, give_the_story, judge)


def judge(watch, scene):
    ends = {record.label: record.end for record in watch.records}
    messages = []
    gone = [label for label in KEPT if ends[label] != "alive"]
    later = swept_later(watch, gone)
    if later is not None:
        # the lantern kept them through the collector's first visit, and let go afterwards: a
        # later visit swept them. Say that, not "make the lantern hold wisp" (it did)
        messages.append(("swept-later", {"labels": list(gone), "count": len(gone), "line": later}))
    elif gone:
        # lantern = "wisp": a word in quotes, not the spirit, so the lantern reached nobody
        word = next((word for word in watch.words_held("name", KEPT) if word["holder"] == LANTERN), None)
        if word is not None and all(ends[label] == "swept" for label in gone):
            messages.append(("lantern-word", {"labels": list(gone), "count": len(gone), "word": word["word"]}))
        elif all(ends[label] == "swept" for label in gone):
            messages.append(("lantern-empty", {"labels": list(gone), "count": len(gone)}))
        else:
            messages.append(("kept-left", {"labels": list(gone), "count": len(gone)}))
    not_swept = [label for label in LOST if ends[label] != "swept"]
    if not_swept:
        still = [label for label in not_swept if ends[label] == "alive"]
        if not still:
            messages.append(("lost-freed", {"labels": list(not_swept)}))
        elif not watch.collector_came:
            holders = watch.named_holders(*still)
            if holders:
                # their names never let go: they are not lost, whether he comes or not
                params = {"labels": list(still), "count": len(still), "holders": list(holders), "holders_count": len(holders)}
                messages.append(("not-called-named", params))
            else:
                messages.append(("not-called", {}))
        else:
            holders = watch.named_holders(*still)
            if holders:
                messages.append(("lost-kept", {"labels": list(still), "holders": list(holders), "count": len(still)}))
            elif not watch.full_collection:
                # gc.collect(0) or (1): he looked at the youngest things only (see call-the-collector)
                messages.append(("young-only", {"labels": list(still), "count": len(still)}))
            else:
                messages.append(("too-early", {"labels": list(still), "count": len(still)}))
    if not gone:
        # kept by something of the spell's own (the lantern, a list, another name), not only by
        # the story's names the spell never let go
        keepers = spell_keepers(watch)
        if keepers and all(hold["kind"] == "name" and hold["holder"] in KEPT for hold in keepers):
            messages.append(("own-names", {"holders": list(sorted({hold["holder"] for hold in keepers}))}))
    if messages:
        return Verdict(False, messages, scene)
    survivors_swept = [label for label in watch.collect_after() if label in KEPT]
    if survivors_swept:
        params = {"labels": list(survivors_swept), "count": len(survivors_swept)}
        if watch.collector_came:
            # they were safe when the spell's own collector came (the scene shows them alive),
            # and the spell let go of them afterwards: the school judges at the end of the spell
            return Verdict(False, [("unkept-at-end", params)], scene)
        return Verdict(False, [("lantern-empty", params)], scene)
    # the goal asks the lantern itself to hold wisp: mist in the lantern, or wisp under another
    # name, keeps them too, but is not the step the lesson asks for
    held = watch.holds_directly(LANTERN, KEPT)
    if "wisp" not in held:
        if held:
            return Verdict(False, [("lantern-holds-other", {"held": held[0]})], scene)
        others = sorted({hold["holder"] for hold in spell_keepers(watch) if hold["holder"] not in KEPT})
        return Verdict(False, [("lantern-unlit", {"holders": list(others), "count": len(others)})], scene)
    return Verdict(True, [("well-done", {"held": "both" if set(KEPT) <= set(held) else "wisp"})], scene)


def spell_keepers(watch):
    """The holds of the spell's own (names, locals, the containers they name) on wisp or mist
    when the spell ended."""
    return [hold for hold in watch.end_holds if hold["target"] in KEPT and hold["kind"] in SPELL_HOLD_KINDS]


def swept_later(watch, gone):
    """The line of the collector's visit that swept `gone` (wisp, mist or both) when an earlier
    visit had swept boo or hush and left them: they were kept, then the spell let go. None else."""
    if not gone or any(watch.end_of(label) != "swept" for label in gone):
        return None
    sweeps = [event for event in watch.events if event["what"] == "sweep" and event["labels"]]
    first_lost = next((index for index, event in enumerate(sweeps) if set(event["labels"]) & set(LOST)), None)
    if first_lost is None or set(sweeps[first_lost]["labels"]) & set(gone):
        return None
    for event in sweeps[first_lost + 1 :]:
        if set(event["labels"]) & set(gone):
            return event["line"] if event["line"] is not None else "?"
    return None
