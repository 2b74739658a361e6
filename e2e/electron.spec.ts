/**
 * Smoke test of the real desktop app: Electron's main process, the app:// protocol, the
 * sandboxed preload and the guards, driven by Playwright's _electron.
 *
 * It needs an Electron binary. `npm install` normally downloads one into node_modules/electron/dist;
 * where that download is impossible (no GitHub access) every test here is SKIPPED, and says so.
 * The same behaviour is unit-tested without the binary in electron/*.test.ts (bundles.test.ts runs
 * the built main.cjs and preload.cjs against a fake 'electron').
 *
 * Run against a packaged app instead with PYLAND_ELECTRON_PATH=/path/to/executable (build it with
 * the enableNodeCliInspectArguments fuse on, see electron-builder.yml, or Playwright cannot attach).
 * Needs `npm run build` first (build/web and build/electron).
 */
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

type ElectronLaunch = { ok: true; executablePath: string; args: string[] } | { ok: false; reason: string };

/** Where an Electron to test is, or a plain sentence saying why there is none. */
function findElectron(): ElectronLaunch {
  const packaged = process.env['PYLAND_ELECTRON_PATH'];
  if (packaged) {
    return existsSync(packaged)
      ? { ok: true, executablePath: packaged, args: [] }
      : { ok: false, reason: `PYLAND_ELECTRON_PATH=${packaged} does not exist` };
  }
  let binary: unknown;
  try {
    // the electron package exports the path of its downloaded binary, and throws when there is none
    binary = createRequire(import.meta.url)('electron');
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `no Electron binary is installed (require('electron') failed: ${detail}); its download from GitHub is not possible here` };
  }
  if (typeof binary !== 'string' || !existsSync(binary)) {
    return { ok: false, reason: `no Electron binary at ${String(binary)}` };
  }
  return { ok: true, executablePath: binary, args: [root] };
}

const electron = findElectron();
if (!electron.ok) console.log(`[e2e/electron.spec.ts] SKIPPED, all desktop-app tests: ${electron.reason}`);

test.describe('desktop app (Electron)', () => {
  test.skip(!electron.ok, electron.ok ? '' : `SKIPPED: ${electron.reason}`);
  test.describe.configure({ mode: 'serial' });

  let app: ElectronApplication;
  let page: Page;
  let userData: string;

  test.beforeAll(async () => {
    if (!electron.ok) return;
    if (electron.args.length > 0) {
      for (const built of ['build/electron/main.cjs', 'build/electron/preload.cjs', 'build/web/index.html']) {
        expect(existsSync(path.join(root, built)), `${built} is missing: run npm run build first`).toBe(true);
      }
    }
    userData = await mkdtemp(path.join(tmpdir(), 'pyland-e2e-user-data-'));
    app = await _electron.launch({
      executablePath: electron.executablePath,
      args: electron.args,
      cwd: root,
      // a throw-away save folder, never a real kid's progress
      env: { ...process.env, PYLAND_USER_DATA_DIR: userData },
    });
    page = await app.firstWindow();
  });

  test.afterAll(async () => {
    await app?.close();
    if (userData) await rm(userData, { recursive: true, force: true });
  });

  test('opens one window on app://game/ and shows the title screen', async () => {
    expect(page.url()).toMatch(/^app:\/\/game\//);
    await page.waitForSelector('body[data-title-ready="true"]', { timeout: 60_000 });
    expect(await page.evaluate(() => window.__pyland?.scene())).toBe('title');
    expect(await page.title()).toBe('PyLand Memory School');
    expect(app.windows()).toHaveLength(1);
  });

  test('is cross-origin isolated, so spells can be interrupted', async () => {
    expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(true);
    expect(await page.evaluate(() => typeof SharedArrayBuffer)).toBe('function');
  });

  test('starts Python from the shipped Pyodide files over app://', async () => {
    await page.waitForSelector('body[data-python-ready]', { timeout: 90_000 });
    expect(await page.evaluate(() => document.body.dataset['pythonReady'])).toBe('true');
  });

  test('gives the page window.pyland with only the GameApi methods, and no Node', async () => {
    const surface = await page.evaluate(() => ({
      keys: Object.keys(window.pyland ?? {}).sort(),
      types: Object.values(window.pyland ?? {}).map((value) => typeof value),
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      module: typeof (globalThis as { module?: unknown }).module,
      ipcRenderer: typeof (globalThis as { ipcRenderer?: unknown }).ipcRenderer,
    }));
    expect(surface).toEqual({
      keys: ['appInfo', 'loadSave', 'writeSave'],
      types: ['function', 'function', 'function'],
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      ipcRenderer: 'undefined',
    });
    expect(await page.evaluate(() => window.pyland?.appInfo())).toMatchObject({ desktop: true });
  });

  test('stores saves through window.pyland, refusing broken documents', async () => {
    const outcome = await page.evaluate(() => window.pyland?.writeSave('not json'));
    expect(outcome).toEqual({ ok: false, problem: 'saves.write-failed' });
    const loaded = await page.evaluate(() => window.pyland?.loadSave());
    expect(loaded).toMatchObject({ recoveredFrom: 'none' });
  });

  test('does not navigate away from the game', async () => {
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(1000);
    expect(page.url()).toMatch(/^app:\/\/game\//);
    expect(await page.evaluate(() => window.__pyland?.scene())).toBeTruthy();
  });

  test('denies new windows', async () => {
    expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
    expect(await page.evaluate(() => window.open('app://game/index.html') === null)).toBe(true);
    await page.waitForTimeout(500);
    expect(app.windows()).toHaveLength(1);
  });
});
