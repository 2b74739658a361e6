import type { LevelDefinition } from '../../../contracts/level-schema.js';

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
  right: [
    {
      why: 'a while loop marches the five steps',
      says: ['well-done'],
      source: `marks = []

def arthur():
    for step in range(5):
        marks.append("A")

def bors():
    step = 0
    while step < 5:
        marks.append("B")
        step += 1
`,
    },
    {
      why: 'five appends written out, no loop: each call is a switch point',
      says: ['well-done'],
      source: `marks = []

def arthur():
    for step in range(5):
        marks.append("A")

def bors():
    marks.append("B")
    marks.append("B")
    marks.append("B")
    marks.append("B")
    marks.append("B")
`,
    },
    {
      why: 'a helper leaves each mark',
      says: ['well-done'],
      source: `marks = []

def arthur():
    for step in range(5):
        marks.append("A")

def leave_mark(letter):
    marks.append(letter)

def bors():
    for step in range(5):
        leave_mark("B")
`,
    },
    {
      why: 'marks grows with += one letter list at a time, and the spell prints a greeting',
      says: ['well-done'],
      source: `marks = []

def arthur():
    for step in range(5):
        marks.append("A")

def bors():
    global marks
    for step in range(5):
        marks += ["B"]

print("Bors is ready")
`,
    },
  ],
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
    {
      why: 'bors drops all five marks in one go with extend: no march, no steps',
      says: ['in-one-go'],
      source: `marks = []

def arthur():
    for step in range(5):
        marks.append("A")

def bors():
    marks.extend(["B"] * 5)
`,
    },
    {
      why: 'a cheat: bors adds "BBBBB" as five letters at once',
      says: ['in-one-go'],
      source: `marks = []

def arthur():
    for step in range(5):
        marks.append("A")

def bors():
    marks.extend("BBBBB")
`,
    },
    {
      why: 'off by one: bors marches range(1, 5), four steps',
      says: ['not-five'],
      reads: ['bors() left 4 "B" marks, not 5'],
      source: `marks = []

def arthur():
    for step in range(5):
        marks.append("A")

def bors():
    for step in range(1, 5):
        marks.append("B")
`,
    },
    {
      why: 'bors makes a list of his own and never touches marks',
      says: ['no-march'],
      source: `marks = []

def arthur():
    for step in range(5):
        marks.append("A")

def bors():
    my_marks = []
    for step in range(5):
        my_marks.append("B")
`,
    },
  ],
};
