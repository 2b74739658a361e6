import type { App, BrowserWindow, PowerMonitor, PowerSaveBlocker } from 'electron';
import { describe, expect, it } from 'vitest';
import { CloseGuard } from './close-guard.js';
import { guardKioskQuit, guardKioskWindow, keepDisplayAwake, letSystemShutdownThrough } from './kiosk-session.js';

type Listener = (...args: any[]) => void;

function fakeWindow(options: { fullScreenOnShow?: boolean } = {}) {
  const listeners = new Map<string, Listener>();
  const calls: string[] = [];
  const window = {
    on: (event: string, listener: Listener) => listeners.set(event, listener),
    once: (event: string, listener: Listener) => listeners.set(`once:${event}`, listener),
    removeMenu: () => calls.push('removeMenu'),
    isFullScreen: () => options.fullScreenOnShow ?? true,
    setKiosk: (on: boolean) => calls.push(`setKiosk ${on}`),
    webContents: {
      on: (event: string, listener: Listener) => listeners.set(`webContents:${event}`, listener),
      setZoomFactor: (factor: number) => calls.push(`setZoomFactor ${factor}`),
      setVisualZoomLevelLimits: async (min: number, max: number) => {
        calls.push(`setVisualZoomLevelLimits ${min} ${max}`);
      },
    },
  };
  return { window: window as unknown as BrowserWindow, listeners, calls };
}

function fakeApp() {
  const listeners = new Map<string, Listener>();
  const app = { on: (event: string, listener: Listener) => listeners.set(event, listener) };
  return { app: app as unknown as App, listeners };
}

function fire(listener: Listener | undefined, ...args: unknown[]): boolean {
  let prevented = false;
  listener!({ preventDefault: () => (prevented = true) }, ...args);
  return prevented;
}

const key = (key: string, code: string, control = false) => ({
  type: 'keyDown',
  key,
  code,
  control,
  meta: false,
  alt: false,
  shift: false,
});

describe('guardKioskWindow', () => {
  it('swallows blocked shortcuts before the page sees them, and lets typing through', () => {
    const { window, listeners } = fakeWindow();
    guardKioskWindow(window, new CloseGuard(true), 'linux');
    const input = listeners.get('webContents:before-input-event');
    expect(fire(input, key('r', 'KeyR', true))).toBe(true);
    expect(fire(input, key('w', 'KeyW', true))).toBe(true);
    expect(fire(input, key('F11', 'F11'))).toBe(true);
    expect(fire(input, key('x', 'KeyX'))).toBe(false);
    expect(fire(input, key('Enter', 'Enter', true))).toBe(false);
  });

  it('refuses to close until the guard is opened, and logs each refusal', () => {
    const { window, listeners } = fakeWindow();
    const guard = new CloseGuard(true);
    const log: string[] = [];
    guardKioskWindow(window, guard, 'win32', (line) => log.push(line));
    expect(fire(listeners.get('close'))).toBe(true);
    expect(log).toHaveLength(1);
    guard.allowQuit();
    expect(fire(listeners.get('close'))).toBe(false);
    expect(log).toHaveLength(1);
  });

  it('removes the menu and locks the zoom at 100% after every load and every zoom request', async () => {
    const { window, listeners, calls } = fakeWindow();
    guardKioskWindow(window, new CloseGuard(true), 'linux');
    expect(calls).toEqual(['removeMenu']);
    listeners.get('webContents:did-finish-load')!();
    fire(listeners.get('webContents:zoom-changed'), 'in');
    await Promise.resolve();
    expect(calls).toEqual([
      'removeMenu',
      'setZoomFactor 1',
      'setVisualZoomLevelLimits 1 1',
      'setZoomFactor 1',
      'setVisualZoomLevelLimits 1 1',
    ]);
  });

  it('asks for kiosk mode again when the window manager showed the window without full screen', () => {
    const ignored = fakeWindow({ fullScreenOnShow: false });
    guardKioskWindow(ignored.window, new CloseGuard(true), 'linux');
    ignored.listeners.get('once:show')!();
    expect(ignored.calls).toEqual(['removeMenu', 'setKiosk true']);
    const honoured = fakeWindow({ fullScreenOnShow: true });
    guardKioskWindow(honoured.window, new CloseGuard(true), 'linux');
    honoured.listeners.get('once:show')!();
    expect(honoured.calls).toEqual(['removeMenu']);
  });
});

describe('guardKioskQuit', () => {
  it('refuses app.quit() while the kiosk is locked, and lets it through after the PIN', () => {
    const { app, listeners } = fakeApp();
    const guard = new CloseGuard(true);
    guardKioskQuit(app, guard);
    expect(fire(listeners.get('before-quit'))).toBe(true);
    guard.allowQuit();
    expect(fire(listeners.get('before-quit'))).toBe(false);
  });
});

describe('keepDisplayAwake', () => {
  it('keeps the display on from the start and lets it sleep when the app quits', () => {
    const events: string[] = [];
    let started = false;
    const blocker = {
      start: (type: string) => (events.push(`start ${type}`), (started = true), 42),
      isStarted: (id: number) => id === 42 && started,
      stop: (id: number) => (events.push(`stop ${id}`), (started = false), true),
    } as unknown as PowerSaveBlocker;
    const { app, listeners } = fakeApp();
    expect(keepDisplayAwake(blocker, app)).toBe(42);
    expect(events).toEqual(['start prevent-display-sleep']);
    listeners.get('will-quit')!();
    listeners.get('will-quit')!();
    expect(events).toEqual(['start prevent-display-sleep', 'stop 42']);
  });
});

describe('letSystemShutdownThrough', () => {
  it.each([
    ['a shutdown on Linux or macOS', 'monitor:shutdown'],
    ['a Windows session ending', 'window:session-end'],
  ])('opens the close guard for %s', (_name, source) => {
    const monitorListeners = new Map<string, Listener>();
    const monitor = { on: (event: string, listener: Listener) => monitorListeners.set(event, listener) } as unknown as PowerMonitor;
    const { window, listeners } = fakeWindow();
    const guard = new CloseGuard(true);
    letSystemShutdownThrough(monitor, window, guard);
    expect(guard.mayClose).toBe(false);
    const [where, event] = source.split(':') as [string, string];
    (where === 'monitor' ? monitorListeners : listeners).get(event)!({});
    expect(guard.mayClose).toBe(true);
  });
});
