import type { LevelDefinition } from '../../../contracts/level-schema.js';

/**
 * Chapter 2, level 3: gc.collect() calls the Ghost Collector, which sweeps a pair of spirits
 * that only hold each other once no name can reach them.
 */
export const callTheCollectorLevel: LevelDefinition = {
  id: 'gc/call-the-collector',
  chapter: 'gc',
  scene: 'ghosts',
  predict: { measure: 'spirit-end', label: 'wisp' },
  starter: `import gc
import weakref

see_wisp = weakref.ref(wisp)
see_mist = weakref.ref(mist)
print("wisp remembers", wisp.friend.name)
print("mist remembers", mist.friend.name)

del wisp
del mist
print("After del, is wisp still here?", see_wisp() is not None)

# Call the Ghost Collector:

print("After the Ghost Collector, is wisp still here?", see_wisp() is not None)
`,
  hintCount: 3,
  reference: `import gc
import weakref

see_wisp = weakref.ref(wisp)
see_mist = weakref.ref(mist)
print("wisp remembers", wisp.friend.name)
print("mist remembers", mist.friend.name)

del wisp
del mist
print("After del, is wisp still here?", see_wisp() is not None)

# Call the Ghost Collector:
gc.collect()
print("After the Ghost Collector, is wisp still here?", see_wisp() is not None)
`,
  right: [
    {
      why: 'the names let go in one del, and the spell prints how many the collector swept',
      says: ['well-done'],
      source: `import gc
del wisp, mist
print("The Ghost Collector swept", gc.collect())
`,
    },
    {
      why: 'the names are given None instead of del',
      says: ['well-done'],
      source: `import gc
wisp = None
mist = None
gc.collect()
`,
    },
    {
      why: 'the collector is called twice, the second time it finds nothing',
      says: ['well-done'],
      source: `import gc
del wisp
del mist
gc.collect()
gc.collect()
`,
    },
    {
      why: 'a helper calls the Ghost Collector',
      says: ['well-done'],
      source: `import gc

def sweep():
    return gc.collect()

del wisp, mist
sweep()
`,
    },
    {
      why: 'gc.collect() comes after the spell looks at mist, so it printed that mist was still here: the pass says the spell looked too soon, not only that he swept them',
      says: ['well-done', 'looked-early'],
      reads: ['mist left at line 6. Your spell looked at line 5, before that'],
      source: `import gc
import weakref
watch = weakref.ref(mist)
del wisp, mist
print("Is mist gone?", watch() is None)
gc.collect()
`,
    },
    {
      why: 'a loop looks at both before the collector comes: the pass names both and the line of the look',
      says: ['well-done', 'looked-early'],
      reads: ['wisp and mist left at line 8. Your spell looked at line 7'],
      source: `import gc
import weakref
seen = [weakref.ref(wisp), weakref.ref(mist)]
wisp = None
mist = None
for ref in seen:
    print(ref() is not None)
gc.collect()
print("swept")
`,
    },
  ],
  wrong: [
    {
      why: 'fakes the output of the reference: the Ghost Collector is never called',
      source: `print("wisp remembers", wisp.friend.name)
print("mist remembers", mist.friend.name)
del wisp
del mist
print("After del, is wisp still here?", True)
print("After the Ghost Collector, is wisp still here?", False)
`,
    },
    {
      why: 'typical mistake: calls the collector while the names still hold the pair, so it takes nothing',
      source: `import gc
gc.collect()
del wisp
del mist
`,
    },
    {
      why: 'only one name lets go: mist still holds wisp, and the name mist holds mist',
      source: `import gc
del wisp
gc.collect()
`,
    },
    {
      why: 'breaks the circle by hand, so the tally frees them and the collector has nothing to do',
      source: `import gc
wisp.friend = None
del wisp
del mist
gc.collect()
`,
    },
    {
      why: 'half-done: the names let go, but the Ghost Collector is never called',
      source: `del wisp
del mist
`,
    },
    {
      why: 'a list keeps the pair, so the collector can still reach them',
      source: `import gc
keep = [wisp]
del wisp, mist
gc.collect()
`,
    },
    {
      why: 'the collector is switched off and called by gc.enable() only',
      source: `import gc
del wisp, mist
gc.enable()
`,
    },
    {
      why: 'only mist lets go of her name before the collector comes: the verdict says "the name wisp", one name',
      says: ['held-when-swept'],
      reads: ['the name wisp still held the spirits'],
      source: `import gc
del mist
gc.collect()
`,
    },
    {
      why: 'one name never lets go and the collector never comes: one name, so "The name mist still holds"',
      says: ['still-named'],
      reads: ['The name mist still holds a spirit of the circle. Let it go (del)'],
      source: `del wisp
print("wisp let go")
`,
    },
    {
      why: 'gc.collect(0) after the names let go looks only at the youngest things: the verdict says so (not "too early", and not that the spell changed the school)',
      says: ['young-only'],
      source: `import gc
import weakref

see_wisp = weakref.ref(wisp)
del wisp
del mist
gc.collect(0)
print("After the Ghost Collector, is wisp still here?", see_wisp() is not None)
`,
    },
    {
      why: 'gc.collect(1) after the names let go looks only at the youngest things: the verdict says so (not "too early", and not that the spell changed the school)',
      says: ['young-only'],
      source: `import gc
import weakref

see_wisp = weakref.ref(wisp)
del wisp
del mist
gc.collect(1)
print("After the Ghost Collector, is wisp still here?", see_wisp() is not None)
`,
    },
  ],
};
