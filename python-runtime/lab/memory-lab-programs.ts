/**
 * The Memory Lab's test programs (memory-lab.test.ts): small programs a kid might write, each
 * cast through the Lab and run again as plain CPython.
 *
 * A program marks the moment an object is freed by the object's own weak reference: a
 * `weakref.finalize(x, print, "gone:x")` (or a weakref.ref callback) prints `gone:<name>`, the
 * name that held it. Whether it came from inside a collection, the plain run tells (it prints
 * `gc:start` / `gc:stop` around each one: a program may not reach gc.callbacks). `expect` adds
 * what the Lab must say of objects no weak reference can watch (lists, dicts) and of tallies.
 */
export interface LabProgram {
  name: string;
  source: string;
  expect?: {
    /** A list or dict, by the name that held it, freed (by the tally) or swept at a line. */
    gone?: { name: string; line: number; how: 'freed' | 'swept' }[];
    /** The tally change of the object a name holds, in the step after `line` ran. */
    tally?: { name: string; line: number; change: number }[];
    /** Some step shows these running functions, innermost last. */
    frames?: string[];
    /** Some step shows this running function (a class body: the class's name) holding these names. */
    frameNames?: { function: string; names: string[] };
    /** The program raises this error, at this line. */
    error?: { type: string; line: number };
  };
}

const BOX = 'import weakref\n\nclass Box:\n    def __init__(self, label):\n        self.label = label\n\n';
const GC = 'import gc\n';

/** `lines` joined, after `prelude`: the line numbers the tests name count from the prelude's first line. */
function program(prelude: string, ...lines: string[]): string {
  return `${prelude}${lines.join('\n')}\n`;
}

/** The line number of the first line of `source` that starts with `text`. */
export function lineOf(source: string, text: string): number {
  const at = source.split('\n').findIndex((line) => line.startsWith(text));
  if (at === -1) throw new Error(`no line starts with ${text}`);
  return at + 1;
}

const selfList = program('import gc\n', 'me = []', 'me.append(me)', 'del me', 'gc.collect()');
const listCycle = program('import gc\n', 'a = []', 'b = [a]', 'a.append(b)', 'del a, b', 'gc.collect()');
const lastHolderList = program('', 'data = [1, 2, 3]', 'other = {"k": 1}', 'del data', 'other = None', 'done = True');
const aliasing = program('', 'a = [1, 2]', 'b = a', 'b.append(3)', 'del b');

export const LAB_PROGRAMS: LabProgram[] = [
  {
    name: 'aliasing',
    source: aliasing,
    expect: {
      tally: [
        { name: 'a', line: 2, change: 1 },
        { name: 'a', line: 4, change: 0 },
      ],
    },
  },
  { name: 'two lists with the same items', source: program('', 'a = [1]', 'b = [1]', 'same = a == b', 'alike = a is b') },
  { name: 'a list holding one row twice', source: program('', 'row = [0, 0]', 'grid = [row, row]', 'row[0] = 5') },
  { name: 'lists holding lists', source: program('', 'grid = [[1, 2], [3, 4]]', 'grid[0].append(grid[1])', 'first = grid[0]') },
  { name: 'a list holding itself', source: program('', 'me = []', 'me.append(me)', 'size = len(me)') },
  {
    name: 'a list holding itself, swept',
    source: selfList,
    expect: { gone: [{ name: 'me', line: lineOf(selfList, 'gc.collect'), how: 'swept' }] },
  },
  {
    name: 'two lists in a circle, swept',
    source: listCycle,
    expect: {
      gone: [
        { name: 'a', line: lineOf(listCycle, 'gc.collect'), how: 'swept' },
        { name: 'b', line: lineOf(listCycle, 'gc.collect'), how: 'swept' },
      ],
    },
  },
  {
    name: 'del of the last holder of a list and a dict',
    source: lastHolderList,
    expect: {
      gone: [
        { name: 'data', line: lineOf(lastHolderList, 'del data'), how: 'freed' },
        { name: 'other', line: lineOf(lastHolderList, 'other = None'), how: 'freed' },
      ],
    },
  },
  {
    name: 'del of the last holder',
    source: program(BOX, 'pet = Box("pet")', 'weakref.finalize(pet, print, "gone:pet")', 'del pet', 'after = 1'),
  },
  {
    name: 'del of one holder of two',
    source: program(BOX, 'pet = Box("pet")', 'friend = pet', 'weakref.finalize(pet, print, "gone:pet")', 'del pet', 'del friend'),
  },
  { name: 'a new value for the only name', source: program(BOX, 'x = Box(1)', 'weakref.finalize(x, print, "gone:x")', 'x = None') },
  {
    name: 'a cycle broken by hand',
    source: program(
      BOX,
      'a = Box("a")',
      'b = Box("b")',
      'a.other = b',
      'b.other = a',
      'weakref.finalize(a, print, "gone:a")',
      'weakref.finalize(b, print, "gone:b")',
      'a.other = None',
      'del a',
      'del b',
    ),
  },
  {
    name: 'a cycle swept by gc.collect()',
    source: program(
      BOX + GC,
      'a = Box("a")',
      'b = Box("b")',
      'a.other = b',
      'b.other = a',
      'weakref.finalize(a, print, "gone:a")',
      'keep = weakref.ref(b, lambda ref: print("gone:b"))',
      'del a, b',
      'gc.collect()',
    ),
  },
  {
    name: 'an object holding itself, swept',
    source: program(BOX + GC, 'n = Box("n")', 'n.me = n', 'weakref.finalize(n, print, "gone:n")', 'del n', 'gc.collect()'),
  },
  {
    name: 'a class instance with a __dict__',
    source: program(
      '',
      'class Dog:',
      '    def __init__(self, name):',
      '        self.name = name',
      '        self.tricks = []',
      '',
      'rex = Dog("Rex")',
      'rex.tricks.append("sit")',
      'fido = Dog("Fido")',
    ),
    expect: { frames: ['__init__'] },
  },
  {
    name: 'a class attribute',
    source: program(
      '',
      'class Counter:',
      '    count = 0',
      '    names = []',
      '',
      'c = Counter()',
      'Counter.count += 1',
      'c.names.append("c")',
    ),
  },
  {
    name: 'a closure',
    source: program(
      '',
      'def make_counter():',
      '    seen = [0]',
      '    def count():',
      '        seen[0] += 1',
      '        return seen[0]',
      '    return count',
      '',
      'counter = make_counter()',
      'one = counter()',
      'two = counter()',
    ),
    expect: { frames: ['count'] },
  },
  {
    name: 'a default argument kept between calls',
    source: program(
      '',
      'def add(item, bag=[]):',
      '    bag.append(item)',
      '    return bag',
      '',
      'first = add(1)',
      'second = add(2)',
      'same = first is second',
    ),
  },
  { name: 'string interning', source: program('', 'a = "hello"', 'b = "hello"', 'c = "".join(["hel", "lo"])', 'd = "hello world!"') },
  { name: 'small-int caching', source: program('', 'a = 256', 'b = 256', 'c = int("1000")', 'd = int("1000")', 'e = -5') },
  { name: 'None, True and False', source: program('', 'n = None', 't = True', 'f = 3 > 4', 'items = [None, None]') },
  {
    name: 'an exception mid-way',
    source: program('', 'items = [1, 2]', 'alias = items', 'boom = 1 / 0', 'never = 3'),
    expect: { error: { type: 'ZeroDivisionError', line: 3 } },
  },
  {
    name: 'an exception caught',
    source: program('', 'try:', '    x = [1][5]', 'except IndexError as err:', '    caught = str(err)', 'after = [caught]'),
  },
  {
    name: 'an error inside a function',
    source: program('', 'def half(n):', '    part = [n]', '    return n / 0', '', 'kept = [1]', 'result = half(4)'),
    expect: { error: { type: 'ZeroDivisionError', line: 3 }, frames: ['half'] },
  },
  {
    name: "a function's names",
    source: program('', 'def wrap(a):', '    b = [a]', '    return b', '', 'r = wrap(5)', 's = wrap(r)'),
    expect: { frames: ['wrap'] },
  },
  {
    name: 'an object freed when its function returns',
    source: program(
      BOX,
      'def visit():',
      '    t = Box("t")',
      '    weakref.finalize(t, print, "gone:t")',
      '    return 1',
      '',
      'v = visit()',
      'w = 2',
    ),
  },
  { name: 'a dict of lists and tuples', source: program('', 'd = {"a": [1], "b": (2, 3)}', 'd["c"] = d["a"]', 'keys = list(d)') },
  { name: 'a tuple holding a list', source: program('', 't = (1, [2, 3])', 't[1].append(4)', 'inner = t[1]') },
  { name: 'sets and frozensets', source: program('', 's = {1, 2, 3}', 'f = frozenset(s)', 's.add(4)', 'e = set()') },
  { name: 'a lambda and map', source: program('', 'square = lambda x: x * x', 'values = list(map(square, range(4)))') },
  {
    name: 'a bound method',
    source: program('', 'class A:', '    def hi(self):', '        return "hi"', '', 'a = A()', 'm = a.hi', 'said = m()'),
  },
  {
    name: 'a nested function with a default',
    source: program(
      '',
      'def outer():',
      '    data = {"k": 1}',
      '    def inner(key="k"):',
      '        return data[key]',
      '    return inner',
      '',
      'g = outer()',
      'v = g()',
    ),
  },
  {
    name: 'a list comprehension of strings',
    source: program('', 'words = [w.upper() for w in "a b c".split()]', 'joined = "-".join(words)'),
  },
  {
    name: 'recursion',
    source: program('', 'def fact(n):', '    return 1 if n <= 1 else n * fact(n - 1)', '', 'r = fact(5)'),
    expect: { frames: ['fact', 'fact', 'fact', 'fact', 'fact'] },
  },
  {
    name: 'a class hierarchy',
    source: program('', 'class Animal:', '    legs = 4', '', 'class Cat(Animal):', '    pass', '', 'c = Cat()', 'c.name = "Tom"'),
  },
  {
    name: 'boxes freed one by one in a loop',
    source: program(BOX, 'for i in range(3):', '    b = Box(i)', '    weakref.finalize(b, print, "gone:b")', 'b = None'),
  },
  { name: 'a long list, cut at 200 objects', source: program('', 'big = list(range(1000, 1500))', 'total = sum(big)') },
  { name: 'a long string cut at 80 characters', source: program('', 'long = "ab" * 100', 'nested = [long, [long]]') },
  // the recorder takes a quick step when memory looks as it did (pyland_lab_quick.py): programs that
  // change it in ways a quick look could miss (the test compares every step with plain CPython)
  {
    name: 'a list changed inside a function called from one line',
    source: program(
      '',
      'def grow(bag):',
      '    bag.append(len(bag))',
      '    bag[0] = "first"',
      '',
      'items = [0]',
      'other = 1',
      'grow(items)',
      'other = 2',
      'grow(items)',
      'other = 3',
    ),
    expect: { frames: ['grow'] },
  },
  {
    name: 'a list changed through an alias',
    source: program('', 'a = {"k": [1]}', 'b = a', 'n = 1', 'b["k"].append(2)', 'n = 2', 'b["k"][0] = 7', 'n = 3'),
  },
  {
    name: 'a dict value replaced',
    source: program(
      '',
      'd = {"x": [1], "y": 2}',
      'n = 1',
      'd["x"] = "new"',
      'n = 2',
      'd["y"] = [3]',
      'n = 3',
      'd["x"], d["y"] = d["y"], d["x"]',
    ),
  },
  {
    name: 'a freed list and a new one on the next line',
    source: program('', 'a = [1]', 'del a', 'b = [2]', 'c = [3]', 'del b', 'd = [4]', 'n = int("1000")', 'n = None', 'm = int("2000")'),
  },
  {
    name: 'a slot emptied and filled again in one line',
    source: program(
      '',
      'holder = [[int("5")], int("1000")]',
      'n = 1',
      'holder[0] = None; holder[0] = [int("7")]',
      'n = 2',
      'holder[1] = None; holder[1] = int("2000")',
      'n = 3',
    ),
  },
  {
    name: 'a list appended three levels deep',
    source: program(
      '',
      'deep = [[[1]]]',
      'n = 1',
      'deep[0][0].append(2)',
      'n = 2',
      'deep[0][0][0] = [3]',
      'n = 3',
      'deep[0][0][0].append(4)',
      'n = 4',
    ),
  },
  {
    name: "an instance's attribute changed in a method",
    source: program(
      '',
      'class Pet:',
      '    def __init__(self):',
      '        self.toys = []',
      '    def play(self):',
      '        self.toys.append("ball")',
      '',
      'p = Pet()',
      'n = 1',
      'p.play()',
      'n = 2',
      'p.toys = ("kite",)',
      'n = 3',
    ),
  },
  {
    name: 'a class with its own repr',
    source: program(
      '',
      'class Count:',
      '    def __init__(self):',
      '        self.n = 0',
      '    def __repr__(self):',
      '        return "Count(" + str(self.n) + ")"',
      '',
      'c = Count()',
      'box = [c]',
      'c.n = 5',
      'x = 1',
      'c.n = 6',
      'x = 2',
    ),
  },
  {
    name: 'a class body',
    source: program('', 'class Dog:', '    legs = 4', '    sound = "woof"', '', 'rex = Dog()'),
    expect: { frames: ['Dog'], frameNames: { function: 'Dog', names: ['legs', 'sound'] } },
  },
];
