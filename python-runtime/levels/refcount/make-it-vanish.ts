import type { LevelDefinition } from '../../../contracts/level-schema.js';

/** Chapter 1, level 4: when the last holder lets go, the tally reaches 0 and the hat is freed. */
export const makeItVanishLevel: LevelDefinition = {
  id: 'refcount/make-it-vanish',
  chapter: 'refcount',
  scene: 'tally',
  starter: `import weakref

ghost = weakref.ref(hat)  # a weak reference, the ghost: it sees the hat but does not hold it
print("wardrobe:", wardrobe)
print("bag:", bag)
# Make every holder let go of the hat:

print("Is the hat still here?", ghost() is not None)
`,
  hintCount: 3,
  reference: `import weakref

ghost = weakref.ref(hat)  # a weak reference, the ghost: it sees the hat but does not hold it
print("wardrobe:", wardrobe)
print("bag:", bag)
# Make every holder let go of the hat:
wardrobe.remove(hat)
del bag["hat"]
del hat
print("Is the hat still here?", ghost() is not None)
`,
  right: [
    {
      why: 'the wardrobe and the bag are emptied with clear(), then the name goes',
      says: ['well-done'],
      source: `wardrobe.clear()
bag.clear()
del hat
`,
    },
    {
      why: 'the bag lets go with pop, the wardrobe slot is taken by place',
      says: ['well-done'],
      source: `bag.pop("hat")
del wardrobe[1]
del hat
`,
    },
    {
      why: 'the name gets None instead of del',
      says: ['well-done'],
      source: `wardrobe.remove(hat)
del bag["hat"]
hat = None
`,
    },
    {
      why: 'the wardrobe and the bag are given new values, and the name goes last',
      says: ['well-done'],
      source: `wardrobe = ["cloak", "boots"]
bag = {"letters": "three letters"}
del hat
print("Gone!")
`,
    },
  ],
  wrong: [
    {
      why: 'fakes the output of the reference: the hat never vanishes',
      source: `print("wardrobe: ['cloak', <MagicHat 'old hat'>, 'boots']")
print("bag: {'letters': 'three letters', 'hat': <MagicHat 'old hat'>}")
print("Is the hat still here?", False)
`,
    },
    {
      why: 'typical mistake: deletes only the name, the wardrobe and the bag still hold the hat',
      says: ['still-here'],
      reads: ['bag and wardrobe still hold it'],
      source: `del hat
`,
    },
    {
      why: 'forgets the bag: the dictionary value still holds the hat',
      says: ['still-here'],
      reads: ['bag still holds it'],
      source: `wardrobe.remove(hat)
hat = None
`,
    },
    {
      why: 'a name made while searching keeps holding the hat',
      source: `for thing in wardrobe:
    if thing is hat:
        found = thing
wardrobe.remove(hat)
del bag["hat"]
del hat
`,
    },
    {
      why: 'the hat holds itself (a cycle): its tally never reaches 0, though no name or list of the spell holds it',
      source: `hat.me = hat
wardrobe.remove(hat)
del bag["hat"]
del hat
`,
    },
    {
      why: 'del hat first, then wardrobe.remove(hat): the error says the name was let go with del, not "check the spelling"',
      says: ['common.spell-crashed', 'errors.NameError-deleted'],
      reads: ['was let go with del at line 1'],
      source: `del hat
wardrobe.remove(hat)
`,
    },
    {
      why: 'half-done: the wardrobe and the name let go, the bag still holds the hat',
      says: ['still-here'],
      source: `wardrobe.remove(hat)
del hat
`,
    },
    {
      why: 'the hat is moved into a new list before the names go',
      says: ['still-here'],
      source: `attic = [hat]
wardrobe.remove(hat)
del bag["hat"]
del hat
`,
    },
    {
      why: 'a copy of the bag keeps holding the hat',
      says: ['still-here'],
      source: `spare_bag = dict(bag)
wardrobe.remove(hat)
del bag["hat"]
del hat
`,
    },
    {
      why: 'a cheat: prints that the hat vanished',
      says: ['still-here'],
      source: `print("The hat vanished!")
`,
    },
    {
      why: 'the hat is made to hold itself, then gc.collect() sweeps it: it vanished, but not because its tally reached 0, so it does not pass (as in two-cleaners)',
      says: ['swept'],
      reads: ['only because gc.collect(), the cycle cleaner, swept it'],
      source: `import gc
wardrobe.remove(hat)
del bag["hat"]
hat.me = hat
del hat
gc.collect()
`,
    },
  ],
};
