import path from 'node:path';
import type { SaveDialogOptions } from 'electron';
import type { SaveFileOutcome, SaveFileRequest } from '../contracts/ipc-channels.js';
import { MAX_DOCUMENT_BYTES, nodeSaveFileSystem, writeTextAtomically, type SaveFileSystem } from './save-store.js';

/**
 * window.pyland.saveFile: the teacher's class CSV or class setup, saved where the teacher picks in
 * the platform's save dialog. The page only proposes a name and gives the text; the folder is the
 * teacher's choice in a dialog the page cannot fill in or skip, so a page can never write a file
 * anywhere by itself. The dialog is injected, so all of this is tested under Node without Electron.
 */

export type SaveFileKind = SaveFileRequest['kind'];

/** Kid/teacher-facing catalogue keys (game/messages/en.ts, section `files`). */
export const FILE_PROBLEMS = {
  saveFailed: 'files.save-failed',
  notInKiosk: 'files.not-in-kiosk',
} as const;

/** What each kind of file is called and how its name ends. */
export const FILE_KINDS: Record<SaveFileKind, { extension: string; fallbackName: string; filterName: string }> = {
  'class-csv': { extension: '.csv', fallbackName: 'pyland-class', filterName: 'CSV' },
  'class-setup': { extension: '.json', fallbackName: 'pyland-class-setup', filterName: 'JSON' },
  'lab-program': { extension: '.py', fallbackName: 'pyland-program', filterName: 'Python' },
  // "Carry my wizard" (game/model/kid-file.ts): <name>.pyland-kid.json
  'kid-file': { extension: '.json', fallbackName: 'pyland-kid', filterName: 'JSON' },
};

/** Longest proposed file name, extension included: every file system takes it, and it fits the dialog. */
export const MAX_FILE_NAME_LENGTH = 100;
/** The largest text saved: a class CSV of 30 kids x 27 lessons is about 200 KB. */
export const MAX_FILE_BYTES = MAX_DOCUMENT_BYTES;

// Characters Windows, macOS or Linux refuse in a name, or that change what the name means.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f<>:"/\\|?*\u202a-\u202e\u2066-\u2069]/g;
// Names Windows keeps for devices, whatever the extension ("con.csv" opens the console).
const WINDOWS_DEVICE_NAMES = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/**
 * Turns the page's proposed name into a plain base name ending in the kind's extension: no folder
 * (whatever comes before the last / or \ is dropped), no characters a file system refuses, no
 * leading dot (a hidden file), no device name, at most MAX_FILE_NAME_LENGTH characters. Never
 * empty: falls back to the kind's own name.
 */
export function sanitizeFileName(suggested: string, kind: SaveFileKind): string {
  const { extension, fallbackName } = FILE_KINDS[kind];
  const lastPart = suggested.split(/[/\\]/).pop() ?? '';
  let base = lastPart.normalize('NFC').replace(UNSAFE_CHARACTERS, '').trim();
  if (base.toLowerCase().endsWith(extension)) base = base.slice(0, -extension.length);
  // trailing dots and spaces vanish on Windows; leading dots hide the file on Linux and macOS
  base = base.replace(/^[.\s]+|[.\s]+$/g, '');
  if (base === '' || WINDOWS_DEVICE_NAMES.test(base.split('.')[0] ?? '')) base = fallbackName;
  const room = MAX_FILE_NAME_LENGTH - extension.length;
  // cut on whole code points, never inside an emoji's surrogate pair
  const codePoints = Array.from(base);
  if (codePoints.length > room)
    base =
      codePoints
        .slice(0, room)
        .join('')
        .replace(/[.\s]+$/g, '') || fallbackName;
  return `${base}${extension}`;
}

/** The request when it has the right shape and size, else null (the caller answers 'failed'). */
export function readSaveFileRequest(raw: unknown): SaveFileRequest | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const { kind, suggestedName, text } = raw as Record<string, unknown>;
  if (typeof kind !== 'string' || !Object.hasOwn(FILE_KINDS, kind)) return null;
  if (typeof suggestedName !== 'string' || suggestedName.length > 1000) return null;
  if (typeof text !== 'string' || text.length > MAX_FILE_BYTES || Buffer.byteLength(text, 'utf8') > MAX_FILE_BYTES) return null;
  return { kind: kind as SaveFileKind, suggestedName, text };
}

/** Electron's dialog.showSaveDialog (bound to the game window in main.ts), or a fake in tests. */
export type ShowSaveDialog = (options: SaveDialogOptions) => Promise<{ canceled: boolean; filePath?: string | undefined }>;

export interface FileSaverDependencies {
  showSaveDialog: ShowSaveDialog;
  /** The folder the dialog opens in: app.getPath('documents'). */
  documentsDirectory: () => string;
  /** A kiosk never opens a save dialog: it would let a stranger browse and write the host's disk. */
  isKiosk: () => boolean;
  fileSystem?: SaveFileSystem;
}

/** Builds the saveFile operation: validate, ask where, write atomically, say what happened. */
export function createFileSaver(deps: FileSaverDependencies): (raw: unknown) => Promise<SaveFileOutcome> {
  const fileSystem = deps.fileSystem ?? nodeSaveFileSystem;
  return async (raw) => {
    const request = readSaveFileRequest(raw);
    if (request === null) return { outcome: 'failed', problem: FILE_PROBLEMS.saveFailed };
    if (deps.isKiosk()) return { outcome: 'failed', problem: FILE_PROBLEMS.notInKiosk };
    const name = sanitizeFileName(request.suggestedName, request.kind);
    const { extension, filterName } = FILE_KINDS[request.kind];
    let chosen: { canceled: boolean; filePath?: string | undefined };
    try {
      chosen = await deps.showSaveDialog({
        defaultPath: path.join(deps.documentsDirectory(), name),
        filters: [{ name: filterName, extensions: [extension.slice(1)] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
    } catch {
      return { outcome: 'failed', problem: FILE_PROBLEMS.saveFailed };
    }
    if (chosen.canceled || !chosen.filePath) return { outcome: 'cancelled' };
    // The dialog gives an absolute path the teacher chose; anything else is not from a dialog.
    if (!path.isAbsolute(chosen.filePath)) return { outcome: 'failed', problem: FILE_PROBLEMS.saveFailed };
    try {
      await writeTextAtomically(chosen.filePath, request.text, fileSystem);
    } catch {
      return { outcome: 'failed', problem: FILE_PROBLEMS.saveFailed };
    }
    return { outcome: 'saved', fileName: path.basename(chosen.filePath) };
  };
}
