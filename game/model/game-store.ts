import type { SaveBackend } from '../storage/save-backend.js';
import { emptySave, isRecord, normalizeSave, SaveFormatError, type SaveData, type SaveWords } from './save-data.js';

/**
 * The one place the game's save lives while it runs. Scenes read `data` and change it only
 * through `update(change)` with a pure function from the model; every change is written
 * through the backend in order (never two writes at once), so a crash loses at most the
 * change being written, never an older one.
 */
export class GameStore {
  #data: SaveData;
  #listeners = new Set<(save: SaveData) => void>();
  #writing: Promise<void> = Promise.resolve();
  /** A catalogue key to show once (recovered from backup, started fresh, a write failed). */
  notice: string | null;

  private constructor(
    private readonly backend: SaveBackend,
    data: SaveData,
    notice: string | null,
  ) {
    this.#data = data;
    this.notice = notice;
  }

  /** Reads the save through `backend`; `words` are the catalogue's words reading it needs. */
  static async open(backend: SaveBackend, words: SaveWords): Promise<GameStore> {
    let loaded;
    try {
      loaded = await backend.load();
    } catch {
      // the saves could not be read at all (not: they were broken): writing now could replace
      // good progress with an empty save, so this run plays without saving and says so
      return new GameStore(new ReadOnlyBackend('saves.unavailable'), emptySave(), 'saves.unavailable');
    }
    if (loaded.text === null) return new GameStore(backend, emptySave(), loaded.problem);
    let raw: unknown;
    let store: GameStore;
    try {
      raw = JSON.parse(loaded.text);
      store = new GameStore(backend, normalizeSave(raw, words), loaded.problem);
    } catch (error) {
      // a document from a newer game must not be overwritten by this one: refuse to write it
      const fromNewer = error instanceof SaveFormatError && /newer/.test(error.message);
      if (fromNewer) return new GameStore(new ReadOnlyBackend('saves.from-newer-game'), emptySave(), 'saves.from-newer-game');
      return new GameStore(backend, emptySave(), 'saves.started-fresh');
    }
    // a save from before schema 7 was given this computer's id just now: written at once, so the
    // next start finds the same one (a new id would count this computer's play twice in a class
    // folder, game/model/kid-file.ts)
    const settings = isRecord(raw) && isRecord(raw['settings']) ? raw['settings'] : {};
    if (settings['computerId'] !== store.data.settings.computerId) await store.update((save) => save);
    return store;
  }

  get data(): SaveData {
    return this.#data;
  }

  /** Applies a change and writes it. Resolves when this change is stored (or failed to be, see notice). */
  update(change: (save: SaveData) => SaveData): Promise<void> {
    this.#data = change(this.#data);
    for (const listener of this.#listeners) listener(this.#data);
    const text = JSON.stringify(this.#data);
    this.#writing = this.#writing.then(async () => {
      const outcome = await this.backend.write(text).catch(() => ({ ok: false, problem: 'saves.write-failed' }));
      if (!outcome.ok) this.notice = outcome.problem ?? 'saves.write-failed';
    });
    return this.#writing;
  }

  subscribe(listener: (save: SaveData) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Resolves when every change so far is written. */
  flush(): Promise<void> {
    return this.#writing;
  }
}

/** Stands in for a backend that must not be written: every write reports why. */
class ReadOnlyBackend implements SaveBackend {
  constructor(private readonly problem: string) {}
  async load() {
    return { text: null, recoveredFrom: 'none' as const, problem: this.problem };
  }
  async write() {
    return { ok: false, problem: this.problem };
  }
}
