import type { LevelDefinition } from '../level-types.js';

/** Chapter 1, level 3: del, reassigning and emptying a list make holders let go. */
export const letGoLevel: LevelDefinition = {
  id: 'refcount/let-go',
  chapter: 'refcount',
  scene: 'tally',
  starter: `import sys

print("spare:", spare)
print("shelf:", shelf)
before = sys.getrefcount(broom)
# Make spare and the two shelf slots let go of the broom (keep the name broom!):

after = sys.getrefcount(broom)
print("The broom's tally moved by", after - before)
`,
  hintCount: 3,
  reference: `import sys

print("spare:", spare)
print("shelf:", shelf)
before = sys.getrefcount(broom)
# Make spare and the two shelf slots let go of the broom (keep the name broom!):
del spare
shelf.remove(broom)
shelf.remove(broom)
after = sys.getrefcount(broom)
print("The broom's tally moved by", after - before)
`,
  wrong: [
    {
      why: 'fakes the output of the reference: nobody lets go',
      source: `print("spare: <Broom 'broom'>")
print("shelf: ['map', <Broom 'broom'>, <Broom 'broom'>]")
print("The broom's tally moved by", -3)
`,
    },
    {
      why: 'typical mistake: list.remove takes out only the first matching slot, one shelf slot still holds the broom',
      source: `del spare
shelf.remove(broom)
`,
    },
    {
      why: 'lets go of the name broom instead of the extras',
      source: `del broom
`,
    },
    {
      why: 'lets go of everything, the name broom too: the tally goes below the start',
      source: `spare = None
shelf.clear()
broom = None
`,
    },
    {
      why: 'only spare lets go: both shelf slots still hold the broom',
      source: `spare = "nothing"
`,
    },
  ],
};
