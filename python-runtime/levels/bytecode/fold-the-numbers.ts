import type { LevelDefinition } from '../../../contracts/level-schema.js';

/** Chapter 4, level 3: the compiler folds 6 * 7 into the constant 42 before the spell ever runs. */
export const foldTheNumbersLevel: LevelDefinition = {
  id: 'bytecode/fold-the-numbers',
  chapter: 'bytecode',
  scene: 'runes',
  starter: `import dis

def answer():
    six = 6
    return six * 7

print(answer())
dis.dis(answer)
`,
  hintCount: 3,
  reference: `import dis

def answer():
    return 6 * 7

print(answer())
dis.dis(answer)
`,
  right: [
    {
      why: 'the answer is kept in a local name before it is handed back',
      says: ['well-done'],
      source: `def answer():
    result = 6 * 7
    return result

print(answer())
`,
    },
    {
      why: '7 * 6: the other way round',
      says: ['well-done'],
      source: `def answer():
    return 7 * 6
`,
    },
    {
      why: 'brackets around the multiplication',
      says: ['well-done'],
      source: `import dis

def answer():
    return (6 * 7)

dis.dis(answer)
`,
    },
    {
      why: 'a bit more than asked: the spell also shows the folded constant of the code',
      says: ['well-done'],
      source: `import dis

def answer():
    return 6 * 7

print(answer())
for rune in dis.get_instructions(answer):
    print(rune.opname, rune.argval)
`,
    },
  ],
  wrong: [
    {
      why: 'fakes the output of the reference: prints a rune listing, answer is never written',
      source: `print(42)
print("""  3           RESUME                   0

  4           LOAD_SMALL_INT          42
              RETURN_VALUE""")
`,
    },
    {
      why: 'typical mistake: writes the answer 42 itself, so there is nothing for the compiler to fold',
      says: ['worked-out'],
      source: `def answer():
    return 42

print(answer())
`,
    },
    {
      why: 'a multiplication that makes something else sits beside a 42 written by hand: nothing folded into the 42',
      says: ['worked-out'],
      source: `def answer():
    unused = 2 * 3
    return 42

print(answer())
`,
    },
    {
      why: 'the numbers are in names, so a BINARY_OP rune multiplies every time answer runs',
      says: ['still-math'],
      reads: ['a BINARY_OP rune'],
      source: `def answer():
    six = 6
    seven = 7
    return six * seven

print(answer())
`,
    },
    {
      why: 'folds, but into 48, not 42',
      says: ['returns-other'],
      reads: ['gave back 48, not 42'],
      source: `def answer():
    return 6 * 8

print(answer())
`,
    },
    {
      why: 'prints 6 * 7 instead of returning it',
      source: `def answer():
    print(6 * 7)

answer()
`,
    },
    {
      why: 'adds 6 + 7: folded, but into 13, and not a multiplication',
      says: ['returns-other'],
      source: `def answer():
    return 6 + 7

print(answer())
`,
    },
    {
      why: 'folds 40 + 2 into 42: Python folded it, but the lesson is the multiplication 6 * 7',
      says: ['not-times'],
      source: `def answer():
    return 40 + 2

print(answer())
`,
    },
    {
      why: 'half-done: the multiplication is made but not handed back',
      source: `def answer():
    6 * 7
`,
    },
    {
      why: 'off by one: 6 * 8',
      source: `def answer():
    return 6 * 8
`,
    },
    {
      why: 'the multiplication is done by a function call, so nothing can be folded',
      source: `def times(a, b):
    return a * b

def answer():
    return times(6, 7)
`,
    },
    {
      why: 'a cheat: the answer is looked up in a dictionary made outside',
      source: `answers = {"answer": 42}

def answer():
    return answers["answer"]
`,
    },
  ],
};
