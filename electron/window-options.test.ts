import { describe, expect, it } from 'vitest';
import { mainWindowOptions, MIN_HEIGHT, MIN_WIDTH } from './window-options.js';

const settings = { preloadPath: '/app/build/electron/preload.cjs', isPackaged: true, title: 'PyLand Memory School' };

describe('mainWindowOptions', () => {
  it('gives the page no Node and keeps it sandboxed and isolated from the preload', () => {
    const prefs = mainWindowOptions(settings).webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
  });

  it('loads the bundled preload', () => {
    expect(mainWindowOptions(settings).webPreferences?.preload).toBe('/app/build/electron/preload.cjs');
  });

  it('has developer tools only in development', () => {
    expect(mainWindowOptions({ ...settings, isPackaged: true }).webPreferences?.devTools).toBe(false);
    expect(mainWindowOptions({ ...settings, isPackaged: false }).webPreferences?.devTools).toBe(true);
  });

  it('never reaches the network for spelling dictionaries and never navigates to a dropped file', () => {
    const prefs = mainWindowOptions(settings).webPreferences;
    expect(prefs?.spellcheck).toBe(false);
    expect(prefs?.navigateOnDragDrop).toBe(false);
  });

  it('stays hidden until the first frame, on a dark background, with the catalogue title', () => {
    const options = mainWindowOptions(settings);
    expect(options.show).toBe(false);
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
    expect(options.title).toBe('PyLand Memory School');
  });

  it('opens at the game size and cannot shrink below a usable size', () => {
    const options = mainWindowOptions(settings);
    expect(options.minWidth).toBe(MIN_WIDTH);
    expect(options.minHeight).toBe(MIN_HEIGHT);
    expect(options.width).toBeGreaterThanOrEqual(MIN_WIDTH);
    expect(options.height).toBeGreaterThanOrEqual(MIN_HEIGHT);
  });
});

describe('mainWindowOptions for a kiosk', () => {
  const kiosk = mainWindowOptions({ ...settings, kiosk: true });

  it('is a full-screen kiosk window without frame, menu bar or minimise button', () => {
    expect(kiosk).toMatchObject({ kiosk: true, fullscreen: true, frame: false, minimizable: false, autoHideMenuBar: true });
  });

  it('has no developer tools even in development, and starts at 100% zoom', () => {
    const development = mainWindowOptions({ ...settings, isPackaged: false, kiosk: true });
    expect(development.webPreferences?.devTools).toBe(false);
    expect(development.webPreferences?.zoomFactor).toBe(1);
  });

  it('keeps every safety preference of the normal window', () => {
    const normal = mainWindowOptions(settings).webPreferences!;
    const { devTools: _devTools, ...safety } = normal;
    expect(kiosk.webPreferences).toMatchObject(safety);
  });

  it('changes nothing for a window that is not a kiosk', () => {
    expect(mainWindowOptions({ ...settings, kiosk: false })).toEqual(mainWindowOptions(settings));
    expect(mainWindowOptions(settings).kiosk).toBeUndefined();
    expect(mainWindowOptions(settings).fullscreen).toBeUndefined();
  });
});
