/**
 * The sandboxed preload: exposes `window.pyland` (GameApi) to the game page and nothing else.
 * A sandboxed preload can require only 'electron' (and a few Node built-ins), not local files,
 * so scripts/build-electron.mjs bundles this file with its imports into one preload.cjs.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createGameApi } from './game-api-bridge.js';

// The arrow keeps ipcRenderer (and the IPC event) on this side of the bridge.
contextBridge.exposeInMainWorld(
  'pyland',
  createGameApi((channel, ...args) => ipcRenderer.invoke(channel, ...args)),
);
