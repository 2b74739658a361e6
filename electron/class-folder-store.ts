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
  stat(file: string): Promise<{ isDirectory(): boolean; size: number }>;
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
  const writeAtomically = (file: string, text: string): Promise<void> =>
    writeTextAtomically(file, text, fileSystem, (target, n) =>
      path.join(path.dirname(target), `.${path.basename(target)}.tmp-${options.computerId}-${process.pid}-${n}`),
    );

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
        const names = (await fileSystem.readdir(kidsFolder)).filter((name) => KID_FILE_NAME.test(name)).sort();
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
