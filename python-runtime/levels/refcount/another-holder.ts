import type { LevelDefinition } from '../level-types.js';

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
  ],
};
