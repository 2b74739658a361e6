import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { IPC_CHANNELS, type AppInfo, type GameApi, type KioskQuitOutcome, type SaveFileOutcome } from '../contracts/ipc-channels.js';
import type { ClassFolderService } from './class-folder-service.js';
import { isAppUrl } from './navigation-guard.js';
import { KIOSK_QUIT_PROBLEMS } from './kiosk-quit.js';
import { FILE_PROBLEMS } from './save-file.js';
import { MAX_DOCUMENT_BYTES, SAVE_PROBLEMS, type SaveStore } from './save-store.js';

/**
 * The main-process side of window.pyland: one ipcMain.handle per IPC_CHANNELS entry. Every call
 * is checked before it does anything: it must come from the top frame of our own game window,
 * showing app://game/ (not a stray webContents, a sub-frame, or a page that navigated elsewhere),
 * and its arguments must have the right type and size. The renderer is treated as untrusted.
 */

/** The one save document of the game (profiles, progress, settings) in the save folder. */
export const SAVE_DOCUMENT = 'save';

export interface IpcHandlerDependencies {
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  /** The game window's webContents, or null while there is none. */
  gameContents: () => WebContents | null;
  saves: Pick<SaveStore, 'load' | 'write'>;
  appInfo: () => AppInfo;
  /** Checks the request itself, asks where (save dialog) and writes (save-file.ts createFileSaver). */
  saveFile: (request: unknown) => Promise<SaveFileOutcome>;
  /** Checks the PIN itself against the stored hash (kiosk-quit.ts createKioskQuit). */
  quitKiosk: (pin: unknown) => Promise<KioskQuitOutcome>;
  /** The class folder's three operations, each checking its own arguments (class-folder-service.ts). */
  classFolder: ClassFolderService;
}

type SenderEvent = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

/** True only for a call from the top frame of our game window while it shows app://game/. */
export function isTrustedSender(event: SenderEvent, gameContents: WebContents | null): boolean {
  if (gameContents === null || event.sender !== gameContents) return false;
  const frame = event.senderFrame;
  // null when the frame navigated away or was destroyed while the call was in flight
  if (frame === null || frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

/** Thrown to the caller; the page sees the invoke() promise reject. */
export class RefusedCallError extends Error {}

/** Each operation gets the raw, untrusted argument list and checks it itself. */
type Handlers = { [K in keyof GameApi]: (args: unknown[]) => ReturnType<GameApi[K]> };

/** Registers every handler; returns a function that removes them again. */
export function setupIpcHandlers(deps: IpcHandlerDependencies): () => void {
  const handlers: Handlers = {
    loadSave: async (args) => {
      expectArgumentCount(args, 0, 'loadSave');
      return deps.saves.load(SAVE_DOCUMENT);
    },
    writeSave: async (args) => {
      const [text] = args;
      // refused here, before it is even measured again by the store, so a huge or odd
      // payload costs the main process nothing
      if (
        args.length !== 1 ||
        typeof text !== 'string' ||
        text.length > MAX_DOCUMENT_BYTES ||
        Buffer.byteLength(text, 'utf8') > MAX_DOCUMENT_BYTES
      ) {
        return { ok: false, problem: SAVE_PROBLEMS.writeFailed };
      }
      return deps.saves.write(SAVE_DOCUMENT, text);
    },
    appInfo: async (args) => {
      expectArgumentCount(args, 0, 'appInfo');
      return deps.appInfo();
    },
    saveFile: async (args) => {
      // a wrong call is a failed save the teacher sees, not an exception in the main process
      if (args.length !== 1) return { outcome: 'failed', problem: FILE_PROBLEMS.saveFailed };
      return deps.saveFile(args[0]);
    },
    quitKiosk: async (args) => {
      // anything but exactly one PIN is a wrong PIN (and counted as one by quitKiosk)
      if (args.length !== 1) return { quitting: false, problem: KIOSK_QUIT_PROBLEMS.pinWrong };
      return deps.quitKiosk(args[0]);
    },
    chooseClassFolder: (args) => deps.classFolder.choose(args),
    syncClassKid: (args) => deps.classFolder.sync(args),
    listClassFolder: (args) => deps.classFolder.list(args),
  };

  const operations = Object.keys(IPC_CHANNELS) as Array<keyof GameApi>;
  for (const operation of operations) {
    const channel = IPC_CHANNELS[operation];
    deps.ipcMain.handle(channel, (event, ...args: unknown[]) => {
      if (!isTrustedSender(event, deps.gameContents())) {
        throw new RefusedCallError(`pyland: refused ${channel} from a sender that is not the game window`);
      }
      return handlers[operation](args);
    });
  }
  return () => {
    for (const operation of operations) deps.ipcMain.removeHandler(IPC_CHANNELS[operation]);
  };
}

function expectArgumentCount(args: unknown[], count: number, operation: string): void {
  if (args.length !== count) throw new RefusedCallError(`pyland: ${operation} takes ${count} arguments, got ${args.length}`);
}
