import type { LevelDefinition } from '../../../contracts/level-schema.js';

/** Chapter 4, level 1: a constant the function returns lives in a LOAD_CONST rune, and RETURN_VALUE hands it back. */
export const findTheConstantLevel: LevelDefinition = {
  id: 'bytecode/find-the-constant',
  chapter: 'bytecode',
  scene: 'runes',
  predict: { measure: 'lit-rune', choices: ['LOAD_CONST', 'LOAD_GLOBAL', 'BINARY_OP', 'STORE_FAST'] },
  starter: `import dis

def greet():
    pass   # make greet return the magic word

print(greet())
dis.dis(greet)   # shows the runes of greet
`,
  hintCount: 3,
  reference: `import dis

def greet():
    return "Abracadabra!"

print(greet())
dis.dis(greet)   # shows the runes of greet
`,
  right: [
    {
      why: 'the word written in pieces: the compiler folds them into one constant before greet runs',
      says: ['well-done'],
      source: `def greet():
    return "Abra" + "cad" + "abra!"
`,
    },
    {
      why: 'the word is kept in a local name first: it is still a constant of greet',
      says: ['well-done'],
      source: `def greet():
    word = "Abracadabra!"
    return word

print(greet())
`,
    },
    {
      why: 'a bit more than asked: the spell lists the runes itself',
      says: ['well-done'],
      source: `import dis

def greet():
    return "Abracadabra!"

for rune in dis.get_instructions(greet):
    print(rune.opname, rune.argrepr)
`,
    },
    {
      why: 'greet is cast twice and prints a greeting of its own too',
      says: ['well-done'],
      source: `def greet():
    print("Here comes the word...")
    return "Abracadabra!"

print(greet())
print(greet())
`,
    },
    {
      why: 'single quotes: the quote style does not matter',
      says: ['well-done'],
      source: `def greet():
    return 'Abracadabra!'

print(greet())
`,
    },
  ],
  wrong: [
    {
      why: 'fakes the output of the reference: prints a rune listing but greet is never written',
      source: `print("Abracadabra!")
print("""  3           RESUME                   0

  4           LOAD_CONST               0 ('Abracadabra!')
              RETURN_VALUE""")
`,
    },
    {
      why: 'typical mistake: greet prints the word instead of returning it (the word is a constant, but greet returns None)',
      source: `import dis

def greet():
    print("Abracadabra!")

greet()
dis.dis(greet)
`,
    },
    {
      why: 'returns another word',
      source: `def greet():
    return "Hello!"
`,
    },
    {
      why: 'greet needs an argument, so it cannot be cast on its own',
      source: `def greet(word):
    return word

print(greet("Abracadabra!"))
`,
    },
    {
      why: 'the word is a name, not a spell function called greet',
      source: `greet = "Abracadabra!"
print(greet)
`,
    },
    {
      why: 'the word sits in a rune but greet hands back an equal word it made while running',
      source: `def greet():
    unused = "Abracadabra!"
    return "!arbadacarbA"[::-1]
`,
    },
    {
      why: 'the word is spelled right but put together while greet runs: no rune carries it, and spelling is not blamed',
      says: ['made-while-running'],
      reads: ['The spelling is right'],
      source: `def greet():
    return "".join(["Abra", "cadabra!"])

print(greet())
`,
    },
    {
      why: 'misspelled: a small a, so no rune carries the word and greet hands back another word',
      says: ['no-constant', 'returns-other'],
      source: `def greet():
    return "abracadabra!"

print(greet())
`,
    },
    {
      why: 'off by one letter: no exclamation mark',
      source: `def greet():
    return "Abracadabra"
`,
    },
    {
      why: 'half-done: greet is written but says nothing, it hands back None',
      source: `def greet():
    pass

print("Abracadabra!")
`,
    },
    {
      why: 'a cheat: greet hands back a word from a list made outside it',
      source: `words = ["Abracadabra!"]

def greet():
    return words[0]
`,
    },
    {
      why: 'the word is put together from a name while greet runs: no rune carries the whole word',
      source: `start = "Abra"

def greet():
    return start + "cadabra!"
`,
    },
  ],
};
