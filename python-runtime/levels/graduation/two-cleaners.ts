import type { LevelDefinition } from '../../../contracts/level-schema.js';

/**
 * Graduation (refcount + gc): lamp vanishes the moment its last holder lets go (the tally), the
 * circle of wisp and mist needs the Ghost Collector (gc.collect()).
 */
export const twoCleanersLevel: LevelDefinition = {
  id: 'graduation/two-cleaners',
  chapter: 'graduation',
  scene: 'ghosts',
  starter: `import gc
import weakref

see_lamp = weakref.ref(lamp)
see_wisp = weakref.ref(wisp)

# 1. Make lamp vanish: let go of its only holder.

print("Is lamp still here?", see_lamp() is not None)

# 2. wisp and mist hold each other. Let go of their names, then call the Ghost Collector.

print("Is wisp still here?", see_wisp() is not None)
`,
  hintCount: 3,
  reference: `import gc
import weakref

see_lamp = weakref.ref(lamp)
see_wisp = weakref.ref(wisp)

del lamp
print("Is lamp still here?", see_lamp() is not None)

del wisp
del mist
gc.collect()
print("Is wisp still here?", see_wisp() is not None)
`,
  right: [
    {
      why: "lamp gets None, the circle's names go in one del",
      says: ['well-done'],
      source: `import gc
lamp = None
del wisp, mist
gc.collect()
`,
    },
    {
      why: 'the collector is called in a helper, and the count of what it swept is printed',
      says: ['well-done'],
      source: `import gc

def sweep():
    return gc.collect()

del lamp
del wisp
del mist
print("swept:", sweep())
`,
    },
    {
      why: 'the circle first, then lamp',
      says: ['well-done'],
      source: `import gc
del wisp
del mist
gc.collect()
del lamp
`,
    },
    {
      why: 'a bit more than asked: the spell watches both with weak references and prints them',
      says: ['well-done'],
      source: `import gc
import weakref
seen = [weakref.ref(lamp), weakref.ref(wisp), weakref.ref(mist)]
del lamp, wisp, mist
gc.collect()
print([ref() is None for ref in seen])
`,
    },
    {
      why: 'the spell looks at lamp before letting it go, and never after: the pass says it looked too soon, so it does not clash with the "True" it printed',
      says: ['well-done', 'looked-early'],
      reads: ['lamp left at line 5. Your spell looked at line 4, before that'],
      source: `import gc
import weakref
see_lamp = weakref.ref(lamp)
print("lamp here?", see_lamp() is not None)
lamp = None
del wisp, mist
gc.collect()
`,
    },
  ],
  wrong: [
    {
      why: 'fakes the output: prints what the reference prints, lets nothing go',
      source: `print("Is lamp still here?", False)
print("Is wisp still here?", False)
`,
    },
    {
      why: 'typical mistake: calls the Ghost Collector while the names still hold the circle',
      source: `import gc
del lamp
gc.collect()
del wisp
del mist
`,
    },
    {
      why: 'lamp keeps a second holder, so its tally never reaches 0: the verdict says "the name spare"',
      says: ['lamp-stays'],
      reads: ['lamp is still here: the name spare still holds it'],
      source: `import gc
spare = lamp
del lamp
del wisp
del mist
gc.collect()
`,
    },
    {
      why: 'breaks the circle by hand: the tally frees wisp and mist, the collector is never needed',
      source: `import gc
del lamp
wisp.friend = None
del wisp
del mist
gc.collect()
`,
    },
    {
      why: 'half-done: lamp lets go, the circle is never swept',
      source: `del lamp
del wisp
del mist
`,
    },
    {
      why: 'lamp is put into the circle, so only the collector can take it',
      source: `import gc
wisp.friend = lamp
lamp.friend = wisp
del lamp, wisp, mist
gc.collect()
`,
    },
    {
      why: 'mist keeps her name: the circle is not lost',
      says: ['still-named'],
      reads: ['The name mist still holds a spirit of the circle. Let it go (del)'],
      source: `import gc
del lamp
del wisp
gc.collect()
`,
    },
    {
      why: 'two names keep lamp: the verdict names both, plural',
      says: ['lamp-stays'],
      reads: ['lamp is still here: the names first and second still hold it'],
      source: `import gc
first = lamp
second = lamp
del lamp, wisp, mist
gc.collect()
`,
    },
    {
      why: 'lamp is never let go: "the name lamp still holds it", not "lamp still holds it"',
      says: ['lamp-stays'],
      reads: ['lamp is still here: the name lamp still holds it'],
      source: `import gc
del wisp, mist
gc.collect()
`,
    },
    {
      why: 'wisp keeps her name and the circle waits: one name, one "holds"',
      says: ['still-named'],
      reads: ['The name wisp still holds a spirit of the circle.'],
      source: `import gc
del lamp
del mist
gc.collect()
`,
    },
    {
      why: 'a list keeps lamp',
      source: `import gc
shelf = [lamp]
del lamp, wisp, mist
gc.collect()
`,
    },
    {
      why: 'the lamp vanishes, then gc.collect(1) after the names let go: the verdict says a number in the brackets looks only at the youngest things',
      says: ['young-only'],
      source: `import gc
del lamp
del wisp, mist
gc.collect(1)
`,
    },
  ],
};
