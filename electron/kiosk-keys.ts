import type { Input } from 'electron';

/**
 * Which keys a kiosk window swallows before the page sees them (webContents 'before-input-event'
 * with event.preventDefault(), wired in main.ts). A stranger's kid must not reload the game
 * (losing a guest's turn), close or hide the window, zoom it so the game no longer fits, toggle
 * full screen, or open developer tools. Everything a kid needs to play stays: typing, the editor's
 * Ctrl+C/V/X/Z/A and Ctrl+Enter, Tab, Esc, the arrows, and the teacher's exit chord
 * Ctrl+Alt+Shift+K (Cmd+Alt+Shift+K on macOS), which the page turns into the PIN prompt.
 *
 * The "primary" modifier of a shortcut is Ctrl on Windows and Linux and Cmd on macOS; the filter
 * blocks both on every platform for the shortcuts below, because a remapped keyboard or an
 * Electron default accelerator may use either, and neither one is needed by the game with these
 * keys. Letters are matched by the character the key types, so on AZERTY Ctrl+Z stays undo (its
 * key sits where QWERTY has W); only when the key types no ASCII character (a Cyrillic or Greek
 * layout, or macOS turning Cmd+Alt+I into "ˆ") does the key's position (`code`) count instead.
 *
 * What no app can block (Alt+Tab, the Windows key, Ctrl+Alt+Del, Cmd+Tab, Cmd+Alt+Esc) needs the
 * operating system's own kiosk settings; Alt+F4 comes from the window manager and is also refused
 * by the close guard.
 */

export type KioskKeyInput = Pick<Input, 'type' | 'key' | 'code' | 'control' | 'meta' | 'alt' | 'shift'>;

export type KioskKeyDecision = 'block' | 'allow';

/** The kind of blocked shortcut, for tests and the log; null when the key is allowed. */
export type BlockedShortcut =
  'close' | 'quit' | 'reload' | 'full-screen' | 'developer-tools' | 'zoom' | 'hide-window' | 'browser-navigation' | 'window-menu';

const PRINTABLE_ASCII = /^[\x20-\x7e]$/;

/**
 * The key is this letter: by the character it types when that is plain ASCII (so AZERTY's Ctrl+Z
 * stays undo), else by its position (a Cyrillic layout's Ctrl+К is Ctrl+R to Chromium).
 */
function isLetter(input: KioskKeyInput, letter: string): boolean {
  if (PRINTABLE_ASCII.test(input.key)) return input.key.toLowerCase() === letter;
  return input.code === `Key${letter.toUpperCase()}`;
}

const ZOOM_KEYS = new Set(['+', '-', '=', '_', '0']);
const ZOOM_CODES = new Set(['Equal', 'Minus', 'Digit0', 'NumpadAdd', 'NumpadSubtract', 'Numpad0']);

/** Keys on some keyboards (and remote controls) that make Chromium go back, forward or reload. */
const BROWSER_KEYS = new Set([
  'BrowserBack',
  'BrowserForward',
  'BrowserRefresh',
  'BrowserHome',
  'BrowserStop',
  'BrowserSearch',
  'BrowserFavorites',
]);

/** Which shortcut this key press is, when it is one the kiosk blocks; null when it is allowed. */
export function blockedShortcut(input: KioskKeyInput, platform: NodeJS.Platform): BlockedShortcut | null {
  const primary = input.control || input.meta;
  const key = input.key;

  // Function keys block whatever modifiers come with them (Ctrl+F5, Shift+F5 reload too).
  if (key === 'F5' || input.code === 'F5') return 'reload';
  if (key === 'F11' || input.code === 'F11') return 'full-screen';
  if (key === 'F12' || input.code === 'F12') return 'developer-tools';
  if (key === 'F4' && (input.alt || input.control)) return 'close';
  if (BROWSER_KEYS.has(key) || BROWSER_KEYS.has(input.code)) return 'browser-navigation';

  // Ctrl+Alt on Windows and Linux is AltGr, which types characters on most keyboards that are not
  // US English: AltGr+0 types } and AltGr+ß types \ on a German one, AltGr+Q types @. Those must
  // reach the editor, and no reload/close/zoom/devtools shortcut is made with Ctrl+Alt there.
  const altGr = platform !== 'darwin' && input.control && input.alt && !input.meta;

  if (primary && !altGr) {
    if (isLetter(input, 'w')) return 'close';
    if (isLetter(input, 'q')) return 'quit';
    if (isLetter(input, 'r')) return 'reload';
    // Ctrl+Shift+I/J/C on Windows and Linux, Cmd+Alt+I/J/C (and Cmd+Shift+I/J/C) on macOS
    if ((input.shift || input.alt) && (isLetter(input, 'i') || isLetter(input, 'j') || isLetter(input, 'c'))) return 'developer-tools';
    if (ZOOM_KEYS.has(key) || ZOOM_CODES.has(input.code)) return 'zoom';
  }

  if (platform === 'darwin' && input.meta) {
    // Cmd+M minimises, Cmd+H (and Cmd+Alt+H) hides, Cmd+Ctrl+F toggles full screen
    if (isLetter(input, 'm') || isLetter(input, 'h')) return 'hide-window';
    if (input.control && isLetter(input, 'f')) return 'full-screen';
  }

  // Alt+Space opens the window menu (minimise, close) on Windows and many Linux desktops
  if (input.alt && !primary && (key === ' ' || input.code === 'Space')) return 'window-menu';

  return null;
}

export function kioskKeyDecision(input: KioskKeyInput, platform: NodeJS.Platform): KioskKeyDecision {
  return blockedShortcut(input, platform) === null ? 'allow' : 'block';
}
