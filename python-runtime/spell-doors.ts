/**
 * Words that look like doors from a spell into the school's own Python.
 *
 * They decide nothing about a verdict: what a spell may be made of is the lesson's policy on its
 * syntax tree, applied in the harness before the spell runs (harness/pyland_policy.py), where
 * strings, comments and the kid's own names never count. Here the words only say when a worker
 * should be thrown away after a cast (runtime-client.ts): a spell that writes one of them gets
 * a fresh worker from the snapshot for the cast after it, so nothing it did can outlive its
 * cast. The search is on the text, strings included (a name can be built from pieces of
 * strings): a false alarm only costs a restore. Python reads identifiers after NFKC
 * normalisation (a fraktur 𝔤 is a g), and so does this search.
 */

/** Every door, as the word a spell must write to open it. */
export const SPELL_DOORS = [
  // frames: the checker's own variables are one f_back away
  '_getframe',
  '_current_frames',
  '_getframemodulename',
  'currentframe',
  'f_back',
  'f_globals',
  'f_locals',
  'f_builtins',
  'tb_frame',
  'gi_frame',
  'cr_frame',
  'ag_frame',
  'settrace',
  'setprofile',
  'monitoring',
  'inspect',
  'traceback',
  '__traceback__',
  'tb_next',
  'exc_info',
  'last_traceback',
  'last_exc',
  'walk_stack',
  'walk_tb',
  // a function's or a module's insides: the harness's globals and the checker's closures
  '__globals__',
  '__closure__',
  'cell_contents',
  '__builtins__',
  'builtins',
  '__dict__',
  'modules',
  '__subclasses__',
  '__mro__',
  '__bases__',
  '__base__',
  '__class__',
  '__func__',
  '__self__',
  '__defaults__',
  '__kwdefaults__',
  '__wrapped__',
  '__reduce__',
  '__reduce_ex__',
  // every object Python knows
  'get_objects',
  'get_referrers',
  'get_referents',
  // names and code made while the spell runs (any of the words above, in pieces): a class
  // pattern reads the names in __match_args__ with getattr, a format field or a name resolver
  // looks a dotted name up
  '__match_args__',
  '__instancecheck__',
  '__subclasscheck__',
  'get_field',
  'Formatter',
  'format_map',
  'resolve_name',
  'pkgutil',
  'pydoc',
  'getattr',
  'setattr',
  'delattr',
  'attrgetter',
  'methodcaller',
  'getattr_static',
  '__getattribute__',
  '__setattr__',
  '__delattr__',
  'vars',
  'globals',
  'locals',
  '__import__',
  'importlib',
  'exec',
  'eval',
  'compile',
  'pickle',
  'marshal',
  'ctypes',
] as const;

const DOOR_WORDS = new RegExp(`(?<![A-Za-z0-9_])(${SPELL_DOORS.join('|')})(?![A-Za-z0-9_])`, 'g');

/** The doors a spell's text (without its comments) names, each once, in the order they first appear. */
export function doorsIn(source: string): string[] {
  return [...new Set(withoutComments(source).normalize('NFKC').match(DOOR_WORDS) ?? [])];
}

/**
 * The spell with its `#` comments blanked out (those without quotes: see below). A `#` inside a
 * string is not a comment, so this
 * walks the strings as Python reads them: '…' and "…" end at their quote or the line's end, '''…'''
 * and """…""" may span lines, and a backslash hides the character after it (raw strings too:
 * r'\'' is still one string). Unfinished strings run to the end (the spell will not compile).
 */
export function withoutComments(source: string): string {
  let out = '';
  let index = 0;
  while (index < source.length) {
    const char = source[index]!;
    if (char === '#') {
      const end = source.indexOf('\n', index);
      const stop = end < 0 ? source.length : end;
      const comment = source.slice(index, stop);
      // a "comment" with a quote in it is kept: where this walk and Python disagree about a
      // string (f"{x["#"]}" is one string since 3.12), the rest of the line may be code
      out += /['"]/.test(comment) ? comment : ' '.repeat(comment.length);
      index = stop;
    } else if (char === "'" || char === '"') {
      const quote = source.startsWith(char.repeat(3), index) ? char.repeat(3) : char;
      let end = index + quote.length;
      while (end < source.length && !source.startsWith(quote, end)) {
        if (source[end] === '\\') end += 1;
        else if (quote.length === 1 && source[end] === '\n') break;
        end += 1;
      }
      end = Math.min(source.length, end + (source.startsWith(quote, end) ? quote.length : 0));
      out += source.slice(index, end);
      index = end;
    } else {
      out += char;
      index += 1;
    }
  }
  return out;
}
