import type { Page } from '@playwright/test';
import { createClassFolderService } from '../electron/class-folder-service.js';

/**
 * The desktop app's class folder for the stand-in shell (fake-desktop-shell.ts): the page's
 * window.pyland class folder calls go to the real main-side service (electron/class-folder-service.ts
 * and the folder store under it) in this test's Node process, on a real folder, reading the save
 * as the stand-in shell holds it. Only Electron's IPC is left out: two pages connected to the same
 * folder are two computers of a lab.
 */
export interface FakeClassFolder {
  /** What the folder dialog answers next: a folder, or null (the teacher cancels). */
  dialogAnswer: string | null;
}

export async function connectFakeClassFolder(
  page: Page,
  options: { kiosk?: boolean; dialogAnswer?: string | null } = {},
): Promise<FakeClassFolder> {
  const fake: FakeClassFolder = { dialogAnswer: options.dialogAnswer ?? null };
  const service = createClassFolderService({
    readSave: async () => {
      try {
        return await page.evaluate(() => (window as unknown as { __fakeShell: { stored: string | null } }).__fakeShell.stored);
      } catch {
        // the page is between two loads: as if the save could not be read this once
        return null;
      }
    },
    isKiosk: () => options.kiosk === true,
    showOpenDialog: async () =>
      fake.dialogAnswer === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [fake.dialogAnswer] },
    documentsDirectory: () => '/tmp',
  });
  await page.exposeFunction('__pylandClassFolder', (operation: 'choose' | 'sync' | 'list', args: unknown[]) =>
    operation === 'choose' ? service.choose(args) : operation === 'sync' ? service.sync(args) : service.list(args),
  );
  return fake;
}
