import fs from 'node:fs/promises';
import path from 'node:path';
import type { LoadedDocument, WriteOutcome } from '../contracts/ipc-channels.js';
import { isValidSaveDocument } from '../contracts/ipc-channels.js';
export { isValidSaveDocument };

/**
 * The desktop app's saves: small JSON documents in one folder (the user-data folder in the app).
 * A kid's progress must survive a crash, a power cut or a full disk, so:
 *
 *   <name>.json                    the document
 *   <name>.json.bak                the previous good document (refreshed before every write)
 *   <name>.json.broken-<time>      a document that failed to load, kept aside, never deleted
 *   <name>.json.tmp-<pid>-<n>      a write in progress; left over only by a crash, removed on load
 *
 * Every write goes to a temp file in the same folder, is fsync'ed, then renamed over the document
 * (atomic on the same filesystem), and the folder is fsync'ed so the rename itself survives a power
 * cut. So the document on disk is always one complete version, never half of one. Loads and writes
 * of one document run one after another (a queue), so two writes never interleave.
 */

/** Larger writes are refused: a save is a few kilobytes; megabytes mean a bug, not progress. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

/** Kid-facing catalogue keys (game/messages) for what went wrong. */
export const SAVE_PROBLEMS = {
  recovered: 'saves.recovered-from-backup',
  startedFresh: 'saves.started-fresh',
  writeFailed: 'saves.write-failed',
} as const;

/** The part of a file handle the store uses (node:fs/promises FileHandle fits). */
export interface SaveFileHandle {
  writeFile(data: string, encoding: 'utf8'): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The file operations the store uses: node:fs/promises in the app, and in tests a wrapper
 * that "crashes" at a chosen step to prove no step leaves a half-written document.
 */
export interface SaveFileSystem {
  mkdir(dir: string, options: { recursive: true }): Promise<unknown>;
  readdir(dir: string): Promise<string[]>;
  stat(file: string): Promise<{ size: number }>;
  readFile(file: string, encoding: 'utf8'): Promise<string>;
  open(file: string, flags: string): Promise<SaveFileHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
}

export const nodeSaveFileSystem: SaveFileSystem = {
  mkdir: (dir, options) => fs.mkdir(dir, options),
  readdir: (dir) => fs.readdir(dir),
  stat: (file) => fs.stat(file),
  readFile: (file, encoding) => fs.readFile(file, encoding),
  open: (file, flags) => fs.open(file, flags),
  rename: (from, to) => fs.rename(from, to),
  unlink: (file) => fs.unlink(file),
};

export interface SaveStoreOptions {
  fileSystem?: SaveFileSystem;
  /** Clock for the names of kept-aside broken files. */
  now?: () => Date;
  maxBytes?: number;
}

type ReadResult = { kind: 'missing' } | { kind: 'valid'; text: string } | { kind: 'broken' };

// Document names are chosen by the app ('save'), never by the page; keep them plain file names.
const DOCUMENT_NAME = /^[a-z0-9][a-z0-9-]{0,63}$/;

export class SaveStore {
  readonly #dir: string;
  readonly #fs: SaveFileSystem;
  readonly #now: () => Date;
  readonly #maxBytes: number;
  /** The tail of each document's queue of loads and writes. */
  readonly #queues = new Map<string, Promise<unknown>>();

  constructor(directory: string, options: SaveStoreOptions = {}) {
    this.#dir = directory;
    this.#fs = options.fileSystem ?? nodeSaveFileSystem;
    this.#now = options.now ?? (() => new Date());
    this.#maxBytes = options.maxBytes ?? MAX_DOCUMENT_BYTES;
  }

  /**
   * The stored document. A broken document is kept aside and the backup is used (and put back as
   * the document); when both are broken the game starts fresh and says so. Never throws for a
   * broken or missing file.
   */
  load(name: string): Promise<LoadedDocument> {
    const file = this.#fileOf(name);
    return this.#enqueue(name, async () => {
      await this.#removeLeftoverTempFiles(file);
      const main = await this.#read(file);
      if (main.kind === 'valid') return { text: main.text, recoveredFrom: 'none', problem: null };

      const backupFile = `${file}.bak`;
      const backup = await this.#read(backupFile);
      if (main.kind === 'missing' && backup.kind === 'missing') return { text: null, recoveredFrom: 'none', problem: null };
      // If a broken file cannot be moved aside it stays where it is (never overwritten here);
      // the next write tries again before it writes.
      const mainOutOfTheWay = main.kind === 'missing' || (await this.#tryMoveAside(file));

      if (backup.kind === 'valid') {
        if (mainOutOfTheWay) {
          try {
            await this.#writeAtomically(file, backup.text);
          } catch {
            // the kid still gets the backup now; the next save writes the document again
          }
        }
        return { text: backup.text, recoveredFrom: 'backup', problem: SAVE_PROBLEMS.recovered };
      }
      if (backup.kind === 'broken') await this.#tryMoveAside(backupFile);
      return { text: null, recoveredFrom: 'none', problem: SAVE_PROBLEMS.startedFresh };
    });
  }

  /**
   * The stored document's text as load() would give it (the document, else its backup, else
   * null), but without changing anything on disk: no file kept aside, no backup put back, and
   * so no recovery notice used up. For the main process's own reads (is this a kiosk? the
   * teacher's PIN), which must leave the game's first load() and its notice to the game.
   */
  peek(name: string): Promise<string | null> {
    const file = this.#fileOf(name);
    return this.#enqueue(name, async () => {
      const main = await this.#read(file);
      if (main.kind === 'valid') return main.text;
      const backup = await this.#read(`${file}.bak`);
      return backup.kind === 'valid' ? backup.text : null;
    });
  }

  /**
   * Replaces the document with `text` after keeping the current good one as the backup.
   * Refuses text that is not a valid save document or is too large. Resolves when the new
   * document is on disk for good (or failed: ok false, the old document untouched).
   */
  write(name: string, text: string): Promise<WriteOutcome> {
    const file = this.#fileOf(name);
    if (typeof text !== 'string' || Buffer.byteLength(text, 'utf8') > this.#maxBytes || !isValidSaveDocument(text)) {
      return Promise.resolve({ ok: false, problem: SAVE_PROBLEMS.writeFailed });
    }
    return this.#enqueue(name, async (): Promise<WriteOutcome> => {
      try {
        await this.#fs.mkdir(this.#dir, { recursive: true });
        const current = await this.#read(file);
        if (current.kind === 'valid') await this.#writeAtomically(`${file}.bak`, current.text);
        // broken since it was loaded (someone edited it?): keep it aside rather than overwrite it
        if (current.kind === 'broken') await this.#moveAside(file);
        await this.#writeAtomically(file, text);
        return { ok: true };
      } catch {
        return { ok: false, problem: SAVE_PROBLEMS.writeFailed };
      }
    });
  }

  #fileOf(name: string): string {
    if (!DOCUMENT_NAME.test(name)) throw new Error(`save-store: not a document name: ${JSON.stringify(name)}`);
    return path.join(this.#dir, `${name}.json`);
  }

  /** Runs `task` after every earlier load/write of the same document has finished. */
  #enqueue<T>(name: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#queues.get(name) ?? Promise.resolve();
    const run = previous.then(task);
    const tail = run.catch(() => undefined);
    this.#queues.set(name, tail);
    void tail.then(() => {
      if (this.#queues.get(name) === tail) this.#queues.delete(name);
    });
    return run;
  }

  async #read(file: string): Promise<ReadResult> {
    try {
      // a huge file is not a save of ours; do not pull it into memory
      if ((await this.#fs.stat(file)).size > this.#maxBytes) return { kind: 'broken' };
      const text = await this.#fs.readFile(file, 'utf8');
      return isValidSaveDocument(text) ? { kind: 'valid', text } : { kind: 'broken' };
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return { kind: 'missing' };
      // unreadable (a folder in its place, no permission): treat like a broken document
      return { kind: 'broken' };
    }
  }

  #writeAtomically(file: string, text: string): Promise<void> {
    return writeTextAtomically(file, text, this.#fs);
  }

  #renameWithRetry(from: string, to: string): Promise<void> {
    return renameWithRetry(this.#fs, from, to);
  }

  async #tryMoveAside(file: string): Promise<boolean> {
    try {
      await this.#moveAside(file);
      return true;
    } catch {
      return false;
    }
  }

  /** Renames a broken file to <file>.broken-<time>; never overwrites an earlier kept-aside file. */
  async #moveAside(file: string): Promise<void> {
    const stamp = this.#now().toISOString().replace(/:/g, '-');
    for (let n = 1; n < 100; n += 1) {
      const target = n === 1 ? `${file}.broken-${stamp}` : `${file}.broken-${stamp}-${n}`;
      if (await this.#exists(target)) continue;
      await this.#renameWithRetry(file, target);
      return;
    }
    throw new Error(`save-store: too many broken copies of ${file}`);
  }

  async #exists(file: string): Promise<boolean> {
    try {
      await this.#fs.stat(file);
      return true;
    } catch (error) {
      return errorCode(error) !== 'ENOENT';
    }
  }

  async #removeLeftoverTempFiles(file: string): Promise<void> {
    const base = path.basename(file);
    let names: string[];
    try {
      names = await this.#fs.readdir(this.#dir);
    } catch {
      return;
    }
    for (const name of names) {
      if (name.startsWith(`${base}.tmp-`) || name.startsWith(`${base}.bak.tmp-`)) {
        await this.#fs.unlink(path.join(this.#dir, name)).catch(() => undefined);
      }
    }
  }
}

/** Names each temp file uniquely within this process (the pid tells processes apart). */
let tempCounter = 0;

/**
 * Writes `text` to `file` so the file is at any moment either its old content or the whole new
 * text: a temp file in the same folder, fsync'ed, renamed over `file`, then the folder fsync'ed so
 * the rename survives a power cut. On failure the temp file is removed and the error thrown.
 * Used for the saves and for files the teacher saves through the save dialog (electron/save-file.ts).
 */
export async function writeTextAtomically(
  file: string,
  text: string,
  fileSystem: AtomicWriteFileSystem = nodeSaveFileSystem,
  /** The temp file's path for the n-th write of this process (a class folder names its own: electron/class-folder-store.ts). */
  tempPathOf: (file: string, n: number) => string = (target, n) => `${target}.tmp-${process.pid}-${n}`,
): Promise<void> {
  tempCounter += 1;
  const temp = tempPathOf(file, tempCounter);
  try {
    const handle = await fileSystem.open(temp, 'wx');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(fileSystem, temp, file);
  } catch (error) {
    await fileSystem.unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(fileSystem, path.dirname(file));
}

/** What an atomic write needs of the file system (node:fs/promises, or a test's stand-in). */
export type AtomicWriteFileSystem = Pick<SaveFileSystem, 'open' | 'rename' | 'unlink'>;

async function renameWithRetry(fileSystem: AtomicWriteFileSystem, from: string, to: string): Promise<void> {
  await withRetry(() => fileSystem.rename(from, to));
}

/**
 * Windows refuses a rename or a read while a virus scanner or indexer holds the file for a
 * moment: tried again a few times, a little later each time.
 */
export async function withRetry<T>(operation: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await operation();
    } catch (error) {
      const transient = ['EPERM', 'EACCES', 'EBUSY'].includes(errorCode(error) ?? '');
      if (!transient || attempt >= 4) throw error;
      await new Promise((resolve) => setTimeout(resolve, 40 * attempt));
    }
  }
}

/** Makes renames durable on POSIX. Windows cannot open a folder for fsync; NTFS journals renames. */
async function syncDirectory(fileSystem: AtomicWriteFileSystem, directory: string): Promise<void> {
  try {
    const handle = await fileSystem.open(directory, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // not supported here; the data itself is already fsync'ed
  }
}

export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}
