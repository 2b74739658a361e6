import { afterEach, describe, expect, it } from 'vitest';
import type { GameApi, SaveFileOutcome, SaveFileRequest } from '../../contracts/ipc-channels.js';
import { translatorFor } from '../messages/translator.js';
import { exportFile, exportOutcomeText, pageExportTargets, type ExportFile, type ExportTargets } from './file-export.js';

const CSV: ExportFile = {
  kind: 'class-csv',
  suggestedName: 'pyland-class-2026-11-25.csv',
  text: '\uFEFFProfile\r\n',
  mimeType: 'text/csv;charset=utf-8',
};

const words = translatorFor('en');

/** A stand-in for the desktop shell's window.pyland.saveFile, answering as the dialog would. */
function fakeShell(answer: SaveFileOutcome | Error) {
  const requests: SaveFileRequest[] = [];
  const shell: Pick<GameApi, 'saveFile'> = {
    saveFile: async (request) => {
      requests.push(request);
      if (answer instanceof Error) throw answer;
      return answer;
    },
  };
  return { shell, requests };
}

function targets(desktop: ExportTargets['desktop']) {
  const downloads: { fileName: string; text: string; mimeType: string }[] = [];
  const value: ExportTargets = { desktop, download: (fileName, text, mimeType) => downloads.push({ fileName, text, mimeType }) };
  return { value, downloads };
}

describe('exportFile', () => {
  it('downloads in a browser (no window.pyland) and says which file', async () => {
    const browser = targets(undefined);
    const outcome = await exportFile(CSV, browser.value);
    expect(browser.downloads).toEqual([{ fileName: CSV.suggestedName, text: CSV.text, mimeType: CSV.mimeType }]);
    expect(exportOutcomeText(words, outcome)).toBe('The file pyland-class-2026-11-25.csv was downloaded.');
  });

  it('goes through the desktop save dialog, sending only kind, name and text, and says where it was saved', async () => {
    const { shell, requests } = fakeShell({ outcome: 'saved', fileName: 'class 5B.csv' });
    const desktop = targets(shell);
    const outcome = await exportFile(CSV, desktop.value);
    expect(requests).toEqual([{ kind: 'class-csv', suggestedName: CSV.suggestedName, text: CSV.text }]);
    expect(desktop.downloads).toEqual([]);
    expect(exportOutcomeText(words, outcome)).toBe('Saved as class 5B.csv.');
  });

  it('says so when the teacher closed the dialog', async () => {
    const outcome = await exportFile(CSV, targets(fakeShell({ outcome: 'cancelled' }).shell).value);
    expect(outcome).toEqual({ outcome: 'cancelled' });
    expect(exportOutcomeText(words, outcome)).toBe('Not saved: the save dialog was closed.');
  });

  it('says the problem when saving failed, and a general one when the reason is unknown or the shell did not answer', async () => {
    const known = await exportFile(CSV, targets(fakeShell({ outcome: 'failed', problem: 'teacher.setup-unreadable' }).shell).value);
    expect(exportOutcomeText(words, known)).toBe('The file could not be read. Nothing was changed.');
    const unknown = await exportFile(CSV, targets(fakeShell({ outcome: 'failed', problem: 'files.no-such-key' }).shell).value);
    expect(exportOutcomeText(words, unknown)).toBe('The file could not be saved. Try another folder.');
    const broken = await exportFile(CSV, targets(fakeShell(new Error('ipc gone')).shell).value);
    expect(broken).toEqual({ outcome: 'failed', problem: null });
    expect(exportOutcomeText(words, broken)).toBe('The file could not be saved. Try another folder.');
  });
});

describe('exportOutcomeText', () => {
  it("says it in the translator's language", () => {
    const spanish = translatorFor('es');
    expect(exportOutcomeText(spanish, { outcome: 'downloaded', fileName: 'clase.csv' })).toBe('Se descargó el archivo clase.csv.');
    expect(exportOutcomeText(spanish, { outcome: 'cancelled' })).toBe('No se guardó: se cerró la ventana de guardar.');
  });
});

describe('pageExportTargets', () => {
  const global = globalThis as { window?: unknown };
  afterEach(() => {
    delete global.window;
  });

  it('uses window.pyland when the desktop preload exposed it, and nothing when it did not', async () => {
    const { shell, requests } = fakeShell({ outcome: 'saved', fileName: 'x.json' });
    global.window = { pyland: shell };
    await exportFile({ ...CSV, kind: 'class-setup' }, pageExportTargets());
    expect(requests.map((r) => r.kind)).toEqual(['class-setup']);
    global.window = {};
    expect(pageExportTargets().desktop).toBeUndefined();
  });
});
