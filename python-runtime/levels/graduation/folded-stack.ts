import type { LevelDefinition } from '../level-types.js';

/**
 * Graduation (bytecode + interpreter): 60 * 60 is folded into 3600 before the spell runs, so
 * potion(5) has one BINARY_OP and the stack after it is [3605].
 */
export const foldedStackLevel: LevelDefinition = {
  id: 'graduation/folded-stack',
  chapter: 'graduation',
  scene: 'wizard',
  starter: `def potion(a):
    return a + 60 * 60

print(potion(5))

# What is on the value stack right after the FIRST BINARY_OP rune,
# while the wizard reads potion(5)? Bottom first, top last.
prediction = []
`,
  hintCount: 3,
  reference: `def potion(a):
    return a + 60 * 60

print(potion(5))

prediction = [3605]
`,
  wrong: [
    {
      why: 'fakes the output: prints what the reference prints but predicts nothing',
      source: `print(3605)
`,
    },
    {
      why: 'typical mistake: thinks the wizard multiplies 60 * 60 while reading, so a waits under 3600',
      source: `def potion(a):
    return a + 60 * 60

prediction = [5, 3600]
`,
    },
    {
      why: 'thinks 60 and 60 are loaded as two stones: the compiler already folded them into 3600',
      source: `def potion(a):
    return a + 60 * 60

prediction = [5, 60, 60]
`,
    },
    {
      why: 'the prediction is a string, not a list of values',
      source: `def potion(a):
    return a + 60 * 60

prediction = "[3605]"
`,
    },
    {
      why: 'potion does other math: nothing folded, and the prediction is about a different rune',
      source: `def potion(a):
    return a * 1

prediction = [5]
`,
    },
  ],
};
