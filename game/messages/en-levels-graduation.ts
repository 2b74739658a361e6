import type { LevelTexts } from './level-texts.js';

/**
 * Graduation, the final exam: each level combines two chapters. What the stories teach, as CPython
 * 3.14 really works (checked in the runtime by python-runtime/levels/graduation/graduation-levels.test.ts):
 * inside a function, `count += 1` on a global is LOAD_GLOBAL, LOAD_SMALL_INT, BINARY_OP, STORE_GLOBAL;
 * an object is freed as soon as its tally reaches 0, a cycle only by the cycle collector; 60 * 60 is
 * folded into the constant 3600 when the spell is compiled, so a + 60 * 60 has one BINARY_OP.
 */
export const enLevelsGraduation: Record<string, LevelTexts> = {
  'graduation/guard-the-gold': {
    title: 'Guard the Gold',
    story:
      'Your final exam begins with Sir GIL and the runes together. Arthur and Bors each add to count, the ' +
      "castle's treasure. First name the rune that reads count and the rune that writes it back. Then close " +
      'the gap between them with the lock, in both knights.',
    more:
      'Inside a knight, count += 1 is not one rune but four: one rune reads count, then 1 is loaded, ' +
      'BINARY_OP adds, and one rune writes count back. If the other knight runs inside that gap, his add ' +
      'gets written over. That can happen in a Python with no GIL, or when a call sits in the gap. So the ' +
      'GIL never made count += 1 safe. count is a global name! The school tries every order of the runes, ' +
      'with a switch allowed anywhere.',
    predict: 'With the lock in both knights, can an add still get lost?',
    goal: 'Set reads and writes to the names of the runes that read and write count in arthur(), and put count += 1 inside with lock: in both knights.',
    hints: [
      'count lives at the top of the spell, so the knights read it with a GLOBAL rune, not a FAST one. import dis and dis.dis(arthur) shows the runes.',
      'The lock must cover the whole count += 1 in BOTH knights: with lock: and, indented under it, count += 1.',
      'Write reads = "LOAD_GLOBAL" and writes = "STORE_GLOBAL", and put with lock: around count += 1 in each loop.',
    ],
    spell: [
      '1. Which rune READS count, and which rune WRITES it back? (use dis, or remember chapter 3)',
      '2. The story gives you lock. Guard count += 1 in both knights.',
    ],
    msg: {
      'well-done':
        'Guarded! {reads} reads count and {writes} writes it back, and the lock keeps both together: the stepper tried {schedules, plural, one {# finished run} other {# finished runs}} and count ended at {expected} in all of them.',
      lost: 'Not safe yet: the stepper found an order where count ends at {final} instead of {expected}. Another knight got into the gap between {reads} and {writes}. Guard count += 1 with the lock in both knights.',
      deadlock:
        'The stepper found an order where the knights wait for each other forever (a deadlock): a lock is taken and never given back. with lock: always gives it back.',
      'no-rune': '{name} must be the name of a rune in quotes, like "LOAD_FAST".',
      'not-in-knight':
        '{knight}() does not read and write count himself: that happens in another function he calls. The lesson looks at the runes inside each knight: write count += 1 under with lock: in {knight}() himself.',
      'wrong-rune':
        '{guess} is not the rune that {name} count in arthur(). Remember: count is a global name. import dis and dis.dis(arthur) shows every rune.',
      missing: 'There is no knight called {knight}(). Write def {knight}(): with his work inside.',
      'no-count': 'count must be a whole number at the top of the spell: count = 0',
      crashed: '{knight}() crashed with {error, a}. Inside a function, count += 1 needs the line global count first.',
      'deadlock-alone':
        '{knight}() waits forever even when he is alone: he takes the lock a second time before giving it back. Use with lock: so it is given back.',
      idle: '{knight}() did not add anything to count when he ran alone. Each knight must add 1 to count, two times.',
      'hidden-write':
        '{knight}() changed count inside a call the school cannot step through (like exec or eval), so nobody can see him read it and write it back. Write count += 1 in his own spell lines.',
      'sets-count':
        '{knight}() does not add to count: he puts his own number into it, whatever count was before. Make him read count and add to it, like count += 1.',
      'too-big': 'The knights run too many runes to try every order. Keep their loops short: range(2).',
      'cannot-copy':
        'A name of your spell holds something the school cannot copy ({kind}), so it cannot try every order of the knights. Keep only numbers, words, lists and the lock in names outside the knights.',
      stepper: "The school's stepper could not play this spell: {detail}",
    },
  },

  'graduation/two-cleaners': {
    title: 'The Two Cleaners',
    story:
      'Python has two cleaners, and this exam needs both. The tally frees an object the moment its last ' +
      'holder lets go. The Ghost Collector sweeps circles of objects that only hold each other. lamp is ' +
      'held only by its name; wisp and mist hold each other.',
    more:
      'The Ghost Collector (gc) is needed for a circle because its tallies never reach 0 on their own. The ' +
      'school keeps him waiting, so he only comes when you call gc.collect().',
    goal: 'Make lamp vanish by letting go of its only holder, then let the names of wisp and mist go and call the Ghost Collector so he sweeps them.',
    hints: [
      'del lamp lets go of the name lamp. Nothing else holds it, so it vanishes right away, no collector needed.',
      'wisp and mist still hold each other after their names let go: only gc.collect() can sweep them, and only after the del lines.',
      'Write del lamp under step 1, and del wisp, del mist and gc.collect() under step 2.',
    ],
    spell: [
      '1. Make lamp vanish: let go of its only holder.',
      'Is lamp still here?',
      '2. wisp and mist hold each other. Let go of their names, then call the Ghost Collector.',
      'Is wisp still here?',
    ],
    msg: {
      'well-done':
        'Both cleaners worked! lamp left the moment its tally reached 0, and the Ghost Collector swept the lost circle of wisp and mist.',
      'lamp-stays':
        'lamp is still here: {count, plural, one {the name {holders} still holds} other {the names {holders} still hold}} it, so its tally never reached 0. Let go of every holder of lamp.',
      'lamp-stays-hidden': 'lamp is still here: something still holds it, so its tally never reached 0. Let go of every holder of lamp.',
      'lamp-swept':
        'lamp was swept by the Ghost Collector: it was in a circle, so the tally could not free it. Give lamp no circle, and just let go of it (del lamp): the tally frees it at once.',
      'freed-by-tally':
        '{labels} left without the Ghost Collector: the circle was broken, so the tally freed them. Keep the circle and call gc.collect() to see him sweep it.',
      'still-named':
        '{count, plural, one {The name {holders} still holds a spirit of the circle. Let it go} other {The names {holders} still hold the spirits. Let them go}} (del), then call the Ghost Collector.',
      'looked-early':
        '{labels} left at line {left}. Your spell looked at line {line}, before that, so it still saw {labels} there. To see that {labels} {count, plural, one {is} other {are}} gone, look after line {left}.',
      'young-only':
        'The Ghost Collector came, but with a number in the brackets, like gc.collect(0), he looks only at the youngest things, and wisp and mist are older. Call gc.collect() with nothing in the brackets: then he looks everywhere.',
      'too-early':
        'The Ghost Collector came too early: at that moment names still held wisp and mist, so he left them alone. Call gc.collect() after the names let go.',
      'not-called': 'wisp and mist are lost in their circle, but still here: nobody called the Ghost Collector. Call gc.collect().',
    },
  },

  'graduation/folded-stack': {
    title: 'The Folded Potion',
    story:
      'The last question joins the runes and the wizard. potion(a) returns a + 60 * 60. Remember folding: ' +
      '60 * 60 is worked out before the spell ever runs. What is on the pile of stones right after the ' +
      'first BINARY_OP while the wizard reads potion(5)?',
    more:
      'The compiler keeps 3600 as one constant. So the wizard never multiplies: he loads a, loads the ' +
      'constant 3600, and BINARY_OP + takes the top two stones off and puts back their sum.',
    goal: 'Set prediction to the list of values on the stack right after the first BINARY_OP rune of potion(5), bottom first.',
    hints: [
      '60 * 60 became the constant 3600 when the spell was compiled: there is no BINARY_OP * any more.',
      'Before the only BINARY_OP the pile is [5, 3600]. BINARY_OP takes both off and puts back one stone.',
      'Write: prediction = [3605]',
    ],
    spell: [
      'What is on the value stack right after the FIRST BINARY_OP rune,',
      'while the wizard reads potion(5)? Bottom first, top last.',
    ],
    msg: {
      'well-done':
        'Right! After the only BINARY_OP the pile is {stack}: 60 * 60 was folded into 3600 long before the wizard read a single rune.',
      'no-function': 'There is no spell function called {name}. Keep def {name}(a): from the story.',
      'one-arg': '{name} must take one value, like def {name}(a):, so the wizard can read {name}(5).',
      'not-folded':
        '{name} must still work out a + 60 * 60, written just like that: the lesson is the 3600 that Python folds 60 * 60 into before the wizard reads a rune.',
      'no-binary-op': 'The wizard read {name} but met no BINARY_OP rune. Keep return a + 60 * 60 in it.',
      'no-prediction': 'There is no name prediction. Printing is not predicting: write prediction = [...] with the values on the pile.',
      'not-a-list':
        'prediction holds {kind, thing}, but it should be a list of values, bottom first, like prediction = [1, 2] (numbers without quotes).',
      'kept-stones':
        'Your pile {guess} has {answer} on top, but the stones BINARY_OP used are still under it. BINARY_OP takes its two stones off the pile and puts back only its answer.',
      'wrong-size':
        'Your pile {guess} has {count, plural, one {# stone} other {# stones}}, but the real one had {real}. Follow the wand to the lit-up rune and count the stones right after it.',
      'wrong-values': 'The pile has the right number of stones, but not {guess}. Follow the wand to the lit-up rune and read the stones.',
      quoted:
        'Your pile {guess} holds {word} in quotes: that is a word, not a number. The stones on this pile are numbers, so write them without quotes.',
      'before-op':
        'Your pile {guess} holds the two stones that wait for BINARY_OP, just before it runs. BINARY_OP takes those two off and puts back one stone, its answer. What is on the pile right after that?',
      unfolded:
        'Your pile {guess} still has 60 in it. Was 60 * 60 waiting to be multiplied? Watch the runes on the stage: folding already made it one stone, 3600, before the wizard read a rune.',
      'extra-stones':
        'Your pile {guess} starts right, but it has {extra, plural, one {# stone} other {# stones}} too many on top: right after BINARY_OP, its answer is the top stone. The school reads prediction when your spell ends: did a later line add to it?',
    },
  },
};
