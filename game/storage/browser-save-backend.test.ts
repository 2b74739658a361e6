import { describe, expect, it } from 'vitest';
import { saveWords } from '../messages/save-words.js';
import { translatorFor } from '../messages/translator.js';
import { GameStore } from '../model/game-store.js';
import { createProfile } from '../model/profiles.js';
import { BACKUP_KEY, BrowserSaveBackend, SAVE_KEY } from './browser-save-backend.js';

const SAVE_WORDS = saveWords(translatorFor('en'));

class MemoryStorage {
  items = new Map<string, string>();
  failWrites = false;
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw new Error('QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const NOW = new Date('2026-11-25T10:00:00Z');

describe('BrowserSaveBackend with GameStore', () => {
  it('finds the profile again after a restart', async () => {
    const storage = new MemoryStorage();
    const store = await GameStore.open(new BrowserSaveBackend(storage), SAVE_WORDS);
    await store.update((save) => createProfile(save, { name: 'Ada', avatar: 'owl' }, NOW).save);
    const again = await GameStore.open(new BrowserSaveBackend(storage), SAVE_WORDS);
    expect(again.data.profiles.map((p) => p.name)).toEqual(['Ada']);
    expect(again.notice).toBeNull();
  });

  it('gives a save from before the class folder this computer’s id once, and keeps it at the next start', async () => {
    const storage = new MemoryStorage();
    storage.items.set(
      SAVE_KEY,
      JSON.stringify({ schema: 6, profiles: [], activeProfileId: null, settings: { muted: true, language: null } }),
    );
    const store = await GameStore.open(new BrowserSaveBackend(storage), SAVE_WORDS);
    const id = store.data.settings.computerId;
    expect(id).toMatch(/^pc-[0-9a-f]{32}$/);
    // nothing changed yet, and still the id is written: the next start reads the same one
    const again = await GameStore.open(new BrowserSaveBackend(storage), SAVE_WORDS);
    expect(again.data.settings).toMatchObject({ muted: true, computerId: id });
  });

  it('recovers from the backup when the save is broken, and keeps the broken one aside', async () => {
    const storage = new MemoryStorage();
    const store = await GameStore.open(new BrowserSaveBackend(storage), SAVE_WORDS);
    await store.update((save) => createProfile(save, { name: 'Ada', avatar: 'owl' }, NOW).save);
    await store.update((save) => createProfile(save, { name: 'Grace', avatar: 'fox' }, NOW).save);
    storage.items.set(SAVE_KEY, '{"schema": 1, "profiles": [');
    const again = await GameStore.open(new BrowserSaveBackend(storage), SAVE_WORDS);
    expect(again.notice).toBe('saves.recovered-from-backup');
    expect(again.data.profiles.map((p) => p.name)).toEqual(['Ada']);
    expect(storage.items.get('pyland.save.broken')).toBe('{"schema": 1, "profiles": [');
  });

  it('starts fresh, with a message, when both are broken', async () => {
    const storage = new MemoryStorage();
    storage.items.set(SAVE_KEY, 'garbage');
    storage.items.set(BACKUP_KEY, '[]');
    const store = await GameStore.open(new BrowserSaveBackend(storage), SAVE_WORDS);
    expect(store.notice).toBe('saves.started-fresh');
    expect(store.data.profiles).toEqual([]);
  });

  it('tells the kid when storage is full, and keeps playing', async () => {
    const storage = new MemoryStorage();
    const store = await GameStore.open(new BrowserSaveBackend(storage), SAVE_WORDS);
    storage.failWrites = true;
    await store.update((save) => createProfile(save, { name: 'Ada', avatar: 'owl' }, NOW).save);
    expect(store.notice).toBe('saves.write-failed');
    expect(store.data.profiles).toHaveLength(1);
  });

  it('never overwrites a save from a newer game', async () => {
    const storage = new MemoryStorage();
    const newer = JSON.stringify({ schema: 99, profiles: [{ id: 'x', name: 'Future' }] });
    storage.items.set(SAVE_KEY, newer);
    const store = await GameStore.open(new BrowserSaveBackend(storage), SAVE_WORDS);
    expect(store.notice).toBe('saves.from-newer-game');
    await store.update((save) => createProfile(save, { name: 'Ada', avatar: 'owl' }, NOW).save);
    expect(storage.items.get(SAVE_KEY)).toBe(newer);
  });

  it('never writes over saves it could not read', async () => {
    const writes: string[] = [];
    const store = await GameStore.open(
      {
        load: () => Promise.reject(new Error('disk not ready')),
        write: async (text) => {
          writes.push(text);
          return { ok: true };
        },
      },
      SAVE_WORDS,
    );
    expect(store.notice).toBe('saves.unavailable');
    await store.update((save) => createProfile(save, { name: 'Ada', avatar: 'owl' }, NOW).save);
    expect(writes).toEqual([]);
    expect(store.data.profiles).toHaveLength(1);
  });

  it('writes changes in order', async () => {
    const storage = new MemoryStorage();
    const store = await GameStore.open(new BrowserSaveBackend(storage), SAVE_WORDS);
    const names = ['A1', 'B2', 'C3', 'D4'];
    await Promise.all(names.map((name) => store.update((save) => createProfile(save, { name, avatar: 'owl' }, NOW).save)));
    expect(JSON.parse(storage.items.get(SAVE_KEY)!).profiles.map((p: { name: string }) => p.name)).toEqual(names);
  });
});
