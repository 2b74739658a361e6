import type { LevelDefinition } from '../level-types.js';

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
  ],
};
