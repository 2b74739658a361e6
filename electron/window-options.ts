import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The one game window. Every webPreference that matters for safety is spelled out (even where it
 * is Electron's default) so a test can pin it and nobody flips one by accident: the page gets no
 * Node, runs in Chromium's sandbox, and is isolated from the preload's world.
 */

/** The game's own size (the Phaser canvas is laid out for it). */
export const GAME_WIDTH = 1280;
export const GAME_HEIGHT = 800;
/** Smallest window where the spell editor and the scene still fit side by side. */
export const MIN_WIDTH = 960;
export const MIN_HEIGHT = 600;
/** Painted before the first frame, so the window never flashes white at a kid. */
export const WINDOW_BACKGROUND = '#1b1530';

export interface MainWindowSettings {
  /** Absolute path of the bundled preload (build/electron/preload.cjs). */
  preloadPath: string;
  /** app.isPackaged: developer tools exist only in development. */
  isPackaged: boolean;
  /** The window title until the page sets its own (from the message catalogue). */
  title: string;
  /** A workshop kiosk (kiosk-launch.ts decides): full screen, no way to close, resize or inspect it. */
  kiosk?: boolean;
}

export function mainWindowOptions(settings: MainWindowSettings): BrowserWindowConstructorOptions {
  const options: BrowserWindowConstructorOptions = {
    width: GAME_WIDTH,
    height: GAME_HEIGHT,
    useContentSize: true,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    // shown on 'ready-to-show', when the first frame is painted
    show: false,
    backgroundColor: WINDOW_BACKGROUND,
    title: settings.title,
    autoHideMenuBar: true,
    webPreferences: {
      preload: settings.preloadPath,
      // The preload runs in its own JavaScript world; the page only sees what contextBridge exposes.
      contextIsolation: true,
      // Chromium's OS sandbox for the renderer; the preload can only require('electron') parts.
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      // Same-origin policy on; never load http content into our secure origin.
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      devTools: !settings.isPackaged,
      // The spell checker downloads dictionaries from the internet, and Python code is not English.
      spellcheck: false,
      // Dropping a file on the window must not navigate to it.
      navigateOnDragDrop: false,
      // A page cannot trap a kid in an endless row of alert() dialogs.
      safeDialogs: true,
    },
  };
  return settings.kiosk ? kioskWindowOptions(options) : options;
}

/**
 * The kiosk version of the window: what a stranger's kid at a workshop must not be able to do with
 * the window itself. Kiosk mode is the platform's own (macOS presentation mode; on Windows and
 * Linux a full-screen window, electron#7597), so full screen is asked for too. Developer tools are
 * off even in development: a kiosk is for visitors. The keys that would reload, close or zoom are
 * caught by kiosk-keys.ts, and closing is refused by close-guard.ts until the teacher's PIN.
 */
export function kioskWindowOptions(options: BrowserWindowConstructorOptions): BrowserWindowConstructorOptions {
  return {
    ...options,
    kiosk: true,
    fullscreen: true,
    // no title bar or buttons to shrink or hide the game (not resizable: false, which makes some
    // Linux window managers refuse full screen for a fixed-size window)
    frame: false,
    minimizable: false,
    webPreferences: {
      ...options.webPreferences,
      devTools: false,
      // the game is laid out for the screen; pinch zoom would hide the PIN prompt's edges
      zoomFactor: 1,
    },
  };
}
