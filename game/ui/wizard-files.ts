import type { Translator } from '../messages/translator.js';
import type { BringProblem, BringResult, BroughtFile, BroughtKid } from '../model/kid-carry.js';
import { kidFileOf, kidFileText, MAX_KID_FILE_BYTES } from '../model/kid-file.js';
import type { Profile } from '../model/profile-types.js';
import type { ExportFile, ExportOutcome } from './file-export.js';

/**
 * The page's side of wizard files (game/model/kid-carry.ts): the file "Carry my wizard" saves,
 * reading the files a kid or the teacher chose, and the words said after either. Shared by the
 * profile screen and the teacher's console, so both read and say files the same way.
 */

/** The file a kid carries: `<name>.pyland-kid.json` (the desktop shell cleans the name again), or null for a guest. */
export function carryFile(profile: Profile, computerId: string, now: Date): ExportFile | null {
  const file = kidFileOf(profile, computerId, now);
  if (!file) return null;
  // characters no file system takes are left out; the kid's id names the file when nothing is left
  // eslint-disable-next-line no-control-regex
  const base = profile.name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '').trim() || profile.id;
  return { kind: 'kid-file', suggestedName: `${base}.pyland-kid.json`, text: kidFileText(file), mimeType: 'application/json' };
}

/** What is said after "Carry my wizard". */
export function carryOutcomeText(words: Translator, name: string, outcome: ExportOutcome): string {
  switch (outcome.outcome) {
    case 'downloaded':
      return words.t('carry.downloaded', { name, file: outcome.fileName });
    case 'saved':
      return words.t('carry.saved', { name, file: outcome.fileName });
    case 'cancelled':
      return words.t('carry.cancelled');
    case 'failed': {
      // the shell's own reason when the catalogue has it (a kiosk's), else the general one
      const reason = outcome.problem === null ? null : words.say(outcome.problem);
      return reason === null || reason.startsWith('[') ? words.t('carry.failed') : reason;
    }
  }
}

/**
 * The chosen files' texts. A file too big to be a kid's is not read into memory, and one the
 * browser cannot read is said too: both as problems, beside the files that were read.
 */
export async function readChosenFiles(chosen: readonly File[]): Promise<{ files: BroughtFile[]; problems: BringProblem[] }> {
  const files: BroughtFile[] = [];
  const problems: BringProblem[] = [];
  for (const file of chosen) {
    if (file.size > MAX_KID_FILE_BYTES) {
      problems.push({
        fileName: file.name,
        problem: 'classFolder.kid-file-too-big',
        params: { file: file.name, max: MAX_KID_FILE_BYTES / (1024 * 1024) },
      });
      continue;
    }
    try {
      files.push({ fileName: file.name, text: await file.text() });
    } catch {
      problems.push({ fileName: file.name, problem: 'carry.read-failed', params: { file: file.name } });
    }
  }
  return { files, problems };
}

export function broughtText(words: Translator, kid: BroughtKid): string {
  return words.t('carry.brought', { name: kid.name, passed: kid.passed });
}

export function problemText(words: Translator, problem: BringProblem): string {
  return words.say(problem.problem, problem.params);
}

/** The teacher's result line: who came in, then each file that brought nobody, by its name. */
export function importResultText(words: Translator, result: Pick<BringResult, 'brought' | 'problems'>): string {
  const { brought, problems } = result;
  const came =
    brought.length === 0
      ? words.t('carry.imported-none')
      : words.t('carry.imported', { count: brought.length, names: words.list(brought.map((kid) => kid.name)) });
  const lines = problems.map((p) => words.t('carry.file-problem', { file: p.fileName, problem: problemText(words, p) }));
  return [came, ...lines].join(' ');
}
