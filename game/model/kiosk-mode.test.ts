import { describe, expect, it } from 'vitest';
import { defaultKioskOptions } from './kiosk-options.js';
import { detectKiosk, isExitChord, kioskFromSearch, kioskTimings } from './kiosk-mode.js';

describe('kioskFromSearch', () => {
  it('?kiosk=1 is a kiosk; no flag or another value is not', () => {
    expect(kioskFromSearch('?kiosk=1').kiosk).toBe(true);
    expect(kioskFromSearch('').kiosk).toBe(false);
    expect(kioskFromSearch('?kiosk=0').kiosk).toBe(false);
    expect(kioskFromSearch('?kiosk=yes').kiosk).toBe(false);
  });

  it('idle=<seconds> is taken in whole seconds from 3 to 3600, anything else is ignored', () => {
    expect(kioskFromSearch('?kiosk=1&idle=5').idleSecondsOverride).toBe(5);
    expect(kioskFromSearch('?kiosk=1&idle=3').idleSecondsOverride).toBe(3);
    expect(kioskFromSearch('?kiosk=1&idle=3600').idleSecondsOverride).toBe(3600);
    for (const bad of ['2', '3601', '0', '-5', '5.5', '1e3', 'abc', '', ' 5', '99999999']) {
      expect(kioskFromSearch(`?kiosk=1&idle=${encodeURIComponent(bad)}`).idleSecondsOverride, bad).toBeNull();
    }
  });
});

describe('detectKiosk', () => {
  it('browser: the address decides', async () => {
    expect(await detectKiosk('?kiosk=1&idle=7', undefined)).toEqual({ kiosk: true, idleSecondsOverride: 7, desktop: false });
    expect(await detectKiosk('', undefined)).toEqual({ kiosk: false, idleSecondsOverride: null, desktop: false });
  });

  it('desktop: the shell decides, whatever the address says', async () => {
    expect((await detectKiosk('', { appInfo: async () => ({ kiosk: true }) })).kiosk).toBe(true);
    expect((await detectKiosk('?kiosk=1', { appInfo: async () => ({ kiosk: false }) })).kiosk).toBe(false);
    expect((await detectKiosk('', { appInfo: async () => ({ kiosk: true }) })).desktop).toBe(true);
  });

  it('desktop: a shell that cannot answer is not a kiosk', async () => {
    const launch = await detectKiosk('', { appInfo: () => Promise.reject(new Error('no handler')) });
    expect(launch.kiosk).toBe(false);
  });
});

describe('kioskTimings', () => {
  it('uses the console’s minutes and countdown', () => {
    expect(kioskTimings({ ...defaultKioskOptions(), idleMinutes: 3, countdownSeconds: 30 }, null)).toEqual({
      idleMs: 180_000,
      countdownSeconds: 30,
    });
  });

  it('the address’s idle seconds win over the minutes, the countdown stays the console’s', () => {
    expect(kioskTimings({ ...defaultKioskOptions(), idleMinutes: 10, countdownSeconds: 5 }, 5)).toEqual({
      idleMs: 5_000,
      countdownSeconds: 5,
    });
  });
});

describe('isExitChord', () => {
  const press = (over: Partial<Parameters<typeof isExitChord>[0]>) => ({
    key: 'K',
    code: 'KeyK',
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...over,
  });

  it('Ctrl+Alt+Shift+K on Windows and Linux, Cmd+Alt+Shift+K on macOS', () => {
    expect(isExitChord(press({ ctrlKey: true, altKey: true, shiftKey: true }), false)).toBe(true);
    expect(isExitChord(press({ metaKey: true, altKey: true, shiftKey: true }), true)).toBe(true);
    expect(isExitChord(press({ metaKey: true, altKey: true, shiftKey: true }), false)).toBe(false);
    expect(isExitChord(press({ ctrlKey: true, altKey: true, shiftKey: true }), true)).toBe(false);
  });

  it('every key of the chord is needed', () => {
    expect(isExitChord(press({ ctrlKey: true, altKey: true }), false)).toBe(false);
    expect(isExitChord(press({ ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(isExitChord(press({ altKey: true, shiftKey: true }), false)).toBe(false);
    expect(isExitChord(press({ ctrlKey: true, altKey: true, shiftKey: true, key: 'J', code: 'KeyJ' }), false)).toBe(false);
  });

  it('macOS Alt turns K into another letter: the key’s place still counts', () => {
    expect(isExitChord(press({ metaKey: true, altKey: true, shiftKey: true, key: '', code: 'KeyK' }), true)).toBe(true);
  });
});
