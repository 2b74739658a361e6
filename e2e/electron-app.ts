/**
 * Finding and starting the real desktop app for the Electron end-to-end specs (electron.spec.ts,
 * electron-kiosk.spec.ts), driven by Playwright's _electron.
 *
 * It needs an Electron binary. `npm install` normally downloads one into node_modules/electron/dist;
 * where that download is impossible (no GitHub access) the specs SKIP every test, and print why.
 * A skip is not a pass: the same behaviour is unit-tested without the binary in electron/*.test.ts
 * (bundles.test.ts runs the built main.cjs and preload.cjs against a fake 'electron').
 *
 * Run against a packaged app instead with PYLAND_ELECTRON_PATH=/path/to/executable (build it with
 * the enableNodeCliInspectArguments fuse on, see electron-builder.yml, or Playwright cannot attach).
 * Needs `npm run build` first (build/web and build/electron).
 *
 * Every launch gets a throw-away user-data folder through PYLAND_USER_DATA_DIR
 * (electron/app-lifecycle.ts userDataDirectory), never a real kid's saves.
 */
import { _electron, expect, type ElectronApplication } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export type ElectronLaunch = { ok: true; executablePath: string; args: string[] } | { ok: false; reason: string };

/** Where an Electron to test is, or a plain sentence saying why there is none. */
export function findElectron(): ElectronLaunch {
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
    return {
      ok: false,
      reason: `no Electron binary is installed (require('electron') failed: ${detail}); its download from GitHub is not possible here`,
    };
  }
  if (typeof binary !== 'string' || !existsSync(binary)) {
    return { ok: false, reason: `no Electron binary at ${String(binary)}` };
  }
  // `electron .` as `npm start` runs it; the app's own flags come after the app path
  return { ok: true, executablePath: binary, args: [root] };
}

/** A fresh user-data folder, with the save document in place when one is given. */
export async function userDataWith(saveText: string | null): Promise<string> {
  const userData = await mkdtemp(path.join(tmpdir(), 'pyland-e2e-user-data-'));
  if (saveText !== null) {
    // electron/app-lifecycle.ts savesDirectory + ipc-handlers.ts SAVE_DOCUMENT
    await mkdir(path.join(userData, 'saves'), { recursive: true });
    await writeFile(path.join(userData, 'saves', 'save.json'), saveText);
  }
  return userData;
}

/** Starts the app with extra flags (e.g. --kiosk) and a user-data folder. */
export async function launchDesktopApp(
  electron: Extract<ElectronLaunch, { ok: true }>,
  userData: string,
  flags: string[] = [],
): Promise<ElectronApplication> {
  if (electron.args.length > 0) {
    for (const built of ['build/electron/main.cjs', 'build/electron/preload.cjs', 'build/web/index.html']) {
      expect(existsSync(path.join(root, built)), `${built} is missing: run npm run build first`).toBe(true);
    }
  }
  return _electron.launch({
    executablePath: electron.executablePath,
    args: [...electron.args, ...flags],
    cwd: root,
    env: { ...process.env, PYLAND_USER_DATA_DIR: userData },
  });
}
