import {
  IPC_CHANNELS,
  type AppInfo,
  type ChooseFolderOutcome,
  type ClassFolderListing,
  type ClassFolderSyncOutcome,
  type GameApi,
  type KioskQuitOutcome,
  type LoadedDocument,
  type SaveFileOutcome,
  type SaveFileRequest,
  type WriteOutcome,
} from '../contracts/ipc-channels.js';

/**
 * Builds the object the preload exposes as `window.pyland`: one method per GameApi operation,
 * each forwarding exactly its own arguments to its own channel. The page never gets ipcRenderer,
 * a channel name, or the IPC event: only these functions and the plain data they resolve to.
 * Kept apart from preload.ts (which needs Electron) so it is tested under Node.
 */
export type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>;

export function createGameApi(invoke: Invoke): GameApi {
  // Typed as GameApi, so the compiler insists on every operation and no extra one.
  const api: GameApi = {
    loadSave: () => invoke(IPC_CHANNELS.loadSave) as Promise<LoadedDocument>,
    // only the text crosses, whatever else a caller passes
    writeSave: (text: string) => invoke(IPC_CHANNELS.writeSave, text) as Promise<WriteOutcome>,
    appInfo: () => invoke(IPC_CHANNELS.appInfo) as Promise<AppInfo>,
    // The request crosses as one plain copy of its three fields: no getters, prototypes or extra
    // properties of the page's object reach the main process (it checks the fields again anyway).
    saveFile: (request: SaveFileRequest) =>
      invoke(IPC_CHANNELS.saveFile, {
        kind: request?.kind,
        suggestedName: request?.suggestedName,
        text: request?.text,
      }) as Promise<SaveFileOutcome>,
    quitKiosk: (pin: string) => invoke(IPC_CHANNELS.quitKiosk, pin) as Promise<KioskQuitOutcome>,
    // no folder crosses from the page: the main process takes it from the stored save
    chooseClassFolder: () => invoke(IPC_CHANNELS.chooseClassFolder) as Promise<ChooseFolderOutcome>,
    syncClassKid: (kidFileText: string) => invoke(IPC_CHANNELS.syncClassKid, kidFileText) as Promise<ClassFolderSyncOutcome>,
    listClassFolder: () => invoke(IPC_CHANNELS.listClassFolder) as Promise<ClassFolderListing>,
  };
  return Object.freeze(api);
}
