import { describe, expect, it } from 'vitest';
import { translatorFor, type MessageKey } from '../messages/translator.js';
import { kidFileOf, kidFileText, levelTotals, parseKidFile, profileFromKidFile, removedKidFile, type KidFileProblem } from './kid-file.js';
import { mergeKidFiles } from './kid-merge.js';
import type { Profile } from './profile-types.js';
import { emptyProgress } from './save-data.js';

const HOME = 'pc-home-0001';
const LAB = 'pc-lab-00002';
const NOW = new Date('2026-12-07T10:00:00.000Z');

function ada(levels: Profile['levels'] = {}): Profile {
  return { id: 'p-ada', name: 'Ada', avatar: 'owl', createdAt: '2026-11-25T10:00:00.000Z', levels, guest: false, language: 'es' };
}

const passed = (attempts: number, at: string) => ({
  ...emptyProgress(),
  attempts,
  hintsUsed: 1,
  seconds: 30,
  passed: true,
  firstPassedAt: at,
  lastPlayedAt: at,
  lastSpell: 'x = hat',
  hintsBeforePass: 1,
});

describe('a kid file', () => {
  it('is written for a named kid and read back the same, and never for a guest', () => {
    const file = kidFileOf(ada({ 'refcount/a': passed(2, '2026-12-07T09:00:00.000Z') }), HOME, NOW)!;
    expect(file).toMatchObject({ kind: 'pyland-kid', schema: 2, writtenAt: NOW.toISOString(), writtenBy: HOME });
    expect(file.levels['refcount/a']!.byComputer).toEqual({ [HOME]: { attempts: 2, hintsUsed: 1, seconds: 30 } });
    expect(parseKidFile(kidFileText(file))).toEqual({ ok: true, file });
    expect(kidFileOf({ ...ada(), guest: true }, HOME, NOW)).toBeNull();
  });

  it('carries the teacher’s generation: 0 for a kid never reset, and back into the profile only when above 0', () => {
    const fresh = kidFileOf(ada(), HOME, NOW)!;
    expect(fresh.kid).toMatchObject({ generation: 0, removed: false });
    // a profile read back from a generation 0 file is as it was (no generation written into the save)
    expect(profileFromKidFile(fresh, HOME)).not.toHaveProperty('generation');
    const reset = kidFileOf({ ...ada(), generation: 3 }, HOME, NOW)!;
    expect(parseKidFile(kidFileText(reset))).toEqual({ ok: true, file: reset });
    expect(profileFromKidFile(reset, LAB).generation).toBe(3);
  });

  it('for a deleted kid, keeps who they were one generation up, and none of their lessons, programs or draft', () => {
    const played: Profile = {
      ...ada({ 'refcount/a': passed(2, '2026-12-07T09:00:00.000Z') }),
      generation: 1,
      labDraft: 'x = 1\n',
      labExperiments: [{ id: 'x-1', name: 'Hats', source: 'hat = 1\n', savedAt: '2026-12-07T09:00:00.000Z' }],
    };
    const removal = removedKidFile(played, HOME, NOW)!;
    expect(removal).toEqual({
      kind: 'pyland-kid',
      schema: 2,
      kid: { id: 'p-ada', name: 'Ada', avatar: 'owl', createdAt: '2026-11-25T10:00:00.000Z', language: 'es', generation: 2, removed: true },
      levels: {},
      writtenAt: NOW.toISOString(),
      writtenBy: HOME,
    });
    expect(parseKidFile(kidFileText(removal))).toEqual({ ok: true, file: removal });
    // it wins over the copy another computer still has of her, progress and all
    expect(mergeKidFiles(kidFileOf(played, LAB, new Date('2026-12-08T10:00:00.000Z'))!, removal)).toEqual(removal);
    expect(removedKidFile({ ...played, guest: true }, HOME, NOW)).toBeNull();
  });

  it('brought to another computer, counts each cast once: the other computer keeps its part, this one adds its own', () => {
    const fromHome = kidFileOf(ada({ 'refcount/a': passed(2, '2026-12-07T09:00:00.000Z') }), HOME, NOW)!;
    // at the lab the totals are shown, with home's part kept apart
    const atLab = profileFromKidFile(fromHome, LAB);
    expect(atLab.levels['refcount/a']).toMatchObject({ attempts: 2, passed: true });
    // three more casts at the lab
    const played = { ...atLab, levels: { 'refcount/a': { ...atLab.levels['refcount/a']!, attempts: 5, seconds: 90 } } };
    const labFile = kidFileOf(played, LAB, new Date('2026-12-07T11:00:00.000Z'))!;
    expect(labFile.levels['refcount/a']!.byComputer).toEqual({
      [HOME]: { attempts: 2, hintsUsed: 1, seconds: 30 },
      [LAB]: { attempts: 3, hintsUsed: 0, seconds: 60 },
    });
    // home's file merged in again (even twice) does not count home's casts twice
    const merged = mergeKidFiles(mergeKidFiles(labFile, fromHome), fromHome);
    expect(levelTotals(merged.levels['refcount/a']!)).toEqual({ attempts: 5, hintsUsed: 1, seconds: 90 });
    // and home, taking the merge in, counts its own part only as its own
    const backHome = profileFromKidFile(merged, HOME);
    expect(backHome.levels['refcount/a']!.attempts).toBe(5);
    expect(kidFileOf(backHome, HOME, NOW)!.levels['refcount/a']!.byComputer[HOME]).toEqual({ attempts: 2, hintsUsed: 1, seconds: 30 });
  });

  it.each<[string, string, KidFileProblem]>([
    ['damaged JSON', '{"kind": "pyland-kid", "schema": 1, "kid": {', 'classFolder.kid-file-damaged'],
    ['a class setup', '{"kind": "pyland-class-setup", "schema": 3}', 'classFolder.kid-file-wrong-kind'],
    ['a list', '[1, 2]', 'classFolder.kid-file-wrong-kind'],
    ['a file from a newer game', '{"kind": "pyland-kid", "schema": 3, "kid": {"id": "p-ada"}}', 'classFolder.kid-file-newer'],
    [
      'no kid id',
      '{"kind": "pyland-kid", "schema": 1, "kid": {"name": "Ada"}, "writtenAt": "2026-12-07T10:00:00Z", "writtenBy": "pc-home-0001"}',
      'classFolder.kid-file-damaged',
    ],
    [
      'a kid id that is a path',
      '{"kind": "pyland-kid", "schema": 1, "kid": {"id": "../../x", "name": "Ada"}, "writtenAt": "2026-12-07T10:00:00Z", "writtenBy": "pc-home-0001"}',
      'classFolder.kid-file-damaged',
    ],
    [
      'no writer',
      '{"kind": "pyland-kid", "schema": 1, "kid": {"id": "p-ada", "name": "Ada"}, "writtenAt": "2026-12-07T10:00:00Z"}',
      'classFolder.kid-file-damaged',
    ],
    ['a huge file', `{"kind": "pyland-kid", "x": "${'a'.repeat(5 * 1024 * 1024)}"}`, 'classFolder.kid-file-too-big'],
  ])('that is %s is refused with a reason the school can say, never a throw', (_, text, problem) => {
    const parsed = parseKidFile(text);
    expect(parsed).toMatchObject({ ok: false, problem });
    if (parsed.ok) return;
    for (const language of ['en', 'es'] as const) {
      const words = translatorFor(language);
      const key: MessageKey = parsed.problem;
      expect(words.t(key, parsed.params ?? {})).not.toMatch(/^\[|\{/);
    }
    if (problem === 'classFolder.kid-file-newer') expect(parsed.params).toEqual({ schema: 3 });
  });

  it('keeps the lessons it understands in a partly damaged file, and times as comparable text', () => {
    const parsed = parseKidFile(
      JSON.stringify({
        kind: 'pyland-kid',
        schema: 1,
        kid: { id: 'p-ada', name: 'Ada\u202E', avatar: 'nope' },
        levels: {
          'refcount/a': {
            passed: true,
            firstPassedAt: '2026-12-07T10:00:00+01:00',
            byComputer: { [HOME]: { attempts: 2 }, 'bad id!': {} },
          },
          'refcount/b': 'junk',
          ['__proto__']: { passed: true },
        },
        writtenAt: '2026-12-07T10:00:00Z',
        writtenBy: HOME,
      }),
    );
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(parsed.file.kid).toMatchObject({ name: 'Ada', avatar: 'mage', language: null });
    expect(Object.keys(parsed.file.levels)).toEqual(['refcount/a']);
    expect(parsed.file.levels['refcount/a']).toMatchObject({
      passed: true,
      firstPassedAt: '2026-12-07T09:00:00.000Z',
      byComputer: { [HOME]: { attempts: 2, hintsUsed: 0, seconds: 0 } },
    });
  });
});
