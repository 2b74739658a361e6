import type { LevelDefinition } from '../../../contracts/level-schema.js';

/** Chapter 5, level 2: LOAD runes push values, BINARY_OP takes the top two and pushes the result, STORE pops. */
export const followTheStackLevel: LevelDefinition = {
  id: 'interpreter/follow-the-stack',
  chapter: 'interpreter',
  scene: 'wizard',
  starter: `def brew(a, b, c):
    return a + b * c

print(brew(2, 3, 4))

# What is on the value stack right after the FIRST BINARY_OP rune,
# while the wizard reads brew(2, 3, 4)? Bottom first, top last.
prediction = []
`,
  hintCount: 3,
  reference: `def brew(a, b, c):
    return a + b * c

print(brew(2, 3, 4))

prediction = [2, 12]
`,
  right: [
    {
      why: 'the prediction is worked out in the spell',
      says: ['well-done'],
      source: `def brew(a, b, c):
    return a + b * c

prediction = [2, 3 * 4]
`,
    },
    {
      why: 'a bit more than asked: the spell shows the runes first',
      says: ['well-done'],
      source: `import dis

def brew(a, b, c):
    return a + b * c

dis.dis(brew)
prediction = [2, 12]
`,
    },
    {
      why: 'the pile is built with append, bottom first',
      says: ['well-done'],
      source: `def brew(a, b, c):
    return a + b * c

prediction = []
prediction.append(2)
prediction.append(12)
`,
    },
    {
      why: 'brew keeps its answer in a name before it hands it back: the first BINARY_OP is the same',
      says: ['well-done'],
      source: `def brew(a, b, c):
    total = a + b * c
    return total

print(brew(2, 3, 4))
prediction = [2, 12]
`,
    },
  ],
  wrong: [
    {
      why: 'fakes the output: prints what the reference prints but predicts nothing',
      source: `print(14)
`,
    },
    {
      why: 'typical mistake: forgets that a is still waiting underneath',
      source: `def brew(a, b, c):
    return a + b * c

prediction = [12]
`,
    },
    {
      why: 'predicts the final answer: that is the stack after the SECOND BINARY_OP',
      says: ['wrong-size'],
      reads: ['has 1 stone,'],
      source: `def brew(a, b, c):
    return a + b * c

prediction = [14]
`,
    },
    {
      why: 'predicts the stack before the rune (it has not multiplied yet)',
      source: `def brew(a, b, c):
    return a + b * c

prediction = [2, 3, 4]
`,
    },
    {
      why: 'the prediction is a string, not a list of values',
      source: `def brew(a, b, c):
    return a + b * c

prediction = "[2, 12]"
`,
    },
    {
      why: "a number, not a list: the verdict says what prediction should be, in the game's words",
      says: ['not-a-list'],
      reads: ['prediction holds a whole number'],
      source: `def brew(a, b, c):
    return a + b * c

prediction = 12
`,
    },
    {
      why: 'top first instead of bottom first',
      says: ['wrong-values'],
      source: `def brew(a, b, c):
    return a + b * c

prediction = [12, 2]
`,
    },
    {
      why: 'keeps the two stones the multiply used under its answer',
      says: ['kept-stones'],
      source: `def brew(a, b, c):
    return a + b * c

prediction = [2, 3, 4, 12]
`,
    },
    {
      why: 'the numbers as text',
      says: ['wrong-values'],
      source: `def brew(a, b, c):
    return a + b * c

prediction = ["2", "12"]
`,
    },
    {
      why: "half-done: only the multiply's answer, a forgotten underneath",
      source: `def brew(a, b, c):
    return a + b * c

prediction = [12]
print("only the top")
`,
    },
  ],
};
