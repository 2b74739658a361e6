import type { LoadedDocument, WriteOutcome } from '../../electron/ipc-channels.js';
import { BrowserSaveBackend } from './browser-save-backend.js';
import { DesktopSaveBackend } from './desktop-save-backend.js';

/**
 * Where the save document lives. The desktop app keeps it in a file in the user-data folder
 * (through the preload's API); the browser build keeps it in localStorage. Both keep a backup
 * and report when they had to fall back to it.
 */
export interface SaveBackend {
  load(): Promise<LoadedDocument>;
  write(text: string): Promise<WriteOutcome>;
}

export function defaultSaveBackend(): SaveBackend {
  if (typeof window !== 'undefined' && window.pyland) return new DesktopSaveBackend(window.pyland);
  return new BrowserSaveBackend(globalThis.localStorage);
}
