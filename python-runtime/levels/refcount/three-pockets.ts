import type { LevelDefinition } from '../level-types.js';

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
  ],
};
