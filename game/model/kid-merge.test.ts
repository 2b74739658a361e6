import { describe, expect, it } from 'vitest';
import { kidFileText, levelTotals, parseKidFile, type KidFile, type KidLevel } from './kid-file.js';
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
    schema: 1,
    kid: { id: 'p-ada', name: 'Ada', avatar: 'owl', createdAt: '2026-11-25T10:00:00.000Z', language: null, ...kid },
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
    const texts = [kidFileText(good), kidFileText(good).slice(0, 200), kidFileText({ ...good, schema: 2 as 1 })];
    const parsed = texts.map(parseKidFile);
    expect(parsed.map((p) => (p.ok ? 'ok' : p.problem))).toEqual(['ok', 'classFolder.kid-file-damaged', 'classFolder.kid-file-newer']);
    const readable = parsed.flatMap((p) => (p.ok ? [p.file] : []));
    expect(mergeKidFilesById(readable)).toEqual([good]);
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
