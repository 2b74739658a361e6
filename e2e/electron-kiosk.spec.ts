/**
 * The desktop kiosk in the real app (issue "Teachers and workshops"): started with `--kiosk` as
 * `npm start -- --kiosk` does, it is a full-screen kiosk window without menu or devtools, swallows
 * the reload/close/zoom/devtools shortcuts, refuses to close, and quits only through
 * window.pyland.quitKiosk with the teacher's PIN. Skipped, with the reason printed, where no
 * Electron binary exists (see e2e/electron-app.ts); the same rules are unit-tested in electron/.
 */
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { rm } from 'node:fs/promises';
import { emptySave } from '../game/model/save-data.js';
import { hashPin } from '../game/model/teacher-pin.js';
import { findElectron, launchDesktopApp, userDataWith } from './electron-app.js';

const electron = findElectron();
if (!electron.ok) console.log(`[e2e/electron-kiosk.spec.ts] SKIPPED, all desktop kiosk tests: ${electron.reason}`);

const PIN = '4321';

/** A save whose teacher has a PIN (a kiosk asks for one before kids play), nobody else in it. */
async function saveWithPin(options: { startInKiosk?: boolean } = {}): Promise<string> {
  const save = emptySave();
  // the slowest iteration count a stored record may have, so the check is quick in the test
  save.teacher.pin = await hashPin(PIN, { iterations: 200_000 });
  save.teacher.kiosk.startInKiosk = options.startInKiosk ?? false;
  return JSON.stringify(save);
}

/** The game window's kiosk flags, read in the main process. */
function windowFlags(app: ElectronApplication) {
  return app.evaluate(({ BrowserWindow, Menu }) => {
    const windows = BrowserWindow.getAllWindows();
    const window = windows[0]!;
    return {
      windows: windows.length,
      kiosk: window.isKiosk(),
      fullScreen: window.isFullScreen(),
      applicationMenu: Menu.getApplicationMenu() === null ? 'none' : 'present',
      menuBarVisible: window.isMenuBarVisible(),
      destroyed: window.isDestroyed(),
    };
  });
}

/** Records every keydown the page receives, so a test sees which keys got through the filter. */
async function recordPageKeys(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __keysSeen: string[] }).__keysSeen = seen;
    window.addEventListener(
      'keydown',
      (event) => {
        const mods = `${event.ctrlKey ? 'Ctrl+' : ''}${event.metaKey ? 'Meta+' : ''}${event.altKey ? 'Alt+' : ''}${event.shiftKey ? 'Shift+' : ''}`;
        seen.push(`${mods}${event.key}`);
      },
      { capture: true },
    );
  });
}
const keysSeen = (page: Page) => page.evaluate(() => (window as unknown as { __keysSeen?: string[] }).__keysSeen ?? null);

test.describe('desktop kiosk started with --kiosk (Electron)', () => {
  test.skip(!electron.ok, electron.ok ? '' : `SKIPPED: ${electron.reason}`);
  test.describe.configure({ mode: 'serial' });

  let app: ElectronApplication;
  let page: Page;
  let userData: string;

  test.beforeAll(async () => {
    if (!electron.ok) return;
    userData = await userDataWith(await saveWithPin());
    app = await launchDesktopApp(electron, userData, ['--kiosk']);
    page = await app.firstWindow();
    await page.waitForSelector('body[data-title-ready="true"]', { timeout: 60_000 });
  });

  test.afterAll(async () => {
    // a kiosk refuses to close: end it the hard way if a test left it running
    if (app) {
      await app.evaluate(({ app: electronApp }) => electronApp.exit(0)).catch(() => undefined);
      await app.close().catch(() => undefined);
    }
    if (userData) await rm(userData, { recursive: true, force: true });
  });

  test('is a full-screen kiosk window without menu, and tells the page it is a kiosk', async () => {
    await expect
      .poll(() => windowFlags(app), { timeout: 10_000 })
      .toMatchObject({
        windows: 1,
        kiosk: true,
        fullScreen: true,
        applicationMenu: 'none',
        menuBarVisible: false,
      });
    expect(await page.evaluate(() => window.pyland?.appInfo())).toMatchObject({ desktop: true, kiosk: true });
  });

  test('has no developer tools, even when asked from the main process', async () => {
    const opened = await app.evaluate(async ({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]!.webContents;
      contents.openDevTools();
      await new Promise((resolve) => setTimeout(resolve, 1000));
      return contents.isDevToolsOpened();
    });
    expect(opened).toBe(false);
  });

  test('swallows reload, close, zoom, full-screen and devtools shortcuts, and lets typing and the exit chord through', async () => {
    // a mark that a reload would wipe
    await page.evaluate(() => {
      (window as unknown as { __stillTheSamePage: boolean }).__stillTheSamePage = true;
    });
    await recordPageKeys(page);
    const blocked = [
      'Control+r',
      'Control+Shift+R',
      'F5',
      'Control+w',
      'Control+q',
      'F11',
      'F12',
      'Control+Shift+I',
      'Control+Shift+J',
      'Control+=',
      'Control+-',
      'Control+0',
    ];
    for (const chord of blocked) await page.keyboard.press(chord);
    await page.keyboard.press('a');
    await page.keyboard.press('Control+c');
    await page.waitForTimeout(1000);

    const seen = await keysSeen(page);
    // the same page (no reload), and none of the blocked keys reached it
    expect(seen).not.toBeNull();
    expect(await page.evaluate(() => (window as unknown as { __stillTheSamePage?: boolean }).__stillTheSamePage)).toBe(true);
    for (const chord of [
      'Ctrl+r',
      'Ctrl+Shift+R',
      'F5',
      'Ctrl+w',
      'Ctrl+q',
      'F11',
      'F12',
      'Ctrl+Shift+I',
      'Ctrl+Shift+J',
      'Ctrl+=',
      'Ctrl+-',
      'Ctrl+0',
    ]) {
      expect(seen, chord).not.toContain(chord);
    }
    expect(seen).toContain('a');
    expect(seen).toContain('Ctrl+c');
    // still at 100%: the zoom keys did nothing
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.getZoomFactor())).toBe(1);
    expect(await windowFlags(app)).toMatchObject({ windows: 1, kiosk: true, fullScreen: true, destroyed: false });
    // the exit chord reaches the page (which opens the PIN prompt); close that prompt again
    await page.keyboard.press('Control+Alt+Shift+K');
    expect(await keysSeen(page)).toContain('Ctrl+Alt+Shift+K');
    await page.keyboard.press('Escape');
  });

  test('refuses to close: not from the main process, not from the page, not by quitting the app', async () => {
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.close());
    await page.evaluate(() => window.close());
    await app.evaluate(({ app: electronApp }) => electronApp.quit());
    await page.waitForTimeout(1000);
    expect(await windowFlags(app)).toMatchObject({ windows: 1, kiosk: true, destroyed: false });
    expect(await page.evaluate(() => window.__pyland?.scene())).toBeTruthy();
  });

  test('quits only through the teacher PIN: a wrong one keeps the kiosk, the right one ends the app', async () => {
    expect(await page.evaluate(() => window.pyland?.quitKiosk('0000'))).toEqual({ quitting: false, problem: 'kiosk.pin-wrong' });
    expect(await page.evaluate(() => window.pyland?.quitKiosk('12ab'))).toEqual({ quitting: false, problem: 'kiosk.pin-wrong' });
    // nor does the save dialog open inside a kiosk
    expect(await page.evaluate(() => window.pyland?.saveFile({ kind: 'class-csv', suggestedName: 'a.csv', text: 'a' }))).toEqual({
      outcome: 'failed',
      problem: 'files.not-in-kiosk',
    });
    expect(await windowFlags(app)).toMatchObject({ windows: 1, destroyed: false });

    const closed = app.waitForEvent('close', { timeout: 15_000 });
    expect(await page.evaluate((pin) => window.pyland?.quitKiosk(pin), PIN)).toEqual({ quitting: true });
    await closed;
    expect(app.process().exitCode).toBe(0);
  });
});

test.describe('desktop kiosk switched on in the teacher console (Electron)', () => {
  test.skip(!electron.ok, electron.ok ? '' : `SKIPPED: ${electron.reason}`);

  test('starts as a kiosk without the flag when the saved console option says so', async () => {
    if (!electron.ok) return;
    const userData = await userDataWith(await saveWithPin({ startInKiosk: true }));
    const app = await launchDesktopApp(electron, userData);
    try {
      const page = await app.firstWindow();
      await expect.poll(() => windowFlags(app), { timeout: 10_000 }).toMatchObject({ kiosk: true, applicationMenu: 'none' });
      expect(await page.evaluate(() => window.pyland?.appInfo())).toMatchObject({ kiosk: true });
    } finally {
      await app.evaluate(({ app: electronApp }) => electronApp.exit(0)).catch(() => undefined);
      await app.close().catch(() => undefined);
      await rm(userData, { recursive: true, force: true });
    }
  });

  test('starts as an ordinary window with --no-kiosk despite that option, so the host reaches the console', async () => {
    if (!electron.ok) return;
    const userData = await userDataWith(await saveWithPin({ startInKiosk: true }));
    const app = await launchDesktopApp(electron, userData, ['--no-kiosk']);
    try {
      const page = await app.firstWindow();
      await page.waitForSelector('body[data-title-ready="true"]', { timeout: 60_000 });
      expect(await windowFlags(app)).toMatchObject({ kiosk: false, fullScreen: false });
      expect(await page.evaluate(() => window.pyland?.appInfo())).toMatchObject({ kiosk: false });
    } finally {
      await app.close().catch(() => undefined);
      await rm(userData, { recursive: true, force: true });
    }
  });
});
