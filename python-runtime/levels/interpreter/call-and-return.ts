import type { LevelDefinition } from '../../../contracts/level-schema.js';

/** Chapter 5, level 4: a CALL opens a new frame on top; RETURN_VALUE closes it and hands the value back down. */
export const callAndReturnLevel: LevelDefinition = {
  id: 'interpreter/call-and-return',
  chapter: 'interpreter',
  scene: 'wizard',
  starter: `def double(n):
    return n * 2

def brew(x):
    y = double(x)
    return y + 1

print(brew(5))

# While the wizard reads brew(5):
deepest = 0       # the most frames open at the same time
handed_back = 0   # what double's RETURN_VALUE hands back to brew
`,
  hintCount: 3,
  reference: `def double(n):
    return n * 2

def brew(x):
    y = double(x)
    return y + 1

print(brew(5))

deepest = 2
handed_back = 10
`,
  right: [
    {
      why: 'the guesses are worked out in the spell',
      says: ['well-done'],
      source: `def double(n):
    return n * 2

def brew(x):
    y = double(x)
    return y + 1

deepest = 1 + 1
handed_back = 5 * 2
`,
    },
    {
      why: "double's answer is handed straight into the add",
      says: ['well-done'],
      source: `def double(n):
    return n * 2

def brew(x):
    return double(x) + 1

deepest = 2
handed_back = 10
`,
    },
    {
      why: 'double adds n to itself',
      says: ['well-done'],
      source: `def double(n):
    return n + n

def brew(x):
    y = double(x)
    return y + 1

deepest = 2
handed_back = 10
`,
    },
    {
      why: 'a bit more than asked: brew prints what double gave',
      says: ['well-done'],
      source: `def double(n):
    return n * 2

def brew(x):
    y = double(x)
    print("double gave", y)
    return y + 1

print(brew(5))
deepest = 2
handed_back = 10
`,
    },
  ],
  wrong: [
    {
      why: 'fakes the output: prints what the reference prints but sets no names',
      source: `def double(n):
    return n * 2

def brew(x):
    y = double(x)
    return y + 1

print(11)
`,
    },
    {
      why: 'typical mistake: hands back the final answer of brew, not what double returned',
      source: `def double(n):
    return n * 2

def brew(x):
    y = double(x)
    return y + 1

deepest = 2
handed_back = 11
`,
    },
    {
      why: 'thinks a call reuses the same frame',
      source: `def double(n):
    return n * 2

def brew(x):
    y = double(x)
    return y + 1

deepest = 1
handed_back = 10
`,
    },
    {
      why: 'brew does the work itself: no call, no second frame',
      source: `def brew(x):
    y = x * 2
    return y + 1

deepest = 2
handed_back = 10
`,
    },
    {
      why: 'the value handed back as a string',
      source: `def double(n):
    return n * 2

def brew(x):
    y = double(x)
    return y + 1

deepest = 2
handed_back = "10"
`,
    },
    {
      why: 'off by one: counts three frames',
      says: ['wrong-depth'],
      source: `def double(n):
    return n * 2

def brew(x):
    y = double(x)
    return y + 1

deepest = 3
handed_back = 10
`,
    },
    {
      why: 'hands back what double was given, not what it returned',
      says: ['wrong-value'],
      source: `def double(n):
    return n * 2

def brew(x):
    y = double(x)
    return y + 1

deepest = 2
handed_back = 5
`,
    },
    {
      why: 'half-done: deepest is set, handed_back is not',
      says: ['no-name'],
      source: `def double(n):
    return n * 2

def brew(x):
    y = double(x)
    return y + 1

deepest = 2
`,
    },
    {
      why: 'the value handed back as a float',
      says: ['wrong-value'],
      source: `def double(n):
    return n * 2

def brew(x):
    y = double(x)
    return y + 1

deepest = 2
handed_back = 10.0
`,
    },
  ],
};
