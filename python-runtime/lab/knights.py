"""lab/knights: the Memory Lab's knights view. No lesson: two functions of any small program run
as knights (stepped threads) under Sir GIL or "anywhere", once (a sample) or in every order the
explorer can reach, judged by a check the kid writes (the race).

The program is cast as a spell (the policy, the gate, the host guard, the time limit, the capped
output and the fresh worker all apply) and this checker, the school's code, runs it in Sir GIL's
yard (harness/pyland_lab_knights.py, which also holds the kid's check to the spell policy). What
the panel asks is spell.options; the scene is `lab-knights` (LabKnightsSceneData in
contracts/cast-protocol.ts). It passes when what was asked could be answered.
"""

from pyland import Verdict
from pyland_lab_knights import answer


def check(spell):
    scene = answer(spell)
    return Verdict(scene["problem"] is None, [], scene)
