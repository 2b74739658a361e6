import type { LevelDefinition } from '../level-types.js';

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
      why: 'breaks the circle but the name mist still holds mist (and mist holds wisp)',
      source: `wisp.friend = None
del wisp
`,
    },
  ],
};
