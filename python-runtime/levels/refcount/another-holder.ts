import type { LevelDefinition } from '../../../contracts/level-schema.js';

/** Chapter 1, level 1: a new name is a new holder, the tally goes up by exactly one. */
export const anotherHolderLevel: LevelDefinition = {
  id: 'refcount/another-holder',
  chapter: 'refcount',
  scene: 'tally',
  predict: { measure: 'tally-change', label: 'hat' },
  starter: `import sys

before = sys.getrefcount(hat)
# Give the hat one more holder on the next line:

after = sys.getrefcount(hat)
print("The tally moved by", after - before)
`,
  hintCount: 3,
  reference: `import sys

before = sys.getrefcount(hat)
# Give the hat one more holder on the next line:
my_hat = hat
after = sys.getrefcount(hat)
print("The tally moved by", after - before)
`,
  right: [
    {
      why: 'the hat goes into a list: a list slot is a holder too',
      says: ['well-done'],
      source: `bag = [hat]
`,
    },
    {
      why: 'a dictionary value holds the hat',
      says: ['well-done'],
      source: `closet = {"top shelf": hat}
print(closet)
`,
    },
    {
      why: 'a name made in a loop that runs once',
      says: ['well-done'],
      source: `for i in range(1):
    my_hat = hat
print("done")
`,
    },
    {
      why: 'a helper hands the hat back and a name keeps it',
      says: ['well-done'],
      source: `def give(thing):
    return thing

kept = give(hat)
`,
    },
    {
      why: 'the spell reads the tally twice, and only then makes the holder: it counts at the end, and the verdict says the reading came before the holder',
      says: ['well-done-unseen'],
      reads: ['your spell read the tally at line 3, and the new holder only came at line 4'],
      source: `import sys
start = sys.getrefcount(hat)
end = sys.getrefcount(hat)
spare = hat
print("moved by", end - start)
`,
    },
    {
      why: 'the readings are made by a function of the spell, and the list that holds the hat comes after them: the reading line is inside the function',
      says: ['well-done-unseen'],
      reads: ['your spell read the tally at line 4, and the new holder only came at line 8'],
      source: `import sys

def look():
    return sys.getrefcount(hat)

first = look()
second = look()
box = [hat]
print(second - first)
`,
    },
  ],
  wrong: [
    {
      why: 'fakes the output of the reference without giving the hat a holder',
      source: `print("The tally moved by", 1)
`,
    },
    {
      why: 'typical mistake: the name holds the word "hat" (a string), not the hat itself',
      source: `import sys

before = sys.getrefcount(hat)
my_hat = "hat"
after = sys.getrefcount(hat)
print("The tally moved by", after - before)
`,
    },
    {
      why: 'two new holders: the tally goes up by 2, not 1',
      source: `my_hat = hat
your_hat = hat
`,
    },
    {
      why: 'moves the hat to a new name and deletes the old one: the tally does not change',
      source: `my_hat = hat
del hat
`,
    },
    {
      why: 'only looks at the hat: printing holds nothing after it is done',
      source: `print(hat)
`,
    },
    {
      why: 'off by one: a list holds the hat twice',
      says: ['too-many'],
      source: `bag = [hat, hat]
`,
    },
    {
      why: 'half-done: the holder is made inside a function and lets go when it returns (the verdict says where it held and where it let go)',
      says: ['let-go-again'],
      source: `def hold():
    my_hat = hat

hold()
`,
    },
    {
      why: 'a copy of the name in a list that is thrown away',
      says: ['no-change'],
      source: `[hat]
print("I made a list")
`,
    },
    {
      why: 'a cheat: the name hat is given a new hat-like word, and the real hat loses its name',
      says: ['went-down', 'name-let-go'],
      source: `hat = "hat"
print("The tally moved by", 1)
`,
    },
    {
      why: 'a holder is added and measured, then deleted: the spell printed +1, but the tally is judged when the spell ends, and the verdict says both lines',
      says: ['let-go-again'],
      reads: ['At line 3 the hat had one more holder, but that holder let go again at line 6'],
      source: `import sys
before = sys.getrefcount(hat)
my_hat = hat
after = sys.getrefcount(hat)
print("The tally moved by", after - before)
del my_hat
`,
    },
  ],
};
