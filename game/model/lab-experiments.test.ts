import { describe, expect, it } from 'vitest';
import { translatorFor } from '../messages/translator.js';
import { readyForNextKid, startGuest } from './guest-profiles.js';
import {
  defaultExperimentName,
  deleteExperiment,
  hasUnsavedWork,
  experimentsFromSave,
  listExperiments,
  MAX_EXPERIMENT_NAME,
  MAX_LAB_EXPERIMENTS,
  MAX_LAB_PROGRAM_CHARS,
  programFileName,
  programFromFile,
  renameExperiment,
  saveExperiment,
  withExperiments,
  withLabDraft,
  type LabExperiment,
} from './lab-experiments.js';
import type { Profile } from './profile-types.js';
import { updateProfile } from './profiles.js';
import { emptySave } from './save-data.js';

const NOW = new Date('2026-12-07T10:00:00.000Z');
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const numbered = (n: number) => `Experiment ${n}`;

/** `count` experiments saved one minute apart, named "Experiment 1" … */
function saved(count: number): LabExperiment[] {
  let list: LabExperiment[] = [];
  for (let n = 1; n <= count; n++) {
    const change = saveExperiment(list, { name: numbered(n), source: `x = ${n}\n` }, later(n), `x-${n}`);
    if (!change.ok) throw new Error(change.problem);
    list = change.experiments;
  }
  return list;
}

describe('saving an experiment', () => {
  it('keeps the name, the program and when', () => {
    const change = saveExperiment([], { name: '  my  tally test ', source: 'a = []\n' }, NOW, 'x-1');
    expect(change).toEqual({
      ok: true,
      experiments: [{ id: 'x-1', name: 'my tally test', source: 'a = []\n', savedAt: NOW.toISOString() }],
      experiment: { id: 'x-1', name: 'my tally test', source: 'a = []\n', savedAt: NOW.toISOString() },
    });
  });

  it(`keeps ${MAX_LAB_EXPERIMENTS}, and asks for a delete before the next one instead of dropping one`, () => {
    const full = saved(MAX_LAB_EXPERIMENTS);
    expect(full).toHaveLength(MAX_LAB_EXPERIMENTS);
    const change = saveExperiment(full, { name: 'one more', source: 'y = 1\n' }, later(100));
    expect(change).toEqual({ ok: false, problem: 'lab.programs.saved.full', params: { max: MAX_LAB_EXPERIMENTS } });
    // after a delete there is room again
    const again = saveExperiment(deleteExperiment(full, 'x-3'), { name: 'one more', source: 'y = 1\n' }, later(100), 'x-new');
    expect(again.ok && again.experiments.map((e) => e.id)).toContain('x-new');
    // saving over the one it was opened from needs no room
    const over = saveExperiment(full, { name: 'Experiment 5', source: 'x = 55\n', replaces: 'x-5' }, later(101));
    expect(over.ok && over.experiments.find((e) => e.id === 'x-5')?.source).toBe('x = 55\n');
    expect(over.ok && over.experiments).toHaveLength(MAX_LAB_EXPERIMENTS);
  });

  it('saved from an opened one under another name, is a new one beside it', () => {
    const change = saveExperiment(saved(1), { name: 'my copy', source: 'x = 2\n', replaces: 'x-1' }, later(5), 'x-copy');
    expect(change.ok && change.experiments.map((e) => [e.id, e.source])).toEqual([
      ['x-1', 'x = 1\n'],
      ['x-copy', 'x = 2\n'],
    ]);
  });

  it('never gives two experiments the same name, whatever the capitals', () => {
    const list = saved(2);
    expect(saveExperiment(list, { name: 'EXPERIMENT 1', source: '' }, NOW)).toMatchObject({
      ok: false,
      problem: 'lab.programs.saved.name-taken',
    });
    // but the one it was opened from may keep its own name
    expect(saveExperiment(list, { name: 'Experiment 1', source: 'z = 0\n', replaces: 'x-1' }, NOW).ok).toBe(true);
  });

  it('refuses an empty name, a name too long, and a program too long to keep', () => {
    expect(saveExperiment([], { name: ' \u200b ', source: '' }, NOW)).toMatchObject({ problem: 'lab.programs.saved.name-empty' });
    expect(saveExperiment([], { name: 'a'.repeat(MAX_EXPERIMENT_NAME + 1), source: '' }, NOW)).toMatchObject({
      problem: 'lab.programs.saved.name-too-long',
    });
    expect(saveExperiment([], { name: 'a'.repeat(MAX_EXPERIMENT_NAME), source: '' }, NOW).ok).toBe(true);
    expect(saveExperiment([], { name: 'big', source: 'x'.repeat(MAX_LAB_PROGRAM_CHARS + 1) }, NOW)).toMatchObject({
      problem: 'lab.programs.saved.too-long',
    });
  });
});

describe('renaming, deleting, listing', () => {
  it('renames one, unless another has that name', () => {
    const list = saved(2);
    const change = renameExperiment(list, 'x-1', 'circles');
    expect(change.ok && change.experiments.map((e) => e.name)).toEqual(['circles', 'Experiment 2']);
    expect(renameExperiment(list, 'x-1', 'experiment 2')).toMatchObject({ ok: false, problem: 'lab.programs.saved.name-taken' });
    expect(renameExperiment(list, 'x-1', 'Experiment 1').ok).toBe(true);
    expect(renameExperiment(list, 'x-9', 'circles')).toMatchObject({ ok: false, problem: 'lab.programs.saved.missing' });
  });

  it('deletes only the one asked for', () => {
    expect(deleteExperiment(saved(3), 'x-2').map((e) => e.id)).toEqual(['x-1', 'x-3']);
  });

  it('lists the newest first', () => {
    expect(listExperiments(saved(3)).map((e) => e.id)).toEqual(['x-3', 'x-2', 'x-1']);
  });

  it('leaves the profile without the field when the last one goes', () => {
    const profile = { id: 'a', labExperiments: saved(1) } as unknown as Profile;
    expect(withExperiments(profile, [])).not.toHaveProperty('labExperiments');
    expect(withExperiments(profile, saved(2)).labExperiments).toHaveLength(2);
  });
});

describe('the name offered', () => {
  it('is the first comment, when the program starts with one', () => {
    expect(defaultExperimentName('\n#  my circle\nx = 1\n', [], numbered)).toBe('my circle');
    expect(defaultExperimentName(`# ${'long '.repeat(20)}\n`, [], numbered)).toHaveLength(MAX_EXPERIMENT_NAME - 1);
  });

  it('is "Experiment N" otherwise, with an N no experiment has yet', () => {
    expect(defaultExperimentName('x = 1  # not first\n', [], numbered)).toBe('Experiment 1');
    expect(defaultExperimentName('x = 1\n', saved(2), numbered)).toBe('Experiment 3');
    expect(defaultExperimentName('# Experiment 1\n', saved(2), numbered)).toBe('Experiment 3');
    const words = translatorFor('es');
    expect(defaultExperimentName('', [], (n) => words.t('lab.programs.saved.numbered', { n }))).toBe('Experimento 1');
  });
});

describe('experiments read from a save', () => {
  it('keep every entry that can be understood', () => {
    const raw = [
      { id: 'x-1', name: 'good', source: 'a = 1\n', savedAt: NOW.toISOString() },
      { id: 'x-2', name: 42, source: 'b = 2\n', savedAt: 'yesterday' },
      { id: 'x-1', name: 'same id', source: '' },
      { id: 'x-3', name: 'no source' },
      'junk',
      null,
      { name: 'no id', source: '' },
      { id: 'x-4', name: 'big\u202e', source: 'x'.repeat(MAX_LAB_PROGRAM_CHARS + 50), savedAt: NOW.toISOString() },
    ];
    expect(experimentsFromSave(raw, numbered)).toEqual([
      { id: 'x-1', name: 'good', source: 'a = 1\n', savedAt: NOW.toISOString() },
      { id: 'x-2', name: 'Experiment 2', source: 'b = 2\n', savedAt: new Date(0).toISOString() },
      { id: 'x-4', name: 'big', source: 'x'.repeat(MAX_LAB_PROGRAM_CHARS), savedAt: NOW.toISOString() },
    ]);
    expect(experimentsFromSave({ 'x-1': {} }, numbered)).toEqual([]);
    expect(experimentsFromSave(undefined, numbered)).toEqual([]);
  });

  it(`keep the newest ${MAX_LAB_EXPERIMENTS} of a file that holds more`, () => {
    const many = saved(MAX_LAB_EXPERIMENTS);
    const older = { id: 'x-old', name: 'old', source: '', savedAt: NOW.toISOString() };
    expect(experimentsFromSave([older, ...many], numbered).map((e) => e.id)).toEqual(many.map((e) => e.id));
  });
});

describe('unsaved work', () => {
  it('is a program with something written that is kept nowhere else', () => {
    expect(hasUnsavedWork('x = 1\n', ['x = 1\n', 'y = 2\n'])).toBe(false);
    expect(hasUnsavedWork('x = 1\n# mine\n', ['x = 1\n'])).toBe(true);
    expect(hasUnsavedWork('  \n', [])).toBe(false);
  });
});

describe('a program from a file', () => {
  it('is its text, with Windows line ends and a byte order mark gone', () => {
    expect(programFromFile('\ufeffa = 1\r\nprint(a)\r\n')).toEqual({ ok: true, source: 'a = 1\nprint(a)\n' });
  });

  it(`is refused when it is longer than ${MAX_LAB_PROGRAM_CHARS} letters, or not text`, () => {
    expect(programFromFile('x'.repeat(MAX_LAB_PROGRAM_CHARS))).toMatchObject({ ok: true });
    expect(programFromFile('x'.repeat(MAX_LAB_PROGRAM_CHARS + 1))).toEqual({ ok: false, problem: 'lab.programs.file.too-big' });
    expect(programFromFile('PNG\u0000\u0001')).toEqual({ ok: false, problem: 'lab.programs.file.not-text' });
    expect(programFromFile('caf\ufffd')).toEqual({ ok: false, problem: 'lab.programs.file.not-text' });
  });

  it('is saved under a name a file system takes, ending in .py', () => {
    expect(programFileName('my circle', 'program')).toBe('my circle.py');
    expect(programFileName('../a/b:c*?.py', 'program')).toBe('a b c.py');
    expect(programFileName(' ..\u0000 ', 'program')).toBe('program.py');
  });
});

describe('a kiosk guest', () => {
  it('keeps its experiments and draft only while it plays: the next kid finds none', () => {
    const { save, profile } = startGuest(emptySave(), 'Guest', NOW);
    const played = updateProfile(save, profile.id, (p) => withLabDraft(withExperiments(p, saved(2)), 'x = 1\n'));
    expect(played.profiles[0]!.labExperiments).toHaveLength(2);
    const next = startGuest(readyForNextKid(played), 'Guest', later(10)).save;
    expect(next.profiles).toHaveLength(1);
    expect(next.profiles[0]).not.toHaveProperty('labExperiments');
    expect(next.profiles[0]).not.toHaveProperty('labDraft');
  });
});
