import path from 'node:path';
import type { App, BrowserWindow, RenderProcessGoneDetails } from 'electron';

/**
 * How the app starts, stays single and ends. Plain functions over Electron's `app`, so they are
 * tested with a fake one; main.ts only calls them.
 */

type AppEvents = Pick<App, 'on' | 'quit' | 'requestSingleInstanceLock'>;

/**
 * One copy of the game at a time: two copies would write the same save file and the second
 * would overwrite the first one's progress. A second start only brings the first window forward
 * (a kiosk window back to kiosk mode too). A second start never turns a running window into a
 * kiosk or out of one: that is decided once, at the first start.
 * Returns false when this process is the second copy (it is already quitting).
 */
export function claimSingleInstance(app: AppEvents, gameWindow: () => BrowserWindow | null, isKiosk: () => boolean = () => false): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const window = gameWindow();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    // A host starting the app again at a kiosk (a desktop shortcut, a second `--kiosk`) gets the
    // kiosk back in front and full screen, should the window manager have pulled it out.
    if (isKiosk() && !window.isKiosk()) window.setKiosk(true);
    window.show();
    window.focus();
  });
  return true;
}

/** Closing the window ends the game, except on macOS where apps stay in the dock by convention. */
export function quitWhenAllWindowsClosed(app: AppEvents, platform: NodeJS.Platform): void {
  app.on('window-all-closed', () => {
    if (platform !== 'darwin') app.quit();
  });
}

/** macOS: clicking the dock icon with no window open opens the game again. */
export function reopenOnActivate(app: AppEvents, hasWindow: () => boolean, openWindow: () => void): void {
  app.on('activate', () => {
    if (!hasWindow()) openWindow();
  });
}

/** The folder name under the OS's app-data folder; the same in development and when packaged. */
export const USER_DATA_FOLDER = 'PyLand Memory School';

/**
 * Where saves and Chromium's data live. PYLAND_USER_DATA_DIR lets automated tests use a
 * throw-away folder instead of a real kid's saves.
 */
export function userDataDirectory(appDataDirectory: string, env: NodeJS.ProcessEnv): string {
  const override = env['PYLAND_USER_DATA_DIR'];
  if (override && path.isAbsolute(override)) return override;
  return path.join(appDataDirectory, USER_DATA_FOLDER);
}

/** Saves go in their own folder so Chromium's files and ours never mix. */
export function savesDirectory(userData: string): string {
  return path.join(userData, 'saves');
}

/**
 * A renderer that dies (a spell that ate all memory, a GPU crash) leaves a blank window, which a
 * kid cannot fix. Reload the game instead, unless it keeps dying: after `limit` deaths within
 * `windowMs` the window stays as it is rather than flickering forever.
 */
export class RendererRecovery {
  readonly #deaths: number[] = [];

  constructor(
    private readonly limit = 3,
    private readonly windowMs = 60_000,
  ) {}

  /** Records a death and says whether to reload. A clean exit is not a death (shutting down). */
  shouldReload(details: Pick<RenderProcessGoneDetails, 'reason'>, nowMs: number): boolean {
    if (details.reason === 'clean-exit') return false;
    this.#deaths.push(nowMs);
    while (this.#deaths.length > 0 && nowMs - this.#deaths[0]! > this.windowMs) this.#deaths.shift();
    return this.#deaths.length <= this.limit;
  }
}
