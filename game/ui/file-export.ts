import type { GameApi, SaveFileRequest } from '../../contracts/ipc-channels.js';
import type { Translator } from '../messages/translator.js';

/**
 * How the console hands a file to the teacher (the class CSV, the class setup). The desktop app
 * asks the shell to open the platform's save dialog (window.pyland.saveFile), so the teacher picks
 * the folder and hears where the file went; the browser build downloads it, as a browser page can
 * only do. The choice and the words are here, the scene just calls exportFile.
 */
export interface ExportFile extends SaveFileRequest {
  /** For the browser download. */
  mimeType: string;
}

export type ExportOutcome =
  | { outcome: 'downloaded'; fileName: string }
  | { outcome: 'saved'; fileName: string }
  | { outcome: 'cancelled' }
  /** `problem` is a catalogue key from the shell, or null when the shell could not be asked. */
  | { outcome: 'failed'; problem: string | null };

export interface ExportTargets {
  /** window.pyland in the desktop app; undefined in a browser. */
  desktop: Pick<GameApi, 'saveFile'> | undefined;
  download(fileName: string, text: string, mimeType: string): void;
}

export async function exportFile(file: ExportFile, targets: ExportTargets): Promise<ExportOutcome> {
  const { desktop } = targets;
  if (!desktop) {
    targets.download(file.suggestedName, file.text, file.mimeType);
    return { outcome: 'downloaded', fileName: file.suggestedName };
  }
  try {
    const answer = await desktop.saveFile({ kind: file.kind, suggestedName: file.suggestedName, text: file.text });
    if (answer.outcome === 'saved') return { outcome: 'saved', fileName: answer.fileName ?? file.suggestedName };
    if (answer.outcome === 'cancelled') return { outcome: 'cancelled' };
    return { outcome: 'failed', problem: typeof answer.problem === 'string' ? answer.problem : null };
  } catch {
    // the shell did not answer (an IPC error): said as a failure, never as a silent nothing
    return { outcome: 'failed', problem: null };
  }
}

/** What the console says after an export. */
export function exportOutcomeText(words: Translator, outcome: ExportOutcome): string {
  switch (outcome.outcome) {
    case 'downloaded':
      return words.t('teacher.export-done', { file: outcome.fileName });
    case 'saved':
      return words.t('teacher.export-saved', { file: outcome.fileName });
    case 'cancelled':
      return words.t('teacher.export-cancelled');
    case 'failed': {
      // the shell's own reason when the catalogue has it (e.g. files.save-failed), else a general one
      const reason = outcome.problem === null ? null : words.say(outcome.problem);
      return reason === null || reason.startsWith('[') ? words.t('teacher.export-failed') : reason;
    }
  }
}

/** The real targets: the desktop shell when the preload exposed it, else a browser download. */
export function pageExportTargets(): ExportTargets {
  return { desktop: window.pyland, download: downloadText };
}

/** The browser's download: a Blob behind an <a download>. */
function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // the browser has taken the file once the click is handled
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
