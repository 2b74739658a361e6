import { describe, expect, it } from 'vitest';
import { createGameApi } from './game-api-bridge.js';
import { IPC_CHANNELS } from '../contracts/ipc-channels.js';

function recordingInvoke() {
  const calls: unknown[][] = [];
  const invoke = async (channel: string, ...args: unknown[]) => {
    calls.push([channel, ...args]);
    return { answeredBy: channel };
  };
  return { calls, invoke };
}

describe('createGameApi (window.pyland)', () => {
  it('has one function per GameApi operation and nothing else', () => {
    const api = createGameApi(recordingInvoke().invoke);
    expect(Object.keys(api).sort()).toEqual(Object.keys(IPC_CHANNELS).sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('sends each operation on its own channel with only its own arguments', async () => {
    const { calls, invoke } = recordingInvoke();
    const api = createGameApi(invoke);
    await api.loadSave();
    await api.appInfo();
    await (api.writeSave as (...args: unknown[]) => Promise<unknown>)('{"schema":1}', 'sneaky extra', { more: true });
    expect(calls).toEqual([[IPC_CHANNELS.loadSave], [IPC_CHANNELS.appInfo], [IPC_CHANNELS.writeSave, '{"schema":1}']]);
  });

  it('sends saveFile as a plain copy of exactly its three fields, and quitKiosk with only the PIN', async () => {
    const { calls, invoke } = recordingInvoke();
    const api = createGameApi(invoke);
    // a page object with an extra field and a prototype: only kind, suggestedName and text cross
    const request = Object.assign(Object.create({ inherited: 'x' }) as object, {
      kind: 'class-csv',
      suggestedName: 'class.csv',
      text: 'a,b',
      path: '/etc/passwd',
    });
    await api.saveFile(request as Parameters<typeof api.saveFile>[0]);
    await (api.quitKiosk as (...args: unknown[]) => Promise<unknown>)('1234', 'extra');
    expect(calls).toEqual([
      [IPC_CHANNELS.saveFile, { kind: 'class-csv', suggestedName: 'class.csv', text: 'a,b' }],
      [IPC_CHANNELS.quitKiosk, '1234'],
    ]);
    expect(Object.getPrototypeOf(calls[0]![1])).toBe(Object.prototype);
  });

  it('sends no folder from the page: chooseClassFolder and listClassFolder carry nothing, syncClassKid only the text', async () => {
    const { calls, invoke } = recordingInvoke();
    const api = createGameApi(invoke);
    const loose = api as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
    await loose['chooseClassFolder']!('/etc');
    await loose['syncClassKid']!('{"kind":"pyland-kid"}', '/etc/passwd');
    await loose['listClassFolder']!('/home');
    expect(calls).toEqual([
      [IPC_CHANNELS.chooseClassFolder],
      [IPC_CHANNELS.syncClassKid, '{"kind":"pyland-kid"}'],
      [IPC_CHANNELS.listClassFolder],
    ]);
  });

  it('resolves to what the main process answered', async () => {
    const api = createGameApi(recordingInvoke().invoke);
    expect(await api.loadSave()).toEqual({ answeredBy: IPC_CHANNELS.loadSave });
  });

  it('cannot be changed by the page', () => {
    const api = createGameApi(recordingInvoke().invoke);
    expect(Object.isFrozen(api)).toBe(true);
    expect(() => {
      (api as { loadSave: unknown }).loadSave = () => 'hijacked';
    }).toThrow(TypeError);
  });
});
