import type { LevelDefinition } from '../../../contracts/level-schema.js';

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
  right: [
    {
      why: 'power first, then energy: the same multiply',
      says: ['well-done'],
      source: `power = 3

def charge(energy):
    return power * energy

print(charge(5))
`,
    },
    {
      why: 'the answer is kept in a local name before it is handed back',
      says: ['well-done'],
      source: `power = 3

def charge(energy):
    result = energy * power
    return result

print(charge(5), charge(10))
`,
    },
    {
      why: 'a loop adds energy power times: a longer way to the same answer',
      says: ['well-done'],
      source: `power = 3

def charge(energy):
    total = 0
    for step in range(power):
        total += energy
    return total

print(charge(5))
`,
    },
    {
      why: 'a bit more than asked: charge prints what it does and the spell shows the runes',
      says: ['well-done'],
      source: `import dis

power = 3

def charge(energy):
    print("charging", energy, "with power", power)
    return energy * power

print(charge(5))
dis.dis(charge)
`,
    },
  ],
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
    {
      why: 'reads power but multiplies by a number written in: the answer ignores power',
      says: ['ignores-power'],
      source: `power = 3

def charge(energy):
    print(power)
    return energy * 3

print(charge(5))
`,
    },
    {
      why: 'adds instead of multiplying',
      says: ['not-times'],
      reads: ['charge(5) gave 8 when power was 3, but 5 * 3 is 15'],
      source: `power = 3

def charge(energy):
    return energy + power

print(charge(5))
`,
    },
    {
      why: 'off by one: multiplies by power + 1',
      says: ['not-times'],
      source: `power = 3

def charge(energy):
    return energy * (power + 1)

print(charge(5))
`,
    },
    {
      why: 'a cheat: the answer is written in, power is only read to make a LOAD_GLOBAL rune',
      says: ['ignores-power'],
      source: `power = 3

def charge(energy):
    power
    energy
    return 15

print(charge(5))
`,
    },
  ],
};
