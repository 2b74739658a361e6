import type { Translator } from '../messages/translator.js';
import { starterInWords } from './starter-words.js';

/**
 * The Memory Lab's examples to start from: one small program per chapter's idea, and a blank
 * page. The Python is written here once, in English; its comments and printed sentences are
 * words a kid reads, so each language has them in its catalogue (`lab.programs.examples.<id>.spell`,
 * in the order they stand, as a lesson's starter spell has them: see starter-words.ts). The code
 * itself is the same in every language, so an example runs the same for every kid.
 */
export type LabExampleId = 'refcount' | 'gc' | 'gil' | 'bytecode' | 'interpreter' | 'blank';

export interface LabExample {
  id: LabExampleId;
  /** The Python, with English comments and sentences. */
  source: string;
}

export const LAB_EXAMPLES: readonly LabExample[] = [
  {
    id: 'refcount',
    source: `# Two names hold the same list
box = [1, 2, 3]
other = box
# del lets go of one name: the list still has a holder
del box
print("other still holds", other)
# the last holder lets go: the tally frees the list
del other
print("the list is gone")
`,
  },
  {
    id: 'gc',
    source: `import gc

# two lists that hold each other: a circle
a = []
b = [a]
a.append(b)
# let go of both names: only the circle holds them now
del a, b
# the Ghost Collector sweeps the circle
gc.collect()
print("the circle is gone")
`,
  },
  {
    id: 'gil',
    source: `count = 0


# the first knight adds 1 to count, three times
def knight_a():
    global count
    for _ in range(3):
        count = count + 1


# the second knight does the same
def knight_b():
    global count
    for _ in range(3):
        count = count + 1


knight_a()
knight_b()
print("count is", count)
`,
  },
  {
    id: 'bytecode',
    source: `# Python works out 6 * 7 before the function ever runs
def answer():
    return 6 * 7


# a function called many times warms up
def add(a, b):
    return a + b


total = 0
for n in range(100):
    total = add(total, n)
print("the answer is", answer())
print("the total is", total)
`,
  },
  {
    id: 'interpreter',
    source: `# each call gets its own frame
def double(n):
    return n * 2


def double_and_one(n):
    # while double() runs, two frames are stacked
    doubled = double(n)
    return doubled + 1


result = double_and_one(5)
print("the result is", result)
`,
  },
  {
    id: 'blank',
    source: `# Write your program here, then press Run!
`,
  },
];

export function labExample(id: string): LabExample | null {
  return LAB_EXAMPLES.find((example) => example.id === id) ?? null;
}

/** The example's program with its comments and sentences in the kid's language. */
export function labExampleSource(example: LabExample, words: Pick<Translator, 'lookup'>): string {
  return starterInWords(example.source, words.lookup(`lab.programs.examples.${example.id}.spell`) as string[] | undefined);
}
