import { describe, expect, it } from 'vitest';
import { translatorFor } from '../messages/translator.js';
import { saveWords } from '../messages/save-words.js';
import { MAX_NAME_LENGTH, validateProfileName } from './profiles.js';
import { COMPUTER_ID, emptySave, normalizeSave, SAVE_SCHEMA_VERSION, SaveFormatError } from './save-data.js';
import { emptyTeacher } from './teacher-section.js';

const SAVE_WORDS = saveWords(translatorFor('en'));

const english = translatorFor('en');

describe('normalizeSave', () => {
  it('keeps a valid save as it is', () => {
    const save = {
      schema: SAVE_SCHEMA_VERSION,
      activeProfileId: 'a',
      settings: { muted: true, language: 'en', computerId: 'pc-0123456789abcdef' },
      teacher: {
        pin: {
          algorithm: 'PBKDF2-SHA-256',
          iterations: 600000,
          salt: 'AAECAwQFBgcICQoLDA0ODw==',
          hash: 'mZkF1b4b2nCZq0Sx0jM3t8o0bq0m3Q3t5o9q1H2Zl1U=',
        },
        failedTries: 2,
        lockedUntil: null,
        classChapters: { gc: 'open' },
        profileChapters: { a: { gc: 'locked' } },
        labOpenForClass: true,
        backups: [],
        kiosk: { startInKiosk: true, idleMinutes: 5, countdownSeconds: 20, hideLab: true },
        classFolder: '/media/usb/class-5b',
      },
      profiles: [
        {
          id: 'a',
          name: 'Ada',
          avatar: 'owl',
          createdAt: '2026-11-25T10:00:00.000Z',
          levels: {
            'refcount/a': {
              attempts: 2,
              hintsUsed: 1,
              seconds: 40,
              passed: true,
              firstPassedAt: '2026-11-25T10:01:00.000Z',
              lastPlayedAt: '2026-11-25T10:01:00.000Z',
              lastSpell: 'x = hat',
              hintsBeforePass: 1,
              prediction: { guess: 'up-1', right: true },
            },
          },
          guest: false,
          language: 'es',
        },
      ],
    };
    expect(normalizeSave(JSON.parse(JSON.stringify(save)), SAVE_WORDS)).toEqual(save);
  });

  it('reads a schema 3 save with its passes kept and their stars not yet known', () => {
    const save = normalizeSave(
      {
        schema: 3,
        profiles: [
          {
            id: 'a',
            name: 'Ada',
            avatar: 'owl',
            levels: { 'refcount/a': { attempts: 2, hintsUsed: 1, passed: true, firstPassedAt: '2026-11-25T10:01:00.000Z' } },
          },
        ],
      },
      SAVE_WORDS,
    );
    expect(save.schema).toBe(SAVE_SCHEMA_VERSION);
    expect(save.profiles[0]!.levels['refcount/a']).toMatchObject({ passed: true, hintsBeforePass: null, prediction: null });
    // a prediction that is not one is dropped, the rest kept
    const odd = normalizeSave(
      { schema: 4, profiles: [{ id: 'a', name: 'Ada', levels: { x: { passed: false, hintsBeforePass: 3, prediction: { guess: 7 } } } }] },
      SAVE_WORDS,
    );
    expect(odd.profiles[0]!.levels['x']).toMatchObject({ passed: false, hintsBeforePass: null, prediction: null });
  });

  it('keeps what it can understand and drops the rest', () => {
    const save = normalizeSave(
      {
        schema: 1,
        activeProfileId: 'ghost',
        profiles: [
          { id: 'a', name: 'Ada', avatar: 'not-an-avatar', levels: { 'refcount/a': { attempts: -3, passed: 'yes' }, 'refcount/b': 7 } },
          { id: 'a', name: 'Duplicate' },
          { name: 'no id' },
          'nonsense',
        ],
      },
      SAVE_WORDS,
    );
    expect(save.profiles).toHaveLength(1);
    expect(save.profiles[0]!.avatar).toBe('mage');
    expect(save.profiles[0]!.levels['refcount/a']).toMatchObject({ attempts: 0, passed: false });
    expect(save.profiles[0]!.levels['refcount/b']).toBeUndefined();
    expect(save.activeProfileId).toBeNull();
    expect(save.settings.muted).toBe(false);
  });

  it('reads a schema 1 save as the current schema, with every profile kept and no teacher settings', () => {
    const save = normalizeSave(
      {
        schema: 1,
        activeProfileId: 'a',
        settings: { muted: true, language: 'en' },
        profiles: [
          {
            id: 'a',
            name: 'Ada',
            avatar: 'owl',
            createdAt: '2026-11-25T10:00:00.000Z',
            levels: { 'refcount/a': { attempts: 1, passed: true, firstPassedAt: '2026-11-25T10:01:00.000Z' } },
          },
        ],
      },
      SAVE_WORDS,
    );
    expect(save.schema).toBe(SAVE_SCHEMA_VERSION);
    expect(save.profiles[0]!.guest).toBe(false);
    expect(save.profiles[0]!.levels['refcount/a']!.passed).toBe(true);
    expect(save.activeProfileId).toBe('a');
    expect(save.teacher).toEqual(emptyTeacher());
  });

  it('keeps the teacher settings it understands and drops the rest', () => {
    const save = normalizeSave(
      {
        schema: 2,
        profiles: [{ id: 'a', name: 'Ada' }],
        teacher: {
          pin: { algorithm: 'PBKDF2-SHA-256', iterations: 10, salt: 'AAECAwQFBgcICQoLDA0ODw==', hash: 'x' },
          failedTries: 'many',
          lockedUntil: 'tomorrow',
          classChapters: { gc: 'open', gil: 'maybe', wizardry: 'open' },
          profileChapters: { a: { bytecode: 'locked' }, gone: { gc: 'locked' }, b: 7 },
          labOpenForClass: 'yes',
          kiosk: { startInKiosk: 'yes', idleMinutes: 0.5, countdownSeconds: 100000, hideLab: 1 },
          classFolder: 'class-5b',
          backups: [
            { action: 'explode', at: '2026-11-25T10:00:00Z', profile: { id: 'x', name: 'X' } },
            { action: 'reset', at: 'never', profile: { id: 'x', name: 'X' } },
            'nonsense',
          ],
        },
      },
      SAVE_WORDS,
    );
    expect(save.teacher).toEqual({
      pin: null,
      failedTries: 0,
      lockedUntil: null,
      classChapters: { gc: 'open' },
      profileChapters: { a: { bytecode: 'locked' } },
      labOpenForClass: false,
      backups: [],
      kiosk: { startInKiosk: false, idleMinutes: 3, countdownSeconds: 30, hideLab: false },
      // a folder that is not a whole path (relative: it would be the game's own working folder) is none
      classFolder: null,
    });
    expect(normalizeSave({ schema: 2, profiles: [], teacher: 'nope' }, SAVE_WORDS).teacher).toEqual(emptyTeacher());
  });

  it('reads a schema 2 save with default kiosk options and keeps a guest as a guest', () => {
    const save = normalizeSave(
      {
        schema: 2,
        profiles: [
          { id: 'a', name: 'Ada' },
          { id: 'g', name: 'Guest', guest: true },
        ],
        teacher: { classChapters: { gc: 'open' } },
      },
      SAVE_WORDS,
    );
    expect(save.teacher.kiosk).toEqual({ startInKiosk: false, idleMinutes: 3, countdownSeconds: 30, hideLab: false });
    expect(save.teacher.classChapters).toEqual({ gc: 'open' });
    // older than the Memory Lab: the teacher has not opened it, and no kiosk hides it
    expect(save.teacher.labOpenForClass).toBe(false);
    expect(save.profiles.map((p) => p.guest)).toEqual([false, true]);
  });

  it('reads a schema 4 save with no language chosen, and keeps the choices a schema 5 save made', () => {
    const old = normalizeSave({ schema: 4, profiles: [{ id: 'a', name: 'Ada' }], settings: { muted: true } }, SAVE_WORDS);
    expect(old.settings).toEqual({ muted: true, language: null, computerId: expect.stringMatching(COMPUTER_ID) });
    expect(old.profiles[0]!.language).toBeNull();
    const chosen = normalizeSave(
      {
        schema: 5,
        profiles: [
          { id: 'a', name: 'Ada', language: 'es' },
          { id: 'b', name: 'Bo', language: 'klingon' },
          // a guest takes the computer's language: none of its own is kept
          { id: 'g', name: 'Guest', guest: true, language: 'es' },
        ],
        settings: { muted: false, language: 'es' },
      },
      SAVE_WORDS,
    );
    expect(chosen.settings.language).toBe('es');
    expect(chosen.profiles.map((p) => p.language)).toEqual(['es', null, null]);
    expect(normalizeSave(JSON.parse(JSON.stringify(chosen)), SAVE_WORDS)).toEqual(chosen);
  });

  it('reads a schema 5 save with no Lab experiments and no Lab draft, and keeps the ones a schema 6 save has', () => {
    const old = normalizeSave({ schema: 5, profiles: [{ id: 'a', name: 'Ada', labExperiments: 'ignored?' }] }, SAVE_WORDS);
    expect(old.profiles[0]).not.toHaveProperty('labExperiments');
    expect(old.profiles[0]).not.toHaveProperty('labDraft');
    const experiment = { id: 'x-1', name: 'my circle', source: 'a = []\na.append(a)\n', savedAt: '2026-12-07T10:00:00.000Z' };
    const kept = normalizeSave(
      { schema: 6, profiles: [{ id: 'a', name: 'Ada', labExperiments: [experiment], labDraft: 'x = 1\n' }] },
      SAVE_WORDS,
    );
    expect(kept.profiles[0]!.labExperiments).toEqual([experiment]);
    expect(kept.profiles[0]!.labDraft).toBe('x = 1\n');
    expect(normalizeSave(JSON.parse(JSON.stringify(kept)), SAVE_WORDS)).toEqual(kept);
  });

  it('recovers a damaged experiments field without losing the profile or its progress', () => {
    const progress = { attempts: 1, passed: true, firstPassedAt: '2026-11-25T10:01:00.000Z', lastSpell: 'x = hat' };
    for (const damaged of [42, 'text', { 'x-1': {} }, null, [null, 7, { id: 3 }]]) {
      const save = normalizeSave(
        {
          schema: SAVE_SCHEMA_VERSION,
          activeProfileId: 'a',
          profiles: [{ id: 'a', name: 'Ada', levels: { 'refcount/a': progress }, labExperiments: damaged, labDraft: 9 }],
        },
        SAVE_WORDS,
      );
      expect(save.activeProfileId, JSON.stringify(damaged)).toBe('a');
      expect(save.profiles[0]!.levels['refcount/a']!.passed).toBe(true);
      expect(save.profiles[0]).not.toHaveProperty('labExperiments');
      expect(save.profiles[0]).not.toHaveProperty('labDraft');
    }
    // one bad entry among good ones costs only itself; a missing name gets the kind default
    const mixed = normalizeSave(
      { schema: SAVE_SCHEMA_VERSION, profiles: [{ id: 'a', name: 'Ada', labExperiments: [{ id: 'x-1', source: 'a = 1\n' }, 'junk'] }] },
      SAVE_WORDS,
    );
    expect(mixed.profiles[0]!.labExperiments).toEqual([
      { id: 'x-1', name: english.t('lab.programs.saved.numbered', { n: 1 }), source: 'a = 1\n', savedAt: new Date(0).toISOString() },
    ]);
  });

  it('gives a save older than schema 7 a fresh computer id, and keeps it from then on', () => {
    let made = 0;
    const fresh = () => `pc-fresh-${++made}-0000`;
    const old = normalizeSave({ schema: 6, profiles: [{ id: 'a', name: 'Ada' }], settings: { muted: true } }, SAVE_WORDS, fresh);
    expect(old.schema).toBe(SAVE_SCHEMA_VERSION);
    expect(old.settings.computerId).toBe('pc-fresh-1-0000');
    // written and read again: the same computer, not a new one (a new id would count its play twice)
    expect(normalizeSave(JSON.parse(JSON.stringify(old)), SAVE_WORDS, fresh).settings.computerId).toBe('pc-fresh-1-0000');
    // an id that is not one (a path, an object) is replaced
    for (const damaged of ['../../etc', 42, { id: 'x' }, '']) {
      expect(normalizeSave({ schema: 7, profiles: [], settings: { computerId: damaged } }, SAVE_WORDS).settings.computerId).toMatch(
        COMPUTER_ID,
      );
    }
    // two computers never share an id by chance
    expect(emptySave().settings.computerId).not.toBe(emptySave().settings.computerId);
  });

  it('keeps the counters other computers added to a profile, and drops the ones it cannot read', () => {
    const counted = { 'pc-other-0001': { attempts: 3, hintsUsed: 1, seconds: 50 } };
    const save = normalizeSave(
      {
        schema: 7,
        profiles: [
          { id: 'a', name: 'Ada', countedElsewhere: { 'refcount/a': counted, 'refcount/b': { 'not an id!': { attempts: 1 } }, x: 5 } },
          { id: 'g', name: 'Guest', guest: true, countedElsewhere: { 'refcount/a': counted } },
          { id: 'b', name: 'Bo' },
        ],
      },
      SAVE_WORDS,
    );
    expect(save.profiles[0]!.countedElsewhere).toEqual({ 'refcount/a': counted });
    expect(save.profiles[1]).not.toHaveProperty('countedElsewhere');
    expect(save.profiles[2]).not.toHaveProperty('countedElsewhere');
  });

  it('keeps a profile’s generation (the teacher’s resets), leaves it out while 0, and drops a damaged one', () => {
    const profiles = [1, 7, 0, -1, 2.5, '3', null].map((generation, n) => ({ id: `k-${n}`, name: `Kid ${n}`, generation }));
    const save = normalizeSave({ schema: SAVE_SCHEMA_VERSION, profiles: [...profiles, { id: 'old', name: 'Old' }] }, SAVE_WORDS);
    expect(save.profiles.map((p) => p.generation)).toEqual([1, 7, undefined, undefined, undefined, undefined, undefined, undefined]);
    expect(save.profiles[2]).not.toHaveProperty('generation');
    // a backup keeps the generation of the profile it holds, so an undo can go above it
    const backups = [{ action: 'reset', at: '2026-11-25T10:00:00.000Z', profile: { id: 'b', name: 'Bo', generation: 4 }, chapters: {} }];
    expect(normalizeSave({ schema: 8, profiles: [], teacher: { backups } }, SAVE_WORDS).teacher.backups[0]!.profile.generation).toBe(4);
  });

  it('reads a save from before the class folder with none chosen, and keeps a chosen one on every system', () => {
    expect(normalizeSave({ schema: 7, profiles: [] }, SAVE_WORDS).teacher.classFolder).toBeNull();
    for (const folder of ['/media/usb/class-5b', 'Z:\\class-5b', '\\\\school-server\\classes\\5b']) {
      expect(normalizeSave({ schema: 8, profiles: [], teacher: { classFolder: folder } }, SAVE_WORDS).teacher.classFolder).toBe(folder);
    }
    for (const damaged of ['', 'class-5b', './kids', '/media/usb\nclass', 42, { path: '/x' }, `/${'x'.repeat(5000)}`]) {
      expect(normalizeSave({ schema: 8, profiles: [], teacher: { classFolder: damaged } }, SAVE_WORDS).teacher.classFolder).toBeNull();
    }
  });

  it('refuses documents that are not saves, or come from a newer game', () => {
    expect(() => normalizeSave(null, SAVE_WORDS)).toThrow(SaveFormatError);
    expect(() => normalizeSave([], SAVE_WORDS)).toThrow(SaveFormatError);
    expect(() => normalizeSave({ profiles: [] }, SAVE_WORDS)).toThrow(SaveFormatError);
    expect(() => normalizeSave({ schema: SAVE_SCHEMA_VERSION + 1, profiles: [] }, SAVE_WORDS)).toThrow(/newer/);
  });

  it('starts empty with the current schema', () => {
    expect(emptySave()).toMatchObject({ schema: SAVE_SCHEMA_VERSION, profiles: [], activeProfileId: null });
  });
});

/** The name a save with one profile named `name` (or without a name, for undefined) is read with. */
function loadedName(name: unknown): string {
  const profile = name === undefined ? { id: 'a' } : { id: 'a', name };
  return normalizeSave({ schema: SAVE_SCHEMA_VERSION, profiles: [profile] }, SAVE_WORDS).profiles[0]!.name;
}

describe('a profile name read from a save follows the rules of a typed one', () => {
  it('cuts a 10,000-character name to the length typing allows', () => {
    const name = loadedName('A'.repeat(10_000));
    expect(name).toBe('A'.repeat(MAX_NAME_LENGTH));
    expect(validateProfileName(name, emptySave())).toBeNull();
  });

  it('drops bidirectional overrides, isolates and marks, so a name shows as it is stored', () => {
    expect(loadedName('gnp\u202Eexe.png')).toBe('gnpexe.png');
    const bidi = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];
    for (const mark of bidi) expect(loadedName(`Ada${mark}Lovelace`), `U+${mark.codePointAt(0)!.toString(16)}`).toBe('AdaLovelace');
    // other invisible characters: zero-width space, word joiner, byte order mark, soft hyphen, a tag character
    expect(loadedName('A\u200Bd\u2060a\uFEFF\u00AD\u{E0041}')).toBe('Ada');
  });

  it('drops control characters', () => {
    expect(loadedName('Ada\u0000 Love\u0007lace\n')).toBe('Ada Lovelace');
    expect(loadedName('\u001B[31mAda\u007F\u0085')).toBe('[31mAda');
  });

  it('gives the kind default name when nothing is left, or the name is missing', () => {
    expect(SAVE_WORDS.unnamedProfile).toBe(english.t('profile.unnamed'));
    expect(SAVE_WORDS.unnamedProfile).not.toMatch(/^\[/);
    for (const name of ['\u0000\u0007\n', '\u202E\u2066\u200B', '   ', '\u200D\uFE0F', '', 42, undefined]) {
      expect(loadedName(name), JSON.stringify(name)).toBe(SAVE_WORDS.unnamedProfile);
    }
  });

  it('keeps accents and emoji as they are, and never cuts an emoji in half', () => {
    expect(loadedName('Zoë 🐉')).toBe('Zoë 🐉');
    expect(loadedName('🧙‍♀️ Zoë')).toBe('🧙‍♀️ Zoë');
    // MAX_NAME_LENGTH counts code points, as typing does: 24 dragons, each a surrogate pair
    expect(loadedName('🐉'.repeat(40))).toBe('🐉'.repeat(MAX_NAME_LENGTH));
    // a cut through the mage's joiner sequence keeps the mage, not a dangling joiner
    expect(loadedName(`${'x'.repeat(MAX_NAME_LENGTH - 2)}🧙‍♀️`)).toBe(`${'x'.repeat(MAX_NAME_LENGTH - 2)}🧙`);
  });

  it('reads the teacher’s backups of profiles by the same rule', () => {
    const save = normalizeSave(
      {
        schema: SAVE_SCHEMA_VERSION,
        profiles: [],
        teacher: {
          backups: [
            { action: 'delete', at: '2026-11-25T10:00:00.000Z', profile: { id: 'b', name: 'gnp\u202Eexe.png'.repeat(100) }, chapters: {} },
          ],
        },
      },
      SAVE_WORDS,
    );
    expect(save.teacher.backups[0]!.profile.name).toBe('gnpexe.pnggnpexe.pnggnpe');
  });
});
