import { describe, expect, it } from 'vitest';
import { createGameApi } from './game-api-bridge.js';
import { IPC_CHANNELS } from './ipc-channels.js';

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
    expect(calls).toEqual([
      [IPC_CHANNELS.loadSave],
      [IPC_CHANNELS.appInfo],
      [IPC_CHANNELS.writeSave, '{"schema":1}'],
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
