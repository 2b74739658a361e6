import { describe, expect, it } from 'vitest';
import { emptySave, normalizeSave, SAVE_SCHEMA_VERSION, SaveFormatError } from './save-data.js';
import { emptyTeacher } from './teacher-section.js';

describe('normalizeSave', () => {
  it('keeps a valid save as it is', () => {
    const save = {
      schema: SAVE_SCHEMA_VERSION,
      activeProfileId: 'a',
      settings: { muted: true },
      teacher: {
        pin: { algorithm: 'PBKDF2-SHA-256', iterations: 600000, salt: 'AAECAwQFBgcICQoLDA0ODw==', hash: 'mZkF1b4b2nCZq0Sx0jM3t8o0bq0m3Q3t5o9q1H2Zl1U=' },
        failedTries: 2,
        lockedUntil: null,
        classChapters: { gc: 'open' },
        profileChapters: { a: { gc: 'locked' } },
        backups: [],
        kiosk: { startInKiosk: true, idleMinutes: 5, countdownSeconds: 20 },
      },
      profiles: [
        {
          id: 'a', name: 'Ada', avatar: 'owl', createdAt: '2026-11-25T10:00:00.000Z',
          levels: { 'refcount/a': { attempts: 2, hintsUsed: 1, seconds: 40, passed: true, firstPassedAt: '2026-11-25T10:01:00.000Z', lastPlayedAt: '2026-11-25T10:01:00.000Z', lastSpell: 'x = hat', hintsBeforePass: 1, prediction: { guess: 'up-1', right: true } } },
          guest: false,
        },
      ],
    };
    expect(normalizeSave(JSON.parse(JSON.stringify(save)))).toEqual(save);
  });

  it('reads a schema 3 save with its passes kept and their stars not yet known', () => {
    const save = normalizeSave({
      schema: 3,
      profiles: [{ id: 'a', name: 'Ada', avatar: 'owl', levels: { 'refcount/a': { attempts: 2, hintsUsed: 1, passed: true, firstPassedAt: '2026-11-25T10:01:00.000Z' } } }],
    });
    expect(save.schema).toBe(SAVE_SCHEMA_VERSION);
    expect(save.profiles[0]!.levels['refcount/a']).toMatchObject({ passed: true, hintsBeforePass: null, prediction: null });
    // a prediction that is not one is dropped, the rest kept
    const odd = normalizeSave({ schema: 4, profiles: [{ id: 'a', name: 'Ada', levels: { x: { passed: false, hintsBeforePass: 3, prediction: { guess: 7 } } } }] });
    expect(odd.profiles[0]!.levels['x']).toMatchObject({ passed: false, hintsBeforePass: null, prediction: null });
  });

  it('keeps what it can understand and drops the rest', () => {
    const save = normalizeSave({
      schema: 1,
      activeProfileId: 'ghost',
      profiles: [
        { id: 'a', name: 'Ada', avatar: 'not-an-avatar', levels: { 'refcount/a': { attempts: -3, passed: 'yes' }, 'refcount/b': 7 } },
        { id: 'a', name: 'Duplicate' },
        { name: 'no id' },
        'nonsense',
      ],
    });
    expect(save.profiles).toHaveLength(1);
    expect(save.profiles[0]!.avatar).toBe('mage');
    expect(save.profiles[0]!.levels['refcount/a']).toMatchObject({ attempts: 0, passed: false });
    expect(save.profiles[0]!.levels['refcount/b']).toBeUndefined();
    expect(save.activeProfileId).toBeNull();
    expect(save.settings.muted).toBe(false);
  });

  it('reads a schema 1 save as the current schema, with every profile kept and no teacher settings', () => {
    const save = normalizeSave({
      schema: 1,
      activeProfileId: 'a',
      settings: { muted: true },
      profiles: [{ id: 'a', name: 'Ada', avatar: 'owl', createdAt: '2026-11-25T10:00:00.000Z', levels: { 'refcount/a': { attempts: 1, passed: true, firstPassedAt: '2026-11-25T10:01:00.000Z' } } }],
    });
    expect(save.schema).toBe(SAVE_SCHEMA_VERSION);
    expect(save.profiles[0]!.guest).toBe(false);
    expect(save.profiles[0]!.levels['refcount/a']!.passed).toBe(true);
    expect(save.activeProfileId).toBe('a');
    expect(save.teacher).toEqual(emptyTeacher());
  });

  it('keeps the teacher settings it understands and drops the rest', () => {
    const save = normalizeSave({
      schema: 2,
      profiles: [{ id: 'a', name: 'Ada' }],
      teacher: {
        pin: { algorithm: 'PBKDF2-SHA-256', iterations: 10, salt: 'AAECAwQFBgcICQoLDA0ODw==', hash: 'x' },
        failedTries: 'many',
        lockedUntil: 'tomorrow',
        classChapters: { gc: 'open', gil: 'maybe', wizardry: 'open' },
        profileChapters: { a: { bytecode: 'locked' }, gone: { gc: 'locked' }, b: 7 },
        kiosk: { startInKiosk: 'yes', idleMinutes: 0.5, countdownSeconds: 100000 },
        backups: [{ action: 'explode', at: '2026-11-25T10:00:00Z', profile: { id: 'x', name: 'X' } }, { action: 'reset', at: 'never', profile: { id: 'x', name: 'X' } }, 'nonsense'],
      },
    });
    expect(save.teacher).toEqual({
      pin: null,
      failedTries: 0,
      lockedUntil: null,
      classChapters: { gc: 'open' },
      profileChapters: { a: { bytecode: 'locked' } },
      backups: [],
      kiosk: { startInKiosk: false, idleMinutes: 3, countdownSeconds: 30 },
    });
    expect(normalizeSave({ schema: 2, profiles: [], teacher: 'nope' }).teacher).toEqual(emptyTeacher());
  });

  it('reads a schema 2 save with default kiosk options and keeps a guest as a guest', () => {
    const save = normalizeSave({
      schema: 2,
      profiles: [{ id: 'a', name: 'Ada' }, { id: 'g', name: 'Guest', guest: true }],
      teacher: { classChapters: { gc: 'open' } },
    });
    expect(save.teacher.kiosk).toEqual({ startInKiosk: false, idleMinutes: 3, countdownSeconds: 30 });
    expect(save.teacher.classChapters).toEqual({ gc: 'open' });
    expect(save.profiles.map((p) => p.guest)).toEqual([false, true]);
  });

  it('refuses documents that are not saves, or come from a newer game', () => {
    expect(() => normalizeSave(null)).toThrow(SaveFormatError);
    expect(() => normalizeSave([])).toThrow(SaveFormatError);
    expect(() => normalizeSave({ profiles: [] })).toThrow(SaveFormatError);
    expect(() => normalizeSave({ schema: SAVE_SCHEMA_VERSION + 1, profiles: [] })).toThrow(/newer/);
  });

  it('starts empty with the current schema', () => {
    expect(emptySave()).toMatchObject({ schema: SAVE_SCHEMA_VERSION, profiles: [], activeProfileId: null });
  });
});
