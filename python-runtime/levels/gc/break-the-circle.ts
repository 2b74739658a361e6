import type { LevelDefinition } from '../../../contracts/level-schema.js';

/**
 * Chapter 2, level 4: break the circle by hand (wisp.friend = None) and the tally frees both
 * spirits the moment their names let go, with no collector at all.
 */
export const breakTheCircleLevel: LevelDefinition = {
  id: 'gc/break-the-circle',
  chapter: 'gc',
  scene: 'ghosts',
  starter: `import weakref

see_wisp = weakref.ref(wisp)
see_mist = weakref.ref(mist)

# Break the circle: make one of them forget its friend


del wisp
del mist
print("Is wisp still here?", see_wisp() is not None)
print("Is mist still here?", see_mist() is not None)
`,
  hintCount: 3,
  reference: `import weakref

see_wisp = weakref.ref(wisp)
see_mist = weakref.ref(mist)

# Break the circle: make one of them forget its friend
wisp.friend = None

del wisp
del mist
print("Is wisp still here?", see_wisp() is not None)
print("Is mist still here?", see_mist() is not None)
`,
  right: [
    {
      why: 'mist forgets instead of wisp',
      says: ['well-done'],
      source: `mist.friend = None
del wisp
del mist
`,
    },
    {
      why: 'both forget their friend',
      says: ['well-done'],
      source: `wisp.friend = None
mist.friend = None
del wisp, mist
`,
    },
    {
      why: 'the friend is taken away with del of the attribute',
      says: ['well-done'],
      source: `del wisp.friend
del wisp
del mist
print("the circle is broken")
`,
    },
    {
      why: 'wisp gets a new friend that is not a spirit: the circle is broken all the same',
      says: ['well-done'],
      source: `wisp.friend = "nobody"
wisp = None
mist = None
`,
    },
  ],
  wrong: [
    {
      why: 'fakes the output of the reference: the circle is never broken',
      source: `del wisp
del mist
print("Is wisp still here?", False)
print("Is mist still here?", False)
`,
    },
    {
      why: 'typical mistake: the name wisp lets go of wisp, but wisp still remembers mist (the circle stays)',
      source: `wisp = None
del mist
`,
    },
    {
      why: 'calls the Ghost Collector instead of breaking the circle by hand',
      source: `import gc
del wisp
del mist
gc.collect()
`,
    },
    {
      why: 'breaks the circle but the name mist still holds mist (and mist holds wisp): one name, so "The name mist still holds"',
      says: ['still-named'],
      reads: ['The name mist still holds a spirit.'],
      source: `wisp.friend = None
del wisp
`,
    },
    {
      why: 'half-done: the circle is broken but no name lets go',
      source: `wisp.friend = None
`,
    },
    {
      why: 'the circle is only turned round: wisp remembers wisp now, still a circle',
      source: `mist.friend = None
wisp.friend = wisp
del wisp, mist
`,
    },
    {
      why: "a list takes the friend's place: wisp still holds mist through the list",
      source: `wisp.friend = [mist]
del wisp, mist
`,
    },
    {
      why: 'a cheat: prints that both left, the circle stays',
      source: `del wisp
del mist
print("Is wisp still here?", False)
print("Is mist still here?", False)
print("done")
`,
    },
    {
      why: 'wisp forgets mist but holds herself instead: mist leaves, and wisp stays in a circle of her own (the verdict names her alone)',
      says: ['own-circle'],
      reads: ['wisp is still here: she is in a circle of her own'],
      source: `wisp.friend = wisp
del wisp
del mist
`,
    },
    {
      why: 'wisp forgets mist, but mist now holds herself: the verdict calls mist "she", as the story does',
      says: ['own-circle'],
      reads: ['mist is still here: she is in a circle of her own (a spirit that holds herself'],
      source: `wisp.friend = None
mist.friend = mist
del wisp, mist
`,
    },
    {
      why: 'the names wisp and mist never let go, though the circle is broken: the verdict names both',
      says: ['still-named'],
      reads: ['The names wisp and mist still hold the spirits.'],
      source: `mist.friend = None
print("broken, but both names still hold them")
`,
    },
  ],
};
