import type { LevelDefinition } from '../../../contracts/level-schema.js';

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
      why: 'count = count + 1 instead of +=: the same read, add and write',
      says: ['well-done', 'gil-safe'],
      source: `count = 0

def arthur():
    global count
    for step in range(2):
        count += 1

def bors():
    global count
    for step in range(2):
        count = count + 1
`,
    },
    {
      why: 'a while loop, and a print at the end',
      says: ['well-done', 'gil-safe'],
      source: `count = 0

def arthur():
    global count
    for step in range(2):
        count += 1

def bors():
    global count
    step = 0
    while step < 2:
        count += 1
        step += 1

print("ready")
`,
    },
    {
      why: 'the add is read into a local name first: the gap is even wider',
      says: ['well-done', 'gil-safe'],
      source: `count = 0

def arthur():
    global count
    for step in range(2):
        count += 1

def bors():
    global count
    for step in range(2):
        seen = count
        count = seen + 1
`,
    },
    {
      why: 'both knights call one helper that adds 1',
      says: ['well-done', 'gil-safe'],
      source: `count = 0

def add_one():
    global count
    count += 1

def arthur():
    for step in range(2):
        add_one()

def bors():
    for step in range(2):
        add_one()
`,
    },
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
    {
      why: "bors adds 5 in one step instead of 1 two times: an update can be lost, but he does not do the story's job",
      says: ['not-two'],
      reads: ['bors() added 5 to count when he ran alone, not 2'],
      source: `count = 0

def arthur():
    global count
    for step in range(2):
        count += 1

def bors():
    global count
    count += 5
`,
    },
    {
      why: 'off by one: bors loops three times',
      says: ['not-two'],
      source: `count = 0

def arthur():
    global count
    for step in range(2):
        count += 1

def bors():
    global count
    for step in range(3):
        count += 1
`,
    },
    {
      why: 'half-done: bors adds 1 only once',
      says: ['not-two'],
      source: `count = 0

def arthur():
    global count
    for step in range(2):
        count += 1

def bors():
    global count
    count += 1
`,
    },
    {
      why: 'bors adds into count through exec: this lesson does not allow exec (under the policy, the stepper would not see him read and write it)',
      says: ['common.closed-door', 'errors.NotAllowed'],
      source: `count = 0

def arthur():
    global count
    for step in range(2):
        count += 1

def bors():
    for step in range(2):
        exec("global count\\ncount += 1", globals())
`,
    },
  ],
};
