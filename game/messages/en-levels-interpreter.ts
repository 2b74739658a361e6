import type { LevelTexts } from './level-texts.js';

/**
 * Chapter 5, the interpreter (the royal wizard): texts of its levels, keyed by level id.
 * Every rune and number named here is what CPython 3.14 as Pyodide runs it really does, measured
 * by stepping the real runes with the spell stepper (python-runtime/harness/pyland_stepper.py) in
 * levels.test.ts and interpreter-levels.test.ts: compile() gives a code object whose runes store
 * gold with STORE_NAME (6 * 7 already folded into 42); in brew(2, 3, 4) the stack right after the
 * first BINARY_OP (*) is [2, 12]; a for loop over range(4) runs JUMP_BACKWARD 4 times and FOR_ITER
 * 5 times; brew(5) calling double opens 2 frames and double's RETURN_VALUE hands back 10.
 */
export const enLevelsInterpreter: Record<string, LevelTexts> = {
  'interpreter/compile-and-exec': {
    title: 'From Recipe to Runes',
    story:
      'Meet the royal wizard: the interpreter. Every spell goes through two steps. First the compiler turns ' +
      'the text into runes (a code object). Then the wizard carries the runes out, one at a time. Do both ' +
      'steps yourself: compile the recipe, then exec it into the vault!',
    more:
      'The story gives you recipe, a string of Python. compile(recipe, "<recipe>", "exec") turns it into ' +
      'runes without running it. exec(runes, vault) hands the runes to the wizard, who stores every name ' +
      'the recipe makes into the dictionary vault. Look at the runes on the stage: 6 * 7 was already worked ' +
      'out by the compiler, and STORE_NAME is the rune that puts a name into the vault.',
    predict: 'How will 6 * 7 look in the runes of the recipe?',
    goal: 'Compile recipe into a code object called runes, then exec it into the dictionary vault, so vault gets gold and silver.',
    hints: [
      'compile needs three things: the text, a name for where it came from (like "<recipe>") and the mode "exec".',
      'exec(runes, vault) runs the runes and keeps the names they make in vault. After it, vault["gold"] is there.',
      'Write: runes = compile(recipe, "<recipe>", "exec") and, after vault = {}, the line exec(runes, vault)',
    ],
    spell: [
      'recipe is a string of Python the story gives you:',
      'turn the recipe into runes with compile(recipe, "<recipe>", "exec")',
      'now let the interpreter carry out the runes, storing names into vault: exec(runes, vault)',
    ],
    msg: {
      'ran-text':
        'vault was filled by running the recipe text again, not your runes: exec compiled the text once more, and runes never ran. Give exec the code object: exec(runes, vault).',
      'well-done':
        'The wizard read {count, plural, one {# rune} other {# runes}}: vault now holds gold = {gold} and silver = {silver}. The compiler wrote the runes, the interpreter carried them out.',
      'no-runes':
        'There is no name runes in your spell. Keep the line runes = ... and give it what compile(recipe, "<recipe>", "exec") makes.',
      'not-code':
        'runes holds {kind, thing}, but it should hold the runes of the recipe. compile(recipe, "<recipe>", "exec") turns the recipe text into runes: give runes what compile hands back.',
      'other-runes':
        'runes holds a code object, but not the runes of the recipe the story gave you. Compile recipe itself (the name, without quotes) with the mode "exec".',
      'no-vault': 'There is no dictionary called vault. Keep vault = {} and exec the runes into it.',
      'vault-not-dict': 'vault holds {kind, thing}, but exec needs a dictionary to keep names in: vault = {}',
      'builtins-note':
        'Why does vault look so long when you print it? exec put one more name into it: __builtins__, the box of Python\'s own names (print, len, range …), so the wizard can find them while he reads the runes. To see only your names, print(vault["gold"], vault["silver"]).',
      'vault-missing': 'vault has no {name} in it: the runes were never carried out there. Add exec(runes, vault) after vault = {}.',
      'vault-wrong':
        'vault holds {name} = {got}, but the recipe makes something else. The story tries more than one recipe: let exec carry out the runes, do not write numbers into vault yourself.',
    },
  },

  'interpreter/follow-the-stack': {
    title: 'The Pile of Stones',
    story:
      'The wizard keeps values on a pile of stones: the value stack. LOAD runes put a value on top. ' +
      'BINARY_OP takes the top two stones off, works them out and puts the answer back as one stone. What ' +
      'is on the pile right after the first BINARY_OP of brew(2, 3, 4)?',
    more:
      'LOAD_FAST_BORROW_LOAD_FAST_BORROW puts two values on at once. RETURN_VALUE hands the top stone back. ' +
      'In a + b * c, Python multiplies first, so the wizard loads a, b and c, and the first BINARY_OP is ' +
      'the *.',
    goal: 'Set prediction to the list of values on the stack right after the first BINARY_OP rune of brew(2, 3, 4), bottom first.',
    hints: [
      'Before the first BINARY_OP the pile is [2, 3, 4]: the 2 from a sits at the bottom, the 4 from c on top.',
      'BINARY_OP * takes only the top two stones (3 and 4). What stays underneath?',
      'Write: prediction = [2, 12]  (the 2 from a still waits at the bottom, and 3 * 4 = 12 sits on top of it)',
    ],
    spell: [
      'What is on the value stack right after the FIRST BINARY_OP rune,',
      'while the wizard reads brew(2, 3, 4)? Bottom first, top last.',
    ],
    msg: {
      'well-done':
        'Right! After BINARY_OP {rune} the pile is {stack}: the wizard took the top two stones and put back one, while a waited underneath.',
      'no-function': 'There is no spell function called {name}. Keep def {name}(a, b, c): from the story.',
      'three-args': '{name} must take three values, like def {name}(a, b, c):, so the wizard can read {name}(2, 3, 4).',
      'no-binary-op': 'The wizard read {name} but met no BINARY_OP rune. Keep the sum a + b * c in it.',
      'no-prediction': 'There is no name prediction. Printing is not predicting: write prediction = [...] with the values on the pile.',
      'not-a-list':
        'prediction holds {kind, thing}, but it should be a list of values, bottom first, like prediction = [1, 2] (numbers without quotes).',
      'kept-stones':
        'Your pile {guess} has {answer} on top, but the stones BINARY_OP used are still under it. BINARY_OP takes its two stones off the pile and puts back only its answer.',
      'wrong-size':
        'Your pile {guess} has {count, plural, one {# stone} other {# stones}}, but the real one had {real}. BINARY_OP takes two stones off and puts one back: count what is left. Watch the stones on the stage.',
      'wrong-values':
        'The pile has the right number of stones, but not {guess}. Follow the wand on the stage to the lit-up rune and read the stones.',
    },
  },

  'interpreter/jump-back': {
    title: 'The Wand Jumps Back',
    story:
      'Runes are read from the top down, so how does a loop run again? With a jump! JUMP_BACKWARD sends the ' +
      'wand back up to FOR_ITER, which takes the next number or leaves the loop. How many times does the ' +
      'wizard read JUMP_BACKWARD in stir(4)?',
    more:
      'In a for loop, FOR_ITER takes the next number out of the range (or leaves the loop when none is ' +
      'left), the runes of the body run, and then JUMP_BACKWARD sends the wand back up. Write the loop in ' +
      'stir, so stir(4) adds 0 + 1 + 2 + 3.',
    goal: 'Make stir(times) add up the numbers of range(times) with a for loop, and set jumps to how many times JUMP_BACKWARD runs in stir(4).',
    hints: [
      'for i in range(times): goes over 0, 1, 2 ... times - 1. Inside it (indented), write total = total + i.',
      'The wand jumps back once after every trip through the body. FOR_ITER runs one time more: that last time it finds no number left and leaves.',
      'range(4) gives 4 numbers, so: jumps = 4',
    ],
    spell: [
      'add each number of range(times) to total with a for loop here',
      'should be 0 + 1 + 2 + 3 = 6',
      'How many times does the JUMP_BACKWARD rune run while the wizard reads stir(4)?',
    ],
    msg: {
      'well-done':
        'The wand jumped back {count, plural, one {# time} other {# times}}, once after each trip through the loop, and the wizard read {steps, plural, one {# rune} other {# runes}} in all. A loop is just a jump back up!',
      'no-function': 'There is no spell function called {name}. Keep def {name}(times): from the story.',
      'one-arg': '{name} must take one value, like def {name}(times):, so the wizard can read {name}(4).',
      'no-jump': 'The wizard read {name}(4) and never jumped back: there is no loop that goes round. Write a for loop over range(times).',
      'wrong-total': 'stir(4) handed back {returned}, but 0 + 1 + 2 + 3 is 6. Inside the loop, add i to total.',
      'only-four': 'stir(4) gives 6, but stir(5) does not give 0 + 1 + 2 + 3 + 4 = 10. Let the loop do the adding for any number.',
      'loop-not-adding':
        '{name}() jumps back, but its loop does not do the adding: the total comes from somewhere else. Inside the loop, add each number to total: total = total + i.',
      'loop-not-stirring':
        'The loop in {name} does not run once for each number: it jumped back {four, plural, one {# time} other {# times}} for stir(4) and {five, plural, one {# time} other {# times}} for stir(5). Let the for loop itself do the adding: for i in range(times): total = total + i',
      'no-jumps': 'There is no name jumps. Write jumps = ... with the number of times JUMP_BACKWARD runs.',
      'not-a-number': 'jumps holds {kind, thing}, but it should be a whole number without quotes, like jumps = 2.',
      'wrong-count':
        'Not {guess}. The wizard read {steps, plural, one {# rune} other {# runes}}: count the lit-up JUMP_BACKWARD stones on the stage. (FOR_ITER is not a jump back.)',
    },
  },

  'interpreter/call-and-return': {
    title: 'A Room for Every Call',
    story:
      'When brew calls double, CALL opens a new frame for double: a room of its own, with its own pile of ' +
      "stones and names, on top of brew's room. RETURN_VALUE closes double's room and puts its top stone on " +
      "brew's pile. Watch the rooms open and close!",
    more:
      "The wizard never mixes their stones: he reads double's runes in double's room. RETURN_VALUE takes " +
      "double's top stone, closes the room, and puts the stone on brew's pile, right where brew left off.",
    goal: "Set deepest to the most frames open at the same time while the wizard reads brew(5), and handed_back to what double's RETURN_VALUE hands back to brew.",
    hints: [
      "Count the rooms the wizard reads here: brew's own frame, and one more on top for each call that has not returned yet.",
      'double(5) works out 5 * 2. RETURN_VALUE hands that to brew, before brew adds 1.',
      'Write: deepest = 2 and handed_back = 10',
    ],
    spell: ['While the wizard reads brew(5):', 'the most frames open at the same time', "what double's RETURN_VALUE hands back to brew"],
    msg: {
      'well-done':
        'Yes: {deepest, plural, one {# frame} other {# frames}} at the deepest, and {function} handed back {value} to the room below. A call opens a room, a return closes it.',
      'no-function': 'There is no spell function called {name}. Keep def {name}(x): from the story.',
      'one-arg': '{name} must take one value, like def {name}(x):, so the wizard can read {name}(5).',
      'no-call': 'The wizard read {name} but no call opened a new frame. Let {name} call {helper}, as in the story.',
      'no-name': 'There is no name {name}. Printing is not predicting: write {name} = ... in your spell.',
      'wrong-depth': 'deepest = {guess} is not right. Count the rooms stacked on the stage when the wand is deepest.',
      'wrong-value':
        'handed_back = {guess} is not what {function} handed back. Look at the stone RETURN_VALUE carries down into the room below (a number, no quotes).',
    },
  },
};
