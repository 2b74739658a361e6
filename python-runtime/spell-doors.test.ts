import { describe, expect, it } from 'vitest';
import { doorsIn } from './spell-doors.js';
import { LEVELS } from './levels/index.js';

describe('doorsIn', () => {
  it('finds the ways into the checker a spell could take: frames, a function’s globals, names made at run time', () => {
    expect(doorsIn('import sys\nf = sys._getframe()\nf.f_back.f_locals["before"] -= 1\n')).toEqual(['_getframe', 'f_back', 'f_locals']);
    expect(doorsIn('g = __builtins__["__import__"].__globals__\n')).toEqual(['__builtins__', '__import__', '__globals__']);
    expect(doorsIn('peek.__closure__[0].cell_contents.append(1)\n')).toEqual(['__closure__', 'cell_contents']);
    expect(doorsIn('x = getattr(hat, "__glob" + "als__")\n')).toEqual(['getattr']);
    expect(doorsIn('exec("count += 1", globals())\n')).toEqual(['exec', 'globals']);
  });

  it('reads the spell as Python does: a fraktur letter is its plain letter (NFKC)', () => {
    expect(doorsIn('g = hat.__init__.__\u{1D524}lobals__\n')).toEqual(['__globals__']);
  });

  it('counts a door named in a string too, but not a longer name that contains it', () => {
    expect(doorsIn('x = "no eval here"\n')).toEqual(['eval']);
    expect(doorsIn('evaluate = 3\nmy_globals = {}\nexecute = print\nretry_compile_count = 0\n')).toEqual([]);
  });

  it('finds nothing in the spells of the lessons (no fresh worker after them), but compile and exec where a lesson teaches them', () => {
    const taught: Record<string, string[]> = { 'interpreter/compile-and-exec': ['compile', 'exec'] };
    for (const level of LEVELS) {
      for (const spell of [level.starter, level.reference]) {
        expect(doorsIn(spell).filter((door) => !(taught[level.id] ?? []).includes(door)), level.id).toEqual([]);
      }
    }
  });
});

describe('withoutComments', () => {
  it('blanks comments but keeps strings, even those with a # in them', () => {
    expect(doorsIn('# Python works this out at compile time; let me inspect the runes\nx = 6 * 7\n')).toEqual([]);
    expect(doorsIn('print("# not a comment: eval")\n')).toEqual(['eval']);
    expect(doorsIn('s = """\n# still a string: globals\n"""\n')).toEqual(['globals']);
    expect(doorsIn("s = 'it\\'s # a string: vars'\n")).toEqual(['vars']);
  });

  it('keeps a comment with a quote in it: Python may read the rest of that line as code', () => {
    // one f-string since Python 3.12, then code: a walk that ends the string early sees a comment
    expect(doorsIn('x = {"#": 1}\ny = f"{x["#"]}" + str(getattr(x, "get"))\n')).toEqual(['getattr']);
  });
});
