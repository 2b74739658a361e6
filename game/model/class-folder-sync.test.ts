import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GameApi, LoadedDocument, WriteOutcome } from '../../contracts/ipc-channels.js';
import { createClassFolderService } from '../../electron/class-folder-service.js';
import { saveWords } from '../messages/save-words.js';
import { translatorFor } from '../messages/translator.js';
import { ClassFolderSync, type ClassFolderPort, type ClassFolderStatus } from './class-folder-sync.js';
import { GameStore } from './game-store.js';
import { startGuest } from './guest-profiles.js';
import { bringKids } from './kid-carry.js';
import { createProfile } from './profiles.js';
import { recordCast } from './progress.js';
import type { SaveData } from './save-data.js';
import { deleteProfile, resetProgress, restoreBackup } from './teacher-profiles.js';
import type { SaveBackend } from '../storage/save-backend.js';

/**
 * The page's class folder sync against the desktop app's real main-side service and a real
 * temporary folder: each "computer" is a game store with its own save and its own service, as
 * two computers of a lab share one folder. Only Electron's IPC between them is left out.
 */
const SAVE_WORDS = saveWords(translatorFor('en'));
const NOW = new Date('2026-12-07T10:00:00Z');
/** Each cast a second after the last: the newest spell is the one cast last, whichever computer cast it. */
let clock = NOW.getTime();
const tick = () => new Date((clock += 1000));

class MemorySaves implements SaveBackend {
  text: string | null = null;
  async load(): Promise<LoadedDocument> {
    return { text: this.text, recoveredFrom: 'none', problem: null };
  }
  async write(text: string): Promise<WriteOutcome> {
    this.text = text;
    return { ok: true };
  }
}

interface Computer {
  store: GameStore;
  sync: ClassFolderSync;
  statuses: ClassFolderStatus[];
}

let root: string;
let folder: string;
const computers: Computer[] = [];

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'pyland-folder-sync-'));
  folder = path.join(root, 'class-5b');
  await mkdir(folder);
});

afterEach(async () => {
  for (const computer of computers.splice(0)) computer.sync.stop();
  await rm(root, { recursive: true, force: true });
});

async function computer(options: { kiosk?: boolean; withFolder?: boolean; retryMs?: number } = {}): Promise<Computer> {
  const saves = new MemorySaves();
  const store = await GameStore.open(saves, SAVE_WORDS);
  if (options.withFolder !== false) await store.update((save) => ({ ...save, teacher: { ...save.teacher, classFolder: folder } }));
  const service = createClassFolderService({
    readSave: async () => saves.text,
    isKiosk: () => options.kiosk === true,
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    documentsDirectory: () => root,
  });
  const port: ClassFolderPort = {
    chooseClassFolder: () => service.choose([]),
    syncClassKid: (text) => service.sync([text]),
    listClassFolder: () => service.list([]),
  } satisfies Pick<GameApi, keyof ClassFolderPort>;
  const sync = new ClassFolderSync(store, port, {
    kiosk: options.kiosk === true,
    now: () => new Date(clock),
    quietMs: 5,
    retryMs: options.retryMs ?? 60_000,
  });
  const statuses: ClassFolderStatus[] = [];
  sync.watch((status) => statuses.push(status));
  const made = { store, sync, statuses };
  computers.push(made);
  return made;
}

async function addKid(on: Computer, name: string): Promise<string> {
  let id = '';
  await on.store.update((save) => {
    const made = createProfile(save, { name, avatar: 'owl' }, NOW);
    id = made.profile.id;
    return made.save;
  });
  return id;
}

function cast(on: Computer, kidId: string, levelId: string, passed: boolean, spell: string): Promise<void> {
  return on.store.update((save) => recordCast(save, kidId, levelId, { passed, spell, seconds: 30 }, tick()));
}

function progressOf(save: SaveData, kidId: string, levelId: string) {
  return save.profiles.find((p) => p.id === kidId)?.levels[levelId];
}

async function kidFileOnDisk(kidId: string): Promise<unknown> {
  return JSON.parse(await readFile(path.join(folder, 'kids', `${kidId}.json`), 'utf8'));
}

describe('ClassFolderSync (the desktop app, two computers, one real folder)', () => {
  it('copies a kid after their save changed, and another computer finds and brings them with every pass', async () => {
    const a = await computer();
    const b = await computer();
    const ada = await addKid(a, 'Ada');
    await cast(a, ada, 'refcount/first-hat', true, 'hat = 1');
    await a.sync.syncNow();
    expect(a.sync.status).toEqual({ kind: 'copied', kids: 1 });
    expect(await kidFileOnDisk(ada)).toMatchObject({ kind: 'pyland-kid', kid: { id: ada, name: 'Ada' } });

    // computer B lists her, and picking her brings her progress
    const listing = await b.sync.list();
    expect(listing.files.map((f) => f.kid.name)).toEqual(['Ada']);
    await b.store.update((save) => bringKids(save, listing.files, save.settings.computerId, NOW, { activate: true }).save);
    expect(progressOf(b.store.data, ada, 'refcount/first-hat')).toMatchObject({ passed: true, attempts: 1 });

    // she plays on B; back on A, picking her brings B's pass, and no cast is counted twice
    await cast(b, ada, 'refcount/second-hat', true, 'hat = 2');
    await cast(b, ada, 'refcount/first-hat', true, 'hat = 3');
    await b.sync.syncNow();
    await a.sync.refreshKid(ada);
    expect(progressOf(a.store.data, ada, 'refcount/second-hat')).toMatchObject({ passed: true, attempts: 1 });
    expect(progressOf(a.store.data, ada, 'refcount/first-hat')).toMatchObject({ passed: true, attempts: 2, lastSpell: 'hat = 3' });
    // and copying again and again changes nothing
    await a.sync.refreshKid(ada);
    await b.sync.refreshKid(ada);
    expect(progressOf(a.store.data, ada, 'refcount/first-hat')?.attempts).toBe(2);
    expect(progressOf(b.store.data, ada, 'refcount/first-hat')?.attempts).toBe(2);
  });

  it('follows the save by itself: a change is copied soon, with no call', async () => {
    const a = await computer();
    a.sync.start();
    const ada = await addKid(a, 'Ada');
    await cast(a, ada, 'refcount/first-hat', true, 'hat = 1');
    await expect.poll(() => a.sync.status, { timeout: 3000 }).toEqual({ kind: 'copied', kids: 1 });
    expect(await kidFileOnDisk(ada)).toMatchObject({ levels: { 'refcount/first-hat': { passed: true } } });
  });

  it('plays on when the folder goes away mid-play, says so, and catches up when it is back', async () => {
    const a = await computer({ retryMs: 40 });
    const ada = await addKid(a, 'Ada');
    await a.sync.syncNow();
    await rm(folder, { recursive: true, force: true });
    await cast(a, ada, 'refcount/first-hat', true, 'hat = 1');
    await a.sync.syncNow();
    expect(a.sync.status).toEqual({ kind: 'waiting', problem: 'classFolder.unreachable' });
    // nothing is lost here
    expect(progressOf(a.store.data, ada, 'refcount/first-hat')).toMatchObject({ passed: true });
    // the USB stick comes back: the retry copies what was missing, with no new change
    await mkdir(folder);
    await expect.poll(() => a.sync.status, { timeout: 3000 }).toEqual({ kind: 'copied', kids: 1 });
    expect(await kidFileOnDisk(ada)).toMatchObject({ levels: { 'refcount/first-hat': { passed: true } } });
    expect(a.statuses.map((s) => s.kind)).toEqual(['off', 'copying', 'copied', 'waiting', 'copied']);
  });

  it('leaves a damaged file of a kid as it is, names the kid, and still copies the others', async () => {
    const a = await computer();
    const ada = await addKid(a, 'Ada');
    const ben = await addKid(a, 'Ben');
    await mkdir(path.join(folder, 'kids'));
    await writeFile(path.join(folder, 'kids', `${ada}.json`), '{ half a fi');
    await a.sync.syncNow();
    expect(a.sync.status).toEqual({ kind: 'left', names: ['Ada'] });
    expect(await readFile(path.join(folder, 'kids', `${ada}.json`), 'utf8')).toBe('{ half a fi');
    expect(await kidFileOnDisk(ben)).toMatchObject({ kid: { name: 'Ben' } });
  });

  it('never copies a kiosk guest, and a kiosk copies nobody at all', async () => {
    const a = await computer();
    await addKid(a, 'Ada');
    await a.store.update((save) => startGuest(save, 'Guest 1', NOW).save);
    await a.sync.syncNow();
    expect(a.sync.status).toEqual({ kind: 'copied', kids: 1 });

    const kiosk = await computer({ kiosk: true });
    await addKid(kiosk, 'Cy');
    kiosk.sync.start();
    await kiosk.sync.syncNow();
    expect(kiosk.sync.available).toBe(false);
    expect(kiosk.sync.status).toEqual({ kind: 'off' });
    expect((await a.sync.list()).files.map((f) => f.kid.name)).toEqual(['Ada']);
  });

  it('does nothing without a class folder, and starts over when the teacher chooses one', async () => {
    const a = await computer({ withFolder: false });
    await addKid(a, 'Ada');
    await a.sync.syncNow();
    expect(a.sync.status).toEqual({ kind: 'off' });
    expect((await a.sync.list()).files).toEqual([]);
    await a.store.update((save) => ({ ...save, teacher: { ...save.teacher, classFolder: folder } }));
    await a.sync.syncNow();
    expect(a.sync.status).toEqual({ kind: 'copied', kids: 1 });
  });

  it('a teacher’s reset and delete on one computer reach the other, which keeps a backup', async () => {
    const a = await computer();
    const b = await computer();
    const ada = await addKid(a, 'Ada');
    const ben = await addKid(a, 'Ben');
    await cast(a, ada, 'refcount/first-hat', true, 'hat = 1');
    await cast(a, ben, 'refcount/first-hat', true, 'hat = 2');
    await a.sync.syncNow();
    const listing = await b.sync.list();
    await b.store.update((save) => bringKids(save, listing.files, save.settings.computerId, NOW).save);
    await b.sync.syncNow();

    // the teacher resets Ada and deletes Ben on A
    const benBefore = a.store.data.profiles.find((p) => p.id === ben)!;
    await a.store.update((save) => deleteProfile(resetProgress(save, ada, NOW), ben, NOW));
    expect(await a.sync.removeKid(benBefore)).toMatchObject({ ok: true, file: { kid: { removed: true } } });
    await a.sync.syncNow();
    expect((await a.sync.list()).files.map((f) => f.kid.name)).toEqual(['Ada']);

    // B hears of both at its next look: Ada starts over, Ben is gone with a backup the console can bring back
    await b.sync.refreshAll();
    expect(progressOf(b.store.data, ada, 'refcount/first-hat')).toBeUndefined();
    expect(b.store.data.profiles.map((p) => p.name)).toEqual(['Ada']);
    expect(b.store.data.teacher.backups.map((backup) => [backup.action, backup.profile.name])).toEqual([['delete', 'Ben']]);
    // Ada plays again on B after the reset: that counts, on both computers
    await cast(b, ada, 'refcount/second-hat', true, 'hat = 3');
    await b.sync.syncNow();
    await a.sync.refreshKid(ada);
    expect(Object.keys(a.store.data.profiles.find((p) => p.id === ada)!.levels)).toEqual(['refcount/second-hat']);

    // the teacher brings Ben back on B: the undo wins in the folder, and A finds him again in the list
    await b.store.update((save) => restoreBackup(save, 0));
    await b.sync.syncNow();
    expect((await a.sync.list()).files.map((f) => f.kid.name).sort()).toEqual(['Ada', 'Ben']);
  });
});
