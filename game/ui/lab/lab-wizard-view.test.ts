import { describe, expect, it } from 'vitest';
import type { LabWizardFrame, LabWizardSceneData } from '../../../contracts/cast-protocol.js';
import { translatorFor } from '../../messages/translator.js';
import { RUNES_AROUND, endNote, stepAsked, wholeFrames, wizardStepView } from './lab-wizard-view.js';

const frame = (code: number, line: number | null, stack: string[], names: [string, string][] = []): LabWizardFrame => ({
  code,
  line,
  stack,
  below: 0,
  names,
  moreNames: 0,
});

/** `y = double(4)` as the checker sends it: a call opens a room, the return hands 8 back. */
function callScene(): LabWizardSceneData {
  return {
    kind: 'lab-wizard',
    codes: [
      {
        name: '<module>',
        runes: [
          ['RESUME', '0', null],
          ['LOAD_NAME', 'double', 3],
          ['LOAD_SMALL_INT', '4', 3],
          ['CALL', '1', 3],
          ['STORE_NAME', 'y', 3],
        ],
      },
      {
        name: 'double',
        runes: [
          ['RESUME', '0', 1],
          ['LOAD_FAST', 'n', 2],
          ['RETURN_VALUE', '', 2],
        ],
      },
    ],
    steps: [
      { code: 0, rune: 0, depth: 1, hidden: 0, keep: 0, frames: [frame(0, null, [])] },
      { code: 0, rune: 1, depth: 1, hidden: 0, keep: 0, frames: [frame(0, 3, ['<function double>'])] },
      { code: 0, rune: 2, depth: 1, hidden: 0, keep: 0, frames: [frame(0, 3, ['<function double>', '4'])] },
      // the caller's room stays as it was: only the new room is sent
      { code: 0, rune: 3, depth: 2, hidden: 0, keep: 1, frames: [frame(1, 1, [], [['n', '4']])] },
      { code: 1, rune: 0, depth: 2, hidden: 0, keep: 1, frames: [frame(1, 1, [], [['n', '4']])] },
      { code: 1, rune: 1, depth: 2, hidden: 0, keep: 1, frames: [frame(1, 2, ['4'], [['n', '4']])] },
      { code: 1, rune: 2, depth: 1, hidden: 0, keep: 0, frames: [frame(0, 3, ['4'])] },
      { code: 0, rune: 4, depth: 1, hidden: 0, keep: 0, frames: [frame(0, 3, [], [['y', '4']])] },
    ],
    cut: false,
    total: 8,
    end: 'finished',
    error: null,
    interrupted: false,
    unsupported: null,
  };
}

describe('the rune-by-rune view: the steps whole', () => {
  it('adds each step’s changed rooms to the rooms it keeps', () => {
    const frames = wholeFrames(callScene());
    expect(frames.map((rooms) => rooms.length)).toEqual([1, 1, 1, 2, 2, 2, 1, 1]);
    // the caller's room during the call is the one from before the call, stones and all
    expect(frames[3]![0]!.stack).toEqual(['<function double>', '4']);
    expect(frames[5]![1]!.stack).toEqual(['4']);
  });

  it('shows a step: its caption, the code’s runes with the lit one, the rooms newest first', () => {
    const scene = callScene();
    const view = wizardStepView(scene, wholeFrames(scene), 5)!;
    expect(view).toMatchObject({
      number: 6,
      total: 8,
      opname: 'LOAD_FAST',
      argument: 'n',
      line: 2,
      functionName: 'double',
      hiddenRooms: 0,
    });
    expect(view.runes.map((rune) => [rune.opname, rune.current])).toEqual([
      ['RESUME', false],
      ['LOAD_FAST', true],
      ['RETURN_VALUE', false],
    ]);
    expect(view.rooms.map((room) => [room.functionName, room.current, room.stones])).toEqual([
      ['double', true, ['4']],
      [null, false, ['<function double>', '4']],
    ]);
    expect(view.rooms[0]!.names).toEqual([['n', '4']]);
  });

  it('says the main program and no line for the module’s first rune, and clamps a step out of range', () => {
    const scene = callScene();
    const frames = wholeFrames(scene);
    expect(wizardStepView(scene, frames, -3)).toMatchObject({ number: 1, line: null, functionName: null, opname: 'RESUME' });
    expect(wizardStepView(scene, frames, 99)).toMatchObject({ number: 8, opname: 'STORE_NAME', line: 3 });
    expect(wizardStepView({ ...scene, steps: [] }, [], 0)).toBeNull();
  });

  it('lists only the runes around the lit one in a long code, counting the rest', () => {
    const scene = callScene();
    const runes = Array.from({ length: 200 }, (_, n) => ['NOP', '', n + 1] as [string, string, number]);
    const long: LabWizardSceneData = {
      ...scene,
      codes: [{ name: '<module>', runes }],
      steps: [{ code: 0, rune: 150, depth: 1, hidden: 0, keep: 0, frames: [] }],
    };
    const view = wizardStepView(long, wholeFrames(long), 0)!;
    expect(view.runes).toHaveLength(RUNES_AROUND);
    expect(view.runes.find((rune) => rune.current)?.index).toBe(150);
    expect(view.runesBefore + view.runes.length + view.runesAfter).toBe(200);
    expect(view.rooms).toEqual([]);
  });

  it('moves by a step, or to one, never past either end', () => {
    expect(stepAsked(0, 8, { delta: -1 })).toBe(0);
    expect(stepAsked(3, 8, { delta: 1 })).toBe(4);
    expect(stepAsked(3, 8, { to: Number.MAX_SAFE_INTEGER })).toBe(7);
    expect(stepAsked(3, 8, { to: 0 })).toBe(0);
  });
});

describe('the rune-by-rune view: how the reading ended', () => {
  const english = translatorFor('en');
  const spanish = translatorFor('es');
  const say = (scene: LabWizardSceneData, words = english) => {
    const note = endNote(scene);
    return [words.t(`lab.wizard.${note.key}`, note.params), note.cut === null ? null : words.t(`lab.wizard.${note.cut}`, note.params)];
  };

  it('says a program ran to its end, with the runes read (one and many)', () => {
    expect(say(callScene())).toEqual(['The wizard read 8 runes, and the program ran to its end.', null]);
    expect(say({ ...callScene(), total: 1 })[0]).toBe('The wizard read 1 rune, and the program ran to its end.');
    expect(say(callScene(), spanish)[0]).toBe('El mago leyó 8 runas y el programa llegó hasta el final.');
  });

  it('names the rune the stepper cannot read, with a sentence of its own for a generator', () => {
    const unsupported = (rune: string): LabWizardSceneData => ({
      ...callScene(),
      end: 'unsupported',
      unsupported: { rune, line: 4, function: 'f' },
    });
    expect(say(unsupported('BUILD_INTERPOLATION'))[0]).toBe(
      'The wizard cannot read the rune BUILD_INTERPOLATION on line 4 yet, so the reading stops there.',
    );
    expect(say(unsupported('RETURN_GENERATOR'))[0]).toBe(
      'The wizard cannot read generators yet (the rune RETURN_GENERATOR, line 4), so the reading stops there.',
    );
  });

  it('marks a cut: the program ran on to its end, or until it was stopped', () => {
    const cut = { ...callScene(), cut: true, total: 90_000 };
    expect(endNote(cut).cut).toBe('cut-ran-on');
    expect(say({ ...cut, end: 'interrupted', interrupted: true })).toEqual([
      expect.stringContaining('The program ran too long'),
      'Cut here: the wizard wrote down the first 8 runes. The program ran on without being written down, until it stopped.',
    ]);
  });

  it('says the program’s error and its line', () => {
    const error = {
      type: 'ZeroDivisionError',
      message: 'division by zero',
      line: 2,
      explanation: { key: 'errors.ZeroDivisionError', params: {} },
    };
    expect(say({ ...callScene(), end: 'error', error })[0]).toBe(
      'The wizard read 8 runes, then the program stopped with ZeroDivisionError on line 2.',
    );
  });
});
