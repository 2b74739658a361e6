import type { LevelDefinition } from '../../../contracts/level-schema.js';

/**
 * Chapter 3, level 2: `count += 1` is read, add, write; the kid names the runes that read and
 * write count, and the stepper's own run of add_one() checks them.
 */
export const findTheGapLevel: LevelDefinition = {
  id: 'gil/find-the-gap',
  chapter: 'gil',
  scene: 'knights',
  starter: `import dis

count = 0

def add_one():
    global count
    count += 1

dis.dis(add_one)

# Which rune READS count, and which rune WRITES it back?
read_rune = ""
write_rune = ""
`,
  hintCount: 3,
  reference: `import dis

count = 0

def add_one():
    global count
    count += 1

dis.dis(add_one)

# Which rune READS count, and which rune WRITES it back?
read_rune = "LOAD_GLOBAL"
write_rune = "STORE_GLOBAL"
`,
  right: [
    {
      why: 'the names of the runes are written in small letters',
      says: ['well-done'],
      source: `count = 0

def add_one():
    global count
    count += 1

read_rune = "load_global"
write_rune = "store_global"
`,
    },
    {
      why: 'count = count + 1 instead of +=: the same read and write',
      says: ['well-done'],
      source: `count = 0

def add_one():
    global count
    count = count + 1

read_rune = "LOAD_GLOBAL"
write_rune = "STORE_GLOBAL"
`,
    },
    {
      why: 'the rune names are found in the runes by the spell itself',
      says: ['well-done'],
      source: `import dis

count = 0

def add_one():
    global count
    count += 1

names = [rune.opname for rune in dis.get_instructions(add_one)]
read_rune = [name for name in names if name.startswith("LOAD_GLOBAL")][0]
write_rune = [name for name in names if name.startswith("STORE_GLOBAL")][0]
print(read_rune, write_rune)
`,
    },
    {
      why: 'extra spaces around the names',
      says: ['well-done'],
      source: `count = 0

def add_one():
    global count
    count += 1

read_rune = " LOAD_GLOBAL "
write_rune = "STORE_GLOBAL "
`,
    },
  ],
  wrong: [
    {
      why: 'fakes the output: prints the same rune listing as the reference, but names no runes',
      source: `import dis

count = 0

def add_one():
    global count
    count += 1

dis.dis(add_one)
read_rune = "?"
write_rune = "?"
`,
    },
    {
      why: 'swaps the read and the write',
      source: `count = 0

def add_one():
    global count
    count += 1

read_rune = "STORE_GLOBAL"
write_rune = "LOAD_GLOBAL"
`,
    },
    {
      why: 'names the add rune as the read',
      source: `count = 0

def add_one():
    global count
    count += 1

read_rune = "BINARY_OP"
write_rune = "STORE_GLOBAL"
`,
    },
    {
      why: 'forgets global, so count += 1 inside the function crashes (UnboundLocalError)',
      source: `count = 0

def add_one():
    count += 1

read_rune = "LOAD_GLOBAL"
write_rune = "STORE_GLOBAL"
`,
    },
    {
      why: 'names no rune: a str subclass whose split() and upper() answer anything',
      source: `count = 0

def add_one():
    global count
    count += 1

class Yes:
    def __eq__(self, other):
        return False
    def __ne__(self, other):
        return False

class Word(str):
    def split(self, *args):
        return [self]
    def upper(self):
        return Yes()

read_rune = Word("?")
write_rune = Word("?")
`,
    },
    {
      why: 'names the runes of a local name: count is global here',
      source: `count = 0

def add_one():
    global count
    count += 1

read_rune = "LOAD_FAST"
write_rune = "STORE_FAST"
`,
    },
    {
      why: 'half-done: the read rune is named, the write rune is left empty',
      source: `count = 0

def add_one():
    global count
    count += 1

read_rune = "LOAD_GLOBAL"
write_rune = ""
`,
    },
    {
      why: 'add_one adds 2, not 1',
      source: `count = 0

def add_one():
    global count
    count += 2

read_rune = "LOAD_GLOBAL"
write_rune = "STORE_GLOBAL"
`,
    },
    {
      why: 'the write is named after the BINARY_OP add',
      source: `count = 0

def add_one():
    global count
    count += 1

read_rune = "LOAD_GLOBAL"
write_rune = "BINARY_OP"
`,
    },
  ],
};
