import { describe, expect, it } from 'vitest';
import type { LabKnightStep, LabKnightsRace, LabKnightsSceneData } from '../../../contracts/cast-protocol.js';
import { translatorFor } from '../../messages/translator.js';
import {
  cutWords,
  isCheckProblem,
  knightChoices,
  knightsVerdict,
  orderNote,
  problemWords,
  startingPair,
  stepAfterKey,
  stepWords,
  timelineRows,
  type KnightsWords,
} from './lab-knights-timeline.js';

const english = translatorFor('en');
const spanish = translatorFor('es');
const say = (words: KnightsWords | null, translator = english) => (words === null ? null : translator.t(words.key, words.params));

function step(thread: number, op: string, arg: string, more: Partial<LabKnightStep> = {}): LabKnightStep {
  return { thread, op, arg, line: 6, reads: [], writes: [], changed: {}, waits: false, lock: null, ...more };
}

/** The lost update: knight 2 reads count, knight 1 adds and writes, knight 2 writes its stale sum. */
const LOST_STEPS = [
  step(1, 'LOAD_GLOBAL', 'count', { reads: ['count'] }),
  step(0, 'LOAD_GLOBAL', 'count', { reads: ['count'] }),
  step(0, 'STORE_GLOBAL', 'count', { writes: ['count'], changed: { count: '1' } }),
  step(1, 'STORE_GLOBAL', 'count', { writes: ['count'] }),
];

function scene(more: Partial<LabKnightsSceneData> = {}): LabKnightsSceneData {
  return {
    kind: 'lab-knights',
    ask: 'sample',
    functions: [
      { name: 'add', line: 3, runnable: true, why: null, detail: '' },
      { name: 'greet', line: 7, runnable: false, why: 'arguments', detail: 'name' },
    ],
    problem: null,
    mode: 'anywhere',
    seed: 1,
    invariant: null,
    knights: [
      { name: 'add', steps: 2, status: 'done', error: null, line: null },
      { name: 'add', steps: 2, status: 'done', error: null, line: null },
    ],
    steps: LOST_STEPS,
    firstShown: 0,
    stepsTotal: 4,
    switches: 2,
    globalsBefore: { count: '0', items: '[]' },
    globalsAtFirstShown: { count: '0', items: '[]' },
    globalsAfter: { count: '1', items: '[]' },
    race: null,
    ...more,
  };
}

function race(more: Partial<LabKnightsRace>): LabKnightsRace {
  return {
    holds: false,
    complete: false,
    reason: 'invariant',
    orders: 3,
    shortest: true,
    watched: 'count',
    expected: '2',
    final: '1',
    lost: { name: 'count', reader: 1, other: 0, read: 0, overwritten: 2, overwriting: 3 },
    ...more,
  };
}

describe('the knights timeline', () => {
  it('gives each rune the globals after it, from the window start, marking what it changed', () => {
    const rows = timelineRows(scene({ firstShown: 40, stepsTotal: 400, globalsAtFirstShown: { count: '7', items: '[]' } }));
    expect(rows.map((row) => row.index)).toEqual([40, 41, 42, 43]);
    expect(rows[1]!.globals).toEqual({ count: '7', items: '[]' });
    expect(rows[2]).toMatchObject({ globals: { count: '1', items: '[]' }, changed: ['count'], writes: ['count'] });
    expect(rows[3]).toMatchObject({ globals: { count: '1', items: '[]' }, changed: [] });
  });

  it('moves the stepper with the arrows, Home and End, never past either end', () => {
    expect(stepAfterKey('ArrowRight', 0, 4)).toBe(1);
    expect(stepAfterKey('ArrowDown', 3, 4)).toBe(3);
    expect(stepAfterKey('ArrowLeft', 0, 4)).toBe(0);
    expect(stepAfterKey('End', 1, 4)).toBe(3);
    expect(stepAfterKey('Home', 3, 4)).toBe(0);
    expect(stepAfterKey('Enter', 1, 4)).toBeNull();
    expect(stepAfterKey('ArrowRight', 0, 0)).toBeNull();
  });

  it('marks a cut run with the runes shown and the total, and says nothing of a whole one', () => {
    expect(cutWords(scene())).toBeNull();
    expect(say(cutWords(scene({ firstShown: 300, stepsTotal: 1412 })))).toBe('Showing runes 301 to 304 of 1412.');
  });

  it('tells a lost update from the steps: who read before whom wrote back', () => {
    const lost = scene({ ask: 'race', invariant: 'count == 2', race: race({}) });
    expect(say(knightsVerdict(lost))).toBe(
      'In this order count ends at 1, not 2: the second knight read count before the first knight wrote it back.',
    );
    expect(say(orderNote(lost))).toBe('This is the shortest order that breaks it.');
    expect(say(knightsVerdict(lost), spanish)).toContain('el segundo caballero leyó count antes de que el primer caballero');
    const plain = scene({ ask: 'race', invariant: 'count > 1', race: race({ expected: null }) });
    expect(say(knightsVerdict(plain))).toBe(
      'In this order count > 1 is False at the end: the second knight read count before the first knight wrote it back.',
    );
    const noLost = scene({ ask: 'race', invariant: 'len(items) == 2', race: race({ lost: null, shortest: false }) });
    expect(say(knightsVerdict(noLost))).toBe('In this order len(items) == 2 is False at the end.');
    expect(say(orderNote(noLost))).toMatch(/by chance/);
  });

  it('says when the check held in every order, in the orders tried, and when the knights got stuck', () => {
    const held = scene({
      ask: 'race',
      invariant: 'count == 4',
      race: race({ holds: true, complete: true, reason: null, orders: 1, lost: null }),
    });
    expect(say(knightsVerdict(held))).toBe('count == 4 stayed True in every order: 1 order tried. Here is one of them.');
    expect(orderNote(held)).toBeNull();
    const some = scene({ ask: 'race', invariant: 'count == 4', race: race({ holds: true, reason: null, orders: 12, lost: null }) });
    expect(say(knightsVerdict(some))).toMatch(/in the 12 orders tried, but there were too many/);
    const stuck = scene({ ask: 'race', invariant: 'count == 4', race: race({ reason: 'deadlock', lost: null }) });
    expect(say(knightsVerdict(stuck))).toMatch(/get stuck/);
  });

  it('counts the runes and switches of a sample, and says nothing before a run', () => {
    expect(say(knightsVerdict(scene()))).toBe('The knights ran 4 runes, and the stick changed hands 2 times.');
    expect(say(knightsVerdict(scene({ stepsTotal: 1, switches: 0 })))).toBe(
      'The knights ran 1 rune, and the stick changed hands no times.',
    );
    expect(knightsVerdict(scene({ ask: 'functions', steps: [] }))).toBeNull();
  });

  it('offers every function, the ones a knight cannot run with their reason, and picks a pair', () => {
    const choices = knightChoices(scene());
    expect(choices.map((choice) => [choice.name, choice.runnable, say(choice.label)])).toEqual([
      ['add', true, 'add()'],
      ['greet', false, 'greet(): needs name, but a knight calls it with nothing in the brackets'],
    ]);
    expect(startingPair(scene(), null)).toEqual(['add', 'add']);
    expect(startingPair(scene(), ['greet', 'gone'])).toEqual(['add', 'add']);
    const two = scene({ functions: [...scene().functions, { name: 'take', line: 9, runnable: true, why: null, detail: '' }] });
    expect(startingPair(two, ['take', 'add'])).toEqual(['take', 'add']);
    expect(startingPair(scene({ functions: [scene().functions[1]!] }), null)).toBeNull();
  });

  it('words a problem with the check, pointing at its letter, and a lone = kindly', () => {
    const equals = { kind: 'invariant-syntax', column: 7, why: 'equals', detail: 'invalid syntax' } as const;
    expect(isCheckProblem(equals)).toBe(true);
    expect(say(problemWords(equals))).toBe(
      'Python cannot read that check (letter 7): to ask “is it equal?”, write == with two equals signs.',
    );
    expect(say(problemWords({ kind: 'invariant-name', name: 'open', column: 1, length: 4 }))).toMatch(
      /^Your program has no name open \(letter 1\)/,
    );
    expect(say(problemWords({ kind: 'invariant-not-bool', type: 'int' }))).toBe(
      'The check must answer True or False, but it gave a whole number.',
    );
    const runaway = { kind: 'runaway', limit: 20000 } as const;
    expect(isCheckProblem(runaway)).toBe(false);
    expect(say(problemWords(runaway))).toMatch(/^The knights ran 20000 runes and did not finish/);
    expect(say(problemWords({ kind: 'mode' }))).toBe('The Lab could not do that. Press Run and try again.');
  });

  it('says which knight ran which rune on which line, or that it waited', () => {
    const rows = timelineRows(scene());
    expect(say(stepWords(rows[0]!, 4, scene().knights))).toBe('Rune 1 of 4: knight 2 (add) ran LOAD_GLOBAL count on line 6.');
    const waits = { ...rows[1]!, waits: true };
    expect(say(stepWords(waits, 4, scene().knights))).toBe('Rune 2 of 4: knight 1 (add) waited for the lock.');
  });
});
