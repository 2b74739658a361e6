import type { Session, WebContents } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-protocol.js';

/**
 * The game never leaves app://game/: no link, redirect, dragged-in file or script can navigate a
 * window anywhere else, open a new window, or get a browser permission (camera, microphone,
 * notifications, ...). A kid's spell cannot reach the page anyway; this is the second wall, in case
 * some page code (or a future bug) tries.
 */

/** True only for URLs of the game's own origin, app://game/ (any path). */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    // Chromium lowercases hosts of standard schemes; Node's URL (used in tests) does not
    parsed.hostname.toLowerCase() === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** Applies every guard to one webContents (the app calls it for each one created). */
export function guardWebContents(contents: WebContents): void {
  const refuseUnlessApp = (event: { preventDefault(): void }, url: string): void => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', (event, url) => refuseUnlessApp(event, url));
  contents.on('will-redirect', (event, url) => refuseUnlessApp(event, url));
  // covers sub-frames too (will-navigate fires for the main frame only)
  contents.on('will-frame-navigate', (event) => refuseUnlessApp(event, event.url));
  // The game has no <webview>; refuse one even if the tag were ever enabled.
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // No popups, no new windows, not even of our own origin: the game is one window.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Denies every permission request and check (the game needs none). */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
