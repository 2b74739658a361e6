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
