/**
 * Doors from a spell into the school's own Python.
 *
 * A spell runs in the same interpreter as its checker (a checker must measure the spell's own
 * objects), and Python hides nothing from Python: through a frame (sys._getframe, a traceback's
 * tb_frame), a function's __globals__ or __closure__, gc.get_objects() or a name built at run
 * time (getattr, exec, eval), a spell can reach the checker's variables and the harness's guard,
 * and so pass a lesson it did not do, or leave the interpreter changed for the casts after it.
 * No lesson needs any of these doors (the few that teach one, like compile and exec, say so in
 * their level data), so the runtime client looks for them in the spell's text before it runs:
 *   - a spell that uses one the lesson does not teach cannot pass (it is told so, kindly);
 *   - after any spell that uses one, the worker is replaced by a fresh one from the snapshot, so
 *     nothing the spell did can outlive its cast.
 * The search is on the text, so it also finds a door named in a comment or a string (a false
 * alarm only costs a fresh worker, and a pass the kid gets back by deleting the word). Python
 * reads identifiers after NFKC normalisation (a fraktur 𝔤 is a g), and so does this search.
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
  // names and code made while the spell runs (any of the words above, in pieces)
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

/** The doors a spell's text names, each once, in the order they first appear. */
export function doorsIn(source: string): string[] {
  return [...new Set(source.normalize('NFKC').match(DOOR_WORDS) ?? [])];
}
