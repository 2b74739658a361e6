import type { ChooseFolderOutcome, ClassFolderListing, ClassFolderSyncOutcome, GameApi } from '../../contracts/ipc-channels.js';
import type { GameStore } from './game-store.js';
import { namedProfiles } from './guest-profiles.js';
import { bringKids, localTime } from './kid-carry.js';
import { kidFileOf, kidFileText, removedKidFile } from './kid-file.js';
import type { Profile } from './profile-types.js';
import { deleteProfile } from './teacher-profiles.js';
import type { SaveData } from './save-data.js';

/**
 * The desktop app's class folder, on the page's side: after every change of the save, each named
 * kid of this computer whose progress changed is merged into the class folder (the main process
 * writes `<folder>/kids/<id>.json`, electron/class-folder-service.ts), and what the folder held
 * from other computers comes back into this computer's save (game/model/kid-carry.ts bringKids).
 *
 * The game never waits for the folder and never stops for it: the local save is written first,
 * always. A folder that is gone, read-only or full only changes `status` (the small status line),
 * and the kids not copied yet are tried again every `retryMs` and on the next change, so the
 * folder catches up when it is back. Kiosk guests never go there (no kiosk syncs at all).
 */

/** What the status line says. `waiting`: the folder cannot take the kids' progress now; play goes on here. */
export type ClassFolderStatus =
  | { kind: 'off' }
  | { kind: 'copying' }
  | { kind: 'copied'; kids: number }
  | { kind: 'waiting'; problem: string; params?: Record<string, string | number> }
  /** Every kid is in the folder but these, whose file there is damaged or from a newer game (left as it is). */
  | { kind: 'left'; names: string[] };

/** The three operations of window.pyland the class folder uses. */
export type ClassFolderPort = Pick<GameApi, 'chooseClassFolder' | 'syncClassKid' | 'listClassFolder'>;

export interface ClassFolderSyncOptions {
  /** A kiosk: its guests never go to the folder, so nothing is synced. */
  kiosk: boolean;
  now?: () => Date;
  /** Changes coming this close together are copied once (a cast writes the save a few times). */
  quietMs?: number;
  /** How soon a folder that could not be reached is tried again. */
  retryMs?: number;
}

const DEFAULT_QUIET_MS = 400;
const DEFAULT_RETRY_MS = 15_000;

export class ClassFolderSync {
  readonly #store: GameStore;
  readonly #port: ClassFolderPort | null;
  readonly #kiosk: boolean;
  readonly #now: () => Date;
  readonly #quietMs: number;
  readonly #retryMs: number;
  #status: ClassFolderStatus = { kind: 'off' };
  readonly #listeners = new Set<(status: ClassFolderStatus) => void>();
  /** Each kid's profile (as JSON) as the folder last took it: a kid whose profile is the same is not sent again. */
  #sent = new Map<string, string>();
  /** The folder the signatures are of: another folder starts over. */
  #folderOfSent: string | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #running: Promise<void> = Promise.resolve();
  /** Kids whose file in the folder is damaged or from a newer game (left as it is), by id: their names are said. */
  #left = new Map<string, string>();
  #unsubscribe: (() => void) | null = null;

  constructor(store: GameStore, port: ClassFolderPort | null, options: ClassFolderSyncOptions) {
    this.#store = store;
    this.#port = port;
    this.#kiosk = options.kiosk;
    this.#now = options.now ?? (() => new Date());
    this.#quietMs = options.quietMs ?? DEFAULT_QUIET_MS;
    this.#retryMs = options.retryMs ?? DEFAULT_RETRY_MS;
  }

  /** The desktop app outside a kiosk: the console can choose a folder, and kids are copied there. */
  get available(): boolean {
    return this.#port !== null && !this.#kiosk;
  }

  /** The folder the save names, when the class folder is available here. */
  get folder(): string | null {
    return this.available ? this.#store.data.teacher.classFolder : null;
  }

  get status(): ClassFolderStatus {
    return this.#status;
  }

  /** Calls `listener` now and on every change of the status; returns the unsubscribe function. */
  watch(listener: (status: ClassFolderStatus) => void): () => void {
    this.#listeners.add(listener);
    listener(this.#status);
    return () => this.#listeners.delete(listener);
  }

  /** Follows the save from now on, and copies every kid once soon (the folder may hold news from other computers). */
  start(): void {
    if (!this.available || this.#unsubscribe) return;
    this.#unsubscribe = this.#store.subscribe(() => this.#schedule(this.#quietMs));
    this.#schedule(0);
  }

  stop(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }

  /** Copies every kid whose progress the folder does not have yet; resolves when done (or the folder failed). */
  syncNow(): Promise<void> {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    this.#running = this.#running.then(() => this.#run());
    return this.#running;
  }

  /**
   * A kid was picked on the profile screen: their progress from other computers is brought here
   * now (their profile may not have changed here, so no change would send them).
   */
  refreshKid(kidId: string): Promise<void> {
    this.#sent.delete(kidId);
    return this.available && this.folder !== null ? this.syncNow() : Promise.resolve();
  }

  /**
   * The teacher deleted a kid in the console: the folder's file of them becomes a removal (a newer
   * generation with nothing in it, kid-file.ts removedKidFile), so every computer of the class
   * removes them too at its next sync, each keeping a backup the console can bring back. The kid
   * must already be deleted in the save (the main process checks the save's backups). Resolves
   * with the folder's answer, or null when there is no class folder here.
   */
  async removeKid(profile: Profile): Promise<ClassFolderSyncOutcome | null> {
    if (!this.available || this.folder === null) return null;
    await this.#store.flush();
    const file = removedKidFile(profile, this.#store.data.settings.computerId, this.#now());
    if (!file) return null;
    this.#sent.delete(profile.id);
    this.#left.delete(profile.id);
    try {
      return await this.#port!.syncClassKid(kidFileText(file));
    } catch {
      return { ok: false, reason: 'write-failed', problem: 'classFolder.write-failed' };
    }
  }

  /**
   * The profile screen opened: every kid of this computer is asked about again, so a kid the
   * teacher reset or deleted on another computer is reset or gone here before anyone picks them.
   */
  refreshAll(): Promise<void> {
    this.#sent.clear();
    return this.available && this.folder !== null ? this.syncNow() : Promise.resolve();
  }

  /** Every kid's file in the folder (the profile screen, the console); nothing when there is no folder here. */
  async list(): Promise<ClassFolderListing> {
    if (!this.available || this.folder === null) return { folder: null, files: [], problems: [] };
    try {
      return await this.#port!.listClassFolder();
    } catch {
      return { folder: this.folder, files: [], problems: [{ file: null, problem: 'classFolder.unreachable' }] };
    }
  }

  /** The console's "Choose the class folder": the folder dialog; the console stores the answer. */
  async choose(): Promise<ChooseFolderOutcome> {
    if (!this.available) return { outcome: 'failed', problem: 'classFolder.not-in-kiosk' };
    try {
      return await this.#port!.chooseClassFolder();
    } catch {
      return { outcome: 'failed', problem: 'classFolder.choose-failed' };
    }
  }

  #schedule(ms: number): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.syncNow();
    }, ms);
  }

  #setStatus(status: ClassFolderStatus): void {
    if (JSON.stringify(status) === JSON.stringify(this.#status)) return;
    this.#status = status;
    for (const listener of this.#listeners) listener(status);
  }

  async #run(): Promise<void> {
    const folder = this.folder;
    if (folder !== this.#folderOfSent) {
      this.#sent.clear();
      this.#left.clear();
      this.#folderOfSent = folder;
    }
    if (folder === null) {
      this.#setStatus({ kind: 'off' });
      return;
    }
    // the main process reads the folder and the kids from the stored save: let it be written first
    await this.#store.flush();
    const computerId = this.#store.data.settings.computerId;
    const waiting = namedProfiles(this.#store.data).filter((p) => this.#sent.get(p.id) !== JSON.stringify(p));
    if (this.#status.kind === 'off' && waiting.length > 0) this.#setStatus({ kind: 'copying' });
    for (const profile of waiting) {
      // dated when this computer's copy last changed (not now): a kid renamed on another computer
      // since keeps the new name, as when a wizard file is brought (kid-carry.ts)
      const file = kidFileOf(profile, computerId, localTime(profile, this.#now()));
      if (!file) continue;
      let outcome: ClassFolderSyncOutcome;
      try {
        outcome = await this.#port!.syncClassKid(kidFileText(file));
      } catch {
        outcome = { ok: false, reason: 'write-failed', problem: 'classFolder.write-failed' };
      }
      if (!outcome.ok) {
        if (outcome.reason === 'unreadable') {
          // this kid's file in the folder is damaged or from a newer game: left as it is, said, not tried on every save
          this.#sent.set(profile.id, JSON.stringify(profile));
          this.#left.set(profile.id, profile.name);
          continue;
        }
        if (outcome.reason === 'no-folder' || outcome.reason === 'kiosk') return;
        // the folder itself: every other kid would fail the same way; all are tried again soon
        this.#setStatus({ kind: 'waiting', problem: outcome.problem, ...(outcome.params ? { params: outcome.params } : {}) });
        this.#schedule(this.#retryMs);
        return;
      }
      const merged = outcome.file;
      if (merged.kid.removed) {
        // the teacher deleted this kid on another computer: removed here too, with a backup the console can bring back
        await this.#store.update((current: SaveData) =>
          current.profiles.some((p) => p.id === profile.id && !p.guest) ? deleteProfile(current, profile.id, this.#now()) : current,
        );
        this.#sent.delete(profile.id);
        this.#left.delete(profile.id);
        continue;
      }
      // what other computers added comes into this computer's save; the local copy is never made smaller
      let after = JSON.stringify(profile);
      await this.#store.update((current: SaveData) => {
        const local = current.profiles.find((p) => p.id === profile.id);
        if (!local || local.guest) return current;
        const result = bringKids(current, [merged], computerId, this.#now());
        const brought = result.save.profiles.find((p) => p.id === profile.id);
        if (!brought) return current;
        after = JSON.stringify(brought);
        if (after === JSON.stringify(local)) return current;
        return { ...current, profiles: current.profiles.map((p) => (p.id === brought.id ? brought : p)) };
      });
      this.#sent.set(profile.id, after);
      this.#left.delete(profile.id);
    }
    // every kid is in the folder now, but for those whose file there is left as it is
    if (this.#left.size > 0) {
      this.#setStatus({ kind: 'left', names: [...this.#left.values()] });
    } else this.#setStatus({ kind: 'copied', kids: this.#sent.size });
  }
}
