import { version as pyodideVersion } from 'pyodide/package.json';
import { describe, expect, it } from 'vitest';
import { BROWSER_CHECKERS, BROWSER_HARNESS_FILES, checkersByLevelId } from './browser-runtime.js';
import { LEVELS } from './levels/index.js';
import { readHarnessFiles, readLevelCheckers } from './node-runtime.js';
import { snapshotKey } from './snapshot-key.js';

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
  // Both read the same folder on disk, so a file's text cannot differ between them; what can is
  // which files each picks (vite's globs in browser-runtime.ts, a read of the folder in node-runtime.ts).
  const game = Object.keys(BROWSER_HARNESS_FILES).sort();

  it('are the same files, so the snapshot shipped with the build (made in Node) has the key the game looks for', () => {
    const node = readHarnessFiles();
    expect(game).toEqual(Object.keys(node).sort());
    // the key scripts/ship-snapshot.ts writes beside the snapshot, and the one the game looks for
    expect(snapshotKey(pyodideVersion, BROWSER_HARNESS_FILES)).toBe(snapshotKey(pyodideVersion, node));
  });

  it('are the whole harness: the modules the worker imports, and every harness module those import', () => {
    // a module is a file of its own or a package's __init__.py (pyland_stepper.errors: pyland_stepper/errors.py)
    const picked = (module: string): boolean => {
      const path = module.replaceAll('.', '/');
      return game.includes(`${path}.py`) || game.includes(`${path}/__init__.py`);
    };
    // two rules that both picked nothing (or lost a module) would still agree with each other
    for (const module of ['pyland', 'pyland_stepper']) expect(picked(module), `the worker imports ${module}`).toBe(true);
    for (const [name, source] of Object.entries(BROWSER_HARNESS_FILES)) {
      for (const [, module] of source.matchAll(/^\s*(?:from|import)\s+(pyland\w*(?:\.\w+)*)/gm)) {
        expect(picked(module!), `${name} imports ${module}`).toBe(true);
      }
    }
  });
});
