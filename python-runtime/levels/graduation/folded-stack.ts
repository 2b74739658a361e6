import type { LevelDefinition } from '../../../contracts/level-schema.js';

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
  right: [
    {
      why: 'works the number out in the spell: 5 + 3600',
      says: ['well-done'],
      source: `def potion(a):
    return a + 60 * 60

print(potion(5))
prediction = [5 + 3600]
`,
    },
    {
      why: 'a bit more than asked: shows the runes with dis first',
      says: ['well-done'],
      source: `import dis

def potion(a):
    return a + 60 * 60

dis.dis(potion)
prediction = [3605]
`,
    },
    {
      why: 'the list is built up with append',
      says: ['well-done'],
      source: `def potion(a):
    return a + 60 * 60

prediction = []
prediction.append(3605)
`,
    },
    {
      why: 'borderline, accepted: the guess is copied from calling potion (the pile after the only BINARY_OP is the answer)',
      says: ['well-done'],
      source: `def potion(a):
    return a + 60 * 60

prediction = [potion(5)]
`,
    },
  ],
  wrong: [
    {
      why: 'fakes the output: prints what the reference prints but predicts nothing',
      source: `print(3605)
`,
    },
    {
      why: 'typical mistake: predicts the pile just before BINARY_OP (5 under 3600): the note says BINARY_OP takes those two and puts back one, not that folding was missed',
      says: ['before-op'],
      reads: ['wait for BINARY_OP'],
      source: `def potion(a):
    return a + 60 * 60

prediction = [5, 3600]
`,
    },
    {
      why: 'thinks 60 and 60 are loaded as two stones: the compiler already folded them into 3600',
      says: ['unfolded'],
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
    {
      why: 'keeps both stones on the pile under the answer: the note is about BINARY_OP taking its stones off, not about folding',
      says: ['kept-stones'],
      reads: ['BINARY_OP takes its two stones off the pile'],
      source: `def potion(a):
    return a + 60 * 60

print(potion(5))
prediction = [5, 3600, 3605]
`,
    },
    {
      why: 'off by one: predicts the pile after the next rune too, when RETURN_VALUE has taken the answer (no word about folding: nothing here is unfolded)',
      says: ['wrong-size'],
      reads: ['count the stones right after it'],
      source: `def potion(a):
    return a + 60 * 60

prediction = []
print(potion(5))
`,
    },
    {
      why: 'half-done: predicts the pile before BINARY_OP and prints it',
      says: ['before-op'],
      source: `def potion(a):
    return a + 60 * 60

prediction = [5, 3600]
print("the pile after 60 * 60:", prediction)
`,
    },
    {
      why: 'the answer as text, not a number: the note says the quotes make it a word',
      says: ['quoted'],
      reads: ['"3605" in quotes: that is a word, not a number'],
      source: `def potion(a):
    return a + 60 * 60

prediction = ["3605"]
`,
    },
    {
      why: 'potion written 60 * 60 + a: the pile before BINARY_OP is [3600, 5] there, and that is still the moment before, not after',
      says: ['before-op'],
      source: `def potion(a):
    return 60 * 60 + a

prediction = [3600, 5]
`,
    },
    {
      why: 'the two stones before BINARY_OP, top first: the note is about the moment, not about folding (3600 is there)',
      says: ['before-op'],
      reads: ['BINARY_OP takes those two off and puts back one stone'],
      source: `def potion(a):
    return a + 60 * 60

prediction = [60 * 60, 5]
`,
    },
    {
      why: 'the right number turned into text with str(): the note names the quotes',
      says: ['quoted'],
      reads: ['in quotes: that is a word'],
      source: `def potion(a):
    return a + 60 * 60

prediction = [str(potion(5))]
`,
    },
    {
      why: 'the right pile, then a later line adds two stones on top: the note says so, and says nothing about folding',
      says: ['extra-stones'],
      reads: ['2 stones too many on top', 'did a later line add to it?'],
      source: `def potion(a):
    return a + 60 * 60

prediction = [potion(5)]
prediction.extend([5, 3600])
`,
    },
    {
      why: 'two 60s and no a: 60 * 60 was never multiplied by the wizard, folding made it 3600',
      says: ['unfolded'],
      source: `def potion(a):
    return a + 60 * 60

prediction = [60, 60]
`,
    },
  ],
};
