import type { GameApi, LoadedDocument, WriteOutcome } from '../../contracts/ipc-channels.js';
import type { SaveBackend } from './save-backend.js';

/** The desktop app's saves: the main process writes them atomically with a backup. */
export class DesktopSaveBackend implements SaveBackend {
  constructor(private readonly api: GameApi) {}

  load(): Promise<LoadedDocument> {
    return this.api.loadSave();
  }

  async write(text: string): Promise<WriteOutcome> {
    try {
      return await this.api.writeSave(text);
    } catch {
      return { ok: false, problem: 'saves.write-failed' };
    }
  }
}
