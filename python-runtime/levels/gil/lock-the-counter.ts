import type { LevelDefinition } from '../../../contracts/level-schema.js';

/**
 * Chapter 3, level 4: `with lock:` around `count += 1` keeps every update; exploring every
 * interleaving proves it, and a wrong fix is shown by replaying the schedule that breaks it.
 */
export const lockTheCounterLevel: LevelDefinition = {
  id: 'gil/lock-the-counter',
  chapter: 'gil',
  scene: 'knights',
  predict: { measure: 'update-lost' },
  starter: `count = 0

def arthur():
    global count
    for step in range(2):
        count += 1

def bors():
    global count
    for step in range(2):
        count += 1

# The story gives you lock. Make each knight hold it while he reads, adds and writes count.
`,
  hintCount: 3,
  reference: `count = 0

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

print("count is guarded by the lock.")
`,
  right: [
    {
      why: 'acquire and release instead of with',
      says: ['well-done'],
      source: `count = 0

def arthur():
    global count
    for step in range(2):
        lock.acquire()
        count += 1
        lock.release()

def bors():
    global count
    for step in range(2):
        lock.acquire()
        count += 1
        lock.release()
`,
    },
    {
      why: 'the lock is held around the whole loop',
      says: ['well-done'],
      source: `count = 0

def arthur():
    global count
    with lock:
        for step in range(2):
            count += 1

def bors():
    global count
    with lock:
        for step in range(2):
            count += 1
`,
    },
    {
      why: 'both knights call one helper that adds under the lock',
      says: ['well-done'],
      source: `count = 0

def add_one():
    global count
    with lock:
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
      why: 'count = count + 1 under the lock, and a print at the end',
      says: ['well-done'],
      source: `count = 0

def arthur():
    global count
    for step in range(2):
        with lock:
            count = count + 1

def bors():
    global count
    for step in range(2):
        with lock:
            count = count + 1

print("guarded")
`,
    },
  ],
  wrong: [
    {
      why: 'fakes the output: prints what the reference prints, but takes no lock',
      source: `count = 0

def arthur():
    global count
    for step in range(2):
        count += 1

def bors():
    global count
    for step in range(2):
        count += 1

print("count is guarded by the lock.")
`,
    },
    {
      why: "only Arthur takes the lock: Bors can still write in the middle of Arthur's read, add, write",
      source: `count = 0

def arthur():
    global count
    for step in range(2):
        with lock:
            count += 1

def bors():
    global count
    for step in range(2):
        count += 1
`,
    },
    {
      why: 'holds the lock only around reading, not around the write',
      source: `count = 0

def arthur():
    global count
    for step in range(2):
        with lock:
            now = count
        count = now + 1

def bors():
    global count
    for step in range(2):
        with lock:
            now = count
        count = now + 1
`,
    },
    {
      why: 'takes the lock and never gives it back: the other knight waits forever (a deadlock)',
      source: `count = 0

def arthur():
    global count
    for step in range(2):
        lock.acquire()
        count += 1

def bors():
    global count
    for step in range(2):
        lock.acquire()
        count += 1
`,
    },
    {
      why: 'no lock at all: exec runs count += 1 in one rune, so the stepper sees no gap it could prove safe',
      source: `count = 0
g = globals()

def arthur():
    for step in range(2):
        exec("count += 1", g)

def bors():
    for step in range(2):
        exec("count += 1", g)
`,
    },
    {
      why: 'starts real threads with threading.Thread: Sir GIL starts the knights here, and the kid is told so',
      says: ['common.spell-crashed', 'errors.threads-by-gil'],
      reads: ['Sir GIL starts the knights for you'],
      source: `import threading

count = 0

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

knights = [threading.Thread(target=arthur), threading.Thread(target=bors)]
`,
    },
    {
      why: 'each knight makes a lock of his own: two locks guard nothing',
      source: `import threading
count = 0

def arthur():
    global count
    mine = threading.Lock()
    for step in range(2):
        with mine:
            count += 1

def bors():
    global count
    mine = threading.Lock()
    for step in range(2):
        with mine:
            count += 1
`,
    },
    {
      why: 'the lock is held around the read only, the write is outside',
      source: `count = 0

def arthur():
    global count
    for step in range(2):
        with lock:
            seen = count
        count = seen + 1

def bors():
    global count
    for step in range(2):
        with lock:
            seen = count
        count = seen + 1
`,
    },
    {
      why: 'half-done: bors takes the lock but arthur takes none',
      source: `count = 0

def arthur():
    global count
    for step in range(2):
        count += 1

def bors():
    global count
    for step in range(2):
        with lock:
            count += 1
`,
    },
    {
      why: "bors adds 1 only once: the story's job is two adds each",
      says: ['not-two'],
      source: `count = 0

def arthur():
    global count
    for step in range(2):
        with lock:
            count += 1

def bors():
    global count
    with lock:
        count += 1
`,
    },
  ],
};
