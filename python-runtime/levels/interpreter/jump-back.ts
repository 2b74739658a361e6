import type { LevelDefinition } from '../../../contracts/level-schema.js';

/** Chapter 5, level 3: a loop is a backward jump; JUMP_BACKWARD runs once per trip through the body. */
export const jumpBackLevel: LevelDefinition = {
  id: 'interpreter/jump-back',
  chapter: 'interpreter',
  scene: 'wizard',
  starter: `def stir(times):
    total = 0
    # add each number of range(times) to total with a for loop here
    return total

print(stir(4))   # should be 0 + 1 + 2 + 3 = 6

# How many times does the JUMP_BACKWARD rune run while the wizard reads stir(4)?
jumps = 0
`,
  hintCount: 3,
  reference: `def stir(times):
    total = 0
    for i in range(times):
        total = total + i
    return total

print(stir(4))

jumps = 4
`,
  right: [
    {
      why: 'total += i instead of total = total + i',
      says: ['well-done'],
      source: `def stir(times):
    total = 0
    for i in range(times):
        total += i
    return total

print(stir(4))
jumps = 4
`,
    },
    {
      why: 'a while loop also jumps back once per trip',
      says: ['well-done'],
      source: `def stir(times):
    total = 0
    i = 0
    while i < times:
        total = total + i
        i = i + 1
    return total

print(stir(4))
jumps = 4
`,
    },
    {
      why: 'the loop prints each number as it stirs, and the guess is worked out in the spell',
      says: ['well-done'],
      source: `def stir(times):
    total = 0
    for i in range(times):
        print("stir", i)
        total = i + total
    return total

print(stir(4))
jumps = len(range(4))
`,
    },
    {
      why: 'a helper does each add',
      says: ['well-done'],
      source: `def add(a, b):
    return a + b

def stir(times):
    total = 0
    for i in range(times):
        total = add(total, i)
    return total

print(stir(4))
jumps = 4
`,
    },
  ],
  wrong: [
    {
      why: 'fakes the output: no loop, prints 6 and guesses',
      source: `def stir(times):
    return 6

print(6)
jumps = 4
`,
    },
    {
      why: 'typical mistake: counts the FOR_ITER checks (5), not the backward jumps',
      source: `def stir(times):
    total = 0
    for i in range(times):
        total = total + i
    return total

jumps = 5
`,
    },
    {
      why: 'counts one jump less (thinks the last trip does not jump back)',
      source: `def stir(times):
    total = 0
    for i in range(times):
        total = total + i
    return total

jumps = 3
`,
    },
    {
      why: 'the loop adds the wrong numbers',
      source: `def stir(times):
    total = 0
    for i in range(times):
        total = total + 1
    return total

jumps = 4
`,
    },
    {
      why: 'the loop returns inside its first trip, so it never jumps back',
      source: `def stir(times):
    total = 0
    for i in range(times):
        total = total + i
        return 6
    return total

jumps = 0
`,
    },
    {
      why: 'a loop beside the work: sum() adds, the loop jumps back once whatever the number',
      source: `def stir(times):
    for _ in [0]:
        pass
    return sum(range(times))

jumps = 1
`,
    },
    {
      why: 'an empty loop makes the jumps, a formula makes the total',
      says: ['loop-not-adding'],
      source: `def stir(times):
    for i in range(times):
        pass
    return times * (times - 1) // 2

print(stir(4))
jumps = 4
`,
    },
    {
      why: 'a cheat: the loop only counts its trips, the total comes from sum()',
      says: ['loop-not-adding'],
      source: `def stir(times):
    trips = 0
    for i in range(times):
        trips = trips + 1
    return sum(range(times))

print(stir(4))
jumps = 4
`,
    },
    {
      why: 'off by one: range(1, times) misses the 0 and jumps back one time less',
      source: `def stir(times):
    total = 0
    for i in range(1, times):
        total = total + i
    return total

print(stir(4))
jumps = 3
`,
    },
    {
      why: 'half-done: the loop is written but jumps is left at 0',
      says: ['wrong-count'],
      source: `def stir(times):
    total = 0
    for i in range(times):
        total = total + i
    return total

print(stir(4))
jumps = 0
`,
    },
  ],
};
