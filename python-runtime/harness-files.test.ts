import { describe, expect, it } from 'vitest';
import { HARNESS_FILE, harnessFilesAmong, harnessFolders, STEPPER_PACKAGE_FILE } from './harness-files.js';
import { readHarnessFiles } from './node-runtime.js';
import { snapshotKey } from './snapshot-key.js';

describe('the harness files', () => {
  it('are the pyland*.py modules and the files of the pyland_* packages, nothing else in the folder', () => {
    for (const path of ['pyland.py', 'pyland_story.py', 'pyland_stepper/__init__.py', 'pyland_stepper/frames.py']) {
      expect(HARNESS_FILE.test(path), path).toBe(true);
    }
    for (const path of [
      'stepper-corpus.py',
      'red-team.test.ts',
      'pyland_stepper/__pycache__/frames.cpython-314.pyc',
      'pyland_stepper/deeper/x.py',
      'other/pyland.py',
    ]) {
      expect(HARNESS_FILE.test(path), path).toBe(false);
    }
    expect(harnessFilesAmong({ 'stepper-corpus.py': 'x', 'pyland_stepper/errors.py': 'b', 'pyland.py': 'a' })).toEqual({
      'pyland.py': 'a',
      'pyland_stepper/errors.py': 'b',
    });
  });

  it('name the folders of their packages, so the worker makes each before writing its files', () => {
    expect(harnessFolders(['pyland.py', 'pyland_stepper/errors.py', 'pyland_stepper/__init__.py'])).toEqual(['pyland_stepper']);
  });

  it('read from disk hold the stepper as a package', () => {
    const paths = Object.keys(readHarnessFiles());
    expect(paths).toContain(STEPPER_PACKAGE_FILE);
    expect(paths.filter((path) => path.startsWith('pyland_stepper/')).length).toBeGreaterThan(10);
    expect(paths).not.toContain('pyland_stepper.py');
  });

  it('are all in the snapshot key: a change in a package module or a new module makes another key', () => {
    const files = { 'pyland.py': 'A', 'pyland_stepper/__init__.py': 'B', 'pyland_stepper/frames.py': 'C' };
    const key = snapshotKey('314.0.7', files);
    expect(snapshotKey('314.0.7', { ...files })).toBe(key);
    expect(snapshotKey('314.0.7', { ...files, 'pyland_stepper/frames.py': 'D' })).not.toBe(key);
    expect(snapshotKey('314.0.7', { ...files, 'pyland_stepper/more.py': '' })).not.toBe(key);
    // the same text under another name is another harness
    const { 'pyland_stepper/frames.py': frames, ...rest } = files;
    expect(snapshotKey('314.0.7', { ...rest, 'pyland_stepper/threads.py': frames })).not.toBe(key);
  });
});
