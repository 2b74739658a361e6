/**
 * Smoke test of the real desktop app: Electron's main process, the app:// protocol, the
 * sandboxed preload and the guards, driven by Playwright's _electron. Skipped, with the reason
 * printed, where no Electron binary exists (see e2e/electron-app.ts).
 */
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { saveWords } from '../game/messages/save-words.js';
import { translatorFor } from '../game/messages/translator.js';
import { kidFileOf, kidFileText } from '../game/model/kid-file.js';
import { normalizeSave } from '../game/model/save-data.js';
import { findElectron, launchDesktopApp, userDataWith } from './electron-app.js';
import { seededSave } from './kid-actions.js';

const SAVE_WORDS = saveWords(translatorFor('en'));

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
    // a throw-away save folder, never a real kid's progress
    userData = await userDataWith(null);
    app = await launchDesktopApp(electron, userData);
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
      keys: ['appInfo', 'chooseClassFolder', 'listClassFolder', 'loadSave', 'quitKiosk', 'saveFile', 'syncClassKid', 'writeSave'],
      types: ['function', 'function', 'function', 'function', 'function', 'function', 'function', 'function'],
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      ipcRenderer: 'undefined',
    });
    // started without --kiosk and without the console's kiosk option: an ordinary window
    expect(await page.evaluate(() => window.pyland?.appInfo())).toMatchObject({ desktop: true, kiosk: false });
  });

  test('is no kiosk: quitKiosk is refused, the window is an ordinary one', async () => {
    expect(await page.evaluate(() => window.pyland?.quitKiosk('1234'))).toEqual({ quitting: false, problem: 'kiosk.not-kiosk' });
    const flags = await app.evaluate(({ BrowserWindow }) => {
      const window = BrowserWindow.getAllWindows()[0]!;
      return { kiosk: window.isKiosk(), fullScreen: window.isFullScreen() };
    });
    expect(flags).toEqual({ kiosk: false, fullScreen: false });
  });

  test('saves the class CSV where the save dialog says, and reports a cancelled dialog', async () => {
    const target = path.join(userData, 'exported class.csv');
    // The platform dialog cannot be clicked by Playwright: the main process's dialog answers instead,
    // first with the file the teacher "chose", then as if the teacher cancelled.
    await app.evaluate(({ dialog }, file) => {
      const answers = [
        { canceled: false, filePath: file },
        { canceled: true, filePath: '' },
      ];
      dialog.showSaveDialog = (async () => answers.shift() ?? { canceled: true, filePath: '' }) as typeof dialog.showSaveDialog;
    }, target);
    const request = { kind: 'class-csv' as const, suggestedName: 'pyland-class.csv', text: 'Profile,Chapter\r\nAda,refcount\r\n' };
    expect(await page.evaluate((r) => window.pyland?.saveFile(r), request)).toEqual({ outcome: 'saved', fileName: 'exported class.csv' });
    expect(await readFile(target, 'utf8')).toBe(request.text);
    expect(await page.evaluate((r) => window.pyland?.saveFile(r), request)).toEqual({ outcome: 'cancelled' });
  });

  test('copies a named kid into the class folder the stored save names, and lists it', async () => {
    const folder = path.join(userData, 'class-5b');
    await mkdir(folder);
    // the teacher's choice as the console stores it: in the save, read by the main process
    const save = JSON.parse(seededSave({ id: 'p-ada-0001', name: 'Ada', avatar: 'owl' }, [])) as Record<string, unknown>;
    save['teacher'] = { ...(save['teacher'] as object), classFolder: folder };
    save['settings'] = { muted: true, language: null, computerId: 'pc-electron-e2e-01' };
    expect(await page.evaluate((text) => window.pyland?.writeSave(text), JSON.stringify(save))).toEqual({ ok: true });
    const kid = kidFileText(kidFileOf(normalizeSave(save, SAVE_WORDS).profiles[0]!, 'pc-electron-e2e-01', new Date())!);
    expect(await page.evaluate((text) => window.pyland?.syncClassKid(text), kid)).toMatchObject({
      ok: true,
      file: { kid: { name: 'Ada' } },
    });
    expect(JSON.parse(await readFile(path.join(folder, 'kids', 'p-ada-0001.json'), 'utf8'))).toMatchObject({ kid: { name: 'Ada' } });
    const listing = await page.evaluate(() => window.pyland?.listClassFolder());
    expect(listing?.files.map((f) => f.kid.name)).toEqual(['Ada']);
    // the dialog is the main process's: it answers with the folder the teacher "chose"
    await app.evaluate(({ dialog }, chosen) => {
      dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [chosen] })) as typeof dialog.showOpenDialog;
    }, folder);
    expect(await page.evaluate(() => window.pyland?.chooseClassFolder())).toEqual({ outcome: 'chosen', folder });
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
