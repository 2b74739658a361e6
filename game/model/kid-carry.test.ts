import { describe, expect, it } from 'vitest';
import { bringKidFiles, freeName, type BroughtFile } from './kid-carry.js';
import { kidFileOf, kidFileText, removedKidFile } from './kid-file.js';
import type { LevelProgress, Profile } from './profile-types.js';
import { emptyProgress, emptySave, type SaveData } from './save-data.js';

const HERE = 'pc-here-00001';
const HOME = 'pc-home-00002';
const NOW = new Date('2026-12-07T10:00:00.000Z');

function kid(id: string, name: string, levels: Profile['levels'] = {}, change: Partial<Profile> = {}): Profile {
  return { id, name, avatar: 'owl', createdAt: '2026-11-25T10:00:00.000Z', levels, guest: false, language: null, ...change };
}

function passed(attempts: number, at: string, spell = 'x = hat'): LevelProgress {
  return {
    ...emptyProgress(),
    attempts,
    hintsUsed: 1,
    seconds: 30,
    passed: true,
    firstPassedAt: at,
    lastPlayedAt: at,
    lastSpell: spell,
    hintsBeforePass: 1,
  };
}

function tried(attempts: number, at: string): LevelProgress {
  return { ...emptyProgress(), attempts, seconds: 10, lastPlayedAt: at, lastSpell: 'x = 1' };
}

function saveWith(profiles: Profile[], activeProfileId: string | null = profiles[0]?.id ?? null): SaveData {
  return { ...emptySave(() => HERE), profiles, activeProfileId };
}

/** A kid's file as another computer downloads it. */
function carried(profile: Profile, computer = HOME, at = NOW): BroughtFile {
  return { fileName: `${profile.name}.pyland-kid.json`, text: kidFileText(kidFileOf(profile, computer, at)!) };
}

const T1 = '2026-12-01T09:00:00.000Z';
const T2 = '2026-12-02T09:00:00.000Z';
const T3 = '2026-12-03T09:00:00.000Z';

describe('bringing kid files', () => {
  it('adds a kid this computer does not know, with every passed lesson, and keeps who is playing', () => {
    const vera = kid('p-vera', 'Vera', { 'refcount/a': passed(2, T1), 'refcount/b': passed(3, T2), 'refcount/c': tried(4, T3) });
    const save = saveWith([kid('p-ben', 'Ben')]);
    const result = bringKidFiles(save, [carried(vera)], HERE, NOW);
    expect(result.problems).toEqual([]);
    expect(result.brought).toEqual([{ id: 'p-vera', name: 'Vera', isNew: true, passedAdded: 2, passed: 2 }]);
    expect(result.save.activeProfileId).toBe('p-ben');
    const here = result.save.profiles.find((p) => p.id === 'p-vera')!;
    expect(here.levels['refcount/a']).toMatchObject({ passed: true, attempts: 2, firstPassedAt: T1, lastSpell: 'x = hat' });
    expect(here.levels['refcount/c']).toMatchObject({ passed: false, attempts: 4 });
  });

  it('makes the brought kid the player when asked', () => {
    const result = bringKidFiles(saveWith([kid('p-ben', 'Ben')]), [carried(kid('p-vera', 'Vera'))], HERE, NOW, { activate: true });
    expect(result.save.activeProfileId).toBe('p-vera');
  });

  it.each<[string, Profile, Profile, Record<string, { passed: boolean; attempts: number; firstPassedAt: string | null }>]>([
    [
      'passes on both sides are all kept',
      kid('p-vera', 'Vera', { 'refcount/a': passed(2, T1) }),
      kid('p-vera', 'Vera', { 'refcount/b': passed(5, T2) }),
      { 'refcount/a': { passed: true, attempts: 2, firstPassedAt: T1 }, 'refcount/b': { passed: true, attempts: 5, firstPassedAt: T2 } },
    ],
    [
      'a pass here is never lost to a file where the lesson was only tried',
      kid('p-vera', 'Vera', { 'refcount/a': passed(2, T2) }),
      kid('p-vera', 'Vera', { 'refcount/a': tried(3, T3) }),
      { 'refcount/a': { passed: true, attempts: 5, firstPassedAt: T2 } },
    ],
    [
      'a pass in the file comes here over a lesson only tried here',
      kid('p-vera', 'Vera', { 'refcount/a': tried(3, T3) }),
      kid('p-vera', 'Vera', { 'refcount/a': passed(2, T2) }),
      { 'refcount/a': { passed: true, attempts: 5, firstPassedAt: T2 } },
    ],
    [
      'the same lesson passed on both keeps the earlier pass, casts added up',
      kid('p-vera', 'Vera', { 'refcount/a': passed(4, T3) }),
      kid('p-vera', 'Vera', { 'refcount/a': passed(1, T1) }),
      { 'refcount/a': { passed: true, attempts: 5, firstPassedAt: T1 } },
    ],
  ])('merges the same kid: %s', (_, local, elsewhere, expected) => {
    const result = bringKidFiles(saveWith([local]), [carried(elsewhere)], HERE, NOW);
    expect(result.problems).toEqual([]);
    expect(result.save.profiles).toHaveLength(1);
    const merged = result.save.profiles[0]!;
    for (const [levelId, want] of Object.entries(expected)) expect(merged.levels[levelId]).toMatchObject(want);
    const passedHere = Object.keys(local.levels).filter((id) => local.levels[id]!.passed);
    const passedNow = Object.keys(expected).filter((id) => expected[id]!.passed);
    expect(result.brought).toEqual([
      { id: 'p-vera', name: 'Vera', isNew: false, passed: passedNow.length, passedAdded: passedNow.length - passedHere.length },
    ]);
  });

  it('merges the same either way round: what this computer then carries on is the same kid', () => {
    const atHere = kid('p-vera', 'Vera', { 'refcount/a': passed(2, T1), 'refcount/c': tried(1, T1) });
    const atHome = kid('p-vera', 'Vera', { 'refcount/b': passed(5, T2), 'refcount/c': passed(2, T3) });
    const hereBringsHome = bringKidFiles(saveWith([atHere]), [carried(atHome, HOME)], HERE, NOW).save.profiles[0]!;
    const homeBringsHere = bringKidFiles(
      { ...saveWith([atHome]), settings: { ...saveWith([]).settings, computerId: HOME } },
      [carried(atHere, HERE)],
      HOME,
      NOW,
    ).save.profiles[0]!;
    const levelsOf = (p: Profile) =>
      Object.fromEntries(
        Object.entries(p.levels).map(([id, l]) => [id, { passed: l.passed, attempts: l.attempts, first: l.firstPassedAt }]),
      );
    expect(levelsOf(hereBringsHome)).toEqual(levelsOf(homeBringsHere));
    expect(levelsOf(hereBringsHome)).toEqual({
      'refcount/a': { passed: true, attempts: 2, first: T1 },
      'refcount/b': { passed: true, attempts: 5, first: T2 },
      'refcount/c': { passed: true, attempts: 3, first: T3 },
    });
  });

  it('changes nothing when the same file is brought a second time: no cast or pass counted twice', () => {
    const local = kid('p-vera', 'Vera', { 'refcount/a': passed(2, T1) });
    const file = carried(kid('p-vera', 'Vera', { 'refcount/a': tried(3, T2), 'refcount/b': passed(5, T2) }));
    const once = bringKidFiles(saveWith([local]), [file], HERE, NOW);
    const twice = bringKidFiles(once.save, [file], HERE, new Date('2026-12-08T10:00:00.000Z'));
    expect(twice.save).toEqual(once.save);
    expect(twice.save.profiles[0]!.levels['refcount/a']!.attempts).toBe(5);
    expect(twice.brought).toEqual([{ id: 'p-vera', name: 'Vera', isNew: false, passed: 2, passedAdded: 0 }]);
    // and a new kid brought twice is still one kid
    const newKid = carried(kid('p-cy', 'Cy', { 'refcount/a': passed(1, T1) }));
    const first = bringKidFiles(saveWith([]), [newKid], HERE, NOW).save;
    expect(bringKidFiles(first, [newKid], HERE, NOW).save).toEqual(first);
  });

  it('keeps both kids when a different kid has the name here: the one brought gets a number', () => {
    const save = saveWith([kid('p-vera-here', 'Vera')]);
    const result = bringKidFiles(save, [carried(kid('p-vera-there', 'vera'))], HERE, NOW);
    expect(result.save.profiles.map((p) => p.name)).toEqual(['Vera', 'vera 2']);
    expect(result.brought[0]).toMatchObject({ name: 'vera 2', isNew: true });
    expect(freeName('A'.repeat(24), [kid('x', 'A'.repeat(24))])).toBe(`${'A'.repeat(22)} 2`);
    expect(freeName('Ben', [kid('x', 'Ben'), kid('y', 'Ben 2')])).toBe('Ben 3');
  });

  it('brings three kids at once, and the same kid in two files as one', () => {
    const ada = kid('p-ada', 'Ada', { 'refcount/a': passed(1, T1) });
    const files = [
      carried(ada),
      carried(kid('p-ben', 'Ben')),
      carried(kid('p-cy', 'Cy')),
      carried(kid('p-ada', 'Ada', { 'refcount/b': passed(1, T2) }), 'pc-third-0003'),
    ];
    const result = bringKidFiles(saveWith([]), files, HERE, NOW);
    expect(result.brought.map((b) => [b.name, b.passed])).toEqual([
      ['Ada', 2],
      ['Ben', 0],
      ['Cy', 0],
    ]);
    expect(result.save.activeProfileId).toBeNull();
  });

  it.each<[string, string, string]>([
    ['a damaged file', '{"kind": "pyland-kid", "schema": 1, "kid": ', 'classFolder.kid-file-damaged'],
    ['a file from a newer game', JSON.stringify({ kind: 'pyland-kid', schema: 99 }), 'classFolder.kid-file-newer'],
    ['a file that is not a kid', JSON.stringify({ kind: 'pyland-class-setup', schema: 1 }), 'classFolder.kid-file-wrong-kind'],
  ])('reports %s and leaves the save as it was', (_, text, problem) => {
    const save = saveWith([kid('p-ben', 'Ben', { 'refcount/a': passed(1, T1) })]);
    const result = bringKidFiles(save, [{ fileName: 'odd.json', text }], HERE, NOW, { activate: true });
    expect(result.save).toBe(save);
    expect(result.brought).toEqual([]);
    expect(result.problems).toEqual([expect.objectContaining({ fileName: 'odd.json', problem })]);
    expect(result.problems[0]!.params['file']).toBe('odd.json');
  });

  it('still brings the good files beside a bad one', () => {
    const result = bringKidFiles(saveWith([]), [{ fileName: 'bad.json', text: 'not json' }, carried(kid('p-cy', 'Cy'))], HERE, NOW);
    expect(result.brought.map((b) => b.name)).toEqual(['Cy']);
    expect(result.problems.map((p) => p.fileName)).toEqual(['bad.json']);
  });

  it('brings nobody from a teacher’s delete copied out of a class folder, and deletes nobody here', () => {
    const ben = kid('p-ben', 'Ben', { 'refcount/a': passed(1, T1) });
    const removed = { fileName: 'p-ben.json', text: kidFileText(removedKidFile(ben, HOME, NOW)!) };
    const cy = kid('p-cy', 'Cy');
    // on a computer that never knew Ben: no empty Ben appears; Cy, beside it, still comes
    const fresh = bringKidFiles(saveWith([]), [removed, carried(cy)], HERE, NOW);
    expect(fresh.save.profiles.map((p) => p.name)).toEqual(['Cy']);
    expect(fresh.problems).toEqual([
      { fileName: 'p-ben.json', problem: 'carry.removed-file', params: { file: 'p-ben.json', name: 'Ben' } },
    ]);
    // on a computer where Ben plays: Ben and his passes stay as they were
    const save = saveWith([ben]);
    const here = bringKidFiles(save, [removed], HERE, NOW);
    expect(here.save).toBe(save);
    expect(here.problems.map((p) => p.problem)).toEqual(['carry.removed-file']);
  });

  it('never brings anything into a kiosk guest', () => {
    const guest = kid('guest-1234', 'Guest', { 'refcount/a': tried(1, T1) }, { guest: true });
    const save = saveWith([guest]);
    const text = kidFileText({ ...kidFileOf(kid('guest-1234', 'Mallory', { 'refcount/b': passed(1, T1) }), HOME, NOW)! });
    const result = bringKidFiles(save, [{ fileName: 'g.json', text }], HERE, NOW);
    expect(result.save).toBe(save);
    expect(result.problems).toEqual([{ fileName: 'g.json', problem: 'carry.guest-file', params: { file: 'g.json' } }]);
  });
});
