import type { LevelTexts } from './level-texts.js';

/**
 * Chapter 4, spell runes (bytecode): texts of its levels, keyed by level id.
 * Every rune named here is what dis shows in CPython 3.14 as Pyodide runs it (3.14.2), checked
 * in levels.test.ts ("what the stories claim"): LOAD_CONST and LOAD_SMALL_INT (new in 3.14) carry
 * constants, RETURN_VALUE hands a value back (3.14 has no RETURN_CONST), locals are read with
 * LOAD_FAST runes (LOAD_FAST_BORROW in 3.14), globals with LOAD_GLOBAL, 6 * 7 is folded into 42,
 * and runes are specialised from the second run on (RESUME already on the first).
 */
export const enLevelsBytecode: Record<string, LevelTexts> = {
  'bytecode/find-the-constant': {
    title: 'The Hidden Word',
    story:
      'Before Python runs a spell, it translates it into runes: small steps called bytecode. dis.dis(greet) ' +
      'lists them. A word in quotes inside a function is packed into it, and a LOAD_CONST rune puts it on ' +
      'the pile when greet runs. RETURN_VALUE hands the top of the pile back.',
    more:
      'Runes pass values along on a stack, like a pile of plates. A word packed into a function is a ' +
      'constant. Right now greet only says pass: cast it and look at its runes (even pass hands back ' +
      'something: None!). Then make greet return the magic word "Abracadabra!" and find the word in its ' +
      'runes.',
    predict: 'Which rune will carry the magic word?',
    goal: 'Make greet return "Abracadabra!", so a LOAD_CONST rune carries the word and RETURN_VALUE hands it back.',
    hints: [
      'return sends a value back from a function. Write it inside greet, indented just like pass.',
      'The word needs its quotes, a capital A and the ! at the end. In the listing it shows up in brackets after LOAD_CONST.',
      'Replace the line with pass by: return "Abracadabra!"',
    ],
    spell: ['make greet return the magic word', 'shows the runes of greet'],
    msg: {
      'well-done':
        'Found it: {rune, a} rune carries {word} and RETURN_VALUE hands it back. The word was packed into greet before greet ever ran.',
      'no-function': 'There is no spell function called {name}. Write one with def {name}(): and keep that name.',
      'no-constant':
        'None of the runes of {name} carries the constant {word}. Check the spelling: a capital A at the start and a ! at the end (single or double quotes both work).',
      'returns-other':
        'Casting {name}() gave back {returned}, not {word}. Look at the rune just before RETURN_VALUE: it puts on the pile what {name} hands back. (print only shows a word; return gives it back.)',
      'needs-nothing':
        '{name} asks for an argument, so nobody can cast {name}() on its own. Write def {name}(): with nothing in the brackets.',
      'made-while-running':
        'The spelling is right: {name} hands back {word}! But it put the word together while it ran, so what it hands back is not a word packed ready-made into a rune. Write the whole word in one piece: return {word}',
    },
  },

  'bytecode/local-or-global': {
    title: 'Near Names, Far Names',
    story:
      'A name made at the top of a spell is a global: every function can read it. A name that belongs to ' +
      'one function, like its argument energy, is a local. Python reads them with different runes: ' +
      'LOAD_FAST for a local, LOAD_GLOBAL for a global.',
    more:
      "A local waits in the function's own numbered slots, and a LOAD_FAST rune picks it straight out (in " +
      'Python 3.14 it is often called LOAD_FAST_BORROW). A global has to be looked up by its name, with a ' +
      'LOAD_GLOBAL rune. Make charge read its local energy and the global power, and see both runes in its ' +
      'listing.',
    goal: 'Make charge(energy) multiply its local energy by the global power, so its runes have a LOAD_FAST rune and a LOAD_GLOBAL rune.',
    hints: [
      'energy is a local of charge: it is its argument. power is made at the top of the spell, outside charge, so it is a global.',
      'Do not give power to charge as an argument, or it becomes a local too. Just use the name power inside charge.',
      'Change the return line to: return energy * power',
    ],
    spell: ['use the global name power here instead of 2'],
    msg: {
      'well-done':
        'charge reads its local {local} with {local_rune} and the global {global} with LOAD_GLOBAL: two kinds of names, two different runes!',
      'no-function': 'There is no spell function called {name}. Write one with def {name}(energy): and keep that name.',
      'no-local': 'No LOAD_FAST rune in {name}: it reads no local name. Give {name} an argument, like energy, and use it.',
      'no-global':
        'No LOAD_GLOBAL rune in {name} reads a global your spell made. Use power (made at the top of the spell) inside {name}, and do not make it an argument.',
      'builtin-only':
        '{name} reads {builtin} with LOAD_GLOBAL, but {builtin} comes with Python: it is a builtin, not a global your spell made. Use power inside {name}.',
      'ignores-power':
        'charge({energy}) gave {got} when power was {power}, and the same when power was {other}: its answer does not use power. Let charge multiply energy by power.',
      'not-times':
        'charge({energy}) gave {got} when power was {power}, but {energy} * {power} is {want}. Let charge multiply energy by power: energy * power.',
      'no-power': 'The global name power is gone. Keep the line power = 3 at the top of the spell, and use power inside {name}.',
    },
  },

  'bytecode/fold-the-numbers': {
    title: 'Folded Before the Spell',
    story:
      'Python does some work before your spell even starts! While it translates a spell into runes, it ' +
      'works out math made only of numbers, like 6 * 7. So the runes already hold 42, and no multiply rune ' +
      'is left. This is called constant folding.',
    more:
      'Numbers kept in names are different. The translator does not follow what a name holds, so six * 7 ' +
      'keeps a BINARY_OP rune that multiplies every time the function runs. Make answer return 6 * 7, ' +
      'written just like that, and find the 42 in its runes.',
    goal: 'Make answer return 6 * 7, so its runes hold the folded 42 and no BINARY_OP rune.',
    hints: [
      'Write the numbers themselves in the multiplication, not names that hold them.',
      'You do not need the name six at all. The multiply sign in Python is *.',
      'Make answer one line long: return 6 * 7',
    ],
    msg: {
      'well-done':
        'The runes of answer hold {goal} in {rune, a} rune and have no BINARY_OP rune: Python folded 6 * 7 into {goal} before the spell ever ran.',
      'no-function': 'There is no spell function called {name}. Write one with def {name}(): and keep that name.',
      'worked-out':
        '{name} hands back {goal}, but you worked it out yourself, so Python had nothing to fold. Write the multiplication return 6 * 7 and let Python work it out.',
      'not-times': 'Python folded your math into {goal}, well done! But this lesson is about a multiplication: make {name} return 6 * 7.',
      'still-math':
        '{name} still has {count, plural, one {a BINARY_OP rune} other {# BINARY_OP runes}}, the first one for {op}: that math happens every time {name} runs, because names hold the numbers. Write the numbers themselves: return 6 * 7',
      'returns-other': 'Casting {name}() gave back {returned}, not {goal}. Make it return the multiplication 6 * 7.',
      'no-constant': 'No rune of {name} holds {goal} yet: Python has not folded anything into {goal}.',
      'needs-nothing':
        '{name} asks for an argument, so nobody can cast {name}() on its own. Write def {name}(): with nothing in the brackets.',
    },
  },

  'bytecode/runes-that-learn': {
    title: 'Runes That Learn',
    story:
      'Python watches its runes while they work. When a rune keeps doing the same job, like multiplying ' +
      'whole numbers, Python swaps it for a faster rune made just for that job: a specialised rune. Cast ' +
      'brew many times and catch its runes learning!',
    more:
      'BINARY_OP can become BINARY_OP_MULTIPLY_INT. dis.dis(brew, adaptive=True) shows the runes as they ' +
      'are now; without adaptive=True you see them as they were first made. The very first rune, RESUME, ' +
      'already changes on the first cast (into RESUME_CHECK), so it does not count here.',
    goal: 'Cast brew many times (a loop of 100 is plenty), so some of its working runes are swapped for specialised ones.',
    hints: [
      'Each call like brew(5) runs all the runes of brew once. One call is not enough for Python to learn.',
      'A for loop repeats the lines under it: for i in range(100): and, on the next line, indented, brew(i)',
      'Under the comment write for i in range(100): and under it, indented by four spaces, brew(i)',
    ],
    spell: ['cast brew many more times here', 'the runes as the interpreter has changed them'],
    msg: {
      'well-done':
        'After those casts, {count, plural, one {one working rune} other {# working runes}} of brew changed form: {rune} became {specialised}. Python learned what brew does and picked faster runes.',
      'no-function': 'There is no spell function called {name}. Write one with def {name}(x): and keep that name.',
      'only-entry':
        '{name} ran, but only its first rune RESUME changed (into RESUME_CHECK). The working runes change once they have run before: cast {name} many more times. (If {name} has no math, give it some, like x * 3 + 1.)',
      'never-ran': 'The runes of {name} are just as they were made: {name} never ran. Cast it many times, like brew(5).',
      'not-brew':
        'The name {name} now holds {other}(), another function, not the {name} your spell wrote with def {name}. Keep {name} as it is and cast {name} itself many times.',
      traced:
        'Your spell switched on a tracer (sys.settrace or sys.monitoring), so the runes of {name} carry INSTRUMENTED_ markers for it. Those are not specialised runes: leave the tracer out and cast {name} many times.',
    },
  },
};
