import { isValidSaveDocument as isValidDocument, type LoadedDocument, type WriteOutcome } from '../../contracts/ipc-channels.js';
import type { SaveBackend } from './save-backend.js';

export const SAVE_KEY = 'pyland.save';
export const BACKUP_KEY = 'pyland.save.bak';
const BROKEN_KEY = 'pyland.save.broken';

/**
 * The browser build's saves in localStorage, with the same promises as the desktop store:
 * the previous good document is kept as a backup before every write, a broken document is
 * kept aside (never thrown away) and the backup is used instead.
 */
export class BrowserSaveBackend implements SaveBackend {
  constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>) {}

  async load(): Promise<LoadedDocument> {
    const main = this.storage.getItem(SAVE_KEY);
    if (main === null || isValidDocument(main)) {
      if (main !== null || this.storage.getItem(BACKUP_KEY) === null) {
        return { text: main, recoveredFrom: 'none', problem: null };
      }
    }
    // the main document is missing or broken while a backup exists
    if (main !== null) this.keepAside(main);
    const backup = this.storage.getItem(BACKUP_KEY);
    if (backup !== null && isValidDocument(backup)) {
      this.storage.setItem(SAVE_KEY, backup);
      return { text: backup, recoveredFrom: 'backup', problem: 'saves.recovered-from-backup' };
    }
    return { text: null, recoveredFrom: 'none', problem: 'saves.started-fresh' };
  }

  async write(text: string): Promise<WriteOutcome> {
    if (!isValidDocument(text)) return { ok: false, problem: 'saves.write-failed' };
    try {
      const previous = this.storage.getItem(SAVE_KEY);
      if (previous !== null && isValidDocument(previous)) this.storage.setItem(BACKUP_KEY, previous);
      this.storage.setItem(SAVE_KEY, text);
      return { ok: true };
    } catch {
      // quota exceeded or storage disabled: the game goes on, the kid is told
      return { ok: false, problem: 'saves.write-failed' };
    }
  }

  private keepAside(text: string): void {
    try {
      this.storage.setItem(BROKEN_KEY, text);
    } catch {
      // no room to keep it: the backup is still the better choice
    }
  }
}
