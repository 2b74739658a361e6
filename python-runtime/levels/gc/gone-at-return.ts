import type { LevelDefinition } from '../../../contracts/level-schema.js';

/**
 * Chapter 2, level 1: a spirit made inside a function leaves the moment the function returns,
 * because its tally reaches 0. That is reference counting, not the Ghost Collector.
 */
export const goneAtReturnLevel: LevelDefinition = {
  id: 'gc/gone-at-return',
  chapter: 'gc',
  scene: 'ghosts',
  predict: { measure: 'spirit-end', label: 'Pip' },
  starter: `import weakref

def haunt():
    pip = Spirit("Pip")
    # Give Pip last words here:
    
    print("Pip: Boo!")

print("Before haunt()")
haunt()
print("After haunt()")
`,
  hintCount: 3,
  reference: `import weakref

def haunt():
    pip = Spirit("Pip")
    # Give Pip last words here:
    weakref.finalize(pip, print, "Pip: Goodbye!")
    print("Pip: Boo!")

print("Before haunt()")
haunt()
print("After haunt()")
`,
  right: [
    {
      why: "haunt is a method of the kid's own class: Pip still leaves as that call returns",
      says: ['well-done'],
      source: `import weakref

class Haunter:
    def haunt(self):
        pip = Spirit("Pip")
        weakref.finalize(pip, print, "Pip: Goodbye!")
        print("Pip: Boo!")

print("Before haunt()")
Haunter().haunt()
print("After haunt()")
`,
    },
    {
      why: 'haunt() runs twice and keeps Pip in a list of its own too: each Pip leaves at his own return',
      says: ['well-done'],
      source: `import weakref

def haunt():
    pip = Spirit("Pip")
    friends = [pip]
    weakref.finalize(pip, print, "Pip: Goodbye!")
    print("Pip: Boo!", len(friends))

for night in range(2):
    print("Before haunt()")
    haunt()
    print("After haunt()")
`,
    },
    {
      why: "the last words come from a function of the kid's own: Pip still leaves at the return",
      says: ['well-done'],
      source: `import weakref

def goodbye():
    print("Pip: Goodbye!")

def haunt():
    pip = Spirit("Pip")
    weakref.finalize(pip, goodbye)
    print("Pip: Boo!")

print("Before haunt()")
haunt()
print("After haunt()")
`,
    },
    {
      why: 'a lambda says the last words',
      says: ['well-done'],
      source: `import weakref

def haunt():
    pip = Spirit("Pip")
    weakref.finalize(pip, lambda: print("Pip: Goodbye!"))
    print("Pip: Boo!")

print("Before haunt()")
haunt()
print("After haunt()")
`,
    },
    {
      why: 'a helper makes the spirit and gives it last words; haunt() holds it and lets go at its return',
      says: ['well-done'],
      reads: ['right when haunt() returned'],
      source: `import weakref

def make_spirit(name):
    spirit = Spirit(name)
    weakref.finalize(spirit, print, name + ": Goodbye!")
    return spirit

def haunt():
    pip = make_spirit("Pip")
    print("Pip: Boo!")

print("Before haunt()")
haunt()
print("After haunt()")
`,
    },
    {
      why: 'haunt() is called twice, each Pip leaves at its own return',
      says: ['well-done'],
      source: `import weakref

def haunt(round):
    pip = Spirit("Pip")
    weakref.finalize(pip, print, "Pip: Goodbye!", round)
    print("Pip: Boo!", round)

for round in range(2):
    haunt(round)
print("All done")
`,
    },
  ],
  wrong: [
    {
      why: 'fakes the output of the reference: no spirit is ever made',
      source: `print("Before haunt()")
print("Pip: Boo!")
print("Pip: Goodbye!")
print("After haunt()")
`,
    },
    {
      why: 'the spirit is made at the top of the spell, so a top-level name holds it after haunt() returns',
      source: `import weakref

pip = Spirit("Pip")
weakref.finalize(pip, print, "Pip: Goodbye!")

def haunt():
    print("Pip: Boo!")

print("Before haunt()")
haunt()
print("After haunt()")
`,
    },
    {
      why: 'typical mistake: the function puts the spirit into a list outside, which still holds it after the return',
      source: `import weakref

crowd = []

def haunt():
    pip = Spirit("Pip")
    weakref.finalize(pip, print, "Pip: Goodbye!")
    crowd.append(pip)
    print("Pip: Boo!")

print("Before haunt()")
haunt()
print("After haunt()")
`,
    },
    {
      why: 'the spirit holds itself (a cycle): its tally never reaches 0, so it does not leave at the return',
      source: `import weakref

def haunt():
    pip = Spirit("Pip")
    weakref.finalize(pip, print, "Pip: Goodbye!")
    pip.friend = pip
    print("Pip: Boo!")

print("Before haunt()")
haunt()
print("After haunt()")
`,
    },
    {
      why: 'gives finalize what print("...") hands back (None): the goodbye is said at once, and the finalizer fails when Pip leaves',
      says: ['words-failed'],
      source: `import weakref

def haunt():
    pip = Spirit("Pip")
    weakref.finalize(pip, print("Pip: Goodbye!"))
    print("Pip: Boo!")

print("Before haunt()")
haunt()
print("After haunt()")
`,
    },
    {
      why: 'del inside the function: the spirit leaves before the return, at the del line',
      source: `import weakref

def haunt():
    pip = Spirit("Pip")
    weakref.finalize(pip, print, "Pip: Goodbye!")
    del pip
    print("Pip: Boo!")

print("Before haunt()")
haunt()
print("After haunt()")
`,
    },
    {
      why: 'the helper keeps the spirit in a list of its own: haunt() returns and a holder outside still has Pip',
      source: `import weakref

keep = []

def make_spirit(name):
    spirit = Spirit(name)
    keep.append(spirit)
    weakref.finalize(spirit, print, name + ": Goodbye!")
    return spirit

def haunt():
    pip = make_spirit("Pip")
    print("Pip: Boo!")

haunt()
`,
    },
    {
      why: 'haunt() hands Pip back and the top-level name keeps him: he leaves at the del, not at the return',
      says: ['not-at-return'],
      source: `import weakref

def haunt():
    pip = Spirit("Pip")
    weakref.finalize(pip, print, "Pip: Goodbye!")
    print("Pip: Boo!")
    return pip

ghost = haunt()
del ghost
`,
    },
    {
      why: 'half-done: Pip leaves at the return, but no last words were given',
      says: ['no-last-words'],
      source: `def haunt():
    pip = Spirit("Pip")
    print("Pip: Boo!")

haunt()
`,
    },
    {
      why: 'the last words are given only after haunt() returned, to a Pip that is already gone; the goodbye is only printed',
      source: `import weakref

def haunt():
    pip = Spirit("Pip")
    print("Pip: Boo!")
    return weakref.ref(pip)

seen = haunt()
if seen() is not None:
    weakref.finalize(seen(), print, "Pip: Goodbye!")
print("Pip: Goodbye!")
`,
    },
    {
      why: 'another spirit gets the last words: Mo says goodbye, and Pip, whom the story is about, says nothing',
      says: ['no-last-words'],
      reads: ['Pip left right when haunt() returned, but he said nothing'],
      source: `import weakref

def haunt():
    pip = Spirit("Pip")
    mo = Spirit("Mo")
    weakref.finalize(mo, print, "Mo: Goodbye!")

haunt()
`,
    },
    {
      why: 'finalize is given print and no words: Pip leaves at the return with an empty line, which is no last words',
      says: ['no-last-words'],
      reads: ['but he said nothing'],
      source: `import weakref

def haunt():
    pip = Spirit("Pip")
    weakref.finalize(pip, print)

haunt()
`,
    },
  ],
};
