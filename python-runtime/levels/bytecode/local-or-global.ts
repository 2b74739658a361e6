import type { LevelDefinition } from '../level-types.js';

/** Chapter 4, level 2: a local name is read with a LOAD_FAST rune, a global one with LOAD_GLOBAL. */
export const localOrGlobalLevel: LevelDefinition = {
  id: 'bytecode/local-or-global',
  chapter: 'bytecode',
  scene: 'runes',
  starter: `import dis

power = 3

def charge(energy):
    return energy * 2   # use the global name power here instead of 2

print(charge(5))
dis.dis(charge)
`,
  hintCount: 3,
  reference: `import dis

power = 3

def charge(energy):
    return energy * power

print(charge(5))
dis.dis(charge)
`,
  wrong: [
    {
      why: 'fakes the output of the reference: prints a rune listing, charge is never written',
      source: `print(15)
print("""  5           RESUME                   0

  6           LOAD_FAST_BORROW         0 (energy)
              LOAD_GLOBAL              0 (power)
              BINARY_OP                5 (*)
              RETURN_VALUE""")
`,
    },
    {
      why: 'typical mistake: power is an argument too, so both names are locals (two LOAD_FAST, no LOAD_GLOBAL)',
      source: `def charge(energy, power):
    return energy * power

print(charge(5, 3))
`,
    },
    {
      why: 'reads only the global: charge has no local name to read',
      source: `power = 3

def charge():
    return power * 5

print(charge())
`,
    },
    {
      why: 'the only LOAD_GLOBAL reads print, a builtin, not a global the spell made',
      source: `power = 3

def charge(energy):
    print(energy)

charge(5)
`,
    },
  ],
};
