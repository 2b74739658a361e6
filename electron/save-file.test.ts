import type { SaveDialogOptions } from 'electron';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileSaver, MAX_FILE_NAME_LENGTH, readSaveFileRequest, sanitizeFileName, type ShowSaveDialog } from './save-file.js';
import { nodeSaveFileSystem, type SaveFileSystem } from './save-store.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'pyland-save-file-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('sanitizeFileName', () => {
  it.each<[string, string, 'class-csv' | 'class-setup' | 'lab-program' | 'kid-file', string]>([
    ['keeps a good name', 'pyland-class-2026-11-25.csv', 'class-csv', 'pyland-class-2026-11-25.csv'],
    ['adds the missing extension', 'pyland-class', 'class-csv', 'pyland-class.csv'],
    ['puts the right extension for the kind', 'setup.csv', 'class-setup', 'setup.csv.json'],
    ['keeps an upper-case extension as the right one', 'CLASS.CSV', 'class-csv', 'CLASS.csv'],
    ['drops a Unix folder', '../../etc/passwd', 'class-csv', 'passwd.csv'],
    ['drops a Windows folder', 'C:\\Windows\\System32\\evil.csv', 'class-csv', 'evil.csv'],
    ['drops characters file systems refuse', 'a<b>c:d"e|f?g*h.csv', 'class-csv', 'abcdefgh.csv'],
    ['drops control characters and right-to-left overrides', 'class\u0000\u202Evsc.exe', 'class-csv', 'classvsc.exe.csv'],
    ['no hidden file', '.bashrc', 'class-csv', 'bashrc.csv'],
    ['no trailing dots or spaces', 'class. . ', 'class-setup', 'class.json'],
    ['falls back when nothing is left', '///', 'class-csv', 'pyland-class.csv'],
    ['falls back for an empty name', '', 'class-setup', 'pyland-class-setup.json'],
    ['no Windows device name', 'CON.csv', 'class-csv', 'pyland-class.csv'],
    ['no Windows device name with more dots', 'nul.txt', 'class-setup', 'pyland-class-setup.json'],
    ['keeps letters of any language and emoji', 'Klasse Zoë 🐍.csv', 'class-csv', 'Klasse Zoë 🐍.csv'],
    ['a Memory Lab program ends in .py', 'my circle', 'lab-program', 'my circle.py'],
    ['a wizard file keeps its two-part ending', 'Vera.pyland-kid.json', 'kid-file', 'Vera.pyland-kid.json'],
  ])('%s', (_name, suggested, kind, expected) => {
    expect(sanitizeFileName(suggested, kind)).toBe(expected);
  });

  it('cuts a long name to at most 100 characters, keeping the extension and whole emoji', () => {
    const long = sanitizeFileName(`${'a'.repeat(95)}${'🐍'.repeat(10)}.csv`, 'class-csv');
    expect(Array.from(long).length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
    expect(long.endsWith('.csv')).toBe(true);
    expect(long).toBe(`${'a'.repeat(95)}🐍.csv`);
    expect(sanitizeFileName('x'.repeat(5000), 'class-setup')).toBe(`${'x'.repeat(95)}.json`);
  });
});

describe('readSaveFileRequest', () => {
  const good = { kind: 'class-csv', suggestedName: 'a.csv', text: 'a,b\r\n' };
  it('takes a well-formed request', () => {
    expect(readSaveFileRequest(good)).toEqual(good);
    expect(readSaveFileRequest({ ...good, kind: 'kid-file' })).toEqual({ ...good, kind: 'kid-file' });
  });
  it.each<[string, unknown]>([
    ['nothing', undefined],
    ['a string', 'a.csv'],
    ['an array', [good]],
    ['an unknown kind', { ...good, kind: 'save-game' }],
    ['a kind named like an object property', { ...good, kind: 'toString' }],
    ['a name that is not text', { ...good, suggestedName: 42 }],
    ['a name longer than any file name', { ...good, suggestedName: 'a'.repeat(1001) }],
    ['text that is not text', { ...good, text: { rows: [] } }],
    ['more than 5 MB of text', { ...good, text: 'é'.repeat(2.7 * 1024 * 1024) }],
  ])('refuses %s', (_name, raw) => {
    expect(readSaveFileRequest(raw)).toBeNull();
  });
});

function dialogAnswering(answer: { canceled: boolean; filePath?: string } | Error) {
  const asked: SaveDialogOptions[] = [];
  const showSaveDialog: ShowSaveDialog = async (options) => {
    asked.push(options);
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { asked, showSaveDialog };
}

const csv = (text = 'Profile,Chapter\r\nAda,refcount\r\n') => ({ kind: 'class-csv', suggestedName: 'pyland-class-2026-11-25.csv', text });

describe('createFileSaver', () => {
  it('opens the save dialog in Documents with the sanitized name and a CSV filter, then writes the file there', async () => {
    const chosen = path.join(dir, 'my class.csv');
    const dialog = dialogAnswering({ canceled: false, filePath: chosen });
    const save = createFileSaver({
      showSaveDialog: dialog.showSaveDialog,
      documentsDirectory: () => '/home/teacher/Documents',
      isKiosk: () => false,
    });
    expect(await save(csv())).toEqual({ outcome: 'saved', fileName: 'my class.csv' });
    expect(await readFile(chosen, 'utf8')).toBe('Profile,Chapter\r\nAda,refcount\r\n');
    expect(dialog.asked).toEqual([
      {
        defaultPath: path.join('/home/teacher/Documents', 'pyland-class-2026-11-25.csv'),
        filters: [{ name: 'CSV', extensions: ['csv'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      },
    ]);
    // nothing but the file: no temp file left next to it
    expect(await readdir(dir)).toEqual(['my class.csv']);
  });

  it('offers a JSON filter for the class setup', async () => {
    const dialog = dialogAnswering({ canceled: true });
    const save = createFileSaver({ showSaveDialog: dialog.showSaveDialog, documentsDirectory: () => dir, isKiosk: () => false });
    await save({ kind: 'class-setup', suggestedName: '../pyland-class-setup', text: '{}' });
    expect(dialog.asked[0]).toMatchObject({
      defaultPath: path.join(dir, 'pyland-class-setup.json'),
      filters: [{ name: 'JSON', extensions: ['json'] }],
    });
  });

  it('replaces an existing file the teacher chose to overwrite, in one step', async () => {
    const chosen = path.join(dir, 'class.csv');
    await writeFile(chosen, 'old export');
    const save = createFileSaver({
      showSaveDialog: dialogAnswering({ canceled: false, filePath: chosen }).showSaveDialog,
      documentsDirectory: () => dir,
      isKiosk: () => false,
    });
    expect(await save(csv('new export'))).toEqual({ outcome: 'saved', fileName: 'class.csv' });
    expect(await readFile(chosen, 'utf8')).toBe('new export');
  });

  it('writes nothing when the teacher cancels', async () => {
    const save = createFileSaver({
      showSaveDialog: dialogAnswering({ canceled: true, filePath: '' }).showSaveDialog,
      documentsDirectory: () => dir,
      isKiosk: () => false,
    });
    expect(await save(csv())).toEqual({ outcome: 'cancelled' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('says the save failed when the folder cannot be written, and leaves no temp file', async () => {
    const missingFolder = path.join(dir, 'gone', 'class.csv');
    const save = createFileSaver({
      showSaveDialog: dialogAnswering({ canceled: false, filePath: missingFolder }).showSaveDialog,
      documentsDirectory: () => dir,
      isKiosk: () => false,
    });
    expect(await save(csv())).toEqual({ outcome: 'failed', problem: 'files.save-failed' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('keeps the old file whole when the write fails half-way (a full disk)', async () => {
    const chosen = path.join(dir, 'class.csv');
    await writeFile(chosen, 'old export');
    const fullDisk: SaveFileSystem = {
      ...nodeSaveFileSystem,
      open: async (file, flags) => {
        const handle = await nodeSaveFileSystem.open(file, flags);
        return {
          writeFile: async (data, encoding) => {
            await handle.writeFile(data.slice(0, 3), encoding);
            throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        };
      },
    };
    const save = createFileSaver({
      showSaveDialog: dialogAnswering({ canceled: false, filePath: chosen }).showSaveDialog,
      documentsDirectory: () => dir,
      isKiosk: () => false,
      fileSystem: fullDisk,
    });
    expect(await save(csv('new export'))).toEqual({ outcome: 'failed', problem: 'files.save-failed' });
    expect(await readFile(chosen, 'utf8')).toBe('old export');
    expect(await readdir(dir)).toEqual(['class.csv']);
  });

  it('says the save failed when the dialog itself fails or answers a relative path', async () => {
    for (const answer of [new Error('no display'), { canceled: false, filePath: 'relative/class.csv' }]) {
      const save = createFileSaver({
        showSaveDialog: dialogAnswering(answer).showSaveDialog,
        documentsDirectory: () => dir,
        isKiosk: () => false,
      });
      expect(await save(csv())).toEqual({ outcome: 'failed', problem: 'files.save-failed' });
    }
  });

  it('never opens a dialog for a bad request', async () => {
    const dialog = dialogAnswering({ canceled: false, filePath: path.join(dir, 'x.csv') });
    const save = createFileSaver({ showSaveDialog: dialog.showSaveDialog, documentsDirectory: () => dir, isKiosk: () => false });
    expect(await save({ kind: 'class-csv', suggestedName: 'x.csv', text: 42 })).toEqual({
      outcome: 'failed',
      problem: 'files.save-failed',
    });
    expect(dialog.asked).toEqual([]);
  });

  it('never opens a dialog in a kiosk, where it would let a stranger browse the computer', async () => {
    const dialog = dialogAnswering({ canceled: false, filePath: path.join(dir, 'x.csv') });
    const save = createFileSaver({ showSaveDialog: dialog.showSaveDialog, documentsDirectory: () => dir, isKiosk: () => true });
    expect(await save(csv())).toEqual({ outcome: 'failed', problem: 'files.not-in-kiosk' });
    expect(dialog.asked).toEqual([]);
    expect(await readdir(dir)).toEqual([]);
  });
});
