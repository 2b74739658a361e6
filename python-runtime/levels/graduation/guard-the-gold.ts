import type { LevelDefinition } from '../../../contracts/level-schema.js';

/**
 * Graduation (bytecode + gil): name the runes of `count += 1` that read and write the shared
 * count (the gap between them is where a race happens), then guard it with the lock so every
 * interleaving the stepper tries keeps count right.
 */
const KNIGHTS_WITH_LOCK = `count = 0

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
`;

export const guardTheGoldLevel: LevelDefinition = {
  id: 'graduation/guard-the-gold',
  chapter: 'graduation',
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

# 1. Which rune READS count, and which rune WRITES it back? (use dis, or remember chapter 3)
reads = ""
writes = ""
# 2. The story gives you lock. Guard count += 1 in both knights.
`,
  hintCount: 3,
  reference: `${KNIGHTS_WITH_LOCK}
reads = "LOAD_GLOBAL"
writes = "STORE_GLOBAL"
print("The gold is guarded between", reads, "and", writes)
`,
  right: [
    {
      why: 'the kid looks at the runes with dis first: the loop name rune is left holding a dis.Instruction, which the knights never touch',
      says: ['well-done'],
      source: `import dis

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

for rune in dis.get_instructions(arthur):
    print(rune.opname)
reads = "LOAD_GLOBAL"
writes = "STORE_GLOBAL"
`,
    },
    {
      why: 'acquire and release, and the rune names found with dis by the spell itself',
      says: ['well-done'],
      source: `import dis

count = 0

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

names = [rune.opname for rune in dis.get_instructions(arthur)]
reads = "LOAD_GLOBAL" if "LOAD_GLOBAL" in names else "?"
writes = "STORE_GLOBAL" if "STORE_GLOBAL" in names else "?"
`,
    },
    {
      why: 'the read and the write on two lines, both inside the lock',
      says: ['well-done'],
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

reads = "LOAD_GLOBAL"
writes = "STORE_GLOBAL"
`,
    },
    {
      why: 'the rune names in small letters, count = count + 1',
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

reads = "load_global"
writes = "store_global"
`,
    },
    {
      why: 'the lock around each whole march, and a print of what was named',
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

reads = "LOAD_GLOBAL"
writes = "STORE_GLOBAL"
print("reads", reads, "writes", writes)
`,
    },
    {
      why: "the spell marches both knights itself and prints the treasure: the school still counts from the story's count = 0, so its words say 4, as the print does",
      says: ['well-done'],
      reads: ['count ended at 4 in all of them'],
      source: `count = 0

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

reads = "LOAD_GLOBAL"
writes = "STORE_GLOBAL"
for knight in (arthur, bors):
    knight()
print("After one march each, the treasure is", count)
`,
    },
  ],
  wrong: [
    {
      why: 'fakes the output: names the runes and prints the same, but takes no lock',
      source: `count = 0

def arthur():
    global count
    for step in range(2):
        count += 1

def bors():
    global count
    for step in range(2):
        count += 1

reads = "LOAD_GLOBAL"
writes = "STORE_GLOBAL"
print("The gold is guarded between", reads, "and", writes)
`,
    },
    {
      why: 'typical mistake: count is a global, so it is not read with LOAD_FAST',
      source: `${KNIGHTS_WITH_LOCK}
reads = "LOAD_FAST"
writes = "STORE_FAST"
`,
    },
    {
      why: 'the runes are right, but only Arthur takes the lock',
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

reads = "LOAD_GLOBAL"
writes = "STORE_GLOBAL"
`,
    },
    {
      why: 'names BINARY_OP as the reading rune: it adds, the reading happened one rune before',
      source: `${KNIGHTS_WITH_LOCK}
reads = "BINARY_OP"
writes = "STORE_GLOBAL"
`,
    },
    {
      why: 'no lock at all: exec hides each count += 1 in one rune, and a write that never runs gives the runes asked for',
      source: `count = 0
g = globals()

def arthur():
    global count
    if count < 0:
        count = 0
    for step in range(2):
        exec("count += 1", g)

def bors():
    for step in range(2):
        exec("count += 1", g)

reads = "LOAD_GLOBAL"
writes = "STORE_GLOBAL"
`,
    },
    {
      why: 'arthur hides his add in exec(..., globals()): this lesson does not allow exec, and says so, not that a global line is missing',
      says: ['common.closed-door', 'errors.NotAllowed'],
      source: `count = 0

def arthur():
    global count
    for step in range(2):
        with lock:
            exec("global count\\ncount += 1", globals())

def bors():
    global count
    for step in range(2):
        with lock:
            count += 1

reads = "LOAD_GLOBAL"
writes = "STORE_GLOBAL"
`,
    },
    {
      why: 'the lock is right, but the runes are swapped',
      source: `${KNIGHTS_WITH_LOCK}
reads = "STORE_GLOBAL"
writes = "LOAD_GLOBAL"
`,
    },
    {
      why: 'half-done: the runes are named, no knight takes the lock',
      source: `count = 0

def arthur():
    global count
    for step in range(2):
        count += 1

def bors():
    global count
    for step in range(2):
        count += 1

reads = "LOAD_GLOBAL"
writes = "STORE_GLOBAL"
`,
    },
    {
      why: 'the lock guards only the read: the write is outside it',
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

reads = "LOAD_GLOBAL"
writes = "STORE_GLOBAL"
`,
    },
    {
      why: "the runes are named but left out of the lesson's names: reads and writes are missing",
      source: `${KNIGHTS_WITH_LOCK}
read_rune = "LOAD_GLOBAL"
write_rune = "STORE_GLOBAL"
`,
    },
    {
      why: 'the starter as it is: reads and writes are still empty, so the verdict says no rune is named yet (not a blank)',
      says: ['no-rune'],
      reads: ['reads'],
      source: `count = 0

def arthur():
    global count
    for step in range(2):
        count += 1

def bors():
    global count
    for step in range(2):
        count += 1

reads = ""
writes = ""
`,
    },
    {
      why: 'the knights take the lock but call add() for count += 1: the runes named are right, but they are not in arthur(), and the verdict says so (not that LOAD_GLOBAL is wrong)',
      says: ['not-in-knight'],
      reads: ['arthur() does not read and write count himself'],
      source: `count = 0

def add():
    global count
    count += 1

def arthur():
    for step in range(2):
        with lock:
            add()

def bors():
    for step in range(2):
        with lock:
            add()

reads = "LOAD_GLOBAL"
writes = "STORE_GLOBAL"
`,
    },
    {
      why: 'arthur is right, but bors leaves his guarded add to a helper: the lesson wants count += 1 inside both knights',
      says: ['not-in-knight'],
      reads: ['bors() does not read and write count himself'],
      source: `count = 0

def bump():
    global count
    with lock:
        count += 1

def arthur():
    global count
    for step in range(2):
        with lock:
            count += 1

def bors():
    for step in range(2):
        bump()

reads = "LOAD_GLOBAL"
writes = "STORE_GLOBAL"
`,
    },
  ],
};
