import { normalizeClassFolder } from './class-folder-path.js';
import { freeName, bringKids } from './kid-carry.js';
import type { KidFile } from './kid-file.js';
import { mergeKidFilesById } from './kid-merge.js';
import type { SaveData } from './save-data.js';

/**
 * The teacher's console and the class folder (issue 14): the folder the teacher chose, and the
 * whole class as the console reports it, every kid of the folder included (those who only ever
 * played on other computers too). What the console shows is never stored from here: the class
 * folder's sync (class-folder-sync.ts) is what brings a kid's progress into this computer's save.
 */

/** The save with the class folder chosen (or none); a path that is not a whole absolute one is no folder. */
export function setClassFolder(save: SaveData, folder: string | null): SaveData {
  const classFolder = normalizeClassFolder(folder);
  if (classFolder === save.teacher.classFolder) return save;
  return { ...save, teacher: { ...save.teacher, classFolder } };
}

export interface ClassWithFolder {
  /** The save as the console reports it: this computer's kids merged with their folder files, and the folder's other kids. */
  save: SaveData;
  /** Kids who are only in the folder (no profile here): rename, reset, delete and their own pace act on profiles, so not on them. */
  folderOnly: ReadonlySet<string>;
}

/**
 * The class the console reports when a class folder is set. A kid of this computer who is also in
 * the folder is merged with their file (kid-merge.ts: lessons passed on other computers show, no
 * cast counted twice) but keeps the name this computer knows them by, the name the console renames;
 * a kid only in the folder is added after this computer's kids, by name (with a number when a kid
 * here has the name, as the profile screen would). Guests are never touched: a file with a guest's
 * id is left out.
 */
export function classWithFolder(save: SaveData, files: readonly KidFile[], computerId: string, now: Date): ClassWithFolder {
  const here = new Map(save.profiles.map((p) => [p.id, p]));
  const incoming = mergeKidFilesById(files).filter((file) => here.get(file.kid.id)?.guest !== true);
  if (incoming.length === 0) return { save, folderOnly: new Set() };
  const merged = bringKids(save, incoming, computerId, now).save;
  const local = merged.profiles.filter((p) => here.has(p.id)).map((p) => ({ ...p, name: here.get(p.id)!.name }));
  const fileNames = new Map(incoming.map((file) => [file.kid.id, file.kid.name]));
  const others = merged.profiles
    .filter((p) => !here.has(p.id))
    .map((p) => ({ ...p, name: fileNames.get(p.id) ?? p.name }))
    .sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // names are settled once every local name is back: two kids are never shown with the same name
  const profiles = [...local];
  for (const kid of others) profiles.push({ ...kid, name: freeName(kid.name, profiles) });
  return { save: { ...merged, profiles }, folderOnly: new Set(others.map((p) => p.id)) };
}
