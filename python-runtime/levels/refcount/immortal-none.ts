import type { LevelDefinition } from '../level-types.js';

/** Chapter 1, level 6: immortal objects: None's tally never moves, the hat's counts every holder. */
export const immortalNoneLevel: LevelDefinition = {
  id: 'refcount/immortal-none',
  chapter: 'refcount',
  scene: 'tally',
  predict: { measure: 'tally-change', label: 'None' },
  starter: `import sys

hat_before = sys.getrefcount(hat)
none_before = sys.getrefcount(None)
# pile is an empty list. Put the hat into it five times, and None five times:

print("The hat's tally moved by", sys.getrefcount(hat) - hat_before)
print("None's tally moved by", sys.getrefcount(None) - none_before)
`,
  hintCount: 3,
  reference: `import sys

hat_before = sys.getrefcount(hat)
none_before = sys.getrefcount(None)
# pile is an empty list. Put the hat into it five times, and None five times:
for i in range(5):
    pile.append(hat)
    pile.append(None)
print("The hat's tally moved by", sys.getrefcount(hat) - hat_before)
print("None's tally moved by", sys.getrefcount(None) - none_before)
`,
  wrong: [
    {
      why: 'fakes the output of the reference: the pile stays empty',
      source: `print("The hat's tally moved by", 5)
print("None's tally moved by", 0)
`,
    },
    {
      why: 'typical mistake: puts the word "None" (a string) into the pile, not None itself',
      source: `for i in range(5):
    pile.append(hat)
    pile.append("None")
`,
    },
    {
      why: 'forgets None: only the hat goes into the pile',
      source: `pile.extend([hat] * 5)
`,
    },
    {
      why: 'range(4) gives four rounds: the hat has only four slots',
      source: `for i in range(4):
    pile.append(hat)
    pile.append(None)
pile.append(None)
`,
    },
  ],
};
