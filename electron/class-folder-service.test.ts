import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { kidFileOf, kidFileText, MAX_KID_FILE_BYTES, parseKidFile, removedKidFile, type KidFile } from '../game/model/kid-file.js';
import type { Profile } from '../game/model/profile-types.js';
import { emptyProgress } from '../game/model/save-data.js';
import { createClassFolderService, rememberingSaveFacts, type ClassFolderService, type ShowOpenDialog } from './class-folder-service.js';

const COMPUTER = 'pc-lab-00001';
const NOW = new Date('2026-12-07T10:00:00.000Z');

let root: string;
let classFolder: string;
/** The stored save's text, as SaveStore.peek would give it; a test changes it as the console would. */
let saveText: string | null;
let kiosk: boolean;
let dialog: ReturnType<typeof vi.fn<ShowOpenDialog>>;
let service: ClassFolderService;

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'pyland-service-'));
  classFolder = path.join(root, 'class-5b');
  await fs.mkdir(classFolder);
  saveText = saveWith(classFolder);
  kiosk = false;
  dialog = vi.fn<ShowOpenDialog>(async () => ({ canceled: true, filePaths: [] }));
  service = createClassFolderService({
    readSave: async () => saveText,
    isKiosk: () => kiosk,
    showOpenDialog: dialog,
    documentsDirectory: () => root,
  });
});

afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

function kid(id: string, name: string, guest = false): Profile {
  return { id, name, avatar: 'owl', createdAt: '2026-11-25T10:00:00.000Z', levels: {}, guest, language: null };
}

const ada = (): Profile => ({
  ...kid('p-ada', 'Ada'),
  levels: {
    'refcount/a': {
      ...emptyProgress(),
      attempts: 2,
      seconds: 30,
      passed: true,
      firstPassedAt: '2026-12-07T09:00:00.000Z',
      lastPlayedAt: '2026-12-07T09:00:00.000Z',
      lastSpell: 'x = hat',
    },
  },
});

/** A stored save as the game writes it: the teacher's class folder, this computer's id, its profiles (a kiosk guest among them). */
function saveWith(folder: string | null, profiles: Profile[] = [ada(), kid('p-bo', 'Bo'), kid('g-guest', 'Guest', true)]): string {
  return JSON.stringify({
    schema: 9,
    teacher: { pin: null, classFolder: folder },
    settings: { computerId: COMPUTER },
    profiles,
  });
}

/** A kid's file as the page sends it. */
const fileText = (profile: Profile): string => kidFileText(kidFileOf(profile, COMPUTER, NOW)!);
const kidsIn = (folder: string) => fs.readdir(path.join(folder, 'kids')).catch(() => []);

async function readKid(folder: string, id: string): Promise<KidFile> {
  const parsed = parseKidFile(await fs.readFile(path.join(folder, 'kids', `${id}.json`), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.file;
}

describe('reading the stored save', () => {
  it('parses it once while it stays the same (a pass syncs every kid in turn), and again once it changed', () => {
    const factsOf = rememberingSaveFacts();
    const save = (folder: string) => JSON.stringify({ teacher: { classFolder: folder }, settings: {}, profiles: [{ id: 'p-ada' }] });
    const first = factsOf(save('/srv/class-5b'));
    expect(first.folder).toBe('/srv/class-5b');
    expect(factsOf(save('/srv/class-5b'))).toBe(first);
    expect(factsOf(save('/srv/class-6a')).folder).toBe('/srv/class-6a');
    expect(factsOf(null).folder).toBeNull();
  });
});

describe('choosing the class folder', () => {
  it('gives nothing when the teacher closes the dialog', async () => {
    expect(await service.choose([])).toEqual({ outcome: 'cancelled' });
    // the dialog opens in the teacher's documents and may make a new folder
    expect(dialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: root, properties: expect.arrayContaining(['openDirectory', 'createDirectory']) }),
    );
  });

  it('gives the absolute path the teacher chose', async () => {
    dialog.mockResolvedValueOnce({ canceled: false, filePaths: [classFolder] });
    expect(await service.choose([])).toEqual({ outcome: 'chosen', folder: classFolder });
  });

  it('refuses a relative path, which no folder dialog gives', async () => {
    dialog.mockResolvedValueOnce({ canceled: false, filePaths: ['class-5b'] });
    expect(await service.choose([])).toEqual({ outcome: 'failed', problem: 'classFolder.choose-failed' });
  });

  it('refuses in a kiosk without opening the dialog (it would show this computer’s disk)', async () => {
    kiosk = true;
    expect(await service.choose([])).toEqual({ outcome: 'failed', problem: 'classFolder.not-in-kiosk' });
    expect(dialog).not.toHaveBeenCalled();
  });

  it('says it failed when the dialog throws', async () => {
    dialog.mockRejectedValueOnce(new Error('no window'));
    expect(await service.choose([])).toEqual({ outcome: 'failed', problem: 'classFolder.choose-failed' });
  });

  it('refuses a call with arguments (a page naming a folder) without opening the dialog', async () => {
    expect(await service.choose([classFolder])).toEqual({ outcome: 'failed', problem: 'classFolder.choose-failed' });
    expect(dialog).not.toHaveBeenCalled();
  });
});

describe('copying a kid to the class folder', () => {
  it('writes a named kid to <folder>/kids/<id>.json, and the file reads back as the same kid', async () => {
    const sent = kidFileOf(ada(), COMPUTER, NOW)!;
    const outcome = await service.sync([kidFileText(sent)]);
    expect(outcome).toEqual({ ok: true, file: sent });
    expect(await kidsIn(classFolder)).toEqual(['p-ada.json']);
    expect(await readKid(classFolder, 'p-ada')).toEqual(sent);
  });

  it('says there is no folder when there is no save yet, or the save names none (or a relative one)', async () => {
    for (const save of [null, saveWith(null), saveWith('class-5b'), '{"schema": 9, "teacher": ']) {
      saveText = save;
      expect(await service.sync([fileText(ada())])).toEqual({ ok: false, reason: 'no-folder', problem: 'classFolder.no-folder' });
    }
    expect(await kidsIn(classFolder)).toEqual([]);
  });

  it('says there is no folder when the save has no valid computer id', async () => {
    saveText = JSON.stringify({ ...JSON.parse(saveWith(classFolder)), settings: { computerId: 'x' } });
    expect(await service.sync([fileText(ada())])).toMatchObject({ ok: false, reason: 'no-folder' });
    expect(await kidsIn(classFolder)).toEqual([]);
  });

  it('does nothing in a kiosk', async () => {
    kiosk = true;
    expect(await service.sync([fileText(ada())])).toEqual({ ok: false, reason: 'kiosk', problem: 'classFolder.not-in-kiosk' });
    expect(await kidsIn(classFolder)).toEqual([]);
  });

  it.each([
    ['garbage text', () => ['not a kid file']],
    ['a text too big', () => [`${fileText(ada())}${' '.repeat(MAX_KID_FILE_BYTES)}`]],
    ['a kid who is not in this computer’s save', () => [fileText(kid('p-cy', 'Cy'))]],
    // the page lies: a file made for the guest's id, which the save says is a kiosk guest
    ['a guest of the save', () => [fileText(kid('g-guest', 'Guest'))]],
    ['no text', () => []],
    ['two texts', () => [fileText(ada()), fileText(ada())]],
    ['a number', () => [42]],
  ])('refuses %s and writes nothing', async (_, args) => {
    expect(await service.sync(args())).toEqual({ ok: false, reason: 'unreadable', problem: 'classFolder.not-a-kid' });
    expect(await kidsIn(classFolder)).toEqual([]);
  });

  it('writes where the save says: the teacher choosing another folder moves the next copy there', async () => {
    expect((await service.sync([fileText(ada())])).ok).toBe(true);
    const other = path.join(root, 'class-6a');
    await fs.mkdir(other);
    saveText = saveWith(other);
    expect((await service.sync([fileText(kid('p-bo', 'Bo'))])).ok).toBe(true);
    expect(await kidsIn(classFolder)).toEqual(['p-ada.json']);
    expect(await kidsIn(other)).toEqual(['p-bo.json']);
  });

  it('says the folder is unreachable when it is gone, never makes it again, and writes once it is back', async () => {
    await fs.rm(classFolder, { recursive: true });
    expect(await service.sync([fileText(ada())])).toEqual({ ok: false, reason: 'unreachable', problem: 'classFolder.unreachable' });
    await expect(fs.stat(classFolder)).rejects.toThrow();
    await fs.mkdir(classFolder);
    expect(await service.sync([fileText(ada())])).toMatchObject({ ok: true });
    expect(await readKid(classFolder, 'p-ada')).toMatchObject({ kid: { id: 'p-ada', name: 'Ada' } });
  });
});

describe('a kid the teacher deleted', () => {
  /** The save after the console deleted Bo: gone from the profiles, kept in the backups. */
  const afterDelete = (folder: string) => {
    const save = JSON.parse(saveWith(folder, [ada()])) as { teacher: Record<string, unknown> };
    save.teacher['backups'] = [{ action: 'delete', at: NOW.toISOString(), profile: kid('p-bo', 'Bo'), chapters: {} }];
    return JSON.stringify(save);
  };
  const removal = (profile: Profile) => kidFileText(removedKidFile(profile, COMPUTER, NOW)!);

  it('becomes a removal in the folder, and the folder lists them no more', async () => {
    await service.sync([fileText(kid('p-bo', 'Bo'))]);
    saveText = afterDelete(classFolder);
    expect(await service.sync([removal(kid('p-bo', 'Bo'))])).toMatchObject({ ok: true, file: { kid: { removed: true, generation: 1 } } });
    expect((await readKid(classFolder, 'p-bo')).levels).toEqual({});
    expect((await service.list([])).files.map((f) => f.kid.name)).toEqual([]);
  });

  it('is removed only by the computer that deleted them: a removal of a kid still here, or never here, is refused', async () => {
    await service.sync([fileText(ada())]);
    // Ada is a kid of this computer: a page cannot remove her from the class
    expect(await service.sync([removal(ada())])).toMatchObject({ ok: false, problem: 'classFolder.not-a-kid' });
    // Cy was never deleted here
    expect(await service.sync([removal(kid('p-cy', 'Cy'))])).toMatchObject({ ok: false, problem: 'classFolder.not-a-kid' });
    expect((await readKid(classFolder, 'p-ada')).kid.removed).toBe(false);
  });
});

describe('listing the class folder', () => {
  it('gives every kid’s file and names the ones it cannot read', async () => {
    await service.sync([fileText(ada())]);
    await service.sync([fileText(kid('p-bo', 'Bo'))]);
    await fs.writeFile(path.join(classFolder, 'kids', 'p-cy.json'), '{"kind": "pyland-kid", "schema": 1, "kid": {');
    const listing = await service.list([]);
    expect(listing.folder).toBe(classFolder);
    expect(listing.files.map((f) => f.kid.name)).toEqual(['Ada', 'Bo']);
    expect(listing.problems).toEqual([{ file: 'p-cy.json', problem: 'classFolder.kid-file-damaged' }]);
  });

  it('says the folder itself is unreachable when it is gone', async () => {
    await fs.rm(classFolder, { recursive: true });
    expect(await service.list([])).toEqual({
      folder: classFolder,
      files: [],
      problems: [{ file: null, problem: 'classFolder.unreachable' }],
    });
  });

  it('is empty without a folder in the save, in a kiosk, or when called with arguments', async () => {
    await service.sync([fileText(ada())]);
    const empty = { folder: null, files: [], problems: [] };
    expect(await service.list([classFolder])).toEqual(empty);
    kiosk = true;
    expect(await service.list([])).toEqual(empty);
    kiosk = false;
    saveText = saveWith(null);
    expect(await service.list([])).toEqual(empty);
  });
});
