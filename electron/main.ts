/**
 * The desktop app's main process: wiring only. Every decision lives in a module next to this
 * one and is unit-tested under Node (Electron's binary is not needed for those tests):
 *
 *   app-protocol.ts       app://game/ -> build/web and Pyodide files, with security headers
 *   content-security.ts   CSP + COOP/COEP/CORP (shared with the web build's servers)
 *   window-options.ts     the game window's webPreferences (sandbox, no Node, ...)
 *   navigation-guard.ts   no navigation away, no new windows, no permissions
 *   ipc-handlers.ts       window.pyland's main side, with sender and argument checks
 *   save-store.ts         atomic saves with backup under the user-data folder
 *   app-lifecycle.ts      single instance, quitting, renderer crash recovery
 *
 * Bundled by scripts/build-electron.mjs into build/electron/main.cjs (package.json "main").
 */
import path from 'node:path';
import { app, BrowserWindow, ipcMain, Menu, net, protocol, session } from 'electron';
import { formatMessage } from '../game/messages/format.js';
import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, contentRootsFor, createAppProtocolHandler } from './app-protocol.js';
import { claimSingleInstance, quitWhenAllWindowsClosed, RendererRecovery, reopenOnActivate, savesDirectory, userDataDirectory } from './app-lifecycle.js';
import { setupIpcHandlers } from './ipc-handlers.js';
import { denyAllPermissions, guardWebContents } from './navigation-guard.js';
import { SaveStore } from './save-store.js';
import { mainWindowOptions } from './window-options.js';

let gameWindow: BrowserWindow | null = null;
const rendererRecovery = new RendererRecovery();

/** Exported for a future Electron-based test; runs once at the bottom of this file. */
export async function main(): Promise<void> {
  // Both must happen before 'ready': the scheme's privileges and the user-data location.
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  app.setPath('userData', userDataDirectory(app.getPath('appData'), process.env));

  if (!claimSingleInstance(app, () => gameWindow)) return;
  quitWhenAllWindowsClosed(app, process.platform);
  // every webContents, including any we never meant to create, gets the guards
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));

  await app.whenReady();
  // No menu means no Ctrl+R / Ctrl+Shift+I accelerators in the kid's app; developers keep them.
  if (app.isPackaged) Menu.setApplicationMenu(null);
  denyAllPermissions(session.defaultSession);

  const roots = contentRootsFor({ isPackaged: app.isPackaged, appPath: app.getAppPath(), resourcesPath: process.resourcesPath });
  protocol.handle(APP_SCHEME, createAppProtocolHandler(roots, (fileUrl) => net.fetch(fileUrl)));

  setupIpcHandlers({
    ipcMain,
    gameContents: () => gameWindow?.webContents ?? null,
    saves: new SaveStore(savesDirectory(app.getPath('userData'))),
    appInfo: () => ({ version: app.getVersion(), platform: process.platform, desktop: true }),
  });

  openGameWindow();
  reopenOnActivate(app, () => gameWindow !== null, openGameWindow);
}

function openGameWindow(): void {
  const window = new BrowserWindow(
    mainWindowOptions({
      preloadPath: path.join(__dirname, 'preload.cjs'),
      isPackaged: app.isPackaged,
      title: formatMessage('app.name'),
    }),
  );
  gameWindow = window;
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (gameWindow === window) gameWindow = null;
  });
  window.webContents.on('render-process-gone', (_event, details) => {
    if (rendererRecovery.shouldReload(details, Date.now())) void window.loadURL(APP_ENTRY_URL);
  });
  void window.loadURL(APP_ENTRY_URL);
}

main().catch((error: unknown) => {
  console.error('PyLand Memory School could not start:', error);
  app.exit(1);
});
