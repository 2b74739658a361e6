/**
 * The desktop app's main process: wiring only. Every decision lives in a module next to this
 * one and is unit-tested under Node (Electron's binary is not needed for those tests):
 *
 *   app-protocol.ts       app://game/ -> build/web and Pyodide files, with security headers
 *   content-security.ts   CSP, COOP/COEP/CORP, Referrer- and Permissions-Policy (shared with the web build's servers)
 *   window-options.ts     the game window's webPreferences (sandbox, no Node, ...)
 *   navigation-guard.ts   no navigation away, no new windows, no permissions
 *   ipc-handlers.ts       window.pyland's main side, with sender and argument checks
 *   save-store.ts         atomic saves with backup under the user-data folder
 *   app-lifecycle.ts      single instance, quitting, renderer crash recovery
 *   kiosk-launch.ts       is this start a kiosk (--kiosk, or the console's option in the save)
 *   kiosk-keys.ts         the shortcuts a kiosk window swallows
 *   close-guard.ts        a kiosk refuses to close or quit until the teacher's PIN
 *   kiosk-quit.ts         window.pyland.quitKiosk: the PIN checked again here, then quit
 *   kiosk-session.ts      the kiosk's rules attached to the window and the app, display kept awake
 *   save-file.ts          window.pyland.saveFile: the save dialog, then an atomic write
 *   launch-language.ts    --lang es: the language asked for this run, handed to the page as ?lang=es
 *   class-folder-service.ts  window.pyland's class folder: the folder dialog, a kid's file synced, the folder listed
 *
 * Bundled by scripts/build-electron.mjs into build/electron/main.cjs (package.json "main").
 */
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, net, powerMonitor, powerSaveBlocker, protocol, session } from 'electron';
import { translatorFor } from '../game/messages/translator.js';
import { FALLBACK_LANGUAGE } from '../game/model/language-choice.js';
import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, contentRootsFor, createAppProtocolHandler } from './app-protocol.js';
import {
  claimSingleInstance,
  quitWhenAllWindowsClosed,
  RendererRecovery,
  reopenOnActivate,
  savesDirectory,
  userDataDirectory,
} from './app-lifecycle.js';
import { createClassFolderService } from './class-folder-service.js';
import { CloseGuard } from './close-guard.js';
import { SAVE_DOCUMENT, setupIpcHandlers } from './ipc-handlers.js';
import { decideKiosk } from './kiosk-launch.js';
import { entryUrlWithLanguage, launchLanguage } from './launch-language.js';
import { createKioskQuit } from './kiosk-quit.js';
import { guardKioskQuit, guardKioskWindow, keepDisplayAwake, letSystemShutdownThrough } from './kiosk-session.js';
import { denyAllPermissions, guardWebContents } from './navigation-guard.js';
import { createFileSaver } from './save-file.js';
import { SaveStore } from './save-store.js';
import { mainWindowOptions } from './window-options.js';

let gameWindow: BrowserWindow | null = null;
const rendererRecovery = new RendererRecovery();
/** Decided once at start (kiosk-launch.ts); a kiosk stays one until the app quits. */
let kiosk = false;
let closeGuard = new CloseGuard(false);
/** Time for quitKiosk's answer to reach the page before the app quits (and the page with it). */
const QUIT_AFTER_ANSWER_MS = 150;

/** Exported for a future Electron-based test; runs once at the bottom of this file. */
export async function main(): Promise<void> {
  // Both must happen before 'ready': the scheme's privileges and the user-data location.
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  app.setPath('userData', userDataDirectory(app.getPath('appData'), process.env));

  if (
    !claimSingleInstance(
      app,
      () => gameWindow,
      () => kiosk,
    )
  )
    return;
  quitWhenAllWindowsClosed(app, process.platform);
  // every webContents, including any we never meant to create, gets the guards
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));

  // The save is read before the window exists: the console's "start as a kiosk" decides its shape.
  // Read-only (peek), so the game's own first load still reports a damaged save to the kid.
  const saves = new SaveStore(savesDirectory(app.getPath('userData')));
  const decision = await decideKiosk(process.argv, () => saves.peek(SAVE_DOCUMENT));
  kiosk = decision.kiosk;
  closeGuard = new CloseGuard(kiosk);
  if (decision.reason === 'no-kiosk-flag') console.log('pyland: --no-kiosk given, starting as an ordinary window');
  if (kiosk) {
    console.log(
      `pyland: starting as a kiosk (${decision.reason === 'flag' ? 'the --kiosk flag' : 'the teacher console option; --no-kiosk starts without it'})`,
    );
    guardKioskQuit(app, closeGuard, (line) => console.log(line));
  }

  await app.whenReady();
  // No menu means no Ctrl+R / Ctrl+Shift+I accelerators in the kid's app; developers keep them,
  // except in a kiosk. Must happen before any window exists.
  if (app.isPackaged || kiosk) Menu.setApplicationMenu(null);
  if (kiosk) keepDisplayAwake(powerSaveBlocker, app);
  denyAllPermissions(session.defaultSession);

  const roots = contentRootsFor({ isPackaged: app.isPackaged, appPath: app.getAppPath(), resourcesPath: process.resourcesPath });
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler(roots, (fileUrl) => net.fetch(fileUrl)),
  );

  setupIpcHandlers({
    ipcMain,
    gameContents: () => gameWindow?.webContents ?? null,
    saves,
    appInfo: () => ({ version: app.getVersion(), platform: process.platform, desktop: true, kiosk }),
    saveFile: createFileSaver({
      // modal to the game window, so the teacher finishes (or cancels) it before going on
      showSaveDialog: (options) => (gameWindow ? dialog.showSaveDialog(gameWindow, options) : dialog.showSaveDialog(options)),
      documentsDirectory,
      isKiosk: () => kiosk,
    }),
    quitKiosk: createKioskQuit({
      isKiosk: () => kiosk,
      readSave: () => saves.peek(SAVE_DOCUMENT),
      now: () => new Date(),
      allowQuit: () => closeGuard.allowQuit(),
      quitSoon: () => setTimeout(() => app.quit(), QUIT_AFTER_ANSWER_MS),
    }),
    classFolder: createClassFolderService({
      readSave: () => saves.peek(SAVE_DOCUMENT),
      isKiosk: () => kiosk,
      showOpenDialog: (options) => (gameWindow ? dialog.showOpenDialog(gameWindow, options) : dialog.showOpenDialog(options)),
      documentsDirectory,
    }),
  });

  openGameWindow();
  reopenOnActivate(app, () => gameWindow !== null, openGameWindow);
}

function openGameWindow(): void {
  const window = new BrowserWindow(
    mainWindowOptions({
      preloadPath: path.join(__dirname, 'preload.cjs'),
      isPackaged: app.isPackaged,
      // the page names the window in its own language as soon as it loads
      title: translatorFor(launchLanguage(process.argv) ?? FALLBACK_LANGUAGE).t('app.name'),
      kiosk,
    }),
  );
  gameWindow = window;
  const entryUrl = entryUrlWithLanguage(APP_ENTRY_URL, launchLanguage(process.argv));
  if (kiosk) {
    guardKioskWindow(window, closeGuard, process.platform, (line) => console.log(line));
    letSystemShutdownThrough(powerMonitor, window, closeGuard);
  }
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (gameWindow === window) gameWindow = null;
  });
  window.webContents.on('render-process-gone', (_event, details) => {
    if (rendererRecovery.shouldReload(details, Date.now())) void window.loadURL(entryUrl);
  });
  void window.loadURL(entryUrl);
}

/** The save dialog opens in the user's Documents folder, or the home folder where there is none. */
function documentsDirectory(): string {
  try {
    return app.getPath('documents');
  } catch {
    return app.getPath('home');
  }
}

main().catch((error: unknown) => {
  console.error('PyLand Memory School could not start:', error);
  app.exit(1);
});
