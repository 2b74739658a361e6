import type { KioskOptions } from './kiosk-options.js';

/**
 * Is this game a kiosk, and how long may it stay untouched? Pure functions of what the page was
 * started with, so the rules are tested without a browser:
 *   - browser build: `?kiosk=1` in the address; `idle=<seconds>` (whole, 3..3600) overrides the
 *     console's idle minutes for that page only (a host can use it too, the e2e tests use it);
 *   - desktop app: the shell says so in `appInfo().kiosk` (started with --kiosk or startInKiosk).
 */
export const MIN_IDLE_OVERRIDE_SECONDS = 3;
export const MAX_IDLE_OVERRIDE_SECONDS = 3600;

export interface KioskLaunch {
  kiosk: boolean;
  /** Seconds of the URL's `idle=` override, or null to use the console's minutes. */
  idleSecondsOverride: number | null;
  /** The desktop app (quitting is possible) or the browser build (the console is the way out). */
  desktop: boolean;
}

/** What the address of the browser build asks for. */
export function kioskFromSearch(search: string): { kiosk: boolean; idleSecondsOverride: number | null } {
  const params = new URLSearchParams(search);
  const idle = params.get('idle');
  // whole seconds written as plain digits only: "5", not "5.5", "1e3" or " 5"
  const seconds = idle !== null && /^[0-9]{1,5}$/.test(idle) ? Number(idle) : null;
  return {
    kiosk: params.get('kiosk') === '1',
    idleSecondsOverride: seconds !== null && seconds >= MIN_IDLE_OVERRIDE_SECONDS && seconds <= MAX_IDLE_OVERRIDE_SECONDS ? seconds : null,
  };
}

/** The part of the desktop API this needs (contracts/ipc-channels.ts GameApi.appInfo). */
export interface AppInfoSource {
  appInfo(): Promise<{ kiosk: boolean }>;
}

/**
 * Desktop (a `window.pyland` is given): the shell decides, and the address is ignored because the
 * shell loads its own. A shell that cannot answer is taken as "no kiosk": the shell's own kiosk
 * window (its key filter and close guard) does not depend on the renderer's answer.
 */
export async function detectKiosk(search: string, desktopApi: AppInfoSource | undefined): Promise<KioskLaunch> {
  const fromUrl = kioskFromSearch(search);
  if (desktopApi) {
    let kiosk: boolean;
    try {
      kiosk = (await desktopApi.appInfo()).kiosk === true;
    } catch {
      kiosk = false;
    }
    return { kiosk, idleSecondsOverride: fromUrl.idleSecondsOverride, desktop: true };
  }
  return { ...fromUrl, desktop: false };
}

export interface KioskTimings {
  /** Milliseconds without input before "Still there?" appears. */
  idleMs: number;
  /** Seconds the "Still there?" countdown lasts. */
  countdownSeconds: number;
}

/** The console's options (teacher.kiosk in the save), with the address's idle override on top. */
export function kioskTimings(options: KioskOptions, idleSecondsOverride: number | null): KioskTimings {
  return {
    idleMs: (idleSecondsOverride ?? options.idleMinutes * 60) * 1000,
    countdownSeconds: options.countdownSeconds,
  };
}

/**
 * The way out: Ctrl+Alt+Shift+K (Cmd+Alt+Shift+K on macOS). Compared by `code` so it also works
 * on keyboards where Alt changes the letter (e.g. macOS gives "˚" for Alt+K).
 */
export function isExitChord(
  event: { key: string; code: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean },
  mac: boolean,
): boolean {
  const command = mac ? event.metaKey : event.ctrlKey;
  const isK = event.code === 'KeyK' || event.key.toLowerCase() === 'k';
  return command && event.altKey && event.shiftKey && isK;
}
