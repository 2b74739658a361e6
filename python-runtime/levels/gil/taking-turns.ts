import type { LevelDefinition } from '../level-types.js';

/**
 * Chapter 3, level 1: two knights' functions run as threads under Sir GIL (the stepper's gil
 * mode) and take turns with the counting stick.
 */
export const takingTurnsLevel: LevelDefinition = {
  id: 'gil/taking-turns',
  chapter: 'gil',
  scene: 'knights',
  predict: { measure: 'knights-turns' },
  starter: `marks = []

def arthur():
    for step in range(5):
        marks.append("A")

def bors():
    # Make Bors march like Arthur: five steps, leaving a "B" mark each time.
    pass
`,
  hintCount: 3,
  reference: `marks = []

def arthur():
    for step in range(5):
        marks.append("A")

def bors():
    for step in range(5):
        marks.append("B")

print("Arthur and Bors are ready to march!")
`,
  wrong: [
    {
      why: 'fakes the output: prints what the reference prints, but Bors never marches',
      source: `marks = []

def arthur():
    for step in range(5):
        marks.append("A")

def bors():
    pass

print("Arthur and Bors are ready to march!")
`,
    },
    {
      why: 'Bors is missing: only one knight',
      source: `marks = []

def arthur():
    for step in range(5):
        marks.append("A")
`,
    },
    {
      why: 'each knight does one step only, so each finishes within one turn and the stick never goes back',
      source: `marks = []

def arthur():
    marks.append("A")

def bors():
    marks.append("B")
`,
    },
    {
      why: 'Bors marches with a mistake (a name that does not exist) and crashes',
      source: `marks = []

def arthur():
    for step in range(5):
        marks.append("A")

def bors():
    for step in range(5):
        mark.append("B")
`,
    },
    {
      why: 'bors marches one step, not five',
      source: `marks = []

def arthur():
    for step in range(5):
        marks.append("A")

def bors():
    marks.append("B")
`,
    },
    {
      why: 'bors writes "A" too: the note is about bors leaving no "B", not about arthur\'s ten "A" marks',
      says: ['no-march'],
      reads: ['bors() ran but left no "B"'],
      source: `marks = []

def arthur():
    for step in range(5):
        marks.append("A")

def bors():
    for step in range(5):
        marks.append("A")
`,
    },
  ],
};
