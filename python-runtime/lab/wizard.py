"""lab/wizard: the Memory Lab's rune-by-rune view. No lesson: any small program, read by the
royal wizard one rune at a time (the spell stepper), with the value stack and the frames.

The program is cast as a spell (the policy, the gate, the host guard, the time limit, the capped
output and the fresh worker all apply) and this checker, the school's code, hands it to the
reader (harness/pyland_lab_wizard.py). It passes when the program ran to its end; the scene
(`lab-wizard`, LabWizardData in contracts/cast-protocol.ts) holds the steps written down, and
why the reading ended (the program's error, the stop request, a rune the stepper cannot read).
"""

from pyland import Verdict
from pyland_lab_wizard import RuneReader


def check(spell):
    scene = RuneReader(spell).run()
    end = scene["end"]
    if end == "error":
        return Verdict(False, [("common.spell-crashed", {})], scene)
    if end == "interrupted":
        return Verdict(False, [("errors.interrupted", {})], scene)
    return Verdict(end == "finished", [], scene)
