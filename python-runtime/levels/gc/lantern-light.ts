import type { LevelDefinition } from '../../../contracts/level-schema.js';

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
  right: [
    {
      why: 'the lantern is a list that holds wisp',
      says: ['well-done'],
      source: `import gc
lantern = [wisp]
del wisp, mist, boo, hush
gc.collect()
`,
    },
    {
      why: 'the lantern holds both wisp and mist, in a dictionary',
      says: ['well-done'],
      reads: ['the lantern could still reach both of them'],
      source: `import gc
lantern = {"first": wisp, "second": mist}
del wisp, mist, boo, hush
gc.collect()
`,
    },
    {
      why: 'the names let go one line at a time, and the collector is called twice: the verdict says the lantern reached wisp, and through her mist',
      says: ['well-done'],
      reads: ['the lantern could still reach wisp, and wisp holds mist'],
      source: `import gc
lantern = wisp
del wisp
del mist
del boo
del hush
gc.collect()
gc.collect()
print("done")
`,
    },
    {
      why: 'a helper lights the lantern and hands it back',
      says: ['well-done'],
      source: `import gc

def light(spirit):
    return [spirit]

lantern = light(wisp)
del wisp, mist, boo, hush
print("swept:", gc.collect() > 0)
`,
    },
  ],
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
    {
      why: 'the names of wisp and mist never let go and the lantern stays dark: they stay because of their names, not the lantern',
      says: ['own-names'],
      source: `import gc
lantern = None
del boo, hush
gc.collect()
`,
    },
    {
      why: 'half-done: boo keeps its name, so his circle is not lost and the collector leaves it',
      says: ['lost-kept'],
      source: `import gc
lantern = wisp
del wisp, mist, hush
gc.collect()
`,
    },
    {
      why: 'the lantern holds only a weak reference to wisp: a weak reference holds nothing, so wisp and mist are swept too',
      says: ['lantern-empty'],
      source: `import gc
import weakref
lantern = weakref.ref(wisp)
del wisp, mist, boo, hush
gc.collect()
`,
    },
    {
      why: 'gc.collect() comes before the names let go: nothing is lost yet, so nothing is swept',
      says: ['too-early'],
      source: `import gc
lantern = wisp
gc.collect()
del wisp, mist, boo, hush
`,
    },
    {
      why: 'the lantern keeps wisp safe through the collector, then is emptied at the end: the verdict says they were safe when the collector came, and that the school looks at the end',
      says: ['unkept-at-end'],
      reads: ['safe when your Ghost Collector came, but by the end of your spell nothing of yours held them'],
      source: `import gc

lantern = [wisp]
del wisp, mist, boo, hush
gc.collect()
print("The lantern kept them safe")
lantern.clear()
`,
    },
    {
      why: 'the lantern keeps wisp through the first visit, then the spell puts it out and calls the collector again: the verdict says they were kept first and swept on that later line',
      says: ['swept-later'],
      reads: ['his visit at line 7 swept them'],
      source: `import gc
lantern = wisp
del wisp, mist, boo, hush
gc.collect()
print("wisp and mist are safe")
del lantern
gc.collect()
`,
    },
    {
      why: 'the lantern holds mist, not wisp as the goal says: both stay, but the verdict says what the lantern holds and asks for wisp',
      says: ['lantern-holds-other'],
      reads: ['the lantern holds mist, not wisp'],
      source: `import gc
lantern = mist
del wisp, mist, boo, hush
gc.collect()
`,
    },
    {
      why: 'another name (a list called lamp) keeps wisp and the lantern is never lit: the verdict names lamp, and asks for the lantern',
      says: ['lantern-unlit'],
      reads: ['wisp and mist stayed, but lamp kept them, not the lantern'],
      source: `import gc
lamp = [wisp]
del wisp, mist, boo, hush
gc.collect()
`,
    },
    {
      why: 'the lantern holds the word "wisp" in quotes: the verdict names the quotes',
      says: ['lantern-word'],
      reads: ['the lantern held the word "wisp" in quotes. That is a string, not the spirit wisp'],
      source: `import gc
lantern = 'wisp'
del wisp
del mist
del boo
del hush
gc.collect()
`,
    },
    {
      why: 'the lantern is lit but no name lets go and the collector never comes: boo and hush are not lost (their names hold them), and the verdict says so',
      says: ['not-called-named'],
      reads: ['boo and hush are still here: the names boo and hush still hold them'],
      source: `lantern = wisp
print("all four are here")
`,
    },
    {
      why: 'both break their circle, so mist leaves at once: one spirit, "her circle"',
      says: ['kept-left'],
      reads: ['mist left: her circle was broken, so her tally reached 0'],
      source: `import gc
lantern = wisp
mist.friend = None
wisp.friend = None
del wisp, mist, boo, hush
gc.collect()
`,
    },
    {
      why: 'the lantern holds wisp and the names let go, but gc.collect(0) looks only at the youngest things: the verdict says so, not "too early"',
      says: ['young-only'],
      source: `import gc
lantern = wisp
del wisp, mist, boo, hush
gc.collect(0)
`,
    },
  ],
};
