import { describe, expect, it } from 'vitest';
import { BROWSER_CHECKERS, BROWSER_HARNESS_FILES, checkersByLevelId } from './browser-runtime.js';
import { readHarnessFiles } from './node-runtime.js';
import { snapshotKey } from './snapshot-key.js';
import { LEVELS } from './levels/index.js';
import { readLevelCheckers } from './node-runtime.js';

describe('checkers bundled into the game', () => {
  it('holds the same checker for every level as the one on disk', () => {
    const onDisk = readLevelCheckers();
    expect(LEVELS.length).toBeGreaterThan(0);
    for (const level of LEVELS) expect(BROWSER_CHECKERS[level.id]).toBe(onDisk[level.id]);
  });

  it('keys checker files by level id and ignores anything that is not a level checker', () => {
    expect(
      checkersByLevelId({
        './levels/refcount/let-go.py': 'def check(spell): ...',
        './levels/refcount/helpers/util.py': 'x = 1',
        './levels/refcount/let-go.ts': 'export {}',
      }),
    ).toEqual({ 'refcount/let-go': 'def check(spell): ...' });
  });
});

describe('snapshot cache key', () => {
  it('changes when Pyodide or the harness changes, so a stale snapshot is never restored', () => {
    const key = snapshotKey('314.0.7', { 'pyland.py': 'A' });
    expect(snapshotKey('314.0.7', { 'pyland.py': 'A' })).toBe(key);
    expect(snapshotKey('314.0.8', { 'pyland.py': 'A' })).not.toBe(key);
    expect(snapshotKey('314.0.7', { 'pyland.py': 'B' })).not.toBe(key);
    expect(key).toMatch(/^pyodide-314\.0\.7-harness-[0-9a-z]+$/);
  });
});

describe('the harness of the game and of the Node runtime', () => {
  it('are the same files, so the snapshot shipped with the build (made in Node) has the key the game looks for', () => {
    expect(BROWSER_HARNESS_FILES).toEqual(readHarnessFiles());
  });
});
