import { enLevels } from './en-levels.js';

/**
 * Every word a kid or teacher reads, in English. Scenes, the runtime client and the
 * command line all read from here; a second language gets its own file with the same shape.
 * Placeholders look like `{name}`.
 */
export const en = {
  app: {
    name: 'PyLand Memory School',
  },
  common: {
    'cannot-read': 'Python could not read the spell. Fix the line it points at and cast again.',
    'spell-crashed': 'The spell stopped with an error before it was finished.',
    'checker-broken': 'Oops, the school made a mistake checking this spell ({detail}). It is not your fault!',
  },
  /** Kid-friendly explanations of Python errors, keyed by exception type. */
  errors: {
    generic: 'Python stopped at line {line} with {type}. Read the message, fix that line and cast again!',
    SyntaxError: 'The spell has a spelling mistake at line {line}: Python could not read it. Check brackets, colons and quotes.',
    IndentationError: 'The spaces at the start of line {line} are not right. Lines in the same block must start at the same place.',
    NameError: 'Python does not know a name used at line {line}. Did you spell it the same way everywhere?',
    TypeError: 'At line {line} two things were mixed that do not fit together.',
    ZeroDivisionError: 'At line {line} the spell tried to divide by zero. Even wizards cannot do that!',
    AttributeError: 'At line {line} the spell asked an object for something it does not have.',
    IndexError: 'At line {line} the spell reached past the end of a list.',
    KeyError: 'At line {line} the spell asked a dictionary for a key it does not hold.',
    ValueError: 'At line {line} a value did not have the right form.',
    RecursionError: 'The spell called itself again and again and never stopped.',
    MemoryError: 'The spell asked for more memory than the castle has.',
    ImportError: 'That module is not in the castle library (or is locked away from spells).',
    ModuleNotFoundError: 'That module is not in the castle library (or is locked away from spells).',
    interrupted: 'The spell ran too long, so the school stopped it. Look for a loop that never ends!',
  },
  /** Level texts (title, story, goal, hints, checker messages), keyed by level id. */
  levels: enLevels,
};

export interface LevelTexts {
  title: string;
  story: string;
  goal: string;
  hints: string[];
  /** Checker messages, keyed by the names the level's checker uses. */
  msg: Record<string, string>;
}

export type Catalogue = typeof en;
