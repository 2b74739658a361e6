/**
 * Every IPC channel between the game (renderer) and the desktop shell (main), and the one
 * typed API the preload exposes as `window.pyland`. One method per operation; the renderer
 * never sees ipcRenderer. The Record below makes the compiler insist each method has a channel.
 */
import type { KidFile } from '../game/model/kid-file.js';

/** What loading a stored document gave. `text` is null when nothing was stored yet. */
export interface LoadedDocument {
  text: string | null;
  /** 'backup' when the main file was broken and the backup was used instead. */
  recoveredFrom: 'none' | 'backup';
  /** Set when a broken file was found (and kept aside): the kid-facing catalogue key to show. */
  problem: string | null;
}

export interface WriteOutcome {
  ok: boolean;
  /** Catalogue key of a kid-facing problem when ok is false. */
  problem?: string;
}

export interface AppInfo {
  version: string;
  platform: string;
  desktop: true;
  /** The window is a kiosk (started with --kiosk, or the console's "start as a kiosk" was on). */
  kiosk: boolean;
}

/** A file the game offers to save on the computer (the class CSV, the class setup, a Memory Lab program as .py, a kid's wizard file). */
export interface SaveFileRequest {
  /** Which file it is: decides the dialog's title and its file-type filter. */
  kind: 'class-csv' | 'class-setup' | 'lab-program' | 'kid-file';
  /** The name the dialog proposes, e.g. pyland-class-2026-11-25.csv. */
  suggestedName: string;
  text: string;
}

export interface SaveFileOutcome {
  /** 'saved' with the file's base name, 'cancelled' when the teacher closed the dialog. */
  outcome: 'saved' | 'cancelled' | 'failed';
  fileName?: string;
  /** Catalogue key when outcome is 'failed'. */
  problem?: string;
}

export interface KioskQuitOutcome {
  /** True when the PIN was right: the app quits right after answering. */
  quitting: boolean;
  /** Catalogue key of why not (wrong PIN, no kiosk, console locked). */
  problem?: string;
}

/** The console's "Choose the class folder": the platform's folder dialog. */
export interface ChooseFolderOutcome {
  /** 'chosen' with the folder's absolute path; 'cancelled' when the teacher closed the dialog. */
  outcome: 'chosen' | 'cancelled' | 'failed';
  folder?: string;
  /** Catalogue key when outcome is 'failed'. */
  problem?: string;
}

/**
 * Why the class folder did not take a kid's file or could not be read: none is set in the save,
 * this is a kiosk (its guests never go there), the folder is gone, read-only or full, or the kid's
 * file there cannot be read (damaged, from a newer game: it is left as it is).
 */
export type ClassFolderReason = 'no-folder' | 'kiosk' | 'unreachable' | 'read-only' | 'full' | 'write-failed' | 'unreadable';

/** What the class folder holds for one kid after a sync: this computer's file merged with the folder's (game/model/kid-merge.ts). */
export type ClassFolderSyncOutcome =
  { ok: true; file: KidFile } | { ok: false; reason: ClassFolderReason; problem: string; params?: Record<string, string | number> };

/** Every kid's file in the class folder, and what could not be read (`file` null: the folder itself). */
export interface ClassFolderListing {
  /** The folder as the save names it, or null when there is none. */
  folder: string | null;
  files: KidFile[];
  problems: { file: string | null; problem: string; params?: Record<string, string | number> }[];
}

export interface GameApi {
  /** Load the save document (profiles, progress, settings) as JSON text. */
  loadSave(): Promise<LoadedDocument>;
  /** Replace the save document atomically, keeping the previous good one as a backup. */
  writeSave(text: string): Promise<WriteOutcome>;
  appInfo(): Promise<AppInfo>;
  /** Ask where to save a file (the platform's save dialog) and write it there. */
  saveFile(request: SaveFileRequest): Promise<SaveFileOutcome>;
  /**
   * Leave the kiosk: the main process checks the PIN itself against the stored hash, so a
   * renderer that was tricked cannot quit the kiosk without it. The renderer counts wrong tries.
   */
  quitKiosk(pin: string): Promise<KioskQuitOutcome>;
  /** Ask which folder is the class folder (the platform's folder dialog). The page stores the answer in the save. */
  chooseClassFolder(): Promise<ChooseFolderOutcome>;
  /**
   * Merge one named kid's file (game/model/kid-file.ts, as text) into the class folder the save
   * names, atomically. The main process reads the folder and this computer's id from the stored
   * save, never from the call: a page cannot point it anywhere else.
   */
  syncClassKid(kidFileText: string): Promise<ClassFolderSyncOutcome>;
  /** Every kid's file in the class folder the save names. */
  listClassFolder(): Promise<ClassFolderListing>;
}

/**
 * A stored save document is usable when it is a JSON object with a numeric `schema`. The one
 * rule both stores apply (the desktop file store and the browser's localStorage store), so a
 * document one accepts the other accepts too; what the fields mean is the game model's business.
 */
export function isValidSaveDocument(text: string): boolean {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return false;
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { schema?: unknown }).schema === 'number';
}

export const IPC_CHANNELS: Record<keyof GameApi, string> = {
  loadSave: 'pyland:save:load',
  writeSave: 'pyland:save:write',
  appInfo: 'pyland:app:info',
  saveFile: 'pyland:file:save',
  quitKiosk: 'pyland:kiosk:quit',
  chooseClassFolder: 'pyland:class-folder:choose',
  syncClassKid: 'pyland:class-folder:sync-kid',
  listClassFolder: 'pyland:class-folder:list',
};

declare global {
  interface Window {
    /** Present only inside the desktop app. */
    pyland?: GameApi;
  }
}
