"""lab/memory: the Memory Lab. No lesson: any small program, and what it did to memory.

The program is cast as a spell (the policy, the gate, the host guard, the time limit, the capped
output and the fresh worker all apply) and this checker, the school's code, runs it under the
Lab's recorder (harness/pyland_lab.py). It passes when the program ran to its end; the scene
(`lab`, LabSceneData in contracts/cast-protocol.ts) holds the steps, and the program's error or
stop request too, so a program that raised half-way still shows what it did before.
"""

from pyland import Verdict
from pyland_lab import MemoryRecorder


def check(spell):
    scene = MemoryRecorder(spell).run()
    if scene["error"] is not None:
        return Verdict(False, [("common.spell-crashed", {})], scene)
    if scene["interrupted"]:
        return Verdict(False, [("errors.interrupted", {})], scene)
    return Verdict(True, [], scene)
