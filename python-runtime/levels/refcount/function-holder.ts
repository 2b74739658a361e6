import type { LevelDefinition } from '../level-types.js';

/** Chapter 1, level 5: a function's own name holds the hat only while the function runs. */
export const functionHolderLevel: LevelDefinition = {
  id: 'refcount/function-holder',
  chapter: 'refcount',
  scene: 'tally',
  starter: `# peek() tells how far the hat's tally has moved since the spell began.
print("Before wear:", peek())

def wear():
    print("Inside wear:", peek())

wear()
print("After wear:", peek())
`,
  hintCount: 3,
  reference: `# peek() tells how far the hat's tally has moved since the spell began.
print("Before wear:", peek())

def wear(h):
    print("Inside wear:", peek())

wear(hat)
print("After wear:", peek())
`,
  wrong: [
    {
      why: 'fakes the output of the reference: the function never gets the hat',
      source: `print("Before wear:", 0)
print("Inside wear:", 1)
print("After wear:", 0)
`,
    },
    {
      why: 'the starter as it is: wear gets no hat, so nothing new holds it inside',
      source: `print("Before wear:", peek())

def wear():
    print("Inside wear:", peek())

wear()
print("After wear:", peek())
`,
    },
    {
      why: 'typical mistake: the function keeps the hat in a list outside, so it is still held after the function returns',
      source: `closet = []

def wear(h):
    closet.append(h)
    print("Inside wear:", peek())

wear(hat)
print("After wear:", peek())
`,
    },
    {
      why: 'a list outside the function holds the hat while peek looks inside a function that never gets it',
      source: `def wear():
    print("Inside wear:", peek())

tmp = [hat]
wear()
del tmp
print("After wear:", peek())
`,
    },
    {
      why: 'no function at all: a top-level name holds the hat while peek looks',
      source: `worn = hat
print("Inside:", peek())
del worn
print("After:", peek())
`,
    },
    {
      why: 'a default value is held by the function itself, for as long as the function exists',
      source: `def wear(h=hat):
    print("Inside wear:", peek())

wear()
print("After wear:", peek())
`,
    },
  ],
};
