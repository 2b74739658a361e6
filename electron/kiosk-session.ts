import type { App, BrowserWindow, Event, Input, PowerMonitor, PowerSaveBlocker, WebContents } from 'electron';
import type { CloseGuard } from './close-guard.js';
import { blockedShortcut } from './kiosk-keys.js';

/**
 * The kiosk's wiring over Electron objects, kept out of main.ts so it is tested with fakes:
 * the key filter and zoom lock on the window's page, the close guard on the window and the app,
 * and the display kept awake while the kiosk runs.
 */

type KioskWebContents = Pick<WebContents, 'on' | 'setVisualZoomLevelLimits' | 'setZoomFactor'>;
type KioskWindow = Pick<BrowserWindow, 'on' | 'once' | 'removeMenu' | 'isFullScreen' | 'setKiosk'> & { webContents: KioskWebContents };

/**
 * Attaches the kiosk's rules to its window: blocked shortcuts never reach the page (or Chromium),
 * the zoom stays at 100% (pinch zoom off, and reset whenever something changed it), and closing is
 * refused while the guard says so. `log` gets one line per refused close (for the host's log).
 */
export function guardKioskWindow(
  window: KioskWindow,
  guard: CloseGuard,
  platform: NodeJS.Platform,
  log: (line: string) => void = () => undefined,
): void {
  // no menu bar on Windows and Linux, not even when Alt is pressed
  window.removeMenu();
  // The window is created hidden (shown on its first frame); some Linux window managers ignore
  // full screen asked for a window that is not mapped yet, so it is asked again once shown.
  window.once('show', () => {
    if (!window.isFullScreen()) window.setKiosk(true);
  });
  window.on('close', (event: Event) => {
    if (guard.refuse(event)) log('pyland kiosk: closing the window was refused (the teacher PIN opens the way out)');
  });
  const contents = window.webContents;
  contents.on('before-input-event', (event: Event, input: Input) => {
    if (blockedShortcut(input, platform) !== null) event.preventDefault();
  });
  const lockZoom = () => {
    contents.setZoomFactor(1);
    // a rejected promise here (page gone while loading) must not become an unhandled rejection
    contents.setVisualZoomLevelLimits(1, 1).catch(() => undefined);
  };
  // the zoom limits belong to the loaded page, so they are set again after every (re)load
  contents.on('did-finish-load', lockZoom);
  // Ctrl+mouse wheel asks to zoom; the kiosk answers by staying at 100%
  contents.on('zoom-changed', lockZoom);
}

/** Refuses app.quit() (Cmd+Q's menu role, a SIGINT, the dock's Quit) while the guard is locked. */
export function guardKioskQuit(app: Pick<App, 'on'>, guard: CloseGuard, log: (line: string) => void = () => undefined): void {
  app.on('before-quit', (event: Event) => {
    if (guard.refuse(event)) log('pyland kiosk: quitting was refused (the teacher PIN opens the way out)');
  });
}

/**
 * Keeps the screen on while the kiosk runs (a dark screen looks broken to a visitor), and lets it
 * sleep again when the app quits. Returns the blocker's id.
 */
export function keepDisplayAwake(blocker: Pick<PowerSaveBlocker, 'start' | 'stop' | 'isStarted'>, app: Pick<App, 'on'>): number {
  const id = blocker.start('prevent-display-sleep');
  app.on('will-quit', () => {
    if (blocker.isStarted(id)) blocker.stop(id);
  });
  return id;
}

/**
 * The computer shutting down, restarting or logging out must not be held up by a kiosk that
 * refuses to close (macOS would say "PyLand prevented logout"; Windows would wait for it): the
 * close guard opens for that. powerMonitor 'shutdown' covers Linux and macOS, the window's
 * 'session-end' Windows. Only the operating system sends these, never the page.
 */
export function letSystemShutdownThrough(
  powerMonitor: Pick<PowerMonitor, 'on'>,
  window: Pick<BrowserWindow, 'on'>,
  guard: CloseGuard,
): void {
  powerMonitor.on('shutdown', () => guard.allowQuit());
  window.on('session-end', () => guard.allowQuit());
}
