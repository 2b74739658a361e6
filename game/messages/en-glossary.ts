/**
 * The school's words, explained for a kid of 9: a story links each of them to its entry, so a
 * kid can open it from the word itself (game/ui/story-text.ts). `forms` are the ways the word is
 * written in the stories (lower case matches any case; a capital form matches only as written).
 */
export interface GlossaryEntry {
  term: string;
  forms: readonly string[];
  text: string;
}

export const enGlossary: Record<string, GlossaryEntry> = {
  tally: {
    term: 'tally',
    forms: ['tally', 'tallies'],
    text: 'How many things hold an object right now. Python calls it the reference count.',
  },
  holder: {
    term: 'holder',
    forms: ['holder', 'holders'],
    text: 'Anything that holds an object: a name, a slot in a list, a value in a dictionary.',
  },
  'weak-reference': {
    term: 'weak reference',
    forms: ['weak reference'],
    text: 'A way to see an object without holding it. It does not count on the tally, so it never keeps the object here.',
  },
  immortal: {
    term: 'immortal',
    forms: ['immortal'],
    text: 'An object whose tally never moves, like None, True, False and small numbers. Python never frees it.',
  },
  circle: {
    term: 'circle (cycle)',
    forms: ['circle', 'circles', 'cycle'],
    text: 'Objects that hold each other round in a ring. Their tallies never reach 0 on their own.',
  },
  'ghost-collector': {
    term: 'Ghost Collector',
    forms: ['Ghost Collector'],
    text: 'Python\u2019s cycle collector (the gc module). Now and then it sweeps circles that nothing else can reach.',
  },
  thread: {
    term: 'thread',
    forms: ['thread', 'threads'],
    text: 'A worker that runs a function while other workers run theirs. In the castle, threads are knights.',
  },
  gil: {
    term: 'GIL',
    forms: ['GIL', 'Sir GIL'],
    text: 'The Global Interpreter Lock. Only the thread that holds it may run Python\u2019s runes, so one rune runs at a time.',
  },
  'switch-point': {
    term: 'switch point',
    forms: ['switch point', 'switch points'],
    text: 'A moment when a knight may hand the counting stick on: when a loop jumps back, when a function starts, or after a call.',
  },
  lock: {
    term: 'lock',
    forms: ['lock'],
    text: 'Something only one knight can hold at a time. The others wait until it is given back.',
  },
  rune: {
    term: 'rune',
    forms: ['rune', 'runes'],
    text: 'One small step Python writes down for your spell before it runs it. Python calls runes bytecode.',
  },
  bytecode: {
    term: 'bytecode',
    forms: ['bytecode'],
    text: 'The runes: the small steps Python turns a spell into before it runs it.',
  },
  constant: {
    term: 'constant',
    forms: ['constant', 'constants'],
    text: 'A value written right in the spell, like 42 or "Abracadabra!". Python packs it into the runes.',
  },
  folding: {
    term: 'constant folding',
    forms: ['constant folding', 'folding'],
    text: 'Python works out math made only of numbers, like 6 * 7, before the spell runs, and keeps just the answer.',
  },
  specialised: {
    term: 'specialised rune',
    forms: ['specialised rune', 'specialised runes'],
    text: 'A faster rune Python swaps in for one that keeps doing the same job.',
  },
  global: {
    term: 'global',
    forms: ['global'],
    text: 'A name made at the top of a spell. Every function can read it.',
  },
  local: {
    term: 'local',
    forms: ['local'],
    text: 'A name that belongs to one function while it runs, like its arguments.',
  },
  interpreter: {
    term: 'interpreter',
    forms: ['interpreter'],
    text: 'The part of Python that carries out the runes one at a time: the royal wizard.',
  },
  compiler: {
    term: 'compiler',
    forms: ['compiler'],
    text: 'The part of Python that turns the text of a spell into runes.',
  },
  'code-object': {
    term: 'code object',
    forms: ['code object'],
    text: 'The runes of a spell or a function, packed together in one Python object.',
  },
  'value-stack': {
    term: 'value stack',
    forms: ['value stack', 'pile of stones'],
    text: 'The pile where the wizard keeps the values he works on. He always takes from the top.',
  },
  frame: {
    term: 'frame',
    forms: ['frame', 'frames'],
    text: 'A room for one running function call, with its own names and its own pile of stones.',
  },
  dictionary: {
    term: 'dictionary',
    forms: ['dictionary'],
    text: 'A box of values, each kept under a key, like bag["hat"].',
  },
  none: {
    term: 'None',
    forms: ['None'],
    text: 'Python\u2019s way to say "nothing". Its kind is called NoneType.',
  },
};
