import type { LevelDefinition } from '../../../contracts/level-schema.js';

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
  right: [
    {
      why: 'a new list under the name pile, with five of each',
      says: ['well-done'],
      source: `pile = [hat] * 5 + [None] * 5
`,
    },
    {
      why: 'extend adds five of each',
      says: ['well-done'],
      source: `pile.extend([hat] * 5)
pile.extend([None] * 5)
`,
    },
    {
      why: 'a while loop, with a print of the pile',
      says: ['well-done'],
      source: `n = 0
while n < 5:
    pile.append(hat)
    pile.append(None)
    n += 1
print(pile)
`,
    },
    {
      why: 'None comes back from a function that returns nothing',
      says: ['well-done'],
      source: `def nothing():
    pass

for i in range(5):
    pile.append(hat)
    pile.append(nothing())
`,
    },
    {
      why: 'all the hats first, then all the Nones, with +=',
      says: ['well-done'],
      source: `pile += [hat, hat, hat, hat, hat]
pile += [None, None, None, None, None]
`,
    },
  ],
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
    {
      why: 'a count mistake, range(3): the verdict says how many slots None has and how many it needs, nothing more',
      says: ['hat-not-five', 'none-not-five'],
      reads: ['None is in 3 pile slots, but the goal is 5. Put None into the pile 5 times.'],
      source: `for i in range(3):
    pile.append(hat)
    pile.append(None)
`,
    },
    {
      why: 'off by one: six of each',
      source: `for i in range(6):
    pile.append(hat)
    pile.append(None)
`,
    },
    {
      why: 'half-done: five hats, and None only once',
      source: `for i in range(5):
    pile.append(hat)
pile.append(None)
`,
    },
    {
      why: 'the number 0 instead of None: 0 is not nothing',
      source: `for i in range(5):
    pile.append(hat)
    pile.append(0)
`,
    },
    {
      why: 'the hat goes in five times, and the word None with it, not None itself',
      source: `for i in range(5):
    pile.append(hat)
    pile.append("None ")
`,
    },
    {
      why: 'the loop name thing is left holding the hat after the loop: the tally moves by +6, and the verdict names thing',
      says: ['extra-holders'],
      reads: ['Still holding the hat: thing'],
      source: `for thing in [hat, hat, hat, hat, hat]:
    pile.append(thing)
for i in range(5):
    pile.append(None)
`,
    },
    {
      why: 'the spell prints +5 and then makes one more holder: the verdict says the tallies are read when the spell ends, and names the holder',
      says: ['extra-holders'],
      reads: ['When your spell ended, the pile held the hat 5 times', 'Still holding the hat: extra'],
      source: `import sys

hat_before = sys.getrefcount(hat)
none_before = sys.getrefcount(None)
pile.extend([hat, None] * 5)
print("The hat's tally moved by", sys.getrefcount(hat) - hat_before)
print("None's tally moved by", sys.getrefcount(None) - none_before)
extra = hat
`,
    },
    {
      why: 'the pile holds the hat and None five times and the spell prints the proof, then empties the pile: the verdict says both lines, since the tallies are read at the end',
      says: ['let-go-again', 'none-not-five'],
      reads: ["At line 7 the hat's tally was up by 5, but at line 12 the pile let go of it again"],
      source: `import sys

hat_before = sys.getrefcount(hat)
none_before = sys.getrefcount(None)
# pile is an empty list. Put the hat into it five times, and None five times:
for i in range(5):
    pile.append(hat)
    pile.append(None)

print("The hat's tally moved by", sys.getrefcount(hat) - hat_before)
print("None's tally moved by", sys.getrefcount(None) - none_before)
pile.clear()
print("pile cleaned up")
`,
    },
  ],
};
