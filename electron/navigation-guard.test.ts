import type { Session, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { denyAllPermissions, guardWebContents, isAppUrl } from './navigation-guard.js';

/** A stand-in webContents that records listeners so a test can fire Electron's events at them. */
function fakeWebContents() {
  const listeners = new Map<string, Array<(...args: unknown[]) => void>>();
  let windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on(name: string, listener: (...args: unknown[]) => void) {
      listeners.set(name, [...(listeners.get(name) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler: typeof windowOpenHandler) {
      windowOpenHandler = handler;
    },
  };
  /** Fires an event the way Electron does and reports whether a listener cancelled it. */
  function fire(name: string, url: string): { prevented: boolean } {
    const event = {
      url,
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    };
    const registered = listeners.get(name) ?? [];
    expect(registered.length, `a listener for ${name}`).toBeGreaterThan(0);
    for (const listener of registered) listener(event, url);
    return { prevented: event.defaultPrevented };
  }
  return {
    contents: contents as unknown as WebContents,
    fire,
    openWindow: (url: string) => {
      if (!windowOpenHandler) throw new Error('no window open handler was set');
      return windowOpenHandler({ url });
    },
  };
}

describe('isAppUrl', () => {
  it.each(['app://game/', 'app://game/index.html', 'app://game/levels/hat?x=1#y', 'APP://GAME/index.html'])('accepts %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'app://gamey/index.html',
    'app://game.example.com/',
    'app://game:1/',
    'app://kid@game/',
    'javascript:alert(1)',
    'data:text/html,<h1>hi</h1>',
    'blob:app://game/1234',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('guardWebContents', () => {
  it('lets the game navigate within app://game/', () => {
    const fake = fakeWebContents();
    guardWebContents(fake.contents);
    expect(fake.fire('will-navigate', 'app://game/index.html').prevented).toBe(false);
    expect(fake.fire('will-frame-navigate', 'app://game/index.html').prevented).toBe(false);
    expect(fake.fire('will-redirect', 'app://game/index.html').prevented).toBe(false);
  });

  it('blocks navigation, frame navigation and redirects to anywhere else', () => {
    const fake = fakeWebContents();
    guardWebContents(fake.contents);
    for (const url of ['https://example.com/', 'file:///home/kid/secret.txt', 'about:blank']) {
      expect(fake.fire('will-navigate', url).prevented, url).toBe(true);
      expect(fake.fire('will-frame-navigate', url).prevented, url).toBe(true);
      expect(fake.fire('will-redirect', url).prevented, url).toBe(true);
    }
  });

  it('denies every new window, even one of the game itself', () => {
    const fake = fakeWebContents();
    guardWebContents(fake.contents);
    expect(fake.openWindow('https://example.com/')).toEqual({ action: 'deny' });
    expect(fake.openWindow('app://game/index.html')).toEqual({ action: 'deny' });
  });

  it('refuses to attach a <webview>', () => {
    const fake = fakeWebContents();
    guardWebContents(fake.contents);
    expect(fake.fire('will-attach-webview', 'app://game/index.html').prevented).toBe(true);
  });
});

describe('denyAllPermissions', () => {
  it('answers no to every permission request, check and device request', () => {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (handler: (...args: never[]) => unknown) => (handlers['request'] = handler),
      setPermissionCheckHandler: (handler: (...args: never[]) => unknown) => (handlers['check'] = handler),
      setDevicePermissionHandler: (handler: (...args: never[]) => unknown) => (handlers['device'] = handler),
    } as unknown as Session;
    denyAllPermissions(session);

    const answers: boolean[] = [];
    const request = handlers['request'] as unknown as (c: unknown, p: string, cb: (granted: boolean) => void) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      request({}, permission, (granted) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false, false, false]);
    const check = handlers['check'] as unknown as (c: unknown, p: string) => boolean;
    expect(check({}, 'media')).toBe(false);
    const device = handlers['device'] as unknown as (details: unknown) => boolean;
    expect(device({ deviceType: 'usb' })).toBe(false);
  });
});
