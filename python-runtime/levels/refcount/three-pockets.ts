import type { LevelDefinition } from '../../../contracts/level-schema.js';

/** Chapter 1, level 2: every list slot is a holder, even when all slots hold the same wand. */
export const threePocketsLevel: LevelDefinition = {
  id: 'refcount/three-pockets',
  chapter: 'refcount',
  scene: 'tally',
  predict: { measure: 'tally-change', label: 'wand' },
  starter: `import sys

before = sys.getrefcount(wand)
# pockets is an empty list. Put the wand into it three times:

print("pockets:", pockets)
print("The wand's tally moved by", sys.getrefcount(wand) - before)
`,
  hintCount: 3,
  reference: `import sys

before = sys.getrefcount(wand)
# pockets is an empty list. Put the wand into it three times:
pockets.append(wand)
pockets.append(wand)
pockets.append(wand)
print("pockets:", pockets)
print("The wand's tally moved by", sys.getrefcount(wand) - before)
`,
  right: [
    {
      why: 'a new list of three wands under the name pockets: the checker counts the slots of pockets, whatever list it is',
      says: ['well-done'],
      source: `pockets = [wand, wand, wand]
`,
    },
    {
      why: 'a loop appends the wand three times',
      says: ['well-done'],
      source: `for i in range(3):
    pockets.append(wand)
print(pockets)
`,
    },
    {
      why: 'extend with a list of three wands',
      says: ['well-done'],
      source: `pockets.extend([wand, wand, wand])
`,
    },
    {
      why: 'pockets += a list of three wands',
      says: ['well-done'],
      source: `pockets += [wand] * 3
`,
    },
    {
      why: 'a helper fills the pockets',
      says: ['well-done'],
      source: `def fill(into, thing, times):
    for n in range(times):
        into.append(thing)

fill(pockets, wand, 3)
`,
    },
  ],
  wrong: [
    {
      why: 'fakes the output of the reference: pockets stays empty',
      source: `print("pockets:", "[<Wand 'wand'>, <Wand 'wand'>, <Wand 'wand'>]")
print("The wand's tally moved by", 3)
`,
    },
    {
      why: 'typical mistake: puts the word "wand" (a string) into the pockets, not the wand',
      source: `pockets.append("wand")
pockets.append("wand")
pockets.append("wand")
`,
    },
    {
      why: 'only one slot: the tally goes up by 1',
      source: `pockets.append(wand)
`,
    },
    {
      why: 'three names instead of three slots: the tally is +3 but the pockets stay empty',
      source: `a = wand
b = wand
c = wand
`,
    },
    {
      why: 'three slots plus an extra name: the tally goes up by 4',
      source: `pockets.extend([wand, wand, wand])
last_wand = pockets[-1]
`,
    },
    {
      why: 'off by one: range(1, 3) appends twice',
      source: `for i in range(1, 3):
    pockets.append(wand)
`,
    },
    {
      why: 'three wands in one slot: a list inside the list',
      source: `pockets.append([wand, wand, wand])
`,
    },
    {
      why: 'half-done: three appends, then one taken out again',
      source: `pockets.append(wand)
pockets.append(wand)
pockets.append(wand)
pockets.pop()
`,
    },
    {
      why: 'the wand goes into a tuple of three kept in the pockets list: one slot of pockets, not three',
      source: `pockets.append((wand, wand, wand))
`,
    },
    {
      why: 'three pockets hold the wand and the spell prints +3, then takes one out again: the verdict names both lines, since the school looks at the end',
      says: ['let-go-again'],
      reads: ["At line 4 the wand's tally was up by +3, but at line 6 a holder let go again"],
      source: `import sys

before = sys.getrefcount(wand)
pockets.extend([wand, wand, wand])
print("The wand's tally moved by", sys.getrefcount(wand) - before)
pockets.pop()
`,
    },
    {
      why: 'a spare name holds the wand before the three appends: the verdict names it as the extra holder',
      says: ['extra-holders'],
      reads: [
        'pockets held the wand in 3 slots, but its tally had moved by +4',
        'Still holding the wand: spare_wand. Let it go with del spare_wand.',
      ],
      source: `spare_wand = wand
for i in range(3):
    pockets.append(wand)
`,
    },
    {
      why: 'three pockets and a drawer (a dictionary) holding the wand: the drawer is named as the extra holder',
      says: ['extra-holders'],
      reads: ['Still holding the wand: drawer.'],
      source: `pockets.extend([wand, wand, wand])
drawer = {"top": wand}
`,
    },
  ],
};
