/**
 * Tests of the two bundles scripts/build-electron.mjs makes, run under Node with a fake
 * 'electron' module (Electron's binary cannot be downloaded here). They prove the wiring:
 * what main.cjs registers, in which order, with which options, and that preload.cjs needs
 * nothing but 'electron' and exposes only window.pyland.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPin } from '../game/model/teacher-pin.js';
import { SECURITY_HEADERS } from './content-security.js';
import { IPC_CHANNELS } from '../contracts/ipc-channels.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let outdir: string;

beforeAll(async () => {
  outdir = await mkdtemp(path.join(tmpdir(), 'pyland-electron-build-'));
  const { stdout } = await promisify(execFile)(process.execPath, [path.join(root, 'scripts', 'build-electron.mjs'), '--outdir', outdir], {
    cwd: root,
  });
  expect(stdout).toContain('main.cjs');
});
afterAll(async () => {
  await rm(outdir, { recursive: true, force: true });
});

/** Runs a CommonJS bundle in a fresh context where require('electron') gives `electron`. */
function runBundle(code: string, file: string, electron: unknown, options: { nodeRequire: boolean; processValue?: unknown }) {
  const nodeRequire = createRequire(file);
  const requireInBundle = (name: string) => {
    if (name === 'electron') return electron;
    if (!options.nodeRequire) throw new Error(`a sandboxed preload cannot require '${name}'`);
    return nodeRequire(name);
  };
  const module = { exports: {} };
  const context = vm.createContext({
    require: requireInBundle,
    module,
    exports: module.exports,
    __dirname: path.dirname(file),
    __filename: file,
    process: options.processValue,
    console,
    Buffer,
    URL,
    Request,
    Response,
    setTimeout,
    // globals of Electron's main process (Node) that the PIN check uses (game/model/teacher-pin.ts)
    atob,
    btoa,
    crypto: globalThis.crypto,
    TextEncoder,
  });
  vm.runInContext(code, context, { filename: file });
  return module.exports;
}

describe('preload.cjs', () => {
  it('needs only electron and exposes exactly window.pyland, forwarding to the right channels', async () => {
    const file = path.join(outdir, 'preload.cjs');
    const exposed = new Map<string, Record<string, (...args: unknown[]) => Promise<unknown>>>();
    const invoked: unknown[][] = [];
    const electron = {
      contextBridge: {
        exposeInMainWorld: (key: string, api: Record<string, (...args: unknown[]) => Promise<unknown>>) => exposed.set(key, api),
      },
      ipcRenderer: { invoke: async (...args: unknown[]) => (invoked.push(args), 'answer') },
    };
    runBundle(await readFile(file, 'utf8'), file, electron, { nodeRequire: false });

    expect([...exposed.keys()]).toEqual(['pyland']);
    const api = exposed.get('pyland')!;
    expect(Object.keys(api).sort()).toEqual(Object.keys(IPC_CHANNELS).sort());
    expect(await api['writeSave']!('{"schema":1}')).toBe('answer');
    await api['loadSave']!();
    expect(invoked).toEqual([[IPC_CHANNELS.writeSave, '{"schema":1}'], [IPC_CHANNELS.loadSave]]);
  });
});

/** Enough of Electron's main-process API to run main.cjs and record what it does. */
function fakeElectron(isPackaged: boolean, userData = path.join(tmpdir(), 'pyland-never-written')) {
  const log: string[] = [];
  const windows: Array<{
    options: Record<string, any>;
    loaded: string[];
    listeners: Map<string, (...args: any[]) => void>;
    webContents?: unknown;
  }> = [];
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const ipcChannels: string[] = [];
  const ipcListeners = new Map<string, (...args: any[]) => unknown>();
  const appListeners = new Map<string, (...args: any[]) => void>();
  let ready!: () => void;
  const whenReady = new Promise<void>((resolve) => (ready = resolve));
  let menu: unknown = 'default menu';

  class BrowserWindow {
    readonly record = {
      options: {} as Record<string, any>,
      loaded: [] as string[],
      listeners: new Map<string, (...args: any[]) => void>(),
      webContents: undefined as unknown,
    };
    readonly webContents = {
      on: (event: string, listener: (...args: any[]) => void) => this.record.listeners.set(`webContents:${event}`, listener),
      setZoomFactor: (factor: number) => log.push(`setZoomFactor ${factor}`),
      setVisualZoomLevelLimits: async (min: number, max: number) => log.push(`setVisualZoomLevelLimits ${min} ${max}`),
    };
    removeMenu() {
      log.push('removeMenu');
    }
    constructor(options: Record<string, any>) {
      log.push('new BrowserWindow');
      this.record.options = options;
      this.record.webContents = this.webContents;
      windows.push(this.record);
    }
    once(event: string, listener: () => void) {
      this.record.listeners.set(event, listener);
    }
    isFullScreen() {
      return true;
    }
    setKiosk(on: boolean) {
      log.push(`setKiosk ${on}`);
    }
    on(event: string, listener: () => void) {
      this.record.listeners.set(event, listener);
    }
    async loadURL(url: string) {
      this.record.loaded.push(url);
    }
    show() {
      log.push('show');
    }
  }

  const electron = {
    app: {
      isPackaged,
      setPath: (name: string, value: string) => log.push(`setPath ${name} ${value}`),
      getPath: (name: string) => (name === 'appData' ? '/home/kid/.config' : userData),
      getAppPath: () => root,
      getVersion: () => '0.1.0',
      requestSingleInstanceLock: () => (log.push('requestSingleInstanceLock'), true),
      on: (event: string, listener: (...args: any[]) => void) => appListeners.set(event, listener),
      whenReady: () => (log.push('whenReady'), whenReady),
      quit: () => log.push('quit'),
      exit: (code: number) => log.push(`exit ${code}`),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => log.push(`registerSchemesAsPrivileged ${JSON.stringify(schemes)}`),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
        log.push(`protocol.handle ${scheme}`);
        protocolHandlers.set(scheme, handler);
      },
    },
    net: {
      // Electron's net.fetch reads file:// URLs; so does this one
      fetch: async (url: string) => new Response(await readFile(fileURLToPath(url))),
    },
    Menu: { setApplicationMenu: (value: unknown) => (menu = value) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => log.push('deny permission requests'),
        setPermissionCheckHandler: () => log.push('deny permission checks'),
        setDevicePermissionHandler: () => log.push('deny devices'),
      },
    },
    ipcMain: {
      handle: (channel: string, listener: (...args: any[]) => unknown) => {
        ipcChannels.push(channel);
        ipcListeners.set(channel, listener);
      },
      removeHandler: () => undefined,
    },
    powerMonitor: { on: (event: string) => log.push(`powerMonitor.on ${event}`) },
    powerSaveBlocker: {
      start: (type: string) => (log.push(`powerSaveBlocker.start ${type}`), 7),
      isStarted: (id: number) => id === 7,
      stop: (id: number) => log.push(`powerSaveBlocker.stop ${id}`),
    },
    BrowserWindow,
  };
  return { electron, log, windows, protocolHandlers, ipcChannels, ipcListeners, appListeners, ready, menu: () => menu };
}

async function startMain(isPackaged: boolean, args: string[] = [], userData?: string) {
  const fake = fakeElectron(isPackaged, userData);
  const file = path.join(outdir, 'main.cjs');
  // as `electron . <args>` gives them (development) or the packaged executable with <args>
  const argv = isPackaged ? ['/opt/pyland/pyland-memory-school', ...args] : ['/repo/node_modules/electron/dist/electron', '.', ...args];
  const processValue = { platform: 'linux', env: {}, resourcesPath: '/opt/pyland/resources', argv };
  runBundle(await readFile(file, 'utf8'), file, fake.electron, { nodeRequire: true, processValue });
  // main reads the save (for the kiosk option) before it waits for 'ready'
  for (let i = 0; i < 100 && !fake.log.includes('whenReady'); i += 1) await new Promise((resolve) => setTimeout(resolve, 5));
  const beforeReady = [...fake.log];
  fake.ready();
  await new Promise((resolve) => setTimeout(resolve, 20));
  return { ...fake, beforeReady, file };
}

describe('main.cjs wiring', () => {
  it('registers the privileged scheme and the user-data folder before the app is ready, then claims the single instance', async () => {
    const { beforeReady } = await startMain(true);
    expect(beforeReady[0]).toBe(
      'registerSchemesAsPrivileged [{"scheme":"app","privileges":{"standard":true,"secure":true,"supportFetchAPI":true,"codeCache":true}}]',
    );
    expect(beforeReady[1]).toBe(`setPath userData ${path.join('/home/kid/.config', 'PyLand Memory School')}`);
    expect(beforeReady.slice(2)).toEqual(['requestSingleInstanceLock', 'whenReady']);
  });

  it('once ready: denies permissions, serves app://, registers every IPC channel, opens one hidden, sandboxed game window on app://game/', async () => {
    const { log, windows, ipcChannels, appListeners, file } = await startMain(true);
    expect(log).toContain('deny permission requests');
    expect(log).toContain('deny permission checks');
    expect(log.indexOf('protocol.handle app')).toBeLessThan(log.indexOf('new BrowserWindow'));
    expect(ipcChannels.sort()).toEqual(Object.values(IPC_CHANNELS).sort());
    expect(windows).toHaveLength(1);
    const window = windows[0]!;
    expect(window.loaded).toEqual(['app://game/index.html']);
    expect(window.options['show']).toBe(false);
    expect(window.options['webPreferences']).toMatchObject({
      preload: path.join(path.dirname(file), 'preload.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      devTools: false,
    });
    // the title comes from the message catalogue
    expect(window.options['title']).toBe('PyLand Memory School');
    // shown only once the first frame is ready
    expect(log).not.toContain('show');
    window.listeners.get('ready-to-show')!();
    expect(log).toContain('show');
    // guards go on every webContents, quitting and second starts are handled
    expect([...appListeners.keys()].sort()).toEqual(['activate', 'second-instance', 'web-contents-created', 'window-all-closed']);
  });

  it('removes the menu (and its reload/devtools keys) only in the packaged app', async () => {
    expect((await startMain(true)).menu()).toBeNull();
    const dev = await startMain(false);
    expect(dev.menu()).toBe('default menu');
    expect(dev.windows[0]!.options['webPreferences'].devTools).toBe(true);
  });

  it('serves Pyodide through app:// with the security headers (development: from node_modules/pyodide)', async () => {
    const { protocolHandlers } = await startMain(false);
    const handler = protocolHandlers.get('app')!;
    const response = await handler(new Request('app://game/pyodide/pyodide-lock.json'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('content-security-policy')).toBe(SECURITY_HEADERS['Content-Security-Policy']);
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(JSON.parse(await response.text())).toHaveProperty('packages');
    expect((await handler(new Request('app://game/pyodide/package.json'))).status).toBe(404);
  });

  it('reloads the game after its renderer crashes', async () => {
    const { windows } = await startMain(true);
    const window = windows[0]!;
    window.listeners.get('webContents:render-process-gone')!({}, { reason: 'oom' });
    expect(window.loaded).toEqual(['app://game/index.html', 'app://game/index.html']);
  });

  it('is no kiosk without --kiosk (and no saved kiosk option): no kiosk window, no blocked keys, display may sleep', async () => {
    const { windows, log, appListeners } = await startMain(true);
    expect(windows[0]!.options['kiosk']).toBeUndefined();
    expect(windows[0]!.listeners.has('webContents:before-input-event')).toBe(false);
    expect(windows[0]!.listeners.has('close')).toBe(false);
    expect(appListeners.has('before-quit')).toBe(false);
    expect(log.some((line) => line.startsWith('powerSaveBlocker'))).toBe(false);
  });

  it('with --kiosk after `electron .` (npm start -- --kiosk): a full-screen kiosk window without menu or devtools, keys filtered, closing refused, display awake', async () => {
    const { windows, log, appListeners, menu } = await startMain(false, ['--kiosk']);
    const window = windows[0]!;
    expect(window.options).toMatchObject({ kiosk: true, fullscreen: true, frame: false });
    // no developer tools and no menu even in development: a kiosk is for visitors
    expect(window.options['webPreferences'].devTools).toBe(false);
    expect(menu()).toBeNull();
    expect(log).toContain('removeMenu');
    expect(log).toContain('powerSaveBlocker.start prevent-display-sleep');
    // shutting the computer down is never held up by the kiosk
    expect(log).toContain('powerMonitor.on shutdown');
    expect(window.listeners.has('session-end')).toBe(true);

    const prevented = (run: (event: { preventDefault(): void }) => void) => {
      let wasPrevented = false;
      run({ preventDefault: () => (wasPrevented = true) });
      return wasPrevented;
    };
    const keyDown = (key: string, code: string, modifiers: { control?: boolean; shift?: boolean; alt?: boolean } = {}) => ({
      type: 'keyDown',
      key,
      code,
      control: false,
      meta: false,
      alt: false,
      shift: false,
      ...modifiers,
    });
    const input = window.listeners.get('webContents:before-input-event')!;
    expect(prevented((event) => input(event, keyDown('r', 'KeyR', { control: true })))).toBe(true);
    expect(prevented((event) => input(event, keyDown('F5', 'F5')))).toBe(true);
    expect(prevented((event) => input(event, keyDown('a', 'KeyA')))).toBe(false);
    expect(prevented((event) => input(event, keyDown('K', 'KeyK', { control: true, alt: true, shift: true })))).toBe(false);

    // closing and quitting are refused; the display is let sleep again when the app quits
    expect(prevented((event) => window.listeners.get('close')!(event))).toBe(true);
    expect(prevented((event) => appListeners.get('before-quit')!(event))).toBe(true);
    appListeners.get('will-quit')!();
    expect(log).toContain('powerSaveBlocker.stop 7');

    // the page's zoom is locked at 100% once it has loaded
    window.listeners.get('webContents:did-finish-load')!();
    expect(log).toContain('setZoomFactor 1');
    expect(log).toContain('setVisualZoomLevelLimits 1 1');
  });

  it('takes --kiosk in the packaged app too, and after a `--`', async () => {
    expect((await startMain(true, ['--kiosk'])).windows[0]!.options['kiosk']).toBe(true);
    expect((await startMain(false, ['--', '--kiosk'])).windows[0]!.options['kiosk']).toBe(true);
  });

  it('starts as a kiosk from the console option in the saved game, and leaves it only with the right PIN', async () => {
    const userData = await mkdtemp(path.join(tmpdir(), 'pyland-kiosk-user-data-'));
    try {
      const pin = await hashPin('4321', { iterations: 200_000 });
      await mkdir(path.join(userData, 'saves'), { recursive: true });
      const teacher = { pin, failedTries: 0, lockedUntil: null, kiosk: { startInKiosk: true, idleMinutes: 3, countdownSeconds: 30 } };
      await writeFile(path.join(userData, 'saves', 'save.json'), JSON.stringify({ schema: 3, profiles: [], teacher }));
      const { windows, ipcListeners, appListeners, log } = await startMain(true, [], userData);
      const window = windows[0]!;
      expect(window.options['kiosk']).toBe(true);

      // what the page's window.pyland calls reach: the handlers check the sender first
      const fromGame = { sender: window.webContents, senderFrame: { url: 'app://game/index.html', parent: null } };
      const call = (operation: keyof typeof IPC_CHANNELS, ...args: unknown[]) =>
        ipcListeners.get(IPC_CHANNELS[operation])!(fromGame, ...args);
      expect(await call('appInfo')).toMatchObject({ desktop: true, kiosk: true });
      // no save dialog inside a kiosk
      expect(await call('saveFile', { kind: 'class-csv', suggestedName: 'a.csv', text: 'a' })).toEqual({
        outcome: 'failed',
        problem: 'files.not-in-kiosk',
      });

      const closeRefused = () => {
        let prevented = false;
        window.listeners.get('close')!({ preventDefault: () => (prevented = true) });
        return prevented;
      };
      expect(await call('quitKiosk', '1111')).toEqual({ quitting: false, problem: 'kiosk.pin-wrong' });
      expect(closeRefused()).toBe(true);
      expect(log).not.toContain('quit');

      expect(await call('quitKiosk', '4321')).toEqual({ quitting: true });
      expect(closeRefused()).toBe(false);
      // the answer goes out first; the app quits a moment later
      expect(log).not.toContain('quit');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(log).toContain('quit');
      let quitPrevented = false;
      appListeners.get('before-quit')!({ preventDefault: () => (quitPrevented = true) });
      expect(quitPrevented).toBe(false);
    } finally {
      await rm(userData, { recursive: true, force: true });
    }
  });

  it('reads a damaged save for the kiosk option without repairing it, so the game still tells the kid', async () => {
    const userData = await mkdtemp(path.join(tmpdir(), 'pyland-kiosk-user-data-'));
    try {
      const saves = path.join(userData, 'saves');
      await mkdir(saves, { recursive: true });
      await writeFile(path.join(saves, 'save.json'), '{"schema":3,"teach');
      await writeFile(
        path.join(saves, 'save.json.bak'),
        JSON.stringify({ schema: 3, profiles: [], teacher: { kiosk: { startInKiosk: true } } }),
      );
      const { windows } = await startMain(true, [], userData);
      expect(windows[0]!.options['kiosk']).toBe(true);
      expect((await readdir(saves)).sort()).toEqual(['save.json', 'save.json.bak']);
      // the host's way back to the console: an ordinary window despite the stored option
      expect((await startMain(true, ['--no-kiosk'], userData)).windows[0]!.options['kiosk']).toBeUndefined();
    } finally {
      await rm(userData, { recursive: true, force: true });
    }
  });
});
