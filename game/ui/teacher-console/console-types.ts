import type { ClassFolderListing } from '../../../contracts/ipc-channels.js';
import type { ChapterId } from '../../../contracts/level-schema.js';
import type { KioskOptions } from '../../model/kiosk-options.js';
import type { KioskOptionsInput } from '../../model/teacher-kiosk.js';
import type { ChapterOverride, ProfileBackup } from '../../model/teacher-section.js';
import type { KidReport } from '../../model/teacher-report.js';

/**
 * What the console screen is given and what it asks of the scene: the sections only show and
 * ask; the scene checks every change with the model and stores it through the game store.
 */

/** What the console says after an action, already worded; `ok: false` shows it as a problem. */
export interface ActionResult {
  text: string;
  ok: boolean;
}

/** The kiosk panel's answer: saved (with the words to show), or a worded problem per field. */
export type KioskOptionsAnswer =
  { saved: true; text: string } | { saved: false; problems: Partial<Record<'idleMinutes' | 'countdownSeconds', string>>; text: string };

export interface ConsoleHandlers {
  onClassChapter(chapter: ChapterId, value: ChapterOverride | null): void;
  onKidChapter(profileId: string, chapter: ChapterId, value: ChapterOverride | null): void;
  /** "Open the Memory Lab for everyone" switched on or off (saved at once, like the pace). */
  onClassLab(open: boolean): void;
  /** Saves or downloads the CSV; resolves with where it went (or why not). */
  onExportCsv(): Promise<ActionResult>;
  onLeave(): void;
  /** Returns what is wrong with the name (worded), or null when renamed. */
  onRename(profileId: string, name: string): string | null;
  onReset(profileId: string): void;
  onDelete(profileId: string): void;
  onRestore(index: number): void;
  onExportSetup(): Promise<ActionResult>;
  /** Returns the worded problem when the file is refused (nothing changed), or null when loaded. */
  onImportSetup(file: File): Promise<string | null>;
  onKioskOptions(input: KioskOptionsInput): KioskOptionsAnswer;
  /**
   * Kids' wizard files brought in (game/model/kid-carry.ts). Resolves with the worded problems when
   * nobody came; null when kids came (the console is drawn again with them and says who came).
   */
  onImportKids(files: File[]): Promise<ActionResult | null>;
  /**
   * "Choose the class folder": the desktop app's folder dialog. Resolves with what to say when
   * nothing changed (closed, failed); null when a folder was chosen (the console is drawn again with it).
   */
  onChooseClassFolder(): Promise<ActionResult | null>;
  /** "Stop using the class folder" (the console is drawn again without it). */
  onStopClassFolder(): void;
}

/** The class folder panel: only where a class folder can be used (the desktop app, not a kiosk). */
export interface ClassFolderInput {
  /** The folder this computer uses, or null for none. */
  folder: string | null;
  /** The folder's listing, or null while it is read (or when there is no folder). */
  listing: Pick<ClassFolderListing, 'files' | 'problems'> | null;
  /** What the last choice said (the console is drawn again after it). */
  result?: ActionResult;
}

export interface ConsoleInput {
  report: KidReport[];
  classChapters: Partial<Record<ChapterId, ChapterOverride>>;
  /** The teacher opened the Memory Lab for every kid. */
  labOpenForClass: boolean;
  /** Chapters that have lessons (the others cannot be opened yet). */
  chaptersWithLessons: ReadonlySet<ChapterId>;
  backups: readonly ProfileBackup[];
  kiosk: KioskOptions;
  /**
   * Where the game runs: the desktop app can start as a kiosk next time; a browser opens a kiosk
   * by its address, shown to the teacher (the page's own address with ?kiosk=1).
   */
  place: { desktop: true } | { desktop: false; kioskAddress: string };
  /** Which control had focus before the console was redrawn (a data-focus-key). */
  focusKey?: string;
  /** What the teacher had typed or opened before the console was drawn again in another language. */
  draft?: ConsoleDraft;
  /** What the last "Import wizard files" said (the console is drawn again with the kids who came). */
  kidsImported?: ActionResult;
  /** The class folder panel, shown instead of "Import wizard files" where a class folder can be used. */
  classFolder?: ClassFolderInput;
  /**
   * Kids in the report who are only in the class folder (no profile on this computer): no rename,
   * reset, delete or pace of their own, which act on this computer's profiles.
   */
  folderOnly?: ReadonlySet<string>;
}

/**
 * What the teacher had typed or opened and not yet saved. A language switch draws the console
 * again in the new words; this is what it carries over, so nothing typed is lost.
 */
export interface ConsoleDraft {
  /** The kiosk panel's fields as typed (maybe not valid yet: the model checks them when saved). */
  kiosk?: { idleMinutes: string; countdownSeconds: string; startInKiosk: boolean | null; hideLab?: boolean };
  /** Each kid's open rename form (with the name typed so far) or reset/delete question. */
  kids?: readonly KidActionDraft[];
}

export type KidActionDraft = { profileId: string; open: 'rename'; name: string } | { profileId: string; open: 'reset' | 'delete' };
