import type { LevelDefinition } from '../level-types.js';

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
  ],
};
