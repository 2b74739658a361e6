import type { LoadedDocument, WriteOutcome } from '../../contracts/ipc-channels.js';

/**
 * Where the save document lives. The desktop app keeps it in a file in the user-data folder
 * (through the preload's API); the browser build keeps it in localStorage. Both keep a backup
 * and report when they had to fall back to it.
 */
export interface SaveBackend {
  load(): Promise<LoadedDocument>;
  write(text: string): Promise<WriteOutcome>;
}
