/**
 * The class folder's place on this computer, as the teacher chose it in the console (the desktop
 * app's folder dialog) or as the class setup file carried it: an absolute path, kept as the system
 * wrote it. Read the same way in the save (teacher-section.ts), in a setup file (teacher-setup.ts)
 * and by the desktop app's main process, which takes the folder from the save and never from a call
 * of the page (electron/class-folder-service.ts).
 */

/** Longer than any real path (Windows' long paths stop near 32,767 UTF-16 units; 4,096 covers the rest). */
export const MAX_CLASS_FOLDER_CHARS = 4096;

/**
 * An absolute path on Linux or macOS (`/media/usb/class-5b`), on Windows (`Z:\class-5b`) or a
 * Windows share (`\\server\class\5b`); anything else (relative, empty, with a NUL or a newline,
 * too long, not a string) is no folder. Whether the folder exists is asked only when it is used.
 */
export function normalizeClassFolder(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  // eslint-disable-next-line no-control-regex
  if (raw.length === 0 || raw.length > MAX_CLASS_FOLDER_CHARS || /[\u0000-\u001f]/.test(raw)) return null;
  const posix = raw.startsWith('/');
  const windowsDrive = /^[A-Za-z]:[\\/]/.test(raw);
  const windowsShare = /^\\\\[^\\/]+[\\/][^\\/]+/.test(raw);
  return posix || windowsDrive || windowsShare ? raw : null;
}

/** The folder's last part, to name it in a sentence ("the folder class-5b"), whatever the system's separator. */
export function classFolderName(folder: string): string {
  const parts = folder.split(/[\\/]+/).filter((part) => part.length > 0);
  return parts.at(-1) ?? folder;
}
