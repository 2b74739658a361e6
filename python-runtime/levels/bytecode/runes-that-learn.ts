import type { LevelDefinition } from '../../../contracts/level-schema.js';

/** Chapter 4, level 4: after a few runs, the interpreter swaps runes for specialised ones (dis(..., adaptive=True)). */
export const runesThatLearnLevel: LevelDefinition = {
  id: 'bytecode/runes-that-learn',
  chapter: 'bytecode',
  scene: 'runes',
  starter: `import dis

def brew(x):
    return x * 3 + 1

print(brew(1))
# cast brew many more times here

dis.dis(brew, adaptive=True)   # the runes as the interpreter has changed them
`,
  hintCount: 3,
  reference: `import dis

def brew(x):
    return x * 3 + 1

print(brew(1))
for i in range(100):
    brew(i)

dis.dis(brew, adaptive=True)   # the runes as the interpreter has changed them
`,
  right: [
    {
      why: 'a while loop casts brew fifty times',
      says: ['well-done'],
      source: `import dis

def brew(x):
    return x * 3 + 1

n = 0
while n < 50:
    brew(n)
    n += 1
dis.dis(brew, adaptive=True)
`,
    },
    {
      why: 'the answers are kept in a list by a list comprehension',
      says: ['well-done'],
      source: `def brew(x):
    return x * 3 + 1

answers = [brew(i) for i in range(20)]
print(answers[-1])
`,
    },
    {
      why: 'a helper casts brew, and the spell prints both listings to compare',
      says: ['well-done'],
      source: `import dis

def brew(x):
    return x * 3 + 1

def warm_up(times):
    for i in range(times):
        brew(i)

warm_up(30)
dis.dis(brew)
dis.dis(brew, adaptive=True)
`,
    },
    {
      why: 'a brew with more math, cast only a few times',
      says: ['well-done'],
      source: `def brew(x):
    y = x * 3
    return y + 1

for i in range(5):
    print(brew(i))
`,
    },
  ],
  wrong: [
    {
      why: 'fakes the output of the reference: prints a listing with specialised runes, brew never runs',
      source: `print(4)
print("""  3           RESUME_CHECK             0

  4           LOAD_FAST_BORROW         0 (x)
              LOAD_SMALL_INT           3
              BINARY_OP_MULTIPLY_INT   5 (*)
              LOAD_SMALL_INT           1
              BINARY_OP_ADD_INT        0 (+)
              RETURN_VALUE""")
`,
    },
    {
      why: 'typical mistake: brew runs only once, so only RESUME has changed',
      source: `import dis

def brew(x):
    return x * 3 + 1

print(brew(1))
dis.dis(brew, adaptive=True)
`,
    },
    {
      why: 'the loop does the math itself and never calls brew',
      source: `def brew(x):
    return x * 3 + 1

for i in range(100):
    potion = i * 3 + 1
print(potion)
`,
    },
    {
      why: 'makes brew a hundred times but never casts it',
      source: `for i in range(100):
    def brew(x):
        return x * 3 + 1
print(brew)
`,
    },
    {
      why: 'a twin function is warmed up and then put under the name brew: the brew the spell wrote never ran',
      says: ['not-brew'],
      source: `import dis

def brew(x):
    return x * 3 + 1

def twin(x):
    return x * 3 + 1

for i in range(100):
    twin(i)
brew = twin
dis.dis(brew, adaptive=True)
`,
    },
    {
      why: 'brew is warmed up, then written again with def: the new brew has fresh runes and never ran',
      says: ['never-ran'],
      source: `import dis

def brew(x):
    return x * 3 + 1

for i in range(100):
    brew(i)

def brew(x):
    return x * 3 + 1

dis.dis(brew, adaptive=True)
`,
    },
    {
      why: 'brew is only called inside a function that is never called',
      says: ['only-entry'],
      source: `import dis

def brew(x):
    return x * 3 + 1

def warm_up():
    for i in range(100):
        brew(i)

print(brew(2))
dis.dis(brew, adaptive=True)
`,
    },
    {
      why: 'a cheat: prints the name of a specialised rune, brew runs once',
      says: ['only-entry'],
      source: `def brew(x):
    return x * 3 + 1

brew(1)
print("BINARY_OP_MULTIPLY_INT")
`,
    },
  ],
};
