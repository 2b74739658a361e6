import { describe, expect, it } from 'vitest';
import { compareText, kidFileText, levelTotals, parseKidFile, type KidFile, type KidLevel } from './kid-file.js';
import { mergeAllKidFiles, mergeKidFiles, mergeKidFilesById } from './kid-merge.js';
import type { LabExperiment } from './profile-types.js';

const HOME = 'pc-home-0001';
const LAB = 'pc-lab-00002';
const LIBRARY = 'pc-library-3';

function level(computer: string, change: Partial<KidLevel> & { attempts?: number; hints?: number; seconds?: number } = {}): KidLevel {
  const { attempts = 1, hints = 0, seconds = 20, ...rest } = change;
  return {
    passed: false,
    firstPassedAt: null,
    hintsBeforePass: null,
    lastPlayedAt: null,
    lastSpell: null,
    lastSpellAt: null,
    lastSpellBy: null,
    prediction: null,
    byComputer: { [computer]: { attempts, hintsUsed: hints, seconds } },
    ...rest,
  };
}

const pass = (computer: string, at: string, hints = 0, spell = `spell from ${computer}`): Partial<KidLevel> => ({
  passed: true,
  firstPassedAt: at,
  hintsBeforePass: hints,
  lastPlayedAt: at,
  lastSpell: spell,
  lastSpellAt: at,
  lastSpellBy: computer,
});

/** A file as merging meets them: read from its text (parseKidFile puts lists and keys in their one order). */
function file(computer: string, writtenAt: string, levels: Record<string, KidLevel>, kid: Partial<KidFile['kid']> = {}): KidFile {
  const parsed = parseKidFile(kidFileText(written(computer, writtenAt, levels, kid)));
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.file;
}

function written(computer: string, writtenAt: string, levels: Record<string, KidLevel>, kid: Partial<KidFile['kid']>): KidFile {
  return {
    kind: 'pyland-kid',
    schema: 2,
    kid: {
      id: 'p-ada',
      name: 'Ada',
      avatar: 'owl',
      createdAt: '2026-11-25T10:00:00.000Z',
      language: null,
      generation: 0,
      removed: false,
      ...kid,
    } as KidFile['kid'],
    levels,
    writtenAt,
    writtenBy: computer,
  };
}

const experiment = (id: string, savedAt: string, source = `# ${id}\n`): LabExperiment => ({ id, name: id, source, savedAt });

/** Every way the files can meet: both orders of two, each grouping and order of three, a file met twice. */
function expectLawful(files: KidFile[]): KidFile {
  const [a, b, c] = files;
  const merged = mergeAllKidFiles(files)!;
  expect(mergeKidFiles(a!, a!)).toEqual(a);
  expect(mergeKidFiles(merged, merged)).toEqual(merged);
  expect(mergeKidFiles(a!, b!)).toEqual(mergeKidFiles(b!, a!));
  if (c) {
    expect(mergeKidFiles(mergeKidFiles(a!, b!), c)).toEqual(mergeKidFiles(a!, mergeKidFiles(b!, c)));
    expect(mergeAllKidFiles([c, a!, b!])).toEqual(merged);
    expect(mergeAllKidFiles([b!, c, a!, b!])).toEqual(merged);
  }
  // merging is something a file can go through and come back from unchanged
  expect(parseKidFile(kidFileText(merged))).toEqual({ ok: true, file: merged });
  return merged;
}

describe('mergeKidFiles', () => {
  it('same kid on two computers: the lessons of both, each counted once', () => {
    const home = file(HOME, '2026-12-07T18:00:00.000Z', {
      'refcount/a': level(HOME, { attempts: 3, hints: 1, ...pass(HOME, '2026-12-07T17:00:00.000Z', 1) }),
    });
    const lab = file(LAB, '2026-12-08T09:00:00.000Z', {
      'refcount/b': level(LAB, { attempts: 2, ...pass(LAB, '2026-12-08T08:30:00.000Z') }),
    });
    const merged = expectLawful([home, lab]);
    expect(Object.keys(merged.levels)).toEqual(['refcount/a', 'refcount/b']);
    expect(merged.levels['refcount/a']).toMatchObject({ passed: true, hintsBeforePass: 1 });
    expect(merged.levels['refcount/b']!.passed).toBe(true);
  });

  it('same kid on three computers: a computer’s newer counters replace its older ones, the others add up', () => {
    const homeEarly = file(HOME, '2026-12-07T18:00:00.000Z', { 'gc/a': level(HOME, { attempts: 2, seconds: 40 }) });
    const homeLater = file(HOME, '2026-12-07T19:00:00.000Z', { 'gc/a': level(HOME, { attempts: 5, seconds: 100 }) });
    const lab = file(LAB, '2026-12-08T09:00:00.000Z', { 'gc/a': level(LAB, { attempts: 1, hints: 2, seconds: 30 }) });
    const library = file(LIBRARY, '2026-12-08T12:00:00.000Z', { 'gc/a': level(LIBRARY, { attempts: 4, seconds: 10 }) });
    const merged = expectLawful([homeLater, lab, library]);
    expect(levelTotals(merged.levels['gc/a']!)).toEqual({ attempts: 10, hintsUsed: 2, seconds: 140 });
    // home's older file, met again anywhere in the fold, changes nothing
    expect(mergeAllKidFiles([homeEarly, lab, homeLater, library, homeEarly])).toEqual(merged);
  });

  it('the same lesson passed on both: passed once, the first pass’s time and hints, the newest spell', () => {
    const home = file(HOME, '2026-12-07T18:00:00.000Z', {
      'gil/a': level(HOME, { attempts: 4, hints: 3, ...pass(HOME, '2026-12-07T17:00:00.000Z', 3, 'home spell') }),
    });
    const lab = file(LAB, '2026-12-08T09:00:00.000Z', {
      'gil/a': level(LAB, { attempts: 1, ...pass(LAB, '2026-12-08T08:00:00.000Z', 0, 'lab spell') }),
    });
    const merged = expectLawful([home, lab]);
    expect(merged.levels['gil/a']).toMatchObject({
      passed: true,
      firstPassedAt: '2026-12-07T17:00:00.000Z',
      hintsBeforePass: 3,
      lastPlayedAt: '2026-12-08T08:00:00.000Z',
      lastSpell: 'lab spell',
      lastSpellBy: LAB,
    });
    expect(levelTotals(merged.levels['gil/a']!).attempts).toBe(5);
  });

  it('a pass is never lost to a later file that has not seen it, and a later visit without a cast keeps the spell', () => {
    const passedHere = file(HOME, '2026-12-07T18:00:00.000Z', { 'refcount/c': level(HOME, pass(HOME, '2026-12-07T17:00:00.000Z')) });
    const openedThere = file(LAB, '2026-12-09T09:00:00.000Z', { 'refcount/c': level(LAB, { lastPlayedAt: '2026-12-09T08:00:00.000Z' }) });
    const merged = expectLawful([passedHere, openedThere]);
    expect(merged.levels['refcount/c']).toMatchObject({
      passed: true,
      lastPlayedAt: '2026-12-09T08:00:00.000Z',
      lastSpell: `spell from ${HOME}`,
    });
  });

  it.each([
    // the earliest pass wins even when its clock ran behind; the newest spell even when its clock ran ahead
    ['the lab runs a day ahead', '2026-12-08T17:00:00.000Z', { first: 'home', spell: 'lab' }],
    ['the lab runs a day behind', '2026-12-06T17:00:00.000Z', { first: 'lab', spell: 'home' }],
    // a tie: the pass with fewer hints, the spell of the larger computer id ('pc-lab…' > 'pc-home…')
    ['both say the same second', '2026-12-07T17:00:00.000Z', { first: 'lab', spell: 'lab' }],
  ])('clock skew (%s): times are compared as written, and every computer ends with the same file', (_, labTime, winner) => {
    const homeTime = '2026-12-07T17:00:00.000Z';
    const home = file(HOME, '2026-12-07T18:00:00.000Z', { 'runes/a': level(HOME, pass(HOME, homeTime, 2, 'home spell')) }, { name: 'Ada' });
    const lab = file(LAB, labTime, { 'runes/a': level(LAB, pass(LAB, labTime, 0, 'lab spell')) }, { name: 'Ada L.' });
    const merged = expectLawful([home, lab]);
    expect(merged.levels['runes/a']).toMatchObject({
      passed: true,
      firstPassedAt: winner.first === 'lab' ? labTime : homeTime,
      hintsBeforePass: winner.first === 'lab' ? 0 : 2,
      lastSpell: `${winner.spell} spell`,
    });
    // the name of the file written last by its own clock
    expect(merged.kid.name).toBe(labTime > '2026-12-07T18:00:00.000Z' ? 'Ada L.' : 'Ada');
  });

  it('the kid’s name, avatar, language and Lab draft come from the newest file; the Lab’s programs from both', () => {
    const older = file(
      HOME,
      '2026-12-07T18:00:00.000Z',
      {},
      {
        name: 'Ada',
        avatar: 'owl',
        language: 'en',
        labDraft: 'old draft',
        createdAt: '2026-11-20T10:00:00.000Z',
        labExperiments: [experiment('x-1', '2026-12-07T10:00:00.000Z', 'old'), experiment('x-2', '2026-12-07T11:00:00.000Z')],
      },
    );
    const newer = file(
      LAB,
      '2026-12-08T09:00:00.000Z',
      {},
      {
        name: 'Ada L.',
        avatar: 'fox',
        language: 'es',
        labDraft: 'new draft',
        labExperiments: [experiment('x-1', '2026-12-08T08:00:00.000Z', 'new')],
      },
    );
    const merged = expectLawful([older, newer]);
    expect(merged.kid).toMatchObject({
      name: 'Ada L.',
      avatar: 'fox',
      language: 'es',
      labDraft: 'new draft',
      createdAt: '2026-11-20T10:00:00.000Z',
    });
    expect(merged.kid.labExperiments!.map((e) => [e.id, e.source])).toEqual([
      ['x-1', 'new'],
      ['x-2', '# x-2\n'],
    ]);
  });

  it('keeps the 20 newest Lab programs of two computers, whatever the order', () => {
    const at = (n: number) => `2026-12-0${1 + (n % 9)}T${String(10 + (n % 13)).padStart(2, '0')}:00:${String(n).padStart(2, '0')}.000Z`;
    const programs = Array.from({ length: 30 }, (_, n) => experiment(`x-${n}`, at(n)));
    const a = file(HOME, '2026-12-07T18:00:00.000Z', {}, { labExperiments: programs.filter((_, n) => n % 2 === 0) });
    const b = file(LAB, '2026-12-08T09:00:00.000Z', {}, { labExperiments: programs.filter((_, n) => n % 2 === 1) });
    const c = file(LIBRARY, '2026-12-09T09:00:00.000Z', {}, { labExperiments: programs.filter((_, n) => n % 3 === 0) });
    const merged = expectLawful([a, b, c]);
    const newest = [...programs].sort((x, y) => (x.savedAt < y.savedAt ? 1 : -1)).slice(0, 20);
    expect(merged.kid.labExperiments!.map((e) => e.id)).toEqual(newest.map((e) => e.id));
  });

  it('a right guess on either computer keeps its star; the first checked guess is never replaced by a wrong one', () => {
    const home = file(HOME, '2026-12-07T18:00:00.000Z', { 'gc/b': level(HOME, { prediction: { guess: 'up-1', right: false } }) });
    const lab = file(LAB, '2026-12-08T09:00:00.000Z', { 'gc/b': level(LAB, { prediction: { guess: 'same', right: true } }) });
    const library = file(LIBRARY, '2026-12-09T09:00:00.000Z', { 'gc/b': level(LIBRARY) });
    expect(expectLawful([home, lab, library]).levels['gc/b']!.prediction).toEqual({ guess: 'same', right: true });
  });

  it('a damaged file or one from a newer game is not a file to merge: it is skipped at reading, with its reason', () => {
    const good = file(HOME, '2026-12-07T18:00:00.000Z', { 'refcount/a': level(HOME, pass(HOME, '2026-12-07T17:00:00.000Z')) });
    const texts = [kidFileText(good), kidFileText(good).slice(0, 200), kidFileText({ ...good, schema: 3 as 2 })];
    const parsed = texts.map(parseKidFile);
    expect(parsed.map((p) => (p.ok ? 'ok' : p.problem))).toEqual(['ok', 'classFolder.kid-file-damaged', 'classFolder.kid-file-newer']);
    const readable = parsed.flatMap((p) => (p.ok ? [p.file] : []));
    expect(mergeKidFilesById(readable)).toEqual([good]);
  });

  it('a teacher’s reset (a new generation) wins whole over every older copy, in any order and grouping', () => {
    const before = (computer: string, at: string) =>
      file(computer, at, { 'refcount/a': level(computer, pass(computer, '2026-12-07T17:00:00.000Z')) });
    // the reset on HOME came before LAB's and LIBRARY's last writes: their older copies still lose
    const reset = file(HOME, '2026-12-08T08:00:00.000Z', {}, { generation: 1 });
    const merged = expectLawful([before(LAB, '2026-12-09T09:00:00.000Z'), reset, before(LIBRARY, '2026-12-10T09:00:00.000Z')]);
    expect(merged.levels).toEqual({});
    expect(merged.kid.generation).toBe(1);
    // what is played after the reset, on any computer that heard of it, is merged as before
    const after = file(LAB, '2026-12-09T10:00:00.000Z', { 'gc/a': level(LAB, pass(LAB, '2026-12-09T10:00:00.000Z')) }, { generation: 1 });
    expect(Object.keys(expectLawful([reset, after, before(LIBRARY, '2026-12-10T09:00:00.000Z')]).levels)).toEqual(['gc/a']);
  });

  it('a deleted kid stays deleted (who they were, and nothing else) until a newer generation brings them back', () => {
    const played = file(
      LAB,
      '2026-12-09T09:00:00.000Z',
      { 'refcount/a': level(LAB, pass(LAB, '2026-12-07T17:00:00.000Z')) },
      {
        generation: 1,
        labDraft: 'x = 1\n',
        labExperiments: [experiment('e-1', '2026-12-07T17:00:00.000Z')],
      },
    );
    const removed = file(HOME, '2026-12-08T08:00:00.000Z', {}, { generation: 1, removed: true });
    const merged = expectLawful([played, removed, file(LIBRARY, '2026-12-10T09:00:00.000Z', {}, { generation: 1 })]);
    expect(merged.kid).toMatchObject({ id: 'p-ada', name: 'Ada', removed: true, generation: 1 });
    expect(merged.levels).toEqual({});
    expect(merged.kid).not.toHaveProperty('labDraft');
    expect(merged.kid).not.toHaveProperty('labExperiments');
    // the teacher's undo: a generation above the removal
    const restored = file(HOME, '2026-12-11T08:00:00.000Z', { 'refcount/a': level(HOME) }, { generation: 2 });
    expect(expectLawful([removed, restored, played]).kid).toMatchObject({ removed: false, generation: 2 });
  });

  describe('over every mix of generations (0, 1, 2) and removals, of two and three computers', () => {
    const computers = [
      { computer: HOME, tag: 'home', writtenAt: '2026-12-07T18:00:00.000Z' },
      { computer: LAB, tag: 'lab', writtenAt: '2026-12-08T09:00:00.000Z' },
      { computer: LIBRARY, tag: 'library', writtenAt: '2026-12-09T09:00:00.000Z' },
    ] as const;
    const kinds = [0, 1, 2].flatMap((generation) => [false, true].map((removed) => ({ generation, removed })));
    /** Computer n's file: a lesson of its own, one all share, a program, a draft and a name of its own. */
    const fileOf = (n: number, kind: { generation: number; removed: boolean }): KidFile => {
      const { computer, tag, writtenAt } = computers[n]!;
      const levels = {
        'refcount/a': level(computer, { attempts: n + 1, ...pass(computer, `2026-12-0${7 + n}T08:00:00.000Z`, n) }),
        [`${tag}/a`]: level(computer, pass(computer, writtenAt)),
      };
      return file(computer, writtenAt, levels, {
        ...kind,
        name: `Ada ${tag}`,
        labDraft: `# ${tag}\n`,
        labExperiments: [experiment(`x-${tag}`, writtenAt)],
      });
    };
    const permutations = <T>(items: readonly T[]): T[][] =>
      items.length <= 1
        ? [[...items]]
        : items.flatMap((item, i) => permutations(items.filter((_, j) => j !== i)).map((rest) => [item, ...rest]));
    const mixes = (count: number): number[][] => (count === 0 ? [[]] : mixes(count - 1).flatMap((mix) => kinds.map((_, k) => [...mix, k])));

    /** What a teacher would expect: the highest generation alone counts, and one removal of it removes the kid. */
    function expectOutcome(merged: KidFile, files: readonly KidFile[]): void {
      const top = Math.max(...files.map((f) => f.kid.generation));
      const kept = files.filter((f) => f.kid.generation === top);
      const removed = kept.some((f) => f.kid.removed);
      expect(merged.kid.generation).toBe(top);
      expect(merged.kid.removed).toBe(removed);
      // the name of the newest file of that generation, so a console can say who was removed
      expect(merged.kid.name).toBe([...kept].sort((x, y) => compareText(x.writtenAt, y.writtenAt)).at(-1)!.kid.name);
      if (removed) {
        expect(merged.levels).toEqual({});
        expect(merged.kid).not.toHaveProperty('labDraft');
        expect(merged.kid).not.toHaveProperty('labExperiments');
        return;
      }
      // every pass of that generation, none of an older one
      const lessons = new Set(kept.flatMap((f) => Object.keys(f.levels)));
      expect(Object.keys(merged.levels).sort()).toEqual([...lessons].sort());
      expect(Object.values(merged.levels).every((l) => l.passed)).toBe(true);
      expect(levelTotals(merged.levels['refcount/a']!).attempts).toBe(
        kept.reduce((sum, f) => sum + levelTotals(f.levels['refcount/a']!).attempts, 0),
      );
      expect(merged.kid.labExperiments!.map((e) => e.id).sort()).toEqual(kept.map((f) => f.kid.labExperiments![0]!.id).sort());
    }

    it('two files: either order gives the same file, and each file met again changes nothing', () => {
      for (const [x, y] of mixes(2)) {
        const a = fileOf(0, kinds[x!]!);
        const b = fileOf(1, kinds[y!]!);
        const merged = mergeKidFiles(a, b);
        expect(mergeKidFiles(b, a)).toEqual(merged);
        expect(mergeKidFiles(a, a)).toEqual(a);
        expect(mergeKidFiles(merged, a)).toEqual(merged);
        expect(mergeKidFiles(b, merged)).toEqual(merged);
        expect(parseKidFile(kidFileText(merged))).toEqual({ ok: true, file: merged });
        expectOutcome(merged, [a, b]);
      }
    });

    it('three files: every order and grouping gives the same file', () => {
      for (const mix of mixes(3)) {
        const files = mix.map((k, n) => fileOf(n, kinds[k]!));
        const [a, b, c] = files as [KidFile, KidFile, KidFile];
        const merged = mergeKidFiles(mergeKidFiles(a, b), c);
        expect(mergeKidFiles(a, mergeKidFiles(b, c))).toEqual(merged);
        for (const order of permutations(files)) expect(mergeAllKidFiles(order)).toEqual(merged);
        expect(mergeAllKidFiles([...files, b, a])).toEqual(merged);
        expect(mergeKidFiles(merged, merged)).toEqual(merged);
        expect(parseKidFile(kidFileText(merged))).toEqual({ ok: true, file: merged });
        expectOutcome(merged, files);
      }
    });
  });

  it('reads a schema 1 file as generation 0, not removed, and refuses a schema 2 file with a garbled generation', () => {
    const old = { ...written(HOME, '2026-12-07T18:00:00.000Z', {}, {}), schema: 1 } as Record<string, unknown>;
    const oldKid = { ...(old['kid'] as Record<string, unknown>) };
    delete oldKid['generation'];
    delete oldKid['removed'];
    const parsed = parseKidFile(JSON.stringify({ ...old, kid: oldKid }));
    expect(parsed.ok && parsed.file.kid).toMatchObject({ generation: 0, removed: false });
    for (const kid of [{ generation: -1 }, { generation: 1.5 }, { generation: '2' }, { removed: 'yes' }]) {
      const text = JSON.stringify(written(HOME, '2026-12-07T18:00:00.000Z', {}, kid as Partial<KidFile['kid']>));
      expect(parseKidFile(text)).toEqual({ ok: false, problem: 'classFolder.kid-file-damaged' });
    }
  });

  it('merges a teacher’s handful of files kid by kid, and refuses to merge two different kids', () => {
    const ada = file(HOME, '2026-12-07T18:00:00.000Z', { 'refcount/a': level(HOME) });
    const bo = file(HOME, '2026-12-07T18:00:00.000Z', {}, { id: 'p-bo', name: 'Bo' });
    const adaLab = file(LAB, '2026-12-08T09:00:00.000Z', { 'refcount/b': level(LAB) });
    const merged = mergeKidFilesById([ada, bo, adaLab]);
    expect(merged.map((f) => [f.kid.id, Object.keys(f.levels).length])).toEqual([
      ['p-ada', 2],
      ['p-bo', 0],
    ]);
    expect(() => mergeKidFiles(ada, bo)).toThrow(RangeError);
  });
});
