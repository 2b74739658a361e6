/**
 * The Memory Lab's program tools (game/ui/lab/lab-program-bar.ts): the examples to start from,
 * the kid's saved experiments, loading and saving a .py file; and `words`, the Lab's own wording
 * of the lessons' error explanations (game/ui/lab/lab-program-words.ts): where a lesson says
 * "your spell", the Lab says "your program". Only the messages that talk of spells are here; the
 * rest are the lessons' own.
 */
export const enLabPrograms = {
  'bar-label': 'Tools for your program',
  examples: {
    label: 'Examples',
    open: 'Open the example',
    opened: 'Here is “{title}”. {look} Press Run to try it.',
    'replace-question': 'Your program has changes that are not saved. Put “{title}” in its place?',
    'replace-yes': 'Yes, put it in',
    cancel: 'Keep my program',
    kept: 'Your program stays as it was.',
    refcount: {
      title: 'Two names, one list',
      look: 'Watch the list’s holders: after the last del, the tally frees it.',
      spell: [
        'Two names hold the same list',
        'del lets go of one name: the list still has a holder',
        'other still holds',
        'the last holder lets go: the tally frees the list',
        'the list is gone',
      ],
    },
    gc: {
      title: 'A circle for the Ghost Collector',
      look: 'Two lists hold each other, so the tally cannot free them: watch gc.collect() sweep them.',
      spell: [
        'two lists that hold each other: a circle',
        'let go of both names: only the circle holds them now',
        'the Ghost Collector sweeps the circle',
        'the circle is gone',
      ],
    },
    gil: {
      title: 'Two knights, one count',
      look: 'Both knights add to the same count: watch it climb to 6, one step at a time.',
      spell: ['the first knight adds 1 to count, three times', 'the second knight does the same', 'count is'],
    },
    bytecode: {
      title: 'Runes that fold and warm up',
      look: 'Python turns 6 * 7 into 42 before answer() runs, and add() warms up while the loop calls it 100 times.',
      spell: [
        'Python works out 6 * 7 before the function ever runs',
        'a function called many times warms up',
        'the answer is',
        'the total is',
      ],
    },
    interpreter: {
      title: 'Frames that stack up',
      look: 'Step inside: while double() runs, its frame sits on top of the frame of double_and_one().',
      spell: ['each call gets its own frame', 'while double() runs, two frames are stacked', 'the result is'],
    },
    blank: {
      title: 'A blank page',
      look: 'Start from nothing and write a program of your own.',
      spell: ['Write your program here, then press Run!'],
    },
  },
  saved: {
    save: 'Save my experiment',
    'name-label': 'Name of your experiment',
    'save-yes': 'Save it',
    cancel: 'Cancel',
    done: 'Saved “{name}” in your experiments.',
    updated: 'Saved your changes to “{name}”.',
    full: 'You have {max} experiments saved, and that is as many as fit. Delete one in “My experiments” first, then save again.',
    'name-empty': 'Give your experiment a name first.',
    'name-too-long': 'That name is too long: use at most {max, plural, one {# letter} other {# letters}}.',
    'name-taken': 'You already have an experiment called “{name}”. Pick another name, or open that one to change it.',
    'too-long':
      'This program is too long to keep: at most {max, plural, one {# letter} other {# letters}} fit. Use “Save as a file” instead.',
    missing: 'That experiment is not there any more.',
    numbered: 'Experiment {n}',
    list: 'My experiments',
    'list-close': 'Close my experiments',
    'list-count':
      '{count, plural, =0 {No experiments saved yet.} one {# experiment saved, of {max}.} other {# experiments saved, of {max}.}}',
    'saved-on': 'saved {when}',
    open: 'Open',
    'open-label': 'Open {name}',
    opened: 'Opened “{name}”. Press Run to try it.',
    'open-question': 'Your program has changes that are not saved. Open “{name}” in its place?',
    'open-yes': 'Yes, open it',
    rename: 'Rename',
    'rename-label': 'Rename {name}',
    'rename-field': 'New name for “{name}”',
    'rename-yes': 'Rename it',
    renamed: 'Renamed it “{name}”.',
    delete: 'Delete',
    'delete-label': 'Delete {name}',
    'delete-question': 'Delete “{name}” for good?',
    'delete-yes': 'Yes, delete it',
    deleted: 'Deleted “{name}”.',
  },
  file: {
    load: 'Load a file',
    'load-question': 'Your program has changes that are not saved. Put {file} in its place?',
    loaded: 'Loaded {file}. Press Run to try it.',
    'too-big': '{file} is too big for the Lab: it has more than {max, plural, one {# letter} other {# letters}}. Try a smaller program.',
    'not-text': '{file} is not a Python program the Lab can read. Pick a file whose name ends in .py.',
    'read-failed': 'The Lab could not read {file}. Try again, or pick another file.',
    'save-as': 'Save as a file',
    downloaded: 'Saved {file} in your downloads.',
    saved: 'Saved {file}.',
    cancelled: 'Nothing was saved.',
    failed: 'The file could not be saved. Try again.',
  },
  /** The lessons' explanations as the Lab shows them: same keys (after `words.`), same placeholders. */
  words: {
    level: {
      'not-allowed-heading': 'The Lab did not run this program',
      'not-allowed-at-line': 'Not in the Lab, at line {line}: {construct}',
    },
    common: {
      'cannot-read': 'Python could not read the program. Fix the line it points at and run it again.',
      'spell-crashed': 'The program stopped with an error before it was finished.',
      'checker-broken': 'Oops, the Lab made a mistake with this program ({detail}). It is not your fault!',
      'python-crashed': 'The program made Python fall over, so the Lab woke it up again. Try a smaller program!',
      tampered: 'This program changed the Lab’s own measuring magic, so the Lab cannot show what it did.',
      'closed-door':
        'Line {line} uses {doors}. That could reach inside the school’s own magic, so the Lab does not allow it. Words in your texts and comments are fine.',
      'school-door': 'While it ran, this program tried to reach inside the school’s own magic ({door}). That door is closed!',
    },
    errors: {
      generic: 'Python stopped at line {line} with {type}. Read the message, fix that line and run it again!',
      SyntaxError: 'The program has a spelling mistake at line {line}: Python could not read it. Check brackets, colons and quotes.',
      NotAllowed: 'It is marked in your program: take {construct} out and run it again.',
      'NameError-deleted':
        'At line {line} the program uses {name}, but the name {name} was let go with del at line {deleted}. After del, that name is gone: use another holder, or leave the del out.',
      'NameError-later':
        'At line {line} the program uses {name} before it is made. Python reads from the top, and {name} is only made at line {made}.',
      'NameError-local':
        "At line {line} the program uses {name}, but {name} is a name inside {function}(). A function's own names only live while it runs: once {function}() returns, {name} is gone. Use {name} inside {function}().",
      'threads-by-gil':
        "At line {line} the program starts its own thread with threading.{name}. In this school Sir GIL starts the knights for you: just write the knights' functions.",
      TypeError: 'At line {line} a value was the wrong kind of thing for what the program did with it.',
      'TypeError-missing':
        'At line {line} {function}() needs more values than the program gave it. Look at its def line: each name there needs a value.',
      'TypeError-not-callable':
        'At line {line} the program calls something that is not a function: {kind, thing} cannot be called with brackets. Does a name hold a value where you wanted a function?',
      'TypeError-no-len':
        'At line {line} the program asks how long {kind, thing} is, but only things with values inside (a list, a word in quotes) have a length.',
      'TypeError-not-iterable':
        'At line {line} the program goes through {kind, thing} one value at a time, but it has no values inside to go through.',
      'TypeError-not-subscriptable': 'At line {line} the program uses [ ] on {kind, thing}, but it has no places inside to look in.',
      'TypeError-no-weakref':
        'At line {line} the program wants a weak reference to {kind, thing}, but Python cannot make one for that kind of value.',
      ZeroDivisionError: 'At line {line} the program tried to divide by zero. Even wizards cannot do that!',
      AttributeError: 'At line {line} the program asked an object for something it does not have.',
      IndexError: 'At line {line} the program reached past the end of a list.',
      KeyError: 'At line {line} the program asked a dictionary for a key it does not hold.',
      RecursionError: 'The program called a function again and again and never stopped.',
      MemoryError: 'The program asked for more memory than the castle has.',
      ImportError: 'That module is not in the castle library (or is locked away from programs in the Lab).',
      ModuleNotFoundError: 'That module is not in the castle library (or is locked away from programs in the Lab).',
      FileNotFoundError:
        'There is no file with that name in the castle. Programs in the Lab live inside the game, so they cannot open the files of your computer.',
      PermissionError: 'At line {line} the program tried something programs in the Lab are not allowed to do.',
      'host-programs':
        'At line {line} the program tried to start another program on your computer. The Lab’s programs live inside the game, so they cannot do that. Nothing happened to your computer!',
      'host-files':
        'At line {line} the program tried to write or change a file. The Lab’s programs live inside the game, so they cannot touch the files of your computer.',
      'host-network':
        'At line {line} the program tried to use the internet. The Lab’s programs live inside the game, so they cannot talk to other computers.',
      'host-machine':
        'At line {line} the program tried to reach the machine code under Python. Programs in the Lab cannot do that: use plain Python!',
      'host-school': 'At line {line} the program tried to reach inside the school’s own magic. That door is closed: use plain Python!',
      interrupted: 'The program ran too long, so the Lab stopped it. Look for a loop that never ends!',
    },
  },
};
