import type { LevelDefinition } from '../../../contracts/level-schema.js';

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
  right: [
    {
      why: 'spare is given None and the shelf is emptied with clear()',
      says: ['well-done'],
      source: `spare = None
shelf.clear()
`,
    },
    {
      why: 'a loop takes the broom out of the shelf while it is there',
      says: ['well-done'],
      source: `del spare
while broom in shelf:
    shelf.remove(broom)
print(shelf)
`,
    },
    {
      why: 'the shelf keeps only what is not the broom, in the same list',
      says: ['well-done'],
      source: `spare = "nothing"
shelf[:] = [thing for thing in shelf if thing is not broom]
`,
    },
    {
      why: 'del of the two slots by place',
      says: ['well-done'],
      source: `del spare
del shelf[1:3]
`,
    },
    {
      why: 'a new empty list under the name shelf: the old shelf goes, and its slots let go with it',
      says: ['well-done'],
      source: `del spare
shelf = []
`,
    },
  ],
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
    {
      why: 'half-done: only the shelf lets go, spare still holds the broom',
      source: `shelf.remove(broom)
shelf.remove(broom)
`,
    },
    {
      why: "spare is given the shelf: it lets go of the broom, but the shelf's slots still hold it",
      source: `spare = shelf
`,
    },
    {
      why: 'off by one: one slot too many removed, by place, takes the map too but leaves a broom',
      source: `del spare
del shelf[0:2]
`,
    },
    {
      why: 'the broom is copied into a new name while letting go',
      source: `del spare
shelf.clear()
keep = broom
`,
    },
    {
      why: 'the broom in quotes: remove() looks for the word "broom", which no slot holds, and the explanation says so instead of "the wrong form"',
      says: ['common.spell-crashed', 'errors.ValueError-remove-word'],
      reads: ['At line 3 remove() was asked to take out "broom", but no slot of the list holds that word'],
      source: `del spare
shelf.remove(broom)
shelf.remove("broom")
`,
    },
  ],
};
