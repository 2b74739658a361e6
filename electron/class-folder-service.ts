import path from 'node:path';
import type { OpenDialogOptions } from 'electron';
import type { ChooseFolderOutcome, ClassFolderListing, ClassFolderSyncOutcome } from '../contracts/ipc-channels.js';
import { normalizeClassFolder } from '../game/model/class-folder-path.js';
import { MAX_KID_FILE_BYTES, parseKidFile } from '../game/model/kid-file.js';
import { isComputerId } from '../game/model/save-data.js';
import { createClassFolderStore, type ClassFolderFileSystem, type ClassFolderStore } from './class-folder-store.js';

/**
 * window.pyland's class folder operations, main side (the folder store is class-folder-store.ts).
 * The page says which kid and what it knows of them; where the folder is and which computer this
 * is come from the stored save (the teacher's choice, written by the console through the save
 * store), never from the call. So a page that was tricked can only ever write a valid kid file of
 * a named kid of this computer into `<class folder>/kids/`, and read the kid files there. A kiosk
 * does none of it: its guests never go to the folder, and its dialog would show the host's disk.
 * Tested under Node with a real temporary folder; main.ts passes Electron's dialog in.
 */

/** Kid/teacher-facing catalogue keys (game/messages, section `classFolder`). */
export const CLASS_FOLDER_PROBLEMS = {
  noFolder: 'classFolder.no-folder',
  notInKiosk: 'classFolder.not-in-kiosk',
  notAKid: 'classFolder.not-a-kid',
  chooseFailed: 'classFolder.choose-failed',
} as const;

/** Electron's dialog.showOpenDialog (bound to the game window in main.ts), or a fake in tests. */
export type ShowOpenDialog = (options: OpenDialogOptions) => Promise<{ canceled: boolean; filePaths: string[] }>;

export interface ClassFolderServiceDependencies {
  /** The stored save document's text (SaveStore.peek), or null when there is none yet. */
  readSave: () => Promise<string | null>;
  isKiosk: () => boolean;
  showOpenDialog: ShowOpenDialog;
  /** The folder the dialog opens in: app.getPath('documents'). */
  documentsDirectory: () => string;
  fileSystem?: ClassFolderFileSystem;
}

export interface ClassFolderService {
  choose(args: unknown[]): Promise<ChooseFolderOutcome>;
  sync(args: unknown[]): Promise<ClassFolderSyncOutcome>;
  list(args: unknown[]): Promise<ClassFolderListing>;
}

/** What the stored save says: the class folder, this computer's id, its named (non-guest) kids, and the kids the teacher deleted here. */
interface SaveFacts {
  folder: string | null;
  computerId: string | null;
  namedKids: ReadonlySet<string>;
  /** Kids the console deleted on this computer (its backups of them): only their removal may go to the folder. */
  deletedKids: ReadonlySet<string>;
}

export function readSaveFacts(text: string | null): SaveFacts {
  const none: SaveFacts = { folder: null, computerId: null, namedKids: new Set(), deletedKids: new Set() };
  if (text === null) return none;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return none;
  }
  if (!isObject(raw)) return none;
  const teacher = isObject(raw['teacher']) ? raw['teacher'] : {};
  const settings = isObject(raw['settings']) ? raw['settings'] : {};
  const profiles = Array.isArray(raw['profiles']) ? raw['profiles'] : [];
  const namedKids = new Set(
    profiles.flatMap((p: unknown) => (isObject(p) && typeof p['id'] === 'string' && p['guest'] !== true ? [p['id']] : [])),
  );
  const backups = Array.isArray(teacher['backups']) ? teacher['backups'] : [];
  const deletedKids = new Set(
    backups.flatMap((b: unknown) =>
      isObject(b) &&
      b['action'] === 'delete' &&
      isObject(b['profile']) &&
      typeof b['profile']['id'] === 'string' &&
      b['profile']['guest'] !== true
        ? [b['profile']['id']]
        : [],
    ),
  );
  const folder = normalizeClassFolder(teacher['classFolder']);
  return {
    deletedKids,
    // a relative path would be the app's own working folder: never a class folder
    folder: folder !== null && path.isAbsolute(folder) ? folder : null,
    computerId: isComputerId(settings['computerId']) ? settings['computerId'] : null,
    namedKids,
  };
}

/**
 * readSaveFacts, remembering the last save read: a pass of the page syncs every named kid one
 * call after another, and the stored save does not change between them, so it is parsed once.
 */
export function rememberingSaveFacts(): (text: string | null) => SaveFacts {
  let last: { text: string | null; facts: SaveFacts } | null = null;
  return (text) => {
    if (last === null || last.text !== text) last = { text, facts: readSaveFacts(text) };
    return last.facts;
  };
}

export function createClassFolderService(deps: ClassFolderServiceDependencies): ClassFolderService {
  const factsOf = rememberingSaveFacts();
  // one store per folder and computer: its queue keeps this computer's syncs one after another
  const stores = new Map<string, ClassFolderStore>();
  const storeFor = (folder: string, computerId: string): ClassFolderStore => {
    const key = `${computerId}\u0000${folder}`;
    let store = stores.get(key);
    if (!store) {
      store = createClassFolderStore(folder, { computerId, ...(deps.fileSystem ? { fileSystem: deps.fileSystem } : {}) });
      stores.set(key, store);
    }
    return store;
  };

  return {
    async choose(args) {
      if (args.length !== 0) return { outcome: 'failed', problem: CLASS_FOLDER_PROBLEMS.chooseFailed };
      if (deps.isKiosk()) return { outcome: 'failed', problem: CLASS_FOLDER_PROBLEMS.notInKiosk };
      let chosen: { canceled: boolean; filePaths: string[] };
      try {
        chosen = await deps.showOpenDialog({
          defaultPath: deps.documentsDirectory(),
          properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
        });
      } catch {
        return { outcome: 'failed', problem: CLASS_FOLDER_PROBLEMS.chooseFailed };
      }
      const folder = chosen.filePaths[0];
      if (chosen.canceled || folder === undefined) return { outcome: 'cancelled' };
      // the dialog gives an absolute path the teacher chose; anything else is not from a dialog
      if (!path.isAbsolute(folder) || normalizeClassFolder(folder) === null)
        return { outcome: 'failed', problem: CLASS_FOLDER_PROBLEMS.chooseFailed };
      return { outcome: 'chosen', folder };
    },

    async sync(args) {
      const [text] = args;
      if (args.length !== 1 || typeof text !== 'string' || text.length > MAX_KID_FILE_BYTES)
        return { ok: false, reason: 'unreadable', problem: CLASS_FOLDER_PROBLEMS.notAKid };
      if (deps.isKiosk()) return { ok: false, reason: 'kiosk', problem: CLASS_FOLDER_PROBLEMS.notInKiosk };
      const parsed = parseKidFile(text);
      if (!parsed.ok) return { ok: false, reason: 'unreadable', problem: CLASS_FOLDER_PROBLEMS.notAKid };
      const facts = factsOf(await deps.readSave().catch(() => null));
      if (facts.folder === null || facts.computerId === null)
        return { ok: false, reason: 'no-folder', problem: CLASS_FOLDER_PROBLEMS.noFolder };
      // only a named kid of this computer's save, as this computer wrote them; a removal only of a kid the teacher deleted here
      const id = parsed.file.kid.id;
      const known = parsed.file.kid.removed ? facts.deletedKids.has(id) && !facts.namedKids.has(id) : facts.namedKids.has(id);
      if (!known) return { ok: false, reason: 'unreadable', problem: CLASS_FOLDER_PROBLEMS.notAKid };
      const result = await storeFor(facts.folder, facts.computerId).syncKid(parsed.file);
      if (result.ok) return { ok: true, file: result.merged };
      return { ok: false, reason: result.reason, problem: result.problem, ...(result.params ? { params: result.params } : {}) };
    },

    async list(args) {
      if (args.length !== 0 || deps.isKiosk()) return { folder: null, files: [], problems: [] };
      const facts = factsOf(await deps.readSave().catch(() => null));
      if (facts.folder === null || facts.computerId === null) return { folder: null, files: [], problems: [] };
      const listing = await storeFor(facts.folder, facts.computerId).listKids();
      // a kid the teacher deleted is no kid of the class any more: their file stays only so every computer hears of it
      return { folder: facts.folder, files: listing.files.filter((file) => !file.kid.removed), problems: listing.problems };
    },
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
