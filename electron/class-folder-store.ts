import fs from 'node:fs/promises';
import path from 'node:path';
import {
  KID_ID,
  kidFileName,
  kidFileText,
  MAX_KID_FILE_BYTES,
  parseKidFile,
  type KidFile,
  type KidFileProblem,
} from '../game/model/kid-file.js';
import { mergeKidFiles } from '../game/model/kid-merge.js';
import { errorCode, withRetry, writeTextAtomically } from './save-store.js';

/**
 * A class folder (a school's file server, a synced drive folder, a USB stick): one file per named
 * kid in `<folder>/kids/<kid-id>.json` (game/model/kid-file.ts), written by every computer the kid
 * plays on. A plain Node module; the desktop app wires it through IPC.
 *
 * - A write goes to a temporary name in the same folder (`.<kid-id>.json.tmp-<computer>-<pid>-<n>`,
 *   never a name listKids reads), is fsync'ed, then renamed over the kid's file: a reader sees the
 *   old file or the new one, never half of one, and a copy cut off half way is never read.
 * - Two computers can read the same file, merge and write at the same moment; the later rename
 *   wins and the other's part could be missing. So a sync reads the file again after its write and
 *   merges again until the file holds everything this computer has. A computer's own progress is in
 *   its own save whatever happens here, so the next sync brings anything still missing.
 * - A damaged file, or one from a newer game, is kept as it is (never overwritten) and reported.
 * - A write cut off by a crash or a pulled cable leaves its temporary behind; listKids removes the
 *   store's own old ones (see removeLeftoverTemporaries).
 * - A folder that is gone, read-only or full gives a result, never a throw: the kid plays on the
 *   local save. The class folder itself is never created: a missing folder is a USB stick pulled
 *   out or a server down, and making it again would write the class onto this computer's disk.
 */

export type ClassFolderReason = FolderReason | 'unreadable';
/** What keeps the folder itself from being read or written (unlike one kid's unreadable file). */
type FolderReason = 'unreachable' | 'read-only' | 'full' | 'write-failed';

/** Catalogue keys (game/messages, section `classFolder`) of what went wrong. */
export type ClassFolderProblem = KidFileProblem | `classFolder.${FolderReason}`;

export type SyncResult =
  | { ok: true; merged: KidFile }
  | { ok: false; reason: ClassFolderReason; problem: ClassFolderProblem; params?: Record<string, string | number> };

export interface KidFileListing {
  files: KidFile[];
  /** A file that cannot be read (`file`: its name), or the folder itself (`file`: null). */
  problems: { file: string | null; problem: ClassFolderProblem; params?: Record<string, string | number> }[];
}

export interface ClassFolderStore {
  /** Merges this computer's file of a kid into the folder's and writes the result; the result is what the folder now holds. */
  syncKid(localFile: KidFile): Promise<SyncResult>;
  /** Every kid's file in the folder (the teacher's console, the profile screen). */
  listKids(): Promise<KidFileListing>;
}

/** The part of node:fs/promises the store uses; tests swap in one that fails on purpose. */
export interface ClassFolderFileSystem {
  stat(file: string): Promise<{ isDirectory(): boolean; isFile(): boolean; size: number; mtimeMs: number }>;
  mkdir(dir: string): Promise<unknown>;
  readdir(dir: string): Promise<string[]>;
  readFile(file: string, encoding: 'utf8'): Promise<string>;
  open(
    file: string,
    flags: string,
  ): Promise<{ writeFile(data: string, encoding: 'utf8'): Promise<void>; sync(): Promise<void>; close(): Promise<void> }>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
}

export const nodeClassFolderFileSystem: ClassFolderFileSystem = {
  stat: (file) => fs.stat(file),
  mkdir: (dir) => fs.mkdir(dir),
  readdir: (dir) => fs.readdir(dir),
  readFile: (file, encoding) => fs.readFile(file, encoding),
  open: (file, flags) => fs.open(file, flags),
  rename: (from, to) => fs.rename(from, to),
  unlink: (file) => fs.unlink(file),
};

export interface ClassFolderOptions {
  computerId: string;
  fileSystem?: ClassFolderFileSystem;
}

/** Writes that lost a race are merged and written again this many times at most (then the next sync goes on). */
const MAX_SYNC_ROUNDS = 8;
/** A kid's file name, as listKids reads them: temporaries and anything else in the folder are skipped. */
const KID_FILE_NAME = /^[A-Za-z0-9_-]{1,80}\.json$/;
/** The store's own temporary name (writeAtomically): `.<kid-id>.json.tmp-<computer>-<pid>-<n>`; nothing else is ever removed. */
const TEMP_FILE_NAME = /^\.[A-Za-z0-9_-]{1,80}\.json\.tmp-([A-Za-z0-9-]{8,64})-\d{1,10}-\d{1,16}$/;
/**
 * How old a leftover temporary must be before it is removed. No write of a kid's file (4 MB at
 * most) lasts minutes, so this computer's own is safely dead after 10; another computer's clock
 * (or the file server's) may be hours off, so theirs wait a whole day.
 */
const OWN_TEMP_MAX_AGE_MS = 10 * 60 * 1000;
const ANY_TEMP_MAX_AGE_MS = 24 * 60 * 60 * 1000;
/** Temporaries this process is writing right now (every store of it): never removed, however old their time looks. */
const tempsInFlight = new Set<string>();

type ReadOutcome =
  | { kind: 'missing' }
  | { kind: 'file'; file: KidFile; text: string }
  | { kind: 'unreadable'; problem: KidFileProblem; params?: Record<string, string | number> };

export function createClassFolderStore(folder: string, options: ClassFolderOptions): ClassFolderStore {
  const fileSystem = options.fileSystem ?? nodeClassFolderFileSystem;
  const kidsFolder = path.join(folder, 'kids');
  // one sync after another on this computer; other computers are met by the read-after-write
  let queue: Promise<unknown> = Promise.resolve();

  async function folderFailure(): Promise<FolderReason | null> {
    try {
      if (!(await fileSystem.stat(folder)).isDirectory()) return 'unreachable';
    } catch (error) {
      return reasonOf(error);
    }
    try {
      await fileSystem.mkdir(kidsFolder);
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') return reasonOf(error);
    }
    return null;
  }

  async function readKidFile(file: string): Promise<ReadOutcome> {
    try {
      // a file far too big is not read into memory at all
      if ((await fileSystem.stat(file)).size > MAX_KID_FILE_BYTES) {
        return { kind: 'unreadable', problem: 'classFolder.kid-file-too-big', params: { max: MAX_KID_FILE_BYTES / (1024 * 1024) } };
      }
      const text = await withRetry(() => fileSystem.readFile(file, 'utf8'));
      const parsed = parseKidFile(text);
      if (!parsed.ok) return { kind: 'unreadable', problem: parsed.problem, ...(parsed.params ? { params: parsed.params } : {}) };
      // a file named for one kid holding another is not that kid's file
      if (kidFileName(parsed.file.kid.id) !== path.basename(file)) return { kind: 'unreadable', problem: 'classFolder.kid-file-damaged' };
      return { kind: 'file', file: parsed.file, text };
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return { kind: 'missing' };
      throw error;
    }
  }

  /** Atomic as the saves are; the temp's name starts with a dot and says whose it is, so listKids skips it and two computers never pick the same one. */
  async function writeAtomically(file: string, text: string): Promise<void> {
    let temp: string | null = null;
    try {
      await writeTextAtomically(file, text, fileSystem, (target, n) => {
        temp = path.join(path.dirname(target), `.${path.basename(target)}.tmp-${options.computerId}-${process.pid}-${n}`);
        tempsInFlight.add(temp);
        return temp;
      });
    } finally {
      if (temp !== null) tempsInFlight.delete(temp);
    }
  }

  /**
   * Removes temporaries a cut-off write left in the kids' folder: only names of this store's own
   * pattern, only files, only when old enough that no write can still be going on (this
   * computer's after OWN_TEMP_MAX_AGE_MS, any computer's after ANY_TEMP_MAX_AGE_MS), never one
   * this process is writing. Done by listKids, not by a sync: the listing reads the folder's names
   * anyway, so it costs nothing when there is nothing to remove, while a sync runs after every
   * change of the save and touches one kid's file only (a folder listing on each would be slow on
   * a school's file server). Never fails: a folder that refuses a removal (read-only, a file held
   * by another computer) keeps its temporaries, which listKids skips anyway, until the next time.
   */
  async function removeLeftoverTemporaries(names: readonly string[]): Promise<void> {
    const now = Date.now();
    for (const name of [...names].sort()) {
      const writer = TEMP_FILE_NAME.exec(name)?.[1];
      if (writer === undefined) continue;
      const temp = path.join(kidsFolder, name);
      if (tempsInFlight.has(temp)) continue;
      // the writer is all between `tmp-` and the last two numbers (pid, n): this computer's id exactly, or another's
      const own = writer === options.computerId;
      try {
        const stats = await fileSystem.stat(temp);
        // a time in the future (another clock) is a write going on, not an old one
        if (!stats.isFile() || now - stats.mtimeMs < (own ? OWN_TEMP_MAX_AGE_MS : ANY_TEMP_MAX_AGE_MS)) continue;
        await fileSystem.unlink(temp);
      } catch (error) {
        // renamed meanwhile by its writer: fine; refused: the folder refuses the rest too, try next time
        if (errorCode(error) !== 'ENOENT') return;
      }
    }
  }

  async function sync(localFile: KidFile): Promise<SyncResult> {
    if (!KID_ID.test(localFile.kid.id)) throw new RangeError(`class-folder-store: not a kid id (${localFile.kid.id})`);
    const failure = await folderFailure();
    if (failure) return failed(failure);
    const file = path.join(kidsFolder, kidFileName(localFile.kid.id));
    let merged = localFile;
    try {
      for (let round = 1; round <= MAX_SYNC_ROUNDS; round += 1) {
        const found = await readKidFile(file);
        if (found.kind === 'unreadable') {
          return { ok: false, reason: 'unreadable', problem: found.problem, ...(found.params ? { params: found.params } : {}) };
        }
        merged = found.kind === 'file' ? mergeKidFiles(found.file, localFile) : localFile;
        const text = kidFileText(merged);
        // the folder already holds everything this computer has: nothing to write
        if (found.kind === 'file' && kidFileText(found.file) === text) return { ok: true, merged: found.file };
        // a race lost to another computer: let it finish before reading its file again
        if (round > 1) await pause(5 + Math.random() * 20 * round);
        await writeAtomically(file, text);
      }
    } catch (error) {
      return failed(reasonOf(error));
    }
    return { ok: true, merged };
  }

  return {
    syncKid(localFile) {
      const result = queue.then(() => sync(localFile));
      queue = result.catch(() => undefined);
      return result;
    },

    async listKids() {
      const failure = await folderFailure();
      if (failure) return { files: [], problems: [{ file: null, problem: problemOf(failure) }] };
      const listing: KidFileListing = { files: [], problems: [] };
      try {
        const allNames = await fileSystem.readdir(kidsFolder);
        const names = allNames.filter((name) => KID_FILE_NAME.test(name)).sort();
        for (const name of names) {
          const found = await readKidFile(path.join(kidsFolder, name)).catch((error: unknown) => ({
            kind: 'unreadable' as const,
            problem: problemOf(reasonOf(error)),
            params: undefined,
          }));
          if (found.kind === 'file') listing.files.push(found.file);
          else if (found.kind === 'unreadable')
            listing.problems.push({ file: name, problem: found.problem, ...(found.params ? { params: found.params } : {}) });
        }
        await removeLeftoverTemporaries(allNames);
      } catch (error) {
        return { files: [], problems: [{ file: null, problem: problemOf(reasonOf(error)) }] };
      }
      return listing;
    },
  };
}

function failed(reason: FolderReason): SyncResult {
  return { ok: false, reason, problem: problemOf(reason) };
}

function problemOf(reason: FolderReason): ClassFolderProblem {
  return `classFolder.${reason}`;
}

/** What a failed file operation means for the kid: the folder is gone, cannot be written, is full, or something else went wrong. */
function reasonOf(error: unknown): FolderReason {
  const code = errorCode(error) ?? '';
  if (['EACCES', 'EPERM', 'EROFS'].includes(code)) return 'read-only';
  if (['ENOSPC', 'EDQUOT'].includes(code)) return 'full';
  const gone = [
    'ENOENT',
    'ENOTDIR',
    'ENODEV',
    'ENXIO',
    'EIO',
    'ESTALE',
    'ETIMEDOUT',
    'EHOSTDOWN',
    'EHOSTUNREACH',
    'ENETDOWN',
    'ENETUNREACH',
  ];
  if (gone.includes(code) || code === 'ECONNRESET' || code === 'ECONNREFUSED' || code === 'EBUSY') return 'unreachable';
  return 'write-failed';
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
