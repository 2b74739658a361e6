import type { LevelDefinition } from '../../../contracts/level-schema.js';

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
  right: [
    {
      why: 'the spell peeks +1 inside wear and 0 after it returns, then keeps the hat in a souvenir: judged where the spell looked after wear returned',
      says: ['well-done'],
      source: `print("Before wear:", peek())

def wear(h):
    print("Inside wear:", peek())

wear(hat)
print("After wear:", peek())
souvenir = hat
print("Later:", peek())
`,
    },
    {
      why: 'wear(h) calls a small helper of its own that peeks: the helper holds nothing, but h, one frame up, holds the hat',
      says: ['well-done'],
      source: `def look():
    return peek()

def wear(h):
    print("Inside wear:", look())

wear(hat)
print("After wear:", peek())
`,
    },
    {
      why: "the function's name is called thing, and peek is asked twice inside",
      says: ['well-done'],
      source: `print("Before:", peek())

def wear(thing):
    print("Inside:", peek())
    print("Still inside:", peek())

wear(hat)
print("After:", peek())
`,
    },
    {
      why: 'the hat is passed by keyword',
      says: ['well-done'],
      source: `def wear(h):
    print("Inside wear:", peek())

wear(h=hat)
print("After wear:", peek())
`,
    },
    {
      why: 'the function keeps the hat in a name of its own inside, and returns nothing',
      says: ['well-done'],
      source: `def wear(h):
    on_head = h
    print("Inside wear:", peek())

wear(hat)
print("After wear:", peek())
`,
    },
    {
      why: 'wear is called twice',
      says: ['well-done'],
      source: `def wear(h):
    print("Inside wear:", peek())

wear(hat)
wear(hat)
print("After wear:", peek())
`,
    },
  ],
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
    {
      why: 'the hat is given back and a name outside keeps it after the function',
      source: `def wear(h):
    print("Inside wear:", peek())
    return h

kept = wear(hat)
print("After wear:", peek())
`,
    },
    {
      why: 'half-done: wear gets the hat but never peeks inside',
      source: `def wear(h):
    pass

wear(hat)
print("After wear:", peek())
`,
    },
    {
      why: 'peek inside a function that the hat never reaches: it is passed to another one',
      source: `def look():
    print("Inside look:", peek())

def wear(h):
    pass

wear(hat)
look()
`,
    },
    {
      why: 'a cheat: prints the numbers of the reference without peeking inside',
      source: `print("Before wear:", peek())
print("Inside wear:", 1)
print("After wear:", peek())
`,
    },
  ],
};
