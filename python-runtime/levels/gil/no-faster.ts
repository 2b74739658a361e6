import type { LevelDefinition } from '../../../contracts/level-schema.js';

/**
 * Chapter 3, level 5: two knights share a pure computing job under Sir GIL; one rune runs per
 * tick of the stick, so it takes as many ticks as one knight doing both halves.
 */
export const noFasterLevel: LevelDefinition = {
  id: 'gil/no-faster',
  chapter: 'gil',
  scene: 'knights',
  starter: `total_a = 0
total_b = 0

def first_half():
    global total_a
    for n in range(1, 11):
        total_a += n

def second_half():
    global total_b
    # Add up 11, 12, ... 20 into total_b, the same way first_half adds up 1 to 10.
    pass
`,
  hintCount: 3,
  reference: `total_a = 0
total_b = 0

def first_half():
    global total_a
    for n in range(1, 11):
        total_a += n

def second_half():
    global total_b
    for n in range(11, 21):
        total_b += n

print("Two knights share the sum of 1 to 20.")
`,
  right: [
    {
      why: 'the kid also runs both halves at the bottom and prints the whole sum: the knights still share the work',
      says: ['well-done'],
      source: `total_a = 0
total_b = 0

def first_half():
    global total_a
    for n in range(1, 11):
        total_a += n

def second_half():
    global total_b
    for n in range(11, 21):
        total_b += n

first_half()
second_half()
print("The whole sum:", total_a + total_b)
`,
    },
    {
      why: 'a while loop instead of a for loop',
      says: ['well-done'],
      source: `total_a = 0
total_b = 0

def first_half():
    global total_a
    for n in range(1, 11):
        total_a += n

def second_half():
    global total_b
    n = 11
    while n <= 20:
        total_b += n
        n += 1
`,
    },
    {
      why: 'the numbers come from a list written out by hand',
      says: ['well-done'],
      source: `total_a = 0
total_b = 0

def first_half():
    global total_a
    for n in range(1, 11):
        total_a += n

def second_half():
    global total_b
    for n in [11, 12, 13, 14, 15, 16, 17, 18, 19, 20]:
        total_b = total_b + n
`,
    },
    {
      why: 'a little helper adds each number: more runes, the same sum',
      says: ['well-done'],
      source: `total_a = 0
total_b = 0

def first_half():
    global total_a
    for n in range(1, 11):
        total_a += n

def add_to_b(n):
    global total_b
    total_b += n

def second_half():
    for n in range(11, 21):
        add_to_b(n)
`,
    },
  ],
  wrong: [
    {
      why: 'fakes the output: prints what the reference prints, but second_half does nothing',
      source: `total_a = 0
total_b = 0

def first_half():
    global total_a
    for n in range(1, 11):
        total_a += n

def second_half():
    pass

print("Two knights share the sum of 1 to 20.")
`,
    },
    {
      why: 'second_half adds up the wrong numbers (1 to 20 again)',
      source: `total_a = 0
total_b = 0

def first_half():
    global total_a
    for n in range(1, 11):
        total_a += n

def second_half():
    global total_b
    for n in range(1, 21):
        total_b += n
`,
    },
    {
      why: 'second_half is missing',
      source: `total_a = 0
total_b = 0

def first_half():
    global total_a
    for n in range(1, 11):
        total_a += n
`,
    },
    {
      why: 'second_half adds into total_a, so total_b stays 0',
      source: `total_a = 0
total_b = 0

def first_half():
    global total_a
    for n in range(1, 11):
        total_a += n

def second_half():
    global total_a
    for n in range(11, 21):
        total_a += n
`,
    },
    {
      why: 'second_half writes the answer in one go: no work for the knights to share',
      source: `total_a = 0
total_b = 0

def first_half():
    global total_a
    for n in range(1, 11):
        total_a += n

def second_half():
    global total_b
    total_b = 155
`,
    },
    {
      why: 'off by one: range(11, 20) stops at 19',
      says: ['wrong-sum'],
      reads: ['The knights added 55 to total_a and 135 to total_b'],
      source: `total_a = 0
total_b = 0

def first_half():
    global total_a
    for n in range(1, 11):
        total_a += n

def second_half():
    global total_b
    for n in range(11, 20):
        total_b += n
`,
    },
    {
      why: 'half-done: second_half counts its numbers instead of adding them',
      says: ['wrong-sum'],
      source: `total_a = 0
total_b = 0

def first_half():
    global total_a
    for n in range(1, 11):
        total_a += n

def second_half():
    global total_b
    for n in range(11, 21):
        total_b += 1
`,
    },
    {
      why: 'the numbers added in one go with sum(): one write, nothing to share',
      says: ['in-one-go'],
      source: `total_a = 0
total_b = 0

def first_half():
    global total_a
    for n in range(1, 11):
        total_a += n

def second_half():
    global total_b
    total_b += sum(range(11, 21))
`,
    },
    {
      why: 'a cheat: second_half sets total_b so that the sum comes out, but total_a is not finished when it looks',
      says: ['wrong-sum'],
      source: `total_a = 0
total_b = 0

def first_half():
    global total_a
    for n in range(1, 11):
        total_a += n

def second_half():
    global total_b
    total_b = 210 - total_a
`,
    },
  ],
};
