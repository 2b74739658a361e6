import type { LevelDefinition } from '../../../contracts/level-schema.js';

/**
 * Chapter 2, level 2: two spirits that remember each other (a cycle) do not leave when their
 * names let go: each one still holds the other, so neither tally reaches 0.
 */
export const friendsForeverLevel: LevelDefinition = {
  id: 'gc/friends-forever',
  chapter: 'gc',
  scene: 'ghosts',
  predict: { measure: 'spirit-end', label: 'wisp' },
  starter: `import weakref

see_wisp = weakref.ref(wisp)  # sees wisp without holding her
see_mist = weakref.ref(mist)

# Make wisp and mist remember each other (use .friend):


# Now the names let go:
del wisp
del mist

print("Is wisp still here?", see_wisp() is not None)
print("Is mist still here?", see_mist() is not None)
`,
  hintCount: 3,
  reference: `import weakref

see_wisp = weakref.ref(wisp)  # sees wisp without holding her
see_mist = weakref.ref(mist)

# Make wisp and mist remember each other (use .friend):
wisp.friend = mist
mist.friend = wisp

# Now the names let go:
del wisp
del mist

print("Is wisp still here?", see_wisp() is not None)
print("Is mist still here?", see_mist() is not None)
`,
  right: [
    {
      why: 'the circle is made and the names let go, then a new name is made to look at wisp: the circle alone kept them when the names let go, and that is what the lesson asks',
      says: ['well-done'],
      source: `import weakref

see_wisp = weakref.ref(wisp)
wisp.friend = mist
mist.friend = wisp
del wisp
del mist
print("Is wisp still here?", see_wisp() is not None)
found = see_wisp()
print("found", found.name)
`,
    },
    {
      why: 'the names let go in one del',
      says: ['well-done'],
      source: `wisp.friend = mist
mist.friend = wisp
del wisp, mist
`,
    },
    {
      why: 'a helper makes two spirits friends',
      says: ['well-done'],
      source: `def befriend(a, b):
    a.friend = b
    b.friend = a

befriend(wisp, mist)
del wisp
del mist
`,
    },
    {
      why: 'the names get None, and the spell says what it did',
      says: ['well-done'],
      source: `wisp.friend = mist
mist.friend = wisp
wisp = None
mist = None
print("They hold each other now")
`,
    },
    {
      why: 'a longer circle through a third spirit the spell made',
      says: ['well-done'],
      source: `club = Spirit("club")
wisp.friend = club
club.friend = mist
mist.friend = wisp
del wisp, mist, club
`,
    },
  ],
  wrong: [
    {
      why: 'fakes the output of the reference: the spirits never remember each other and leave at the del',
      source: `del wisp
del mist
print("Is wisp still here?", True)
print("Is mist still here?", True)
`,
    },
    {
      why: 'typical mistake: only wisp remembers mist, so wisp leaves at del and then mist too',
      says: ['one-way'],
      reads: ['wisp held mist (with .friend), but nothing held wisp'],
      source: `wisp.friend = mist
del wisp
del mist
`,
    },
    {
      why: 'the names never let go: they stay because names hold them, not because of a cycle',
      source: `wisp.friend = mist
mist.friend = wisp
`,
    },
    {
      why: 'each spirit only remembers itself: two little cycles, not each other',
      source: `wisp.friend = wisp
mist.friend = mist
del wisp
del mist
`,
    },
    {
      why: 'calls the Ghost Collector, which sweeps the pair: this lesson wants them to stay',
      source: `import gc
wisp.friend = mist
mist.friend = wisp
del wisp
del mist
gc.collect()
`,
    },
    {
      why: 'a link one way only, the other way round: mist holds wisp, nothing holds mist, so when mist leaves wisp goes too',
      says: ['one-way'],
      reads: ['mist held wisp (with .friend), but nothing held mist'],
      source: `mist.friend = wisp
del wisp
del mist
`,
    },
    {
      why: "half-done: they hold each other, but only wisp's name lets go",
      says: ['still-named'],
      source: `wisp.friend = mist
mist.friend = wisp
del wisp
`,
    },
    {
      why: 'a list keeps them as well as their circle',
      source: `keep = [wisp, mist]
wisp.friend = mist
mist.friend = wisp
del wisp, mist
`,
    },
    {
      why: 'off by one: three spirits meant, the third never made, wisp remembers a name as text',
      says: ['quoted-friend'],
      source: `wisp.friend = "mist"
mist.friend = "wisp"
del wisp
del mist
`,
    },
    {
      why: 'wisp remembers only herself: mist, whom nothing holds, leaves alone at the del (one spirit is "her", not "them")',
      says: ['left'],
      reads: ['mist left as soon as the names let go: nothing else held her, so her tally reached 0'],
      source: `wisp.friend = wisp
del wisp
del mist
`,
    },
    {
      why: 'wisp remembers mist, but mist remembers only herself: wisp leaves, mist stays in a circle of her own, and the verdict does not say mist left',
      says: ['one-way-own-circle'],
      reads: ['mist is still here only because she remembers herself'],
      source: `import weakref

see_wisp = weakref.ref(wisp)
see_mist = weakref.ref(mist)

wisp.friend = mist
mist.friend = mist

del wisp
del mist

print("Is wisp still here?", see_wisp() is not None)
print("Is mist still here?", see_mist() is not None)
`,
    },
    {
      why: 'wisp remembers mist, but mist remembers "wisp" in quotes, a word: the verdict names the quotes, not "make mist remember wisp"',
      says: ['quoted-friend'],
      reads: ['mist.friend held the word "wisp" in quotes. That is a string, not the spirit wisp'],
      source: `wisp.friend = mist
mist.friend = "wisp"
del wisp
del mist
`,
    },
    {
      why: 'both remember the other by name in single quotes, with capitals: still words, not spirits',
      says: ['quoted-friend'],
      reads: ['Leave out the quotes: mist.friend = wisp'],
      source: `import weakref
look = weakref.ref(mist)
mist.friend = 'Wisp'
wisp.friend = 'Mist'
del mist, wisp
print(look())
`,
    },
  ],
};
