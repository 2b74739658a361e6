import type { LevelDefinition } from '../level-types.js';

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
  ],
};
