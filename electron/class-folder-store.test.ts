import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kidFileOf, kidFileText, levelTotals, profileFromKidFile, type KidFile } from '../game/model/kid-file.js';
import { mergeKidFiles } from '../game/model/kid-merge.js';
import type { Profile } from '../game/model/profile-types.js';
import { emptyProgress } from '../game/model/save-data.js';
import { createClassFolderStore, nodeClassFolderFileSystem, type ClassFolderStore } from './class-folder-store.js';

let folder: string;

beforeEach(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'pyland-class-'));
});

afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

/** One computer of the lab: its own save's copy of the kid, and the class folder. */
class Computer {
  readonly store: ClassFolderStore;
  profile: Profile;
  clock: number;

  constructor(
    readonly id: string,
    kid: Profile,
    start: string,
  ) {
    this.store = createClassFolderStore(folder, { computerId: id });
    this.profile = kid;
    this.clock = Date.parse(start);
  }

  /** The kid passes a lesson here, in the local save only. */
  pass(levelId: string): void {
    const at = new Date((this.clock += 1000)).toISOString();
    const progress = {
      ...emptyProgress(),
      attempts: 1,
      seconds: 10,
      passed: true,
      firstPassedAt: at,
      lastPlayedAt: at,
      lastSpell: `# ${levelId}`,
    };
    this.profile = { ...this.profile, levels: { ...this.profile.levels, [levelId]: progress } };
  }

  localFile(): KidFile {
    return kidFileOf(this.profile, this.id, new Date(this.clock))!;
  }

  /** A sync, and on success the folder's progress brought into the local save (as the app does). */
  async sync() {
    const local = this.localFile();
    const result = await this.store.syncKid(local);
    if (result.ok) this.profile = profileFromKidFile(mergeKidFiles(local, result.merged), this.id);
    return result;
  }
}

const ada = (): Profile => ({
  id: 'p-ada',
  name: 'Ada',
  avatar: 'owl',
  createdAt: '2026-12-07T08:00:00.000Z',
  levels: {},
  guest: false,
  language: null,
});
const passedIds = (file: KidFile) => Object.keys(file.levels).filter((id) => file.levels[id]!.passed);
const kidPath = () => path.join(folder, 'kids', 'p-ada.json');

describe('a class folder', () => {
  it('gets the kid’s file on the first sync, and lists it', async () => {
    const home = new Computer('pc-home-0001', ada(), '2026-12-07T09:00:00.000Z');
    home.pass('refcount/a');
    const result = await home.sync();
    expect(result).toMatchObject({ ok: true });
    const listing = await home.store.listKids();
    expect(listing.problems).toEqual([]);
    expect(listing.files.map(passedIds)).toEqual([['refcount/a']]);
  });

  it('two computers saving the same kid at once, 100 rounds: no pass is lost, no read sees half a file', async () => {
    const a = new Computer('pc-aaaa-0001', ada(), '2026-12-07T09:00:00.000Z');
    // the second computer's clock runs ten minutes behind
    const b = new Computer('pc-bbbb-0002', ada(), '2026-12-07T08:50:00.000Z');
    const reader = createClassFolderStore(folder, { computerId: 'pc-teacher-03' });
    const problems: unknown[] = [];
    for (let round = 0; round < 100; round += 1) {
      a.pass(`a/${round}`);
      b.pass(`b/${round}`);
      const [resultA, resultB, listing] = await Promise.all([a.sync(), b.sync(), reader.listKids()]);
      for (const result of [resultA, resultB]) if (!result.ok) problems.push(result);
      problems.push(...listing.problems);
    }
    expect(problems).toEqual([]);
    await a.sync();
    await b.sync();
    const { files, problems: last } = await reader.listKids();
    expect(last).toEqual([]);
    const expected = Array.from({ length: 100 }, (_, n) => [`a/${n}`, `b/${n}`]).flat();
    expect(passedIds(files[0]!).sort()).toEqual(expected.sort());
    // each lesson was cast once, on one computer, and is counted once
    for (const levelId of expected) expect(levelTotals(files[0]!.levels[levelId]!).attempts, levelId).toBe(1);
    // no temporary file is left behind
    expect(await fs.readdir(path.join(folder, 'kids'))).toEqual(['p-ada.json']);
  });

  it('that disappears in the middle of play loses nothing locally, and is brought up to date when it is back', async () => {
    const home = new Computer('pc-home-0001', ada(), '2026-12-07T09:00:00.000Z');
    home.pass('refcount/a');
    expect((await home.sync()).ok).toBe(true);
    await fs.rm(folder, { recursive: true, force: true });
    home.pass('refcount/b');
    expect(await home.sync()).toEqual({ ok: false, reason: 'unreachable', problem: 'classFolder.unreachable' });
    expect(await home.store.listKids()).toEqual({ files: [], problems: [{ file: null, problem: 'classFolder.unreachable' }] });
    // the stick is out: the folder is not made again on this computer's disk
    await expect(fs.stat(folder)).rejects.toThrow();
    home.pass('refcount/c');
    expect(Object.keys(home.profile.levels)).toEqual(['refcount/a', 'refcount/b', 'refcount/c']);
    await fs.mkdir(folder);
    const back = await home.sync();
    if (!back.ok) throw new Error(back.reason);
    expect(passedIds(back.merged)).toEqual(['refcount/a', 'refcount/b', 'refcount/c']);
    expect((await home.store.listKids()).files.map(passedIds)).toEqual([['refcount/a', 'refcount/b', 'refcount/c']]);
  });

  it.each([
    ['a damaged file', '{"kind": "pyland-kid", "schema": 1, "kid": {"id": "p-a', 'classFolder.kid-file-damaged'],
    ['a file from a newer game', '{"kind": "pyland-kid", "schema": 9, "kid": {"id": "p-ada"}}', 'classFolder.kid-file-newer'],
    ['another kid’s file under this name', '', 'classFolder.kid-file-damaged'],
  ])('keeps %s as it is, says so, and still lists the other kids', async (_, damaged, problem) => {
    const home = new Computer('pc-home-0001', ada(), '2026-12-07T09:00:00.000Z');
    const bo = new Computer('pc-home-0001', { ...ada(), id: 'p-bo', name: 'Bo' }, '2026-12-07T09:00:00.000Z');
    bo.pass('gc/a');
    await bo.sync();
    const text = damaged || (await fs.readFile(path.join(folder, 'kids', 'p-bo.json'), 'utf8'));
    await fs.writeFile(kidPath(), text);
    home.pass('refcount/a');
    expect(await home.sync()).toMatchObject({ ok: false, reason: 'unreadable', problem });
    expect(await fs.readFile(kidPath(), 'utf8')).toBe(text);
    const listing = await home.store.listKids();
    expect(listing.files.map((f) => f.kid.name)).toEqual(['Bo']);
    expect(listing.problems).toMatchObject([{ file: 'p-ada.json', problem }]);
    // the kid's own progress is still all here
    expect(Object.keys(home.profile.levels)).toEqual(['refcount/a']);
  });

  it('never reads a temporary file: a copy cut off half way is not a kid', async () => {
    const home = new Computer('pc-home-0001', ada(), '2026-12-07T09:00:00.000Z');
    home.pass('refcount/a');
    await home.sync();
    const text = kidFileText(home.localFile());
    await fs.writeFile(path.join(folder, 'kids', '.p-ada.json.tmp-pc-other-1-1'), text.slice(0, text.length / 2));
    await fs.writeFile(path.join(folder, 'kids', 'notes.txt'), 'hello');
    expect(await home.store.listKids()).toMatchObject({ files: [{ kid: { id: 'p-ada' } }], problems: [] });
  });

  it.each([
    ['EROFS', 'read-only'],
    ['EACCES', 'read-only'],
    ['ENOSPC', 'full'],
    ['EIO', 'unreachable'],
    ['EINVAL', 'write-failed'],
  ])('that refuses a write (%s) says %s, keeps the old file whole, and leaves no temporary behind', async (code, reason) => {
    const home = new Computer('pc-home-0001', ada(), '2026-12-07T09:00:00.000Z');
    home.pass('refcount/a');
    await home.sync();
    const before = await fs.readFile(kidPath(), 'utf8');
    const failing = createClassFolderStore(folder, {
      computerId: 'pc-home-0001',
      fileSystem: {
        ...nodeClassFolderFileSystem,
        open: async (file, flags) => {
          const handle = await nodeClassFolderFileSystem.open(file, flags);
          if (flags !== 'wx') return handle;
          return {
            ...handle,
            close: () => handle.close(),
            sync: () => handle.sync(),
            writeFile: () => Promise.reject(Object.assign(new Error(code), { code })),
          };
        },
      },
    });
    home.pass('refcount/b');
    expect(await failing.syncKid(home.localFile())).toEqual({ ok: false, reason, problem: `classFolder.${reason}` });
    expect(await fs.readFile(kidPath(), 'utf8')).toBe(before);
    expect(await fs.readdir(path.join(folder, 'kids'))).toEqual(['p-ada.json']);
  });
});

describe('leftover temporaries of a cut-off write', () => {
  const kidsPath = (name: string) => path.join(folder, 'kids', name);
  /** A file in the kids' folder whose time is `minutes` ago (as a crash that long ago would leave it). */
  async function leftover(name: string, minutes: number): Promise<void> {
    await fs.writeFile(kidsPath(name), '{"kind": "pyland-kid", "sch');
    const at = new Date(Date.now() - minutes * 60 * 1000);
    await fs.utimes(kidsPath(name), at, at);
  }

  async function syncedHome(): Promise<Computer> {
    const home = new Computer('pc-home-0001', ada(), '2026-12-07T09:00:00.000Z');
    home.pass('refcount/a');
    expect((await home.sync()).ok).toBe(true);
    return home;
  }

  it('are removed by the listing once old enough: this computer’s after 10 minutes, another’s after a day', async () => {
    const home = await syncedHome();
    await leftover('.p-ada.json.tmp-pc-home-0001-4242-1', 11);
    await leftover('.p-bo.json.tmp-pc-home-0001-17-3', 60);
    await leftover('.p-ada.json.tmp-pc-lab-00002-99-2', 25 * 60);
    // young ones may be writes going on right now
    await leftover('.p-ada.json.tmp-pc-home-0001-4242-2', 2);
    await leftover('.p-ada.json.tmp-pc-lab-00002-99-3', 5 * 60);
    // another computer whose id only starts like this one's waits its day too
    await leftover('.p-ada.json.tmp-pc-home-0001-5-99-3', 60);
    const listing = await home.store.listKids();
    expect(listing).toMatchObject({ files: [{ kid: { id: 'p-ada' } }], problems: [] });
    expect((await fs.readdir(path.join(folder, 'kids'))).sort()).toEqual([
      '.p-ada.json.tmp-pc-home-0001-4242-2',
      '.p-ada.json.tmp-pc-home-0001-5-99-3',
      '.p-ada.json.tmp-pc-lab-00002-99-3',
      'p-ada.json',
    ]);
  });

  it('never takes anything but the store’s own temporary files, however old', async () => {
    const home = await syncedHome();
    const old = new Date(Date.now() - 30 * 24 * 60 * 60 * 1000);
    await fs.utimes(kidPath(), old, old);
    const others = [
      'notes.txt',
      '.p-ada.json.bak',
      'p-ada.json.tmp-pc-home-0001-1-1',
      '.p-ada.json.tmp-backup',
      '.p-ada.json.tmp-pc-home-0001-1-1.keep',
      '.p-ada.txt.tmp-pc-home-0001-1-1',
    ];
    for (const name of others) await leftover(name, 30 * 24 * 60);
    // a folder named like a temporary is not a file to remove, and does not stop the real one after it
    await fs.mkdir(kidsPath('.p-a.json.tmp-pc-home-0001-1-1'));
    await fs.utimes(kidsPath('.p-a.json.tmp-pc-home-0001-1-1'), old, old);
    await leftover('.p-ada.json.tmp-pc-home-0001-2-2', 30 * 24 * 60);
    expect((await home.store.listKids()).files.map((f) => f.kid.id)).toEqual(['p-ada']);
    expect((await fs.readdir(path.join(folder, 'kids'))).sort()).toEqual(
      [...others, '.p-a.json.tmp-pc-home-0001-1-1', 'p-ada.json'].sort(),
    );
  });

  it('that cannot be removed (a read-only folder) leave the listing whole', async () => {
    await syncedHome();
    await leftover('.p-ada.json.tmp-pc-home-0001-4242-1', 11);
    await leftover('.p-ada.json.tmp-pc-lab-00002-99-2', 25 * 60);
    const unlinks: string[] = [];
    const readOnly = createClassFolderStore(folder, {
      computerId: 'pc-home-0001',
      fileSystem: {
        ...nodeClassFolderFileSystem,
        unlink: (file) => {
          unlinks.push(path.basename(file));
          return Promise.reject(Object.assign(new Error('EROFS'), { code: 'EROFS' }));
        },
      },
    });
    expect(await readOnly.listKids()).toMatchObject({ files: [{ kid: { id: 'p-ada' } }], problems: [] });
    // the first refusal stops the rest: a read-only folder refuses them all
    expect(unlinks).toHaveLength(1);
    expect((await fs.readdir(path.join(folder, 'kids'))).length).toBe(3);
  });

  it('never removes a write this computer is doing, however old its file’s time looks', async () => {
    const home = await syncedHome();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let writing!: () => void;
    const started = new Promise<void>((resolve) => (writing = resolve));
    const slow = createClassFolderStore(folder, {
      computerId: 'pc-home-0001',
      fileSystem: {
        ...nodeClassFolderFileSystem,
        open: async (file, flags) => {
          const handle = await nodeClassFolderFileSystem.open(file, flags);
          if (flags !== 'wx') return handle;
          return {
            close: () => handle.close(),
            sync: () => handle.sync(),
            writeFile: async (data, encoding) => {
              await handle.writeFile(data, encoding);
              writing();
              await held;
            },
          };
        },
      },
    });
    home.pass('refcount/b');
    const syncing = slow.syncKid(home.localFile());
    await started;
    const [temp] = (await fs.readdir(path.join(folder, 'kids'))).filter((name) => name.startsWith('.'));
    // a file server whose clock is an hour behind
    const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
    await fs.utimes(kidsPath(temp!), hourAgo, hourAgo);
    await slow.listKids();
    release();
    expect(await syncing).toMatchObject({ ok: true });
    expect(passedIds((await home.store.listKids()).files[0]!)).toEqual(['refcount/a', 'refcount/b']);
    expect(await fs.readdir(path.join(folder, 'kids'))).toEqual(['p-ada.json']);
  });
});
