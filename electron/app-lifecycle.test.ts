import type { App, BrowserWindow } from 'electron';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  claimSingleInstance,
  quitWhenAllWindowsClosed,
  RendererRecovery,
  reopenOnActivate,
  savesDirectory,
  USER_DATA_FOLDER,
  userDataDirectory,
} from './app-lifecycle.js';

function fakeApp(options: { gotLock?: boolean } = {}) {
  const listeners = new Map<string, () => void>();
  let quits = 0;
  const app = {
    requestSingleInstanceLock: () => options.gotLock ?? true,
    quit: () => {
      quits += 1;
    },
    on: (event: string, listener: () => void) => {
      listeners.set(event, listener);
      return app;
    },
  };
  return {
    app: app as unknown as App,
    emit: (event: string) => listeners.get(event)?.(),
    has: (event: string) => listeners.has(event),
    quits: () => quits,
  };
}

function fakeWindow(minimized: boolean, kiosk = false) {
  const calls: string[] = [];
  const window = {
    isMinimized: () => minimized,
    isKiosk: () => kiosk,
    setKiosk: (on: boolean) => calls.push(`setKiosk ${on}`),
    restore: () => calls.push('restore'),
    show: () => calls.push('show'),
    focus: () => calls.push('focus'),
  };
  return { window: window as unknown as BrowserWindow, calls };
}

describe('claimSingleInstance', () => {
  it('a second start brings a kiosk window back to the front, in kiosk mode', () => {
    const fake = fakeApp();
    const kioskWindow = fakeWindow(true, false);
    claimSingleInstance(
      fake.app,
      () => kioskWindow.window,
      () => true,
    );
    fake.emit('second-instance');
    expect(kioskWindow.calls).toEqual(['restore', 'setKiosk true', 'show', 'focus']);
    const stillKiosk = fakeWindow(false, true);
    const other = fakeApp();
    claimSingleInstance(
      other.app,
      () => stillKiosk.window,
      () => true,
    );
    other.emit('second-instance');
    expect(stillKiosk.calls).toEqual(['show', 'focus']);
  });

  it('quits a second copy of the game straight away', () => {
    const fake = fakeApp({ gotLock: false });
    expect(claimSingleInstance(fake.app, () => null)).toBe(false);
    expect(fake.quits()).toBe(1);
    expect(fake.has('second-instance')).toBe(false);
  });

  it('brings the running window forward (restoring it if minimised) when a second copy starts', () => {
    const fake = fakeApp();
    const { window, calls } = fakeWindow(true);
    expect(claimSingleInstance(fake.app, () => window)).toBe(true);
    fake.emit('second-instance');
    expect(calls).toEqual(['restore', 'show', 'focus']);
    expect(fake.quits()).toBe(0);
  });

  it('does nothing on a second start while no window exists yet', () => {
    const fake = fakeApp();
    claimSingleInstance(fake.app, () => null);
    expect(() => fake.emit('second-instance')).not.toThrow();
  });
});

describe('quitWhenAllWindowsClosed', () => {
  it.each([
    ['linux', 1],
    ['win32', 1],
    ['darwin', 0],
  ] as const)('on %s quits %i time(s) when the last window closes', (platform, expected) => {
    const fake = fakeApp();
    quitWhenAllWindowsClosed(fake.app, platform);
    fake.emit('window-all-closed');
    expect(fake.quits()).toBe(expected);
  });
});

describe('reopenOnActivate', () => {
  it('opens a window only when none is open', () => {
    const fake = fakeApp();
    let opened = 0;
    let hasWindow = false;
    reopenOnActivate(
      fake.app,
      () => hasWindow,
      () => (opened += 1),
    );
    fake.emit('activate');
    hasWindow = true;
    fake.emit('activate');
    expect(opened).toBe(1);
  });
});

describe('userDataDirectory', () => {
  it('uses one named folder under app data, in development and packaged alike', () => {
    expect(userDataDirectory('/home/kid/.config', {})).toBe(path.join('/home/kid/.config', USER_DATA_FOLDER));
    expect(savesDirectory('/u')).toBe(path.join('/u', 'saves'));
  });

  it('lets tests point it at an absolute throw-away folder, and ignores a relative one', () => {
    expect(userDataDirectory('/home/kid/.config', { PYLAND_USER_DATA_DIR: '/tmp/e2e-run' })).toBe('/tmp/e2e-run');
    expect(userDataDirectory('/home/kid/.config', { PYLAND_USER_DATA_DIR: 'relative' })).toBe(
      path.join('/home/kid/.config', USER_DATA_FOLDER),
    );
  });
});

describe('RendererRecovery', () => {
  it('reloads after a crash or out-of-memory, not after a clean exit', () => {
    const recovery = new RendererRecovery();
    expect(recovery.shouldReload({ reason: 'clean-exit' }, 0)).toBe(false);
    expect(recovery.shouldReload({ reason: 'oom' }, 0)).toBe(true);
    expect(recovery.shouldReload({ reason: 'crashed' }, 1000)).toBe(true);
  });

  it('stops reloading a renderer that keeps dying, and starts again after a quiet minute', () => {
    const recovery = new RendererRecovery(3, 60_000);
    const answers = [0, 1000, 2000, 3000].map((t) => recovery.shouldReload({ reason: 'crashed' }, t));
    expect(answers).toEqual([true, true, true, false]);
    expect(recovery.shouldReload({ reason: 'crashed' }, 3000 + 60_001)).toBe(true);
  });
});
