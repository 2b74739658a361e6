import type { LevelTexts } from './level-texts.js';

/**
 * Chapter 2, the Ghost Collector (garbage collection): level texts, keyed by level id.
 * Python has two cleaners and the stories keep them apart, as CPython 3.14 really works:
 * the tally (reference counting) frees an object the moment its last holder lets go (a function
 * returning, a del, a circle broken by hand); the Ghost Collector (the cycle collector, gc) sweeps
 * groups of objects that only hold each other, when it runs. In these lessons the school pauses
 * the automatic collector while the spell runs, and the stories say so. Checked in the runtime by
 * python-runtime/levels/gc/gc-levels.test.ts.
 */
export const enLevelsGc: Record<string, LevelTexts> = {
  'gc/gone-at-return': {
    title: 'Gone at Return',
    story:
      'Python has two cleaners. The first is the tally: when it reaches 0, the object is freed at once. ' +
      'Names inside a function let go when it returns. So the spirit Pip, made inside haunt(), leaves right ' +
      'when haunt() returns. Give him last words to hear when he leaves.',
    more:
      'weakref.finalize(pip, print, "Pip: Goodbye!") gives Pip last words without holding him: Python says ' +
      'them the moment Pip is freed, so you can see exactly when he leaves. This is not the Ghost ' +
      "Collector's work: you meet him in the next lessons.",
    predict: 'Who will free Pip when haunt() is over?',
    goal: 'Give Pip last words with weakref.finalize inside haunt(), so they are spoken the moment haunt() returns.',
    hints: [
      'weakref.finalize(thing, function, words) calls function(words) when thing is freed. It does not hold thing, so it does not keep Pip here.',
      'Put it inside haunt(), after Pip is made: weakref.finalize(pip, print, ...) with the words you want him to say.',
      'On the empty line inside haunt() write: weakref.finalize(pip, print, "Pip: Goodbye!")',
    ],
    spell: ['Give Pip last words here:', 'Pip: Boo!', 'Before haunt()', 'After haunt()'],
    msg: {
      'well-done':
        "{label} said his last words right when {function}() returned: the function's name let go, his tally reached 0 and Python freed him at once. That was the tally, not the Ghost Collector!",
      'no-spirit': 'No spirit was made. Make one inside haunt() with Spirit("Pip"), and call haunt().',
      'made-outside':
        '{label} was made at the top of the spell, not inside a function, so a top-level name kept holding him after the function returned. Make him inside haunt().',
      'still-held':
        "{label} did not leave when {function}() returned: {holders} still held him. Inside the function, keep him only in the function's own names.",
      cycle:
        '{label} holds himself (a circle), so his tally never reaches 0 and he did not leave when {function}() returned. Only the Ghost Collector could take him now. Do not make him hold himself.',
      'still-here': '{label} did not leave when {function}() returned: something still holds him.',
      swept:
        'The Ghost Collector swept {label}: he held himself in a circle. This lesson is about the tally: let {label} leave on his own, when {function}() returns.',
      'not-at-return':
        '{label} left at line {line}, not when {function}() returned. A del inside the function lets go too early; keeping him somewhere and letting go later is too late.',
      'words-failed':
        '{label} left right when {function}() returned, but his last words went wrong. weakref.finalize needs the function and its words apart: weakref.finalize(pip, print, "Pip: Goodbye!"). Written as print("...") inside, the words are said at once and finalize gets nothing it can call.',
      'no-last-words':
        '{label} left right when {function}() returned, but he said nothing. Give him last words inside {function}(), for example: weakref.finalize(pip, print, "Pip: Goodbye!")',
    },
  },

  'gc/friends-forever': {
    title: 'Friends Forever',
    story:
      'wisp and mist are spirits. Each can remember one friend: wisp.friend = mist makes wisp hold mist. If ' +
      'each remembers the other, they make a circle. Then, even when their names let go, each is still held ' +
      'by the other, so their tallies never reach 0.',
    more:
      'Wizards call such a circle a cycle. Normally the Ghost Collector finds a lost circle some time ' +
      'later. In this lesson the school keeps him waiting, so you can see them stay.',
    predict: 'wisp and mist remember each other, then both names let go. Who will free wisp?',
    goal: 'Make wisp and mist remember each other, so they are still here after both names let go.',
    hints: [
      'A spirit remembers a friend with .friend: wisp.friend = something makes wisp hold that something.',
      'Both must remember: wisp remembers mist AND mist remembers wisp. Do it before the del lines.',
      'Under the comment write wisp.friend = mist and, on the next line, mist.friend = wisp',
    ],
    spell: [
      'sees wisp without holding her',
      'Make wisp and mist remember each other (use .friend):',
      'Now the names let go:',
      'Is wisp still here?',
      'Is mist still here?',
    ],
    msg: {
      'well-done':
        'The names let go, but wisp and mist are still here: each one holds the other, so neither tally reaches 0. A lost circle like this needs the Ghost Collector (next lesson)!',
      left: '{labels} left as soon as the names let go: {count, plural, one {nothing else held her, so her tally reached 0} other {nothing else held them, so their tallies reached 0}}. Make each of them remember the other first.',
      'one-way':
        '{holder} held {target} (with .{via}), but nothing held {holder}. So when the name {holder} let go, {holder} left, and let go of {target} too. Make {target} remember {holder} as well.',
      'one-way-own-circle':
        '{holder} held {target} (with .{via}), but nothing held {holder}, so {holder} left when the name let go. {target} is still here only because she remembers herself. Make {target} remember {holder} instead.',
      'still-named':
        'They are still here, but only because {count, plural, one {the name {holders} holds} other {the names {holders} hold}} them. Let the names go (del) and see whether the circle keeps them.',
      'quoted-friend':
        '{count, plural, one {{labels} left} other {{labels} both left}} as soon as the names let go: {holder}.{via} held the word "{word}" in quotes. That is a string, not the spirit {word}, so {holder} held no spirit. Leave out the quotes: {holder}.{via} = {word}',
      'not-each-other':
        'Each spirit only remembers itself. That is a circle too, but this lesson wants wisp and mist to remember each other.',
      'hidden-holder':
        'They are still here, but something other than their circle holds them. Make them remember each other with .friend and let every name go.',
      swept:
        'The Ghost Collector swept {labels}: gc.collect() took the lost circle. In this lesson let them stay: do not call the Ghost Collector yet.',
    },
  },

  'gc/call-the-collector': {
    title: 'Call the Ghost Collector',
    story:
      'wisp and mist hold each other, and their names are about to let go. Then nothing else can reach ' +
      'them: a lost circle. The tally cannot free them, but the Ghost Collector can. Call him with ' +
      'gc.collect() after the names let go!',
    more:
      "The Ghost Collector is Python's cycle collector, the gc module. He looks for groups of objects that " +
      'only hold each other and sweeps them all. Usually he comes by himself now and then. In these lessons ' +
      'the school keeps him waiting, so you call him yourself.',
    predict: 'wisp and mist hold only each other. Who will free wisp?',
    goal: 'After both names let go, call the Ghost Collector so that he sweeps wisp and mist.',
    hints: [
      'The gc module is the Ghost Collector, and the spell already imports it.',
      'Call him after the del lines: while names still hold the spirits, they are not lost, and he leaves them alone.',
      'On the empty line under the comment write: gc.collect()',
    ],
    spell: [
      'wisp remembers',
      'mist remembers',
      'After del, is wisp still here?',
      'Call the Ghost Collector:',
      'After the Ghost Collector, is wisp still here?',
    ],
    msg: {
      'well-done':
        'The Ghost Collector found the lost circle and swept wisp and mist. Their tallies never reached 0: only he could take them!',
      'freed-by-tally':
        '{labels} left without the Ghost Collector: the circle was broken, so their tallies reached 0 and Python freed them at once. Keep the circle and call gc.collect() to see him sweep it.',
      'held-when-swept':
        'The Ghost Collector came, but {count, plural, one {the name {holders}} other {the names {holders}}} still held the spirits, so he left them alone: he only sweeps what nothing can reach. Let every name go first.',
      'still-named':
        '{count, plural, one {The name {holders} still holds a spirit of the circle. Let it go} other {The names {holders} still hold the spirits. Let them go}} (del), then call the Ghost Collector.',
      'looked-early':
        '{labels} left at line {left}. Your spell looked at line {line}, before that, so it still saw {labels} there. To see that {labels} {count, plural, one {is} other {are}} gone, look after line {left}.',
      'young-only':
        'The Ghost Collector came, but with a number in the brackets, like gc.collect(0), he looks only at the youngest things, and wisp and mist are older. Call gc.collect() with nothing in the brackets: then he looks everywhere.',
      'too-early':
        'The Ghost Collector came too early: at that moment the names still held wisp and mist, so he left them alone. Call gc.collect() after the names let go.',
      'not-called': 'wisp and mist are lost in their circle, but still here: nobody called the Ghost Collector. Call gc.collect().',
    },
  },

  'gc/break-the-circle': {
    title: 'Break the Circle',
    story:
      'wisp and mist hold each other again. This time, no Ghost Collector: break the circle yourself! If ' +
      'wisp forgets her friend (wisp.friend = None), she no longer holds mist. Then, when the names let go, ' +
      'both tallies reach 0 and both leave at once.',
    more:
      'When the names let go, nothing holds mist any more: her tally reaches 0 and Python frees her at ' +
      'once, and with her goes the last holder of wisp. The tally cleans up both of them, right away, ' +
      'without waiting for anyone.',
    goal: 'Break the circle by hand so that wisp and mist both leave when their names let go, with no Ghost Collector.',
    hints: [
      'A circle breaks when one of the two forgets the other.',
      'Setting a friend to None makes the spirit let go of its old friend. Do it before the del lines.',
      'Under the comment write: wisp.friend = None',
    ],
    spell: ['Break the circle: make one of them forget its friend', 'Is wisp still here?', 'Is mist still here?'],
    msg: {
      'well-done':
        'wisp and mist left at once, with no Ghost Collector: you broke the circle, so when the names let go their tallies reached 0. The tally cleans up instantly; the Ghost Collector only when he comes.',
      'still-circle':
        'wisp and mist are still here: they still hold each other, so their tallies never reached 0. Make one of them forget her friend.',
      'own-circle':
        '{labels} {count, plural, one {is still here: she is in a circle of her own} other {are still here: each is in a circle of her own}} (a spirit that holds herself, or holds a spirit that holds her back), so the tally never reached 0. Break that circle too.',
      'still-named':
        '{count, plural, one {The name {holders} still holds a spirit.} other {The names {holders} still hold the spirits.}} Break the circle and let every name go (del).',
      swept:
        'The Ghost Collector swept {labels}. That works too, but this lesson wants no collector: break the circle by hand so the tally frees them.',
      'still-here': 'wisp and mist are still here: something still holds them.',
    },
  },

  'gc/lantern-light': {
    title: 'The Lantern',
    story:
      'Two circles of spirits: wisp and mist, and boo and hush. All four names will let go, and then the ' +
      'Ghost Collector comes. He only sweeps what nothing can reach. Make the lantern hold wisp: then wisp ' +
      'can still be reached, and through wisp.friend so can mist.',
    more:
      'boo and hush are lost: nothing reaches them any more, so he sweeps them. wisp and mist stay, because ' +
      'the name lantern still reaches them.',
    goal: 'Make the lantern hold wisp, so that gc.collect() sweeps boo and hush but not wisp and mist. Keep the lantern lit until your spell ends.',
    hints: [
      'A name holds an object when you write name = the_object.',
      'Only one spirit needs the lantern: the one it holds can be reached, and so can the friend that one remembers.',
      'Change lantern = None into lantern = wisp',
    ],
    spell: ['Light the lantern: make it hold wisp, so the Ghost Collector can still reach her', 'is still here:'],
    msg: {
      'well-done':
        'The Ghost Collector swept boo and hush, but left wisp and mist alone: the lantern could still reach {held, select, both {both of them} other {wisp, and wisp holds mist}}. He only sweeps what nothing can reach!',
      'lantern-empty':
        'The Ghost Collector swept {labels}: nothing could reach {count, plural, one {her} other {them}} any more. Make the lantern hold wisp before the names let go.',
      'lantern-word':
        'The Ghost Collector swept {labels}: the lantern held the word "{word}" in quotes. That is a string, not the spirit {word}, so it reached no spirit. Leave out the quotes: lantern = {word}',
      'lantern-holds-other':
        'wisp and mist stayed, but the lantern holds {held}, not wisp. The goal is to make the lantern hold wisp: lantern = wisp',
      'lantern-unlit':
        'wisp and mist stayed, but {count, plural, =0 {something else} one {{holders}} other {{holders}}} kept them, not the lantern. Make the lantern itself hold wisp: lantern = wisp',
      'swept-later':
        '{labels} {count, plural, one {was} other {were}} safe when your Ghost Collector first came: the lantern kept {count, plural, one {her} other {them}}. But then the lantern let go, and his visit at line {line} swept {count, plural, one {her} other {them}}. Keep the lantern lit until your spell ends.',
      'unkept-at-end':
        '{labels} {count, plural, one {was} other {were}} safe when your Ghost Collector came, but by the end of your spell nothing of yours held {count, plural, one {her} other {them}} any more (was the lantern emptied?). The school looks when your spell ends, and his next visit would sweep {count, plural, one {her} other {them}}. Keep the lantern lit until the end.',
      'kept-left':
        '{labels} left: {count, plural, one {her circle was broken, so her tally} other {their circle was broken, so their tallies}} reached 0. Leave wisp and mist as they are and make the lantern hold wisp.',
      'lost-freed':
        '{labels} left without the Ghost Collector: their circle was broken. Let boo and hush stay a lost circle for him to sweep.',
      'not-called': 'boo and hush are lost, but still here: the Ghost Collector never came. Keep the gc.collect() line.',
      'not-called-named':
        '{labels} {count, plural, one {is} other {are}} still here: {holders_count, plural, one {the name {holders} still holds} other {the names {holders} still hold}} {count, plural, one {her} other {them}}, and the Ghost Collector never came. Let the names go (del), then call gc.collect().',
      'lost-kept':
        '{labels} {count, plural, one {was} other {were}} not swept: {holders} still held {count, plural, one {her} other {them}}, so the Ghost Collector could reach them. Only wisp goes into the lantern.',
      'young-only':
        'The Ghost Collector came, but with a number in the brackets, like gc.collect(0), he looks only at the youngest things, and {labels} {count, plural, one {is} other {are}} older. Call gc.collect() with nothing in the brackets: then he looks everywhere.',
      'too-early':
        '{labels} {count, plural, one {was} other {were}} not swept: the Ghost Collector came while something still held {count, plural, one {her} other {them}}. Call gc.collect() after the names let go.',
      'own-names':
        'wisp and mist are still here, but only because their own names ({holders}) still hold them: the lantern holds nothing. Let every name go, and make the lantern hold wisp.',
    },
  },
};

/**
 * Words of the ghost stage (game/stages/ghosts/ghost-stage.ts) and its sentences for screen readers
 * (game/stages/ghosts/ghost-words.ts), spread into the catalogue's `level` section.
 */
export const enGhostStageWords = {
  'ghost-local-tag': '{name} in {function}()',
  'ghost-item-tag': 'inside {name}',
  'ghost-local-item-tag': 'inside {name} in {function}()',
  'ghost-badge-freed': 'freed',
  'ghost-badge-swept': 'swept',
  'ghost-badge-alive': 'still here',
  'ghost-collector': 'Ghost Collector',
  'ghost-none': 'The spell made no spirit.',
  'ghost-held-by': '{label} is held by: {holders}.',
  'ghost-was-held-by': 'Just before it left, {label} was held by: {holders}.',
  'ghost-held-by-nobody': 'No name holds {label}.',
  'ghost-holds': '{holder} holds {target} with .{via}.',
  'ghost-cut': '{holder} let go of {target}: that part of the circle was broken.',
  'ghost-cycle': '{labels, plural, one {{labels} holds herself in a circle of her own.} other {{labels} hold each other in a circle.}}',
  'ghost-freed':
    '{label, plural, one {{label} was freed at once, at line {line}: her tally reached 0.} other {{label} were freed at once, at line {line}: their tallies reached 0.}}',
  'ghost-moment-start': 'Before the spell:',
  'ghost-moment-returned': '{function}() returned.',
  'ghost-freed-at-return':
    '{label, plural, one {{label} was freed at once when {function}() returned to line {line}: her tally reached 0.} other {{label} were freed at once when {function}() returned to line {line}: their tallies reached 0.}}',
  'ghost-freed-no-line':
    '{label, plural, one {{label} was freed at once: her tally reached 0.} other {{label} were freed at once: their tallies reached 0.}}',
  'ghost-sweep':
    'The Ghost Collector came at line {line} and swept {labels}: nothing could reach {labels, plural, one {her} other {them}}.',
  'ghost-sweep-no-line': 'The Ghost Collector came and swept {labels}: nothing could reach {labels, plural, one {her} other {them}}.',
  'ghost-sweep-nothing': 'The Ghost Collector came at line {line} and took nothing: everything could still be reached.',
  'ghost-sweep-nothing-no-line': 'The Ghost Collector came and took nothing: everything could still be reached.',
  'ghost-alive': '{label} is still here after the spell.',
} as const;
