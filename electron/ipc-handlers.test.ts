import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  IPC_CHANNELS,
  type KioskQuitOutcome,
  type LoadedDocument,
  type SaveFileOutcome,
  type WriteOutcome,
} from '../contracts/ipc-channels.js';
import { isTrustedSender, SAVE_DOCUMENT, setupIpcHandlers } from './ipc-handlers.js';
import { MAX_DOCUMENT_BYTES, SaveStore } from './save-store.js';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

/** ipcMain as the handlers see it: a table of channel -> listener. */
function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const ipcMain = {
    handle: (channel: string, listener: Listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    removeHandler: (channel: string) => handlers.delete(channel),
  } as unknown as Pick<IpcMain, 'handle' | 'removeHandler'>;
  return { ipcMain, handlers };
}

const gameWindow = { id: 1 } as unknown as WebContents;
const otherWindow = { id: 2 } as unknown as WebContents;

function eventFrom(sender: WebContents, url: string | null, options: { subFrame?: boolean } = {}): IpcMainInvokeEvent {
  const senderFrame = url === null ? null : { url, parent: options.subFrame ? { url: 'app://game/' } : null };
  return { sender, senderFrame } as unknown as IpcMainInvokeEvent;
}
const fromGame = eventFrom(gameWindow, 'app://game/index.html');

/** A save store (and file saver, and kiosk quitter) that only records what reached it. */
function recordingSaves() {
  const calls: Array<[string, ...unknown[]]> = [];
  return {
    calls,
    saves: {
      load: async (name: string): Promise<LoadedDocument> => (
        calls.push(['load', name]),
        { text: '{"schema":1}', recoveredFrom: 'none', problem: null }
      ),
      write: async (name: string, text: string): Promise<WriteOutcome> => (calls.push(['write', name, text]), { ok: true }),
    },
    saveFile: async (request: unknown): Promise<SaveFileOutcome> => (
      calls.push(['saveFile', request]),
      { outcome: 'saved', fileName: 'class.csv' }
    ),
    quitKiosk: async (pin: unknown): Promise<KioskQuitOutcome> => (calls.push(['quitKiosk', pin]), { quitting: true }),
    classFolder: {
      choose: async (args: unknown[]) => (calls.push(['chooseClassFolder', ...args]), { outcome: 'cancelled' as const }),
      sync: async (args: unknown[]) => (
        calls.push(['syncClassKid', ...args]),
        { ok: false as const, reason: 'no-folder' as const, problem: 'classFolder.no-folder' }
      ),
      list: async (args: unknown[]) => (calls.push(['listClassFolder', ...args]), { folder: null, files: [], problems: [] }),
    },
  };
}

function setup(recording = recordingSaves(), gameContents: () => WebContents | null = () => gameWindow) {
  const fake = fakeIpcMain();
  const dispose = setupIpcHandlers({
    ipcMain: fake.ipcMain,
    gameContents,
    saves: recording.saves,
    appInfo: () => ({ version: '0.1.0', platform: 'linux', desktop: true, kiosk: true }),
    saveFile: recording.saveFile,
    quitKiosk: recording.quitKiosk,
    classFolder: recording.classFolder,
  });
  const invoke = async (channel: string, event: IpcMainInvokeEvent, ...args: unknown[]) => {
    const listener = fake.handlers.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener(event, ...args);
  };
  return { ...fake, dispose, invoke };
}

describe('setupIpcHandlers', () => {
  it('registers exactly one handler per channel of the contract, and removes them again', () => {
    const { handlers, dispose } = setup();
    expect([...handlers.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
    dispose();
    expect(handlers.size).toBe(0);
  });

  it('loads and writes the one save document for the game window', async () => {
    const recording = recordingSaves();
    const { invoke } = setup(recording);
    expect(await invoke(IPC_CHANNELS.loadSave, fromGame)).toEqual({ text: '{"schema":1}', recoveredFrom: 'none', problem: null });
    expect(await invoke(IPC_CHANNELS.writeSave, fromGame, '{"schema":1,"x":2}')).toEqual({ ok: true });
    expect(recording.calls).toEqual([
      ['load', SAVE_DOCUMENT],
      ['write', SAVE_DOCUMENT, '{"schema":1,"x":2}'],
    ]);
  });

  it("passes the class folder's calls on with exactly the arguments the page sent (each operation checks them itself)", async () => {
    const recording = recordingSaves();
    const { invoke } = setup(recording);
    expect(await invoke(IPC_CHANNELS.chooseClassFolder, fromGame)).toEqual({ outcome: 'cancelled' });
    expect(await invoke(IPC_CHANNELS.syncClassKid, fromGame, '{"kind":"pyland-kid"}', 'extra')).toMatchObject({ ok: false });
    expect(await invoke(IPC_CHANNELS.listClassFolder, fromGame)).toEqual({ folder: null, files: [], problems: [] });
    expect(recording.calls).toEqual([['chooseClassFolder'], ['syncClassKid', '{"kind":"pyland-kid"}', 'extra'], ['listClassFolder']]);
    // and, like every channel, refused to anything but the game window
    await expect(invoke(IPC_CHANNELS.syncClassKid, eventFrom(otherWindow, 'app://game/index.html'), '{}')).rejects.toThrow(/refused/);
    expect(recording.calls).toHaveLength(3);
  });

  it('answers appInfo', async () => {
    const { invoke } = setup();
    expect(await invoke(IPC_CHANNELS.appInfo, fromGame)).toEqual({ version: '0.1.0', platform: 'linux', desktop: true, kiosk: true });
  });

  it("passes saveFile's one request and quitKiosk's one PIN on, untouched, and answers what they answered", async () => {
    const recording = recordingSaves();
    const { invoke } = setup(recording);
    const request = { kind: 'class-csv', suggestedName: 'class.csv', text: 'a,b' };
    expect(await invoke(IPC_CHANNELS.saveFile, fromGame, request)).toEqual({ outcome: 'saved', fileName: 'class.csv' });
    expect(await invoke(IPC_CHANNELS.quitKiosk, fromGame, '1234')).toEqual({ quitting: true });
    expect(recording.calls).toEqual([
      ['saveFile', request],
      ['quitKiosk', '1234'],
    ]);
  });

  it('answers a saveFile or quitKiosk with the wrong number of arguments with a refusal, without going on', async () => {
    const recording = recordingSaves();
    const { invoke } = setup(recording);
    expect(await invoke(IPC_CHANNELS.saveFile, fromGame)).toEqual({ outcome: 'failed', problem: 'files.save-failed' });
    expect(await invoke(IPC_CHANNELS.saveFile, fromGame, { kind: 'class-csv' }, 'extra')).toEqual({
      outcome: 'failed',
      problem: 'files.save-failed',
    });
    expect(await invoke(IPC_CHANNELS.quitKiosk, fromGame)).toEqual({ quitting: false, problem: 'kiosk.pin-wrong' });
    expect(await invoke(IPC_CHANNELS.quitKiosk, fromGame, '1234', '5678')).toEqual({ quitting: false, problem: 'kiosk.pin-wrong' });
    expect(recording.calls).toEqual([]);
  });

  it.each([
    ['another webContents', eventFrom(otherWindow, 'app://game/index.html')],
    ['the game window showing another site', eventFrom(gameWindow, 'https://example.com/')],
    ['the game window showing a file', eventFrom(gameWindow, 'file:///home/kid/page.html')],
    ['a sub-frame of the game window', eventFrom(gameWindow, 'app://game/index.html', { subFrame: true })],
    ['a frame that is gone', eventFrom(gameWindow, null)],
  ])('refuses every call from %s, before it touches the saves', async (_name, event) => {
    const recording = recordingSaves();
    const { invoke } = setup(recording);
    for (const [operation, channel] of Object.entries(IPC_CHANNELS)) {
      const args =
        { writeSave: ['{"schema":1}'], saveFile: [{ kind: 'class-csv', suggestedName: 'a.csv', text: 'a' }], quitKiosk: ['1234'] }[
          operation
        ] ?? [];
      await expect(invoke(channel, event, ...args), operation).rejects.toThrow(/refused/);
    }
    expect(recording.calls).toEqual([]);
  });

  it('refuses calls while there is no game window', async () => {
    const recording = recordingSaves();
    const { invoke } = setup(recording, () => null);
    await expect(invoke(IPC_CHANNELS.loadSave, fromGame)).rejects.toThrow(/refused/);
    expect(recording.calls).toEqual([]);
  });

  it.each([
    ['no argument', []],
    ['a number', [42]],
    ['an object', [{ schema: 1 }]],
    ['two arguments', ['{"schema":1}', 'extra']],
    ['text over 5 MB', [`{"schema":1,"x":"${'é'.repeat(MAX_DOCUMENT_BYTES / 2)}"}`]],
  ])('turns a writeSave with %s into a failed write without storing anything', async (_name, args) => {
    const recording = recordingSaves();
    const { invoke } = setup(recording);
    expect(await invoke(IPC_CHANNELS.writeSave, fromGame, ...args)).toEqual({ ok: false, problem: 'saves.write-failed' });
    expect(recording.calls).toEqual([]);
  });

  it('refuses loadSave and appInfo with unexpected arguments', async () => {
    const recording = recordingSaves();
    const { invoke } = setup(recording);
    await expect(invoke(IPC_CHANNELS.loadSave, fromGame, '../../etc/passwd')).rejects.toThrow(/takes 0 arguments/);
    await expect(invoke(IPC_CHANNELS.appInfo, fromGame, 1)).rejects.toThrow(/takes 0 arguments/);
    expect(recording.calls).toEqual([]);
  });

  it('works end to end with the real save store', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pyland-ipc-'));
    try {
      const { invoke } = setup({ ...recordingSaves(), saves: new SaveStore(dir) });
      expect(await invoke(IPC_CHANNELS.loadSave, fromGame)).toEqual({ text: null, recoveredFrom: 'none', problem: null });
      expect(await invoke(IPC_CHANNELS.writeSave, fromGame, '{"schema":1,"kid":"Ada"}')).toEqual({ ok: true });
      expect(await invoke(IPC_CHANNELS.writeSave, fromGame, 'not json')).toEqual({ ok: false, problem: 'saves.write-failed' });
      expect(await invoke(IPC_CHANNELS.loadSave, fromGame)).toEqual({
        text: '{"schema":1,"kid":"Ada"}',
        recoveredFrom: 'none',
        problem: null,
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('isTrustedSender', () => {
  it('trusts only the top frame of the game window on app://game/', () => {
    expect(isTrustedSender(fromGame, gameWindow)).toBe(true);
    expect(isTrustedSender(eventFrom(gameWindow, 'app://game/'), gameWindow)).toBe(true);
    expect(isTrustedSender(eventFrom(gameWindow, 'app://game.evil/'), gameWindow)).toBe(false);
    expect(isTrustedSender(fromGame, otherWindow)).toBe(false);
    expect(isTrustedSender(fromGame, null)).toBe(false);
  });
});
