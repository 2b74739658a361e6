"""lab/runes: the Memory Lab's runes view. No lesson: any small program, and its functions' runes.

The program is cast as a spell (the policy, the gate, the host guard, the time limit, the capped
output and the fresh worker all apply) and runs once, plainly, under this checker, the school's
code; then harness/pyland_lab_runes.py reads each function's runes as compiled and as the run
left them (the scene `lab-runes`, LabRunesSceneData in contracts/cast-protocol.ts). It passes
when the program ran to its end; a program that raised or was stopped still shows the runes of
everything it wrote, with its error or stop in the scene.
"""

from pyland import Verdict
from pyland_lab_runes import runes_scene


def check(spell):
    scene = runes_scene(spell)
    if scene["error"] is not None:
        return Verdict(False, [("common.spell-crashed", {})], scene)
    if scene["interrupted"]:
        return Verdict(False, [("errors.interrupted", {})], scene)
    return Verdict(True, [], scene)
