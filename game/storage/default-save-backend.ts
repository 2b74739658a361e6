import { BrowserSaveBackend } from './browser-save-backend.js';
import { DesktopSaveBackend } from './desktop-save-backend.js';
import type { SaveBackend } from './save-backend.js';

/** The desktop app's file through the preload when there is one, else the browser's localStorage. */
export function defaultSaveBackend(): SaveBackend {
  if (typeof window !== 'undefined' && window.pyland) return new DesktopSaveBackend(window.pyland);
  return new BrowserSaveBackend(globalThis.localStorage);
}
