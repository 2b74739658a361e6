import { describe, expect, it } from 'vitest';
import type { CastResult, LabRune, LabRunesFunction, LabRunesSceneData } from '../../../contracts/cast-protocol.js';
import { translatorFor } from '../../messages/translator.js';
import {
  chosenFunction,
  labRuneRows,
  labRunesEnding,
  labRunesOption,
  labRunesReading,
  labRunesSummary,
  nextRowIndex,
  type RunesWords,
} from './lab-runes-rows.js';

const rune = (opname: string, argument: string, extra: Partial<LabRune> = {}): LabRune => ({
  line: 2,
  opname,
  argument,
  now: null,
  folded: null,
  ...extra,
});

const fn = (name: string, extra: Partial<LabRunesFunction> = {}): LabRunesFunction => ({
  name,
  program: false,
  line: 1,
  ran: true,
  specialised: 0,
  runes: [],
  more: 0,
  ...extra,
});

// def add(a, b): return a + b, called 12 times; def answer(): return 6 * 7, never called
const PROGRAM = fn('<module>', { program: true, specialised: 3 });
const ADD = fn('add', {
  specialised: 1,
  runes: [
    rune('RESUME', '0', { line: 1, now: 'RESUME_CHECK' }),
    rune('LOAD_FAST_BORROW_LOAD_FAST_BORROW', 'a, b'),
    rune('BINARY_OP', '+', { now: 'BINARY_OP_ADD_INT' }),
    rune('RETURN_VALUE', ''),
  ],
});
const ANSWER = fn('answer', {
  line: 4,
  ran: false,
  runes: [
    rune('RESUME', '0', { line: 4 }),
    rune('LOAD_SMALL_INT', '42', { line: 5, folded: '6 * 7' }),
    rune('LOAD_CONST', '-5', { folded: '-5' }),
  ],
});

const scene = (functions: LabRunesFunction[], extra: Partial<LabRunesSceneData> = {}): LabRunesSceneData => ({
  kind: 'lab-runes',
  functions,
  more: 0,
  error: null,
  interrupted: false,
  ...extra,
});

const result = (data: LabRunesSceneData | null, extra: Partial<CastResult> = {}): CastResult => ({
  level: 'lab/runes',
  passed: data !== null && data.error === null && !data.interrupted,
  messages: [],
  output: '',
  error: null,
  interrupted: false,
  ms: 1,
  scene: data,
  ...extra,
});

const english = translatorFor('en');
const say = (words: RunesWords | null) => (words === null ? null : english.t(words.key, words.params));

describe('the runes view, row by row', () => {
  it('puts each rune beside what it became, marking a speed-up with words and RESUME as the first run', () => {
    const rows = labRuneRows(ADD);
    expect(rows.map((row) => [row.before, row.after, row.change])).toEqual([
      ['RESUME 0', 'RESUME_CHECK 0', 'first-run'],
      ['LOAD_FAST_BORROW_LOAD_FAST_BORROW a, b', 'LOAD_FAST_BORROW_LOAD_FAST_BORROW a, b', 'same'],
      ['BINARY_OP +', 'BINARY_OP_ADD_INT +', 'sped-up'],
      ['RETURN_VALUE', 'RETURN_VALUE', 'same'],
    ]);
    expect(rows.map((row) => say(row.badge))).toEqual(['first run: RESUME_CHECK', null, 'sped up: BINARY_OP_ADD_INT', null]);
    expect(rows.map((row) => row.line)).toEqual([1, 2, 2, 2]);
  });

  it('notes a folded constant with the source it was worked out from, and a minus joined to a number in its own words', () => {
    const rows = labRuneRows(ANSWER);
    expect(rows.map((row) => say(row.folded))).toEqual([
      null,
      'Worked out before the program ran, from 6 * 7',
      'Worked out before the program ran: the minus sign joined the number -5',
    ]);
    expect(rows.every((row) => row.change === 'same')).toBe(true);
  });

  it('says what warmed up: never ran, ran but nothing sped up, or how many runes sped up', () => {
    expect(say(labRunesSummary(ANSWER))).toBe('Nothing warmed up: it never ran.');
    expect(say(labRunesSummary(fn('once')))).toMatch(/^It ran, but none of its runes sped up yet/);
    expect(say(labRunesSummary(ADD))).toBe(
      'While your program ran, Python swapped one rune for a faster one, made just for the work it did.',
    );
    expect(say(labRunesSummary(fn('many', { specialised: 3 })))).toMatch(/swapped 3 runes for faster ones/);
  });

  it('names each function in the picker with its line and how it warmed up, the program itself first', () => {
    expect([PROGRAM, ADD, ANSWER, fn('once', { line: 9 })].map((each) => say(labRunesOption(each)))).toEqual([
      'The program itself',
      'add, line 1: 1 rune sped up',
      'answer, line 4: never ran',
      'once, line 9',
    ]);
  });
});

describe('the runes view, the reading as a whole', () => {
  it('tells a program that ran, raised or was stopped, and one that never ran at all', () => {
    const ran = labRunesReading(result(scene([PROGRAM, ADD])));
    expect(ran).toMatchObject({ kind: 'read', ending: 'ran' });
    expect(labRunesEnding(ran)).toBeNull();
    const error = {
      type: 'ZeroDivisionError',
      message: 'division by zero',
      line: 3,
      explanation: { key: 'errors.ZeroDivisionError', params: {} },
    };
    expect(labRunesEnding(labRunesReading(result(scene([PROGRAM], { error }))))).toEqual({ key: 'lab.runes.stopped-error' });
    expect(labRunesEnding(labRunesReading(result(scene([PROGRAM], { interrupted: true }))))).toEqual({ key: 'lab.runes.stopped-time' });
    const refused = labRunesReading(result(null, { error: { ...error, type: 'NotAllowed' } }));
    expect(refused).toEqual({ kind: 'refused' });
    expect(labRunesEnding(refused)).toEqual({ key: 'lab.runes.could-not-run' });
    // a scene of another kind (the memory's) is no reading of runes
    expect(labRunesReading(result({ kind: 'lab' } as unknown as LabRunesSceneData))).toEqual({ kind: 'refused' });
  });

  it('opens on the function chosen before when it is still there, else the first that sped up, else the program', () => {
    const both = scene([PROGRAM, ANSWER, ADD]);
    expect(chosenFunction(both, null)).toBe(2);
    expect(chosenFunction(both, { name: 'answer', line: 4 })).toBe(1);
    expect(chosenFunction(both, { name: 'answer', line: 7 })).toBe(2);
    expect(chosenFunction(scene([PROGRAM, ANSWER]), null)).toBe(0);
  });

  it('moves between rows with the arrow keys, Page Up/Down, Home and End, never past the ends', () => {
    expect(nextRowIndex(0, 'ArrowDown', 5)).toBe(1);
    expect(nextRowIndex(4, 'ArrowDown', 5)).toBe(4);
    expect(nextRowIndex(0, 'ArrowUp', 5)).toBe(0);
    expect(nextRowIndex(2, 'End', 5)).toBe(4);
    expect(nextRowIndex(3, 'Home', 5)).toBe(0);
    expect(nextRowIndex(1, 'PageDown', 30)).toBe(11);
    expect(nextRowIndex(5, 'PageUp', 30)).toBe(0);
    expect(nextRowIndex(1, 'Enter', 5)).toBeNull();
    expect(nextRowIndex(0, 'ArrowDown', 0)).toBeNull();
  });
});
