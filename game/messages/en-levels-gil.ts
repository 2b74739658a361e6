import type { LevelTexts } from './level-texts.js';

/**
 * Chapter 3, Sir GIL and the counting stick (the GIL): level texts, keyed by level id.
 * What the stories teach, as CPython 3.14 really works: the GIL lets only one thread run Python
 * bytecode at a time and hands the stick on only at switch points (a function starting, a loop
 * jumping back, a call); it does NOT make `count += 1` safe (that is read, add, write); CPython
 * 3.13+ also comes as a free-threaded build with no GIL. Pyodide cannot start real threads, so the
 * school's stepper plays the knights rune by rune (python-runtime/harness/pyland_stepper.py), and
 * the stories say so. Checked in the runtime by python-runtime/levels/gil/gil-levels.test.ts.
 */
export const enLevelsGil: Record<string, LevelTexts> = {
  'gil/taking-turns': {
    title: 'Taking Turns',
    story:
      'Threads are workers that run functions side by side. In the castle, threads are knights. Sir GIL ' +
      'owns one counting stick, and only the knight holding it may run a rune. So only one rune runs at a ' +
      'time! A knight hands the stick on only at a switch point, like a loop jumping back.',
    more:
      'Sir GIL is the GIL, the Global Interpreter Lock. When another knight is waiting, Sir GIL asks the ' +
      'holder after a while to hand the stick on, and the holder does it at a switch point: when a function ' +
      'starts, when a loop jumps back, or after a call. Real Python asks when a knight has waited 5 ' +
      'milliseconds (sys.getswitchinterval() says 0.005); a knight alone is never asked. The browser Python ' +
      'of this school cannot start real threads, so the school plays the knights rune by rune and counts 10 ' +
      'runes instead of 5 milliseconds.',
    predict: 'How will the two knights march?',
    goal: 'Write bors() so he marches like arthur(): five steps, each adding "B" to marks. Then watch the two knights take turns with the stick.',
    hints: [
      'arthur() is a loop: for step in range(5): and inside it marks.append("A"). Each time the loop jumps back is a switch point.',
      'bors() needs the same loop, with "B" instead of "A". Delete the pass line.',
      'Inside bors() write: for step in range(5): and on the next line, indented once more: marks.append("B")',
    ],
    spell: ['Make Bors march like Arthur: five steps, leaving a "B" mark each time.'],
    msg: {
      'well-done':
        'Arthur and Bors took {turns, plural, one {# turn} other {# turns}} with the stick: marks is {marks}. Sir GIL handed the stick on only at switch points, one knight at a time.',
      missing: 'There is no knight called {knight}(). Write def {knight}(): with his work inside.',
      'no-marks': 'marks is gone: keep the line marks = [] at the top, the knights leave their marks in it.',
      crashed: '{knight}() crashed with {error, a} while marching. Look at his lines: is every name spelled right?',
      'no-march': '{knight}() ran but left no "{mark}" in marks. Make him call marks.append("{mark}") in his loop.',
      'not-five':
        '{knight}() left {count, plural, one {one "{mark}" mark} other {# "{mark}" marks}}, not {steps}. March {steps, plural, one {# step} other {# steps}}, one mark each, like arthur().',
      'in-one-go':
        '{knight}() dropped his "{mark}" marks in {goes, plural, one {one go} other {# goes}}, not one at a time. March {steps, plural, one {# step} other {# steps}} with a loop, one marks.append("{mark}") each, like arthur().',
      'one-go':
        'Each knight finished his whole job in one turn ({steps, plural, one {# rune} other {# runes}} in all): Sir GIL only asks for the stick after {interval, plural, one {# rune} other {# runes}}. Give both knights a loop of five steps, so there is time to take turns.',
      stepper: "The school's stepper could not play this spell: {detail}",
    },
  },

  'gil/find-the-gap': {
    title: 'The Gap in count += 1',
    story:
      'count += 1 looks like one step, but Python runs it as several runes: one rune reads count, others ' +
      'add 1, and one rune writes the new number back. Between the read and the write there is a gap. Find ' +
      'the rune that reads count and the rune that writes it.',
    more:
      'If another knight changed count inside that gap, the write would cover it up. dis.dis(add_one) lists ' +
      'the runes of add_one(). Here count is a global name, so the runes that touch it have GLOBAL in their ' +
      'names.',
    goal: 'Set read_rune to the name of the rune that reads count and write_rune to the rune that writes it back.',
    hints: [
      'Run the spell and read what dis.dis printed: each line has a rune name in capitals, and some end with (count).',
      'count is a global name here, so the runes that touch it have GLOBAL in their names: one LOADs it, one STOREs it.',
      'read_rune = "LOAD_GLOBAL" and write_rune = "STORE_GLOBAL". The BINARY_OP (+=) between them is the add.',
    ],
    spell: ['Which rune READS count, and which rune WRITES it back?'],
    msg: {
      'well-done':
        'Right! add_one() read count with {read}, then ran {gap}, and only then wrote it back with {write}. That gap is where another knight could slip in: the next lesson shows it.',
      missing: 'There is no add_one() function. Keep def add_one(): with global count and count += 1 inside.',
      'no-count': 'count must be a whole number at the top of the spell: count = 0',
      crashed: 'add_one() crashed with {error, a}. Inside a function, count += 1 needs the line global count first.',
      'not-one': 'add_one() should add exactly 1 to count, but count went from {start} to {end}.',
      'name-them': 'Write the rune names as text: read_rune = "..." and write_rune = "..." (look at what dis.dis printed).',
      swapped: 'Swapped! The rune that READS comes first and LOADs; the one that WRITES comes last and STOREs.',
      'wrong-read': '{said} is not the rune that read count in this run. Look for the LOAD rune with (count) after it.',
      'wrong-write': '{said} is not the rune that wrote count back in this run. Look for the STORE rune with (count) after it.',
      stepper: "The school's stepper could not play this spell: {detail}",
    },
  },

  'gil/lost-update': {
    title: 'The Lost Update',
    story:
      'Arthur adds 1 to count two times. Bors should too, to the same count: together they should reach 4. ' +
      'But each add is read, add, write. If Arthur reads 0, then Bors reads 0, Arthur writes 1 and Bors ' +
      'writes 1 over it, one add is lost!',
    more:
      'Python 3.13 and newer also come as a free-threaded build with no GIL at all, where threads really ' +
      'run at the same moment and a switch can come between any two runes. The school can try every order ' +
      "of the knights' runes, switching anywhere, and show you one that loses an add. (The GIL never made " +
      'count += 1 safe: it only lets one rune run at a time.)',
    predict: 'Two knights add 1 to count, with no lock. Can an add get lost?',
    goal: 'Make Bors add 1 to the same count as Arthur, two times, with no lock, so that some order of their runes loses an update.',
    hints: [
      'Bors must write to count, not to his own count_b: change global count_b to global count.',
      "His loop should do exactly what Arthur's does: count += 1, two times.",
      'bors() becomes: global count, then for step in range(2): and inside it count += 1',
    ],
    spell: ['Bors counts on his own stick. Make him add 1 to the SAME count as Arthur, two times.'],
    msg: {
      'well-done':
        'You found it! Switching anywhere, the stepper found an order where count ends at {final} instead of {expected}: both knights read the same number before either wrote it back, so one add was lost. Watch it replayed rune by rune.',
      'gil-safe':
        'With Sir GIL the stick only changes hands at switch points, and this spell has none between the read and the write of count += 1, so under the GIL it happened to keep every add. Nothing promises that, though: a call in the gap would be a switch point, and a free-threaded Python has no stick at all.',
      'gil-too':
        'Even with Sir GIL handing the stick on only at switch points, an update can be lost in this spell: there is a switch point between its read and its write.',
      missing: 'There is no knight called {knight}(). Write def {knight}(): with his work inside.',
      'no-count': 'count must be a whole number at the top of the spell: count = 0',
      crashed: '{knight}() crashed with {error, a}. Inside a function, count += 1 needs the line global count first.',
      'deadlock-alone': '{knight}() waits forever even when he is alone: a lock he took is never given back.',
      idle: '{knight}() did not add anything to count when he ran alone. Make him add 1 to count, two times.',
      'not-two': '{knight}() added {added} to count when he ran alone, not {goal}. Make him add 1 to count, two times, like arthur().',
      'hidden-write':
        '{knight}() changed count inside a call the school cannot step through (like exec or eval), so nobody can see him read it and write it back. Write count += 1 in his own spell lines.',
      'sets-count':
        '{knight}() does not add to count: he puts his own number into it, whatever count was before. Make him read count and add to it, like count += 1.',
      'no-race':
        '{schedules, plural, one {The one order the stepper tried} other {Every order the stepper tried (# of them)}} ended with count == {expected}: no update was lost. This lesson wants the gap: both knights doing count += 1 on the same count, with no lock.',
      deadlock: 'The knights can end up waiting for each other forever (a deadlock). This lesson needs no lock at all.',
      'too-big': 'The knights run too many runes to try every order. Keep their loops short: range(2).',
      'cannot-copy':
        'A name of your spell holds something the school cannot copy ({kind}), so it cannot try every order of the knights. Keep only numbers, words, lists and the lock in names outside the knights.',
      stepper: "The school's stepper could not play this spell: {detail}",
    },
  },

  'gil/lock-the-counter': {
    title: 'Lock the Counter',
    story:
      'To keep every add, a knight must finish his read, add and write before anyone else touches count. A ' +
      "lock does that. with lock: takes the story's lock and gives it back at the end of the block. A " +
      'knight who finds the lock taken waits.',
    more:
      'The story gives you lock = threading.Lock(). Sir GIL may still hand the stick to the other knight in ' +
      'the middle, but that knight cannot get past with lock: until the first one is done. The school tries ' +
      'every order of the runes, with a switch allowed anywhere, and the lesson passes only if count is ' +
      'right in all of them.',
    predict: 'With the lock around count += 1 in both knights, can an add still get lost?',
    goal: 'Put count += 1 inside with lock: in both knights, so every order of their runes ends with count == 4.',
    hints: [
      'The lock must cover the whole read, add and write: the line count += 1.',
      'Both knights must take the same lock. One lock used by only one knight protects nothing.',
      'In each loop write with lock: and, indented one more step under it, count += 1',
    ],
    spell: ['The story gives you lock. Make each knight hold it while he reads, adds and writes count.'],
    msg: {
      'not-two':
        "{knight}() added {added} to count when he ran alone, not {goal}. Keep the story's job: each knight adds 1 to count, two times, and guards it with the lock.",
      'well-done':
        'Safe! The stepper tried every order of the runes ({schedules, plural, one {# finished run} other {# finished runs}}, a switch allowed anywhere), and count ended at {expected} in all of them: the lock kept each read, add and write together.',
      lost: 'Not safe yet: the stepper found an order where count ends at {final} instead of {expected}. Watch it replayed: another knight wrote inside the gap. The lock must cover the whole count += 1, in both knights.',
      deadlock:
        'The stepper found an order where the knights wait for each other forever (a deadlock): a lock is taken and never given back. with lock: always gives it back.',
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

  'gil/no-faster': {
    title: 'Not Any Faster',
    story:
      'Two knights could share a big sum: first_half() adds up 1 to 10, second_half() adds up 11 to 20. ' +
      'Will the job be done sooner? Not with Sir GIL! There is one counting stick, so only one rune runs at ' +
      'a time, whichever knight runs it.',
    more:
      'Two knights taking turns need as many ticks as one knight doing both halves (real Python even loses ' +
      'a little time handing the stick on). Threads still help when a knight waits for something outside ' +
      'Python, like a file or the network: he puts the stick down while he waits. And the free-threaded ' +
      'Python (3.13 and newer, without a GIL) can run two threads on two processor cores at the same ' +
      "moment. The school plays Sir GIL's rule.",
    goal: 'Write second_half() so it adds up 11, 12, ... 20 into total_b. Then compare the ticks of two knights with one knight doing both halves.',
    hints: [
      'Look at first_half(): global total_a, then a for loop over range(1, 11) adding each n to total_a.',
      'second_half() is the same with total_b and range(11, 21): range stops just before its second number.',
      'Inside second_half() write global total_b, then for n in range(11, 21): and, indented under it, total_b += n',
    ],
    spell: ['Add up 11, 12, ... 20 into total_b, the same way first_half adds up 1 to 10.'],
    msg: {
      'well-done':
        'The knights took {turns, plural, one {# turn} other {# turns}} and needed {together, plural, one {# tick} other {# ticks}} of the stick. One knight doing both halves one after the other needed {alone, plural, one {# tick} other {# ticks}}. With one stick, one rune runs at a time: sharing pure computing between threads is not faster with a GIL.',
      missing: 'There is no function called {knight}(). Write def {knight}(): with its work inside.',
      'no-totals': 'Keep total_a = 0 and total_b = 0 at the top of the spell: the knights add into them.',
      crashed: '{knight}() crashed with {error, a}. Inside a function, total_b += n needs the line global total_b first.',
      idle: 'total_b is still 0: second_half() must add its numbers into total_b.',
      'wrong-sum':
        'The knights added {a} to total_a and {b} to total_b: together that should be {whole}, the sum of 1 to 20. second_half() adds up 11 to 20: range(11, 21).',
      'in-one-go':
        'second_half() put its whole total into total_b in one go, so there was no work to share. Make it add its numbers one at a time in a loop, like first_half(): for n in range(11, 21): total_b += n',
      'one-go':
        'The knights did not take turns: each finished in one go. Sir GIL asks for the stick after {interval, plural, one {# rune} other {# runes}}; keep the loops.',
      stepper: "The school's stepper could not play this spell: {detail}",
    },
  },
};

/** Words of the knights stage (game/stages/knights/knight-stage.ts) and its screen-reader sentences (game/stages/knights/knight-words.ts). */
export const enKnightStageWords = {
  'knights-stick': 'the counting stick',
  'knights-counter-title': 'shared {counter}',
  'knights-counter-should': 'should be {expected}',
  'knights-lost-tag': 'lost update!',
  'knights-legend-plain': 'a rune',
  'knights-legend-read': 'reads {counter}',
  'knights-legend-write': 'writes it',
  'knights-legend-wait': 'waits for the lock',
  'knights-final-lost': "{reader} wrote over {writer}'s add: lost update!",
  'knights-final': '{counter} ended at {final}.',
  'knights-final-turns': 'The knights took {turns, plural, one {# turn} other {# turns}} with the stick.',
  'knights-window-tag': 'runes {from} to {to} of {total}',
  'knights-step': '{knight} runs {rune} (line {line})',
  'knights-step-read': '{knight} READS {counter} with {rune}: {value} (line {line})',
  'knights-step-write': '{knight} WRITES {counter} with {rune}: now {value} (line {line})',
  'knights-step-waits': '{knight} wants the lock, but it is taken: he waits (line {line})',
  'knights-mode-gil': 'Sir GIL hands the counting stick on only at switch points.',
  'knights-mode-anywhere': 'With no GIL, a switch may come after any rune.',
  'knights-mode-replay': 'The stepper replays the order of runes it found.',
  'knights-ran': '{knight} ran {steps, plural, one {# rune} other {# runes}}',
  'knights-turns': '{ran}, in {turns, plural, one {# turn} other {# turns}} with the stick.',
  'knights-window': 'Showing runes {from} to {to} of {total}.',
  'knights-counter': '{counter} started at {start} and ended at {final}.',
  'knights-counter-wrong': '{counter} started at {start} and ended at {final}, but it should be {expected}.',
  'knights-lost':
    'Lost update: {reader} read {counter} at rune {read}, {writer} wrote it at rune {written}, then {reader} wrote {value} over it at rune {over}.',
};
