/**
 * Which files of python-runtime/harness/ are the harness: the one rule the Node runtime (which
 * reads them from disk), the game (which Vite bundles them into) and the worker (which writes them
 * into Pyodide's /pyland/ folder) all follow.
 *
 *   pyland*.py           a module of the harness: pyland.py, pyland_story.py, the chapters' helpers ...
 *   pyland_<name>/*.py   a package of the harness: pyland_stepper/, the spell stepper
 *
 * Nothing else in that folder is (the tests, the stepper's corpus). Every harness file, its name
 * and its text, is in the key of a memory snapshot (snapshot-key.ts), since a snapshot holds the
 * imported harness.
 */

/** A harness file's path inside harness/ (folders joined with `/`). */
export const HARNESS_FILE = /^pyland\w*\.py$|^pyland_\w+\/\w+\.py$/;

/** The package of the spell stepper, imported before the snapshot when the harness has it. */
export const STEPPER_PACKAGE = 'pyland_stepper';
export const STEPPER_PACKAGE_FILE = `${STEPPER_PACKAGE}/__init__.py`;

/** The harness files among `files` (path inside harness/ -> source), the others left out. */
export function harnessFilesAmong(files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(files)
      .filter(([path]) => HARNESS_FILE.test(path))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

/** The folders a package of the harness needs inside the harness folder, each made before its files. */
export function harnessFolders(paths: Iterable<string>): string[] {
  const folders = new Set<string>();
  for (const path of paths) {
    const slash = path.lastIndexOf('/');
    if (slash > 0) folders.add(path.slice(0, slash));
  }
  return [...folders].sort();
}
