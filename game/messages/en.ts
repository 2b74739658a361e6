import { enLevels } from './en-levels.js';
import { enGhostStageWords } from './en-levels-gc.js';

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
    'python-crashed': 'The spell made Python fall over, so the school woke it up again. Try a smaller spell!',
    tampered: 'This spell changed the school’s own measuring magic, so it cannot pass. Spells win by doing the task, not by changing the rules!',
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
  /** The loading screen: assets first, then Python (the royal wizard) in the background. */
  loading: {
    heading: 'Opening the school gates…',
    assets: 'Packing the spell books',
    python: 'Waking the royal wizard (Python)',
    'assets-failed': 'Some pictures could not be loaded. The school still works without them!',
  },
  title: {
    tagline: 'Learn the secret magic inside Python: how it remembers, forgets and reads your spells.',
    start: 'Enter the school',
  },
  /** The small indicator that shows how far Python has started. */
  python: {
    label: 'Royal wizard',
    waking: 'The royal wizard is waking up… {percent}%',
    ready: 'The royal wizard is awake and ready for spells!',
    failed: 'The royal wizard could not wake up. Close the game and start it again.',
    'failed-detail': 'What went wrong (for grown-ups): {detail}',
  },
  profile: {
    heading: 'Who is coming to school today?',
    'pick-heading': 'Pick your name',
    'none-yet': 'No wizards here yet. Make the first one!',
    'new-heading': 'A new wizard',
    'name-label': 'Your wizard name',
    'avatar-label': 'Pick your picture',
    create: 'Join the school',
    created: 'Welcome to the school, {name}!',
    'name-empty': 'Please type a name first.',
    'name-too-long': 'That name is too long: use at most {max} letters.',
    'name-taken': 'Another wizard already has that name. Try a different one!',
    avatars: {
      mage: 'Wizard',
      witch: 'Witch',
      owl: 'Owl',
      cat: 'Cat',
      dragon: 'Dragon',
      unicorn: 'Unicorn',
      fox: 'Fox',
      frog: 'Frog',
      robot: 'Robot',
    },
  },
  /** The school map with its six places (one per chapter). */
  map: {
    heading: 'The school grounds',
    welcome: 'Hello, {name}! Where shall we go today?',
    'switch-profile': 'Change wizard',
    progress: '{passed} of {total} lessons done',
    done: 'Finished! All {total} lessons done',
    'locked-finish-previous': 'Locked: finish “{chapter}” first.',
    'coming-soon': 'Coming soon: still being built!',
    'locked-by-teacher': 'Locked: your teacher opens this next.',
  },
  chapters: {
    refcount: 'Reference counting',
    'refcount-tagline': 'The magic hat and its tally: how many names are holding me?',
    gc: 'Garbage collection',
    'gc-tagline': 'The Ghost Collector sweeps up things that only hold each other.',
    gil: 'The GIL',
    'gil-tagline': 'Sir GIL and the counting stick: only one wizard may count at a time.',
    bytecode: 'Bytecode',
    'bytecode-tagline': 'Spell runes: the small steps your code turns into.',
    interpreter: 'The Interpreter',
    'interpreter-tagline': 'The royal wizard who reads the runes one by one.',
    graduation: 'Graduation',
    'graduation-tagline': 'Show everything you learned and earn your wizard hat!',
  },
  /** A chapter's list of lessons. */
  chapter: {
    'lessons-heading': 'Lessons',
    lesson: 'Lesson {number}: {title}',
    passed: 'Done',
    open: 'Ready to play',
    locked: 'Locked: pass the lesson before this one first.',
    'back-to-map': 'Back to the map',
  },
  /** The level scene: story, editor, cast, what happened. */
  level: {
    ...enGhostStageWords,
    story: 'The story',
    goal: 'Your goal',
    'editor-label': 'Your spell (Python)',
    'editor-help': 'Ctrl+Enter casts the spell. Esc then Tab leaves the editor.',
    cast: 'Cast the spell',
    casting: 'Casting…',
    'cast-waiting': 'Waiting for the royal wizard…',
    'python-not-ready': 'The royal wizard is still waking up. Try again in a moment!',
    'python-failed': 'Spells cannot be cast: the royal wizard could not wake up.',
    'reset-spell': 'Start over',
    'reset-done': 'The spell is back to how the lesson started.',
    'stage-heading': 'What your spell really did',
    'stage-idle': 'Cast your spell to see what it really does to the objects.',
    'stage-no-scene': 'The spell stopped before the school could look at the objects.',
    'object-tally': '{label}: tally {delta}.',
    'object-held-by': 'Held by the names: {names}.',
    'object-held-by-nobody': 'No name holds it.',
    'object-in-container': 'Slots of {name} holding it: {slots}.',
    'object-vanished': 'It vanished: nobody held it any more, so Python threw it away.',
    'runes-listed': 'The runes of {name}, in order: {runes}.',
    'runes-more': 'and {count} more',
    'runes-none': 'No runes to show: the spell has no function called {name}.',
    'rune-lit': 'Lit up: {rune}.',
    'rune-changed': '{rune} changed into {specialised}.',
    'rune-missing': 'Looked for, not found: {rune}.',
    'rune-was': '{argument} \u00b7 was {rune}',
    'rune-was-bare': 'was {rune}',
    'verdict-heading': 'What the school saw',
    passed: 'You did it! The spell works.',
    'not-yet': 'Not quite yet. Read the notes below and try again!',
    'error-heading': 'Python stopped the spell',
    'error-at-line': '{type} at line {line}: {message}',
    'error-no-line': '{type}: {message}',
    output: 'What the spell printed',
    'output-empty': 'The spell did not print anything.',
    hints: 'Hints',
    'show-hint': 'Show a hint',
    'hint-number': 'Hint {number}',
    'no-more-hints': 'That was the last hint. You can do it!',
    next: 'Next lesson',
    'back-to-map': 'Back to the map',
    'back-to-chapter': 'Back to the lessons',
    'chapter-finished': 'You finished “{chapter}”! Go back to the map to see what opened.',
    'not-found': 'This lesson could not be found. Let us go back to the map.',
  },
  saves: {
    'recovered-from-backup': 'Your saved game was damaged, so the school used its backup copy. A little progress may be missing.',
    'started-fresh': 'The saved game could not be read, so the school started a fresh one.',
    'write-failed': 'The school could not save your progress just now. Keep playing; it will try again.',
    'from-newer-game': 'This save comes from a newer version of the game. It will not be changed; progress made now is not saved.',
    unavailable: 'The school could not open its saved games just now. You can play, but progress made now is not saved.',
  },
  settings: {
    sound: 'Sound',
  },
  a11y: {
    dismiss: 'OK',
    notice: 'Message from the school',
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
