import type { LevelDefinition } from '../level-types.js';

/**
 * Chapter 2, level 5: the Ghost Collector only sweeps what nothing can reach. A circle still
 * held by a name (the lantern) survives gc.collect(); a lost circle is swept.
 */
export const lanternLightLevel: LevelDefinition = {
  id: 'gc/lantern-light',
  chapter: 'gc',
  scene: 'ghosts',
  starter: `import gc
import weakref

see = {"wisp": weakref.ref(wisp), "mist": weakref.ref(mist), "boo": weakref.ref(boo), "hush": weakref.ref(hush)}

# Light the lantern: make it hold wisp, so the Ghost Collector can still reach her
lantern = None

del wisp, mist, boo, hush
gc.collect()

for name in see:
    print(name, "is still here:", see[name]() is not None)
`,
  hintCount: 3,
  reference: `import gc
import weakref

see = {"wisp": weakref.ref(wisp), "mist": weakref.ref(mist), "boo": weakref.ref(boo), "hush": weakref.ref(hush)}

# Light the lantern: make it hold wisp, so the Ghost Collector can still reach her
lantern = wisp

del wisp, mist, boo, hush
gc.collect()

for name in see:
    print(name, "is still here:", see[name]() is not None)
`,
  wrong: [
    {
      why: 'fakes the output of the reference: the lantern stays dark and the collector sweeps all four',
      source: `import gc
del wisp, mist, boo, hush
gc.collect()
print("wisp is still here:", True)
print("mist is still here:", True)
print("boo is still here:", False)
print("hush is still here:", False)
`,
    },
    {
      why: 'typical mistake: the lantern holds boo, so boo and hush are kept and wisp and mist are swept',
      source: `import gc
lantern = boo
del wisp, mist, boo, hush
gc.collect()
`,
    },
    {
      why: 'the lantern holds both circles, so the collector finds nothing lost to sweep',
      source: `import gc
lantern = [wisp, boo]
del wisp, mist, boo, hush
gc.collect()
`,
    },
    {
      why: 'never calls the Ghost Collector: boo and hush are lost but still here',
      source: `lantern = wisp
del wisp, mist, boo, hush
`,
    },
  ],
};
