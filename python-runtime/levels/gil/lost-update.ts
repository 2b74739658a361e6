import type { LevelDefinition } from '../level-types.js';

/**
 * Chapter 3, level 3: two knights add to one shared count; exploring every interleaving where a
 * switch may come anywhere finds the schedule that loses an update, and the scene replays it.
 */
export const lostUpdateLevel: LevelDefinition = {
  id: 'gil/lost-update',
  chapter: 'gil',
  scene: 'knights',
  predict: { measure: 'update-lost' },
  starter: `count = 0
count_b = 0

def arthur():
    global count
    for step in range(2):
        count += 1

def bors():
    global count_b
    # Bors counts on his own stick. Make him add 1 to the SAME count as Arthur, two times.
    for step in range(2):
        count_b += 1
`,
  hintCount: 3,
  reference: `count = 0

def arthur():
    global count
    for step in range(2):
        count += 1

def bors():
    global count
    for step in range(2):
        count += 1

print("Two knights, one count, no lock.")
`,
  right: [
    {
      why: 'Bors adds twice with no loop: the verdict never speaks of a loop he does not have, nor calls the find "Lost!"',
      says: ['well-done', 'gil-safe'],
      reads: ['You found it!', 'count += 1'],
      source: `count = 0

def arthur():
    global count
    for step in range(2):
        count += 1

def bors():
    global count
    count += 1
    count += 1
`,
    },
  ],
  wrong: [
    {
      why: 'fakes the output: prints what the reference prints, but each knight still has his own counter',
      source: `count = 0
count_b = 0

def arthur():
    global count
    for step in range(2):
        count += 1

def bors():
    global count_b
    for step in range(2):
        count_b += 1

print("Two knights, one count, no lock.")
`,
    },
    {
      why: 'Bors never adds anything',
      source: `count = 0

def arthur():
    global count
    for step in range(2):
        count += 1

def bors():
    pass
`,
    },
    {
      why: 'both knights use a lock around the add, so no update can be lost',
      source: `import threading

count = 0
lock = threading.Lock()

def arthur():
    global count
    for step in range(2):
        with lock:
            count += 1

def bors():
    global count
    for step in range(2):
        with lock:
            count += 1
`,
    },
    {
      why: 'Bors is missing',
      source: `count = 0

def arthur():
    global count
    for step in range(2):
        count += 1
`,
    },
    {
      why: 'bors sets count instead of adding to it: every order ends wrong, not because of a switch in a gap',
      source: `count = 0

def arthur():
    global count
    for step in range(2):
        count += 1

def bors():
    global count
    for step in range(2):
        count = 1
`,
    },
  ],
};
