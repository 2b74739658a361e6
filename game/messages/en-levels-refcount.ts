import type { LevelTexts } from './level-texts.js';

/**
 * Chapter 1, the magic hat and its tally (reference counting): kid-facing texts of each level,
 * keyed by level id. The levels' data and checkers are in python-runtime/levels/refcount/; every
 * claim here is checked against CPython 3.14 as Pyodide runs it by
 * python-runtime/levels/levels.test.ts and refcount/refcount-moments.test.ts.
 */
export const enLevelsRefcount: Record<string, LevelTexts> = {
  'refcount/another-holder': {
    title: 'Another Holder',
    story:
      'Every object in Python keeps a tally: how many things hold it right now. A name is a holder. So is a ' +
      'slot in a list. Give the magic hat one more holder, and watch its tally go up by one!',
    more:
      'sys.getrefcount(hat) reads the tally, but it also counts a few hidden helpers inside Python, so ' +
      'wizards do not trust the number itself: they watch how much it changes.',
    predict: "When your spell runs, what will the hat's tally do?",
    goal: "Make the hat's tally go up by exactly 1, and keep it so until your spell ends.",
    hints: [
      'A name holds an object when you write: new_name = the_object',
      'Use a new name (not hat itself) and no quotes: "hat" in quotes is just a word, not the hat.',
      'On the empty line, write: my_hat = hat',
    ],
    spell: ['Give the hat one more holder on the next line:', 'The tally moved by'],
    msg: {
      'well-done': 'The tally moved by {delta}: the hat has exactly one more holder now!',
      'well-done-unseen':
        'By the end of your spell the tally had moved by {delta}: the hat has one more holder, so it counts! But your spell read the tally at line {read}, and the new holder only came at line {made}. That reading came too early to see it: next time, make the holder before you read the tally.',
      'no-change':
        'The tally did not move (it moved by {delta}). Printing or looking at the hat does not hold it, and a word in quotes is not the hat: a new name must hold the hat itself.',
      'too-many':
        'The tally moved by {delta}, but the goal is {goal}. Every name or slot that holds the hat counts, so keep just one new holder.',
      'went-down': 'The tally went down ({delta}): something let go of the hat. The goal is {goal}: add a holder, do not take one away.',
      'name-let-go': 'The name hat does not hold the hat any more (it was deleted or given something else), so that holder let go.',
      'let-go-again':
        'At line {line} the hat had one more holder, but that holder let go again at line {gone}. So by the end of your spell the tally had moved by {delta}. The school looks when your spell ends: keep the new holder until then.',
    },
  },

  'refcount/three-pockets': {
    title: 'Three Pockets',
    story:
      'The wand needs three safe pockets. pockets is a list, and every slot in a list is a holder, just like a name. ' +
      'Put the same wand into three slots and its tally goes up by three: one wand, three holders.',
    predict: 'The wand goes into the pockets list three times. What will its tally do?',
    goal: 'Put the wand into the pockets list three times, so its tally goes up by exactly 3. Keep them there until your spell ends.',
    hints: [
      'pockets.append(wand) puts the wand into a new slot at the end of the list.',
      'Each slot that holds the wand adds 1 to its tally. You need three slots.',
      'Write pockets.append(wand) on three lines, one under the other.',
    ],
    spell: ['pockets is an empty list. Put the wand into it three times:', "The wand's tally moved by"],
    msg: {
      'well-done': 'Three slots of pockets hold the wand and the tally moved by {delta}: one wand, three holders!',
      moved:
        "The wand's tally moved by {delta}, but the goal is {goal}. Right now pockets holds the wand in {slots, plural, one {# slot} other {# slots}}.",
      'let-go-again':
        "At line {line} the wand's tally was up by {goal}, but at line {gone} a holder let go again. So by the end of your spell the tally had moved by {delta}. The school looks when your spell ends: keep the wand in its three pockets until then.",
      'not-in-pockets':
        'The tally moved by {delta}, but pockets holds the wand in {slots, plural, =0 {no slot at all} one {only # slot} other {only # slots}}. Put the wand into the pockets list itself, {goal, plural, one {# time} other {# times}}.',
      'word-not-wand': 'pockets holds the word "wand" in quotes. That is a string, not the wand: leave out the quotes.',
      'extra-holders':
        'When your spell ended, pockets held the wand in {slots, plural, one {# slot} other {# slots}}, but its tally had moved by {delta}: something else still held the wand too. Still holding the wand: {holders}. Let it go with del {first}.',
    },
  },

  'refcount/let-go': {
    title: 'Let Go!',
    story:
      'Messy wizards left extra holders on the broom: the name spare and two slots in the shelf list. A ' +
      'tally only goes down when a holder lets go. Make all three extras let go, but keep the name broom!',
    more:
      'del spare removes a name. Taking the broom out of a list (with remove, pop or clear) takes its slot ' +
      'away. When all three extras let go, the tally is back where it started.',
    goal: 'Make spare and both shelf slots let go of the broom, and keep the name broom.',
    hints: [
      'Three extras hold the broom: the name spare and two slots of shelf. The map on the shelf does not matter.',
      'del spare removes the name. shelf.remove(broom) takes out only ONE slot: the first one that holds the broom.',
      'Write del spare, then shelf.remove(broom) two times.',
    ],
    spell: ['Make spare and the two shelf slots let go of the broom (keep the name broom!):', "The broom's tally moved by"],
    msg: {
      'well-done': 'The tally moved by {delta}: all three extra holders let go and the broom is back where it started!',
      'still-held':
        'The tally moved by {delta}, but it has to move by {goal} to get back to the start. Still holding the broom: {holders}.',
      'hidden-holder':
        'The tally moved by {delta}, but it has to move by {goal} to get back to the start. Something your spell made still holds the broom (a list inside a list?).',
      'keep-broom': 'The name broom let go too. Only the extras should let go: keep broom holding the broom.',
    },
  },

  'refcount/make-it-vanish': {
    title: 'Make It Vanish',
    story:
      'When nobody holds an object any more, its tally reaches 0 and Python frees it at once: it vanishes! ' +
      'The old hat has three holders: the name hat, a slot in the wardrobe list and the bag under the key ' +
      '"hat". Make every holder let go.',
    more:
      'The ghost is a weak reference: it can see the hat without holding it, so it is not on the tally, and ' +
      'it tells you when the hat is gone.',
    goal: 'Make every holder let go of the old hat, so it vanishes.',
    hints: [
      'Find all three holders: the name hat, a slot in wardrobe, and bag["hat"].',
      'wardrobe.remove(hat) empties the slot, del bag["hat"] takes the hat out of the bag, and del hat removes the name. Mind the order: after del hat, the name hat is gone.',
      'Write these three lines in this order: wardrobe.remove(hat), then del bag["hat"], then del hat',
    ],
    spell: [
      'a weak reference, the ghost: it sees the hat but does not hold it',
      'Make every holder let go of the hat:',
      'Is the hat still here?',
    ],
    msg: {
      'well-done':
        '{count, plural, one {Its one holder let go} other {All # holders let go}}, the tally reached 0 and Python freed the hat at once: it vanished!',
      swept:
        'The hat vanished, but only because gc.collect(), the cycle cleaner, swept it: its tally never reached 0 on its own, because something still held it (the hat itself?). This lesson wants the tally to free the hat: let every holder go, and the hat will vanish at once. You will meet the cleaner in the next chapter!',
      'still-here': 'The hat is still here: {holders} still {count, plural, one {holds} other {hold}} it. (Its tally moved by {delta}.)',
      hidden:
        'The hat is still here (its tally moved by {delta}), but no name, list or dictionary of your spell holds it. Does the hat hold itself, or is it in a list inside a list?',
    },
  },

  'refcount/function-holder': {
    title: 'Borrowed by a Function',
    story:
      'When you call a function, it gets its own names for what you give it. While wear(hat) runs, its name ' +
      'h holds the hat, so the tally is one higher. When wear returns, its names let go. peek() shows how ' +
      'far the tally moved.',
    more:
      "peek() tells you how far the hat's tally has moved since your spell began. Use peek() here, not " +
      'sys.getrefcount. Inside a function, Python 3.14 looks at its own names in a quicker way that adds ' +
      'no holder, so a getrefcount inside the function and one outside it do not count the same things.',
    goal: 'Give the hat to wear, so peek() sees the tally go up inside wear and back to 0 after wear returns.',
    hints: [
      'Right now wear has empty brackets: it gets nothing, so nothing new holds the hat inside it.',
      'Give wear a name to catch the hat, like def wear(h):, and pass the hat in when you call it.',
      'Change the two lines to def wear(h): and wear(hat)',
    ],
    spell: ["peek() tells how far the hat's tally has moved since the spell began.", 'Before wear:', 'Inside wear:', 'After wear:'],
    msg: {
      'well-done':
        "Inside wear, peek saw {inside}; after wear returned, the tally was back at {after}. The function's name held the hat only while the function ran!",
      'no-peek-inside':
        'peek() was never called from inside a function, so nobody looked while a function was running. Keep peek() inside wear, and call wear.',
      'nothing-inside':
        'Inside the function, peek saw {inside}: nothing new held the hat there. Pass the hat into the function, so its own name holds it.',
      'held-outside':
        "Inside the function, peek saw {inside}, but none of the function's own names held the hat: a holder outside the function did. Give the hat to the function, like wear(hat), so its own name holds it.",
      'kept-by':
        "After the spell the tally is still {after}: after the function returned, these still held the hat: {holders}. Only the function's own names should hold it.",
      'kept-hidden':
        'After the spell the tally is still {after}: something kept holding the hat after the function returned. (For example, a default value like h=hat belongs to the function and lives as long as the function does.)',
      'name-let-go': 'After the spell the tally moved by {after}: the name hat let go of the hat. Keep hat holding it.',
    },
  },

  'refcount/immortal-none': {
    title: 'The Immortal None',
    story:
      'A few objects can never vanish: None, True, False and small numbers like 7. ' +
      'Since Python 3.12 they are immortal: their tally is frozen, because Python does not count their holders at all. ' +
      'sys.getrefcount(None) shows a giant number that never moves. ' +
      'Put the hat and None into the pile five times each, and compare their tallies!',
    predict: 'None goes into the pile five times. What will the tally of None do?',
    goal: 'Put the hat and None into the pile list five times each. The school reads the tallies when your spell ends.',
    hints: [
      'pile.append(hat) adds a slot holding the hat; pile.append(None) adds a slot holding None.',
      'A loop saves typing: for i in range(5): repeats the lines under it five times.',
      'Under the comment write for i in range(5): and, inside the loop, pile.append(hat) and pile.append(None)',
    ],
    spell: [
      'pile is an empty list. Put the hat into it five times, and None five times:',
      "The hat's tally moved by",
      "None's tally moved by",
    ],
    msg: {
      'hat-not-five':
        'The hat is in {hat_slots, plural, one {# pile slot} other {# pile slots}} and its tally moved by {hat_delta}. The goal is {goal, plural, one {# slot} other {# slots}} and a tally of +{goal}.',
      'none-not-five':
        'None is in {none_slots, plural, =0 {no pile slot} one {# pile slot} other {# pile slots}}, but the goal is {goal}. Put None into the pile {goal, plural, one {# time} other {# times}}.',
      'word-not-none': 'The pile holds the word "None" in quotes. That is a string: write None without quotes.',
      'none-moved': "None's tally moved by {none_delta} here: this Python does not keep None immortal.",
      'let-go-again':
        "At line {line} the hat's tally was up by {goal}, but at line {gone} the pile let go of it again. When your spell ended, the hat was in {hat_slots, plural, one {# pile slot} other {# pile slots}} and its tally had moved by {hat_delta}. The school reads the tallies when your spell ends: keep the hat and None in the pile until then.",
      'extra-holders':
        'When your spell ended, the pile held the hat {goal, plural, one {# time} other {# times}}, but its tally had moved by {hat_delta}: something else still held the hat too. Still holding the hat: {holders}. Let it go with del {first}.',
      'well-done':
        "The hat's tally moved by {hat_delta}, but None's tally moved by {none_delta}, even with five more holders: None is immortal! Try print(sys._is_immortal(None)) to ask Python yourself.",
    },
  },
};
