import Phaser from 'phaser';
import type { ClassFolderListing } from '../../contracts/ipc-channels.js';
import { CHAPTERS, type ChapterId } from '../../contracts/level-schema.js';
import type { MessageParams } from '../messages/format.js';
import type { Translator } from '../messages/translator.js';
import { classCsv, csvFileName, type CsvWords } from '../model/class-csv.js';
import { withFirstPin, withPinCounters } from '../model/kiosk-pin.js';
import { checkPin, hashPin, lockoutRemainingMs, validateNewPin } from '../model/teacher-pin.js';
import { setClassChapter, setClassLab, setKidChapter } from '../model/teacher-pace.js';
import { LAB_OPENS_AFTER } from '../model/lab-door.js';
import { kioskAddress, setKioskOptions } from '../model/teacher-kiosk.js';
import { applySetup, exportSetup, MAX_SETUP_BYTES, parseSetup, setupFileName } from '../model/teacher-setup.js';
import { deleteProfile, ProfileActionError, renameProfile, resetProgress, restoreBackup } from '../model/teacher-profiles.js';
import { classReport } from '../model/teacher-report.js';
import type { SaveData } from '../model/save-data.js';
import type { ChapterOverride } from '../model/teacher-section.js';
import { exportFile, exportOutcomeText, pageExportTargets } from '../ui/file-export.js';
import { createConsoleScreen } from '../ui/teacher-console/console-screen.js';
import { importResultText, readChosenFiles } from '../ui/wizard-files.js';
import { bringKidFiles } from '../model/kid-carry.js';
import { normalizeClassFolder } from '../model/class-folder-path.js';
import { classWithFolder, setClassFolder, type ClassWithFolder } from '../model/teacher-class-folder.js';
import type { ActionResult, ConsoleDraft } from '../ui/teacher-console/console-types.js';
import { createEnterPinScreen, createSetPinScreen, type PinScreen } from '../ui/teacher-console/pin-screens.js';
import type { ScreenView } from '../ui/ui-root.js';
import { SCENE_KEYS } from './scene-keys.js';
import { ScreenScene } from './screen-scene.js';
import type { GameServices } from './services.js';

/**
 * The teacher's console: the PIN first (chosen on first use), then the class view, the pace
 * controls and the export. Every change goes through the game store, like the kids' progress,
 * so it is written atomically with a backup in both the browser build and the desktop app.
 * The console is open only while this scene runs: leaving it (or restarting) asks for the PIN again.
 * A language switch draws the screen shown again in the new words, as it was (still unlocked,
 * with what was typed): each screen leaves here how to draw itself again.
 *
 * With a class folder (the desktop app), the class view and the CSV are the whole class: this
 * computer's kids merged with their files in the folder, and the kids who only played elsewhere
 * (teacher-class-folder.ts). The folder is read when the console opens; one slower than
 * FOLDER_WAIT_MS (a network share that is gone can take many seconds to say so) is not waited
 * for: the console shows this computer's kids at once and is drawn again when the folder answers.
 */
const FOLDER_WAIT_MS = 1500;

export class TeacherScene extends ScreenScene {
  #redraw: (() => void) | null = null;
  /** Counts the scene's starts and stops: an answer that comes after the console was left is dropped. */
  #session = 0;
  /** The console is the screen shown (not a PIN screen). */
  #consoleShown = false;
  /** The class folder's kids as last read; 'reading' while asked; null when no folder is used. */
  #listing: ClassFolderListing | 'reading' | null = null;
  /** What the class folder panel said after the last choice (a catalogue key, worded at each draw). */
  #folderSaid: { key: string; params?: MessageParams; ok: boolean } | null = null;

  constructor(services: GameServices) {
    super(SCENE_KEYS.teacher, services);
  }

  /**
   * `pinChecked`: the kiosk's exit prompt has just taken the right PIN (counted through the same
   * store and lockout), so the teacher is not asked for it twice in a row.
   */
  create(data?: { pinChecked?: boolean }): void {
    this.#session += 1;
    this.#consoleShown = false;
    this.#listing = null;
    this.#folderSaid = null;
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.#redraw = null;
      this.#session += 1;
      this.#consoleShown = false;
    });
    if (this.services.store.data.teacher.pin === null) this.showSetPin();
    else if (data?.pinChecked === true) this.openConsole();
    else this.showEnterPin();
  }

  /** A language switch: the screen shown, drawn again as it was (never a restart: that locks the console). */
  protected override speakAgain(): void {
    this.#redraw?.();
  }

  private backToTitle = (): void => {
    this.services.sound.play('click');
    this.go(SCENE_KEYS.title);
  };

  private showSetPin(): void {
    this.#consoleShown = false;
    const { store, sound } = this.services;
    let busy = false;
    /** The problem shown under the fields (a catalogue key), worded again after a language switch. */
    let problem: string | null = null;
    const draw = (): PinScreen => {
      const view = createSetPinScreen(this.services.words, { onBack: this.backToTitle, onSet });
      this.mountScreen(view);
      if (problem !== null) view.showFeedback({ text: this.services.words.say(problem) });
      view.setBusy(busy);
      return view;
    };
    const onSet = (pin: string, repeated: string) => {
      if (busy) return;
      problem = validateNewPin(pin, repeated);
      if (problem !== null) {
        sound.play('fail');
        view.showFeedback({ text: this.services.words.say(problem) });
        return;
      }
      busy = true;
      view.setBusy(true);
      void hashPin(pin).then(async (record) => {
        // a PIN set meanwhile (another window) is never replaced from here
        if (store.data.teacher.pin !== null) {
          this.showEnterPin();
          return;
        }
        await store.update((save) => withFirstPin(save, record));
        sound.play('pass');
        this.openConsole();
      });
    };
    let view = draw();
    this.#redraw = () => {
      view = this.#drawAgain(view, () => {
        const typed = view.fields.map((field) => field.value);
        const next = draw();
        next.fields.forEach((field, index) => (field.value = typed[index] ?? ''));
        return next;
      });
    };
  }

  private showEnterPin(): void {
    this.#consoleShown = false;
    const { store, sound } = this.services;
    let busy = false;
    /** What the screen says after the last try (a catalogue key), worded again after a language switch. */
    let said: { key: string; params?: MessageParams } | null = null;
    // a lockout from before (also before a restart) shows at once
    const locked = lockoutRemainingMs(store.data.teacher, new Date());
    let lockedUntilMs = locked > 0 ? Date.now() + locked : null;
    const draw = (): PinScreen => {
      const view = createEnterPinScreen(this.services.words, { onBack: this.backToTitle, onTry });
      this.mountScreen(view);
      if (lockedUntilMs !== null && lockedUntilMs > Date.now()) view.showFeedback({ text: '', lockedUntilMs });
      else if (said !== null) view.showFeedback({ text: this.services.words.say(said.key, said.params) });
      if (busy) view.setBusy(true);
      return view;
    };
    const onTry = (pin: string) => {
      if (busy) return;
      busy = true;
      view.setBusy(true);
      void checkPin(store.data.teacher, pin, new Date()).then(async (result) => {
        busy = false;
        view.setBusy(false);
        if (result.outcome === 'no-pin') {
          this.showSetPin();
          return;
        }
        if (result.outcome !== 'locked') {
          // only the counters change here; pace settings changed meanwhile are kept
          await store.update((save) => withPinCounters(save, result.teacher));
        }
        if (result.outcome === 'right') {
          sound.play('pass');
          this.openConsole();
          return;
        }
        sound.play('fail');
        if (result.lockedForMs > 0) {
          said = null;
          lockedUntilMs = Date.now() + result.lockedForMs;
          view.showFeedback({ text: '', lockedUntilMs });
        } else if (result.outcome === 'wrong') {
          said =
            result.triesLeft > 0 ? { key: 'teacher.wrong-pin', params: { tries: result.triesLeft } } : { key: 'teacher.wrong-pin-last' };
          view.showFeedback({ text: this.services.words.say(said.key, said.params) });
        }
      });
    };
    let view = draw();
    this.#redraw = () => {
      view = this.#drawAgain(view, () => {
        const typed = view.fields[0]?.value ?? '';
        const next = draw();
        if (next.fields[0] && !next.fields[0].disabled) next.fields[0].value = typed;
        return next;
      });
    };
  }

  /**
   * Runs a profile action through the store and redraws the console with focus on `focusKey`.
   * Returns the worded problem when the model refused it (nothing is changed then), else null.
   */
  private profileAction(change: (save: SaveData) => SaveData, focusKey: string): string | null {
    let next: SaveData;
    try {
      next = change(this.services.store.data);
    } catch (error) {
      if (error instanceof ProfileActionError) {
        this.services.sound.play('fail');
        return this.services.words.say(error.key, error.params);
      }
      throw error;
    }
    this.services.sound.play('click');
    void this.services.store.update(() => next);
    this.showConsole(focusKey);
    return null;
  }

  /**
   * The console as it opens: the class folder read first (when one is used), then drawn; a folder
   * slower than FOLDER_WAIT_MS is drawn without, then again with what it holds.
   */
  private openConsole(focusKey?: string): void {
    const { classFolder } = this.services;
    if (!classFolder.available || classFolder.folder === null) {
      this.#listing = null;
      this.showConsole(focusKey);
      return;
    }
    const session = this.#session;
    let drawn = false;
    const draw = () => {
      if (drawn || session !== this.#session) return;
      drawn = true;
      this.showConsole(focusKey);
    };
    const timer = setTimeout(draw, FOLDER_WAIT_MS);
    void this.#readFolder().then(() => {
      clearTimeout(timer);
      if (session !== this.#session) return;
      if (!drawn) draw();
      else if (this.#consoleShown) this.#redraw?.();
    });
  }

  /** Reads what the class folder holds now (for the class view and the panel); nothing when no folder is used. */
  async #readFolder(): Promise<void> {
    const { classFolder } = this.services;
    const folder = classFolder.available ? classFolder.folder : null;
    this.#listing = folder === null ? null : 'reading';
    if (folder === null) return;
    const listing = await classFolder.list();
    // another folder chosen meanwhile: its own read says what it holds
    if (classFolder.folder === folder) this.#listing = listing;
  }

  /** The class as the console reports it: with the class folder's kids when one is used and read. */
  #classShown(save: SaveData, listing: ClassFolderListing | 'reading' | null = this.#listing): ClassWithFolder {
    if (!this.services.classFolder.available || save.teacher.classFolder === null || listing === null || listing === 'reading') {
      return { save, folderOnly: new Set() };
    }
    return classWithFolder(save, listing.files, save.settings.computerId, new Date());
  }

  /** `draft`: what the teacher had typed or opened, when a language switch draws the console again; `kidsImported`: what the last import said. */
  private showConsole(focusKey?: string, draft?: ConsoleDraft, kidsImported?: ActionResult): void {
    const { store, levels, sound, ui, words, classFolder } = this.services;
    const save = store.data;
    const shown = this.#classShown(save);
    const listing = this.#listing;
    const folderSaid = this.#folderSaid;
    const chaptersWithLessons = new Set<ChapterId>(CHAPTERS.filter((c) => levels.some((l) => l.chapter === c)));
    const changed = (change: Parameters<typeof store.update>[0], key: string, chapter: ChapterId) => {
      sound.play('click');
      void store.update(change);
      ui.announce(words.t('teacher.pace-saved', { chapter: words.t(`chapters.${chapter}`) }));
      this.showConsole(key);
    };
    const view = createConsoleScreen(
      words,
      {
        report: classReport(shown.save, levels),
        folderOnly: shown.folderOnly,
        classChapters: save.teacher.classChapters,
        labOpenForClass: save.teacher.labOpenForClass,
        chaptersWithLessons,
        backups: save.teacher.backups,
        kiosk: save.teacher.kiosk,
        place: window.pyland ? { desktop: true } : { desktop: false, kioskAddress: kioskAddress(window.location.href) },
        ...(focusKey ? { focusKey } : {}),
        ...(draft ? { draft } : {}),
        ...(kidsImported ? { kidsImported } : {}),
        ...(classFolder.available
          ? {
              classFolder: {
                folder: save.teacher.classFolder,
                listing: save.teacher.classFolder === null || listing === null || listing === 'reading' ? null : listing,
                ...(folderSaid ? { result: { text: words.say(folderSaid.key, folderSaid.params ?? {}), ok: folderSaid.ok } } : {}),
              },
            }
          : {}),
      },
      {
        onClassChapter: (chapter, value: ChapterOverride | null) =>
          changed((s) => setClassChapter(s, chapter, value), `class:${chapter}`, chapter),
        onKidChapter: (profileId, chapter, value) =>
          changed((s) => setKidChapter(s, profileId, chapter, value), `kid:${profileId}:${chapter}`, chapter),
        onClassLab: (open) => {
          sound.play('click');
          void store.update((s) => setClassLab(s, open));
          ui.announce(
            open ? words.t('teacher.lab-opened') : words.t('teacher.lab-closed', { chapter: words.t(`chapters.${LAB_OPENS_AFTER}`) }),
          );
          this.showConsole('class:lab');
        },
        onExportCsv: () => {
          sound.play('click');
          const csv = (read: ClassFolderListing | null) =>
            this.#saveOrDownload({
              kind: 'class-csv',
              suggestedName: csvFileName(new Date()),
              text: classCsv(classReport(this.#classShown(store.data, read).save, levels), csvWords(this.services.words)),
              mimeType: 'text/csv;charset=utf-8',
            });
          // the whole class as the folder holds it now (kids may have played on since the console opened)
          return classFolder.available && store.data.teacher.classFolder !== null ? classFolder.list().then(csv) : csv(null);
        },
        onLeave: this.backToTitle,
        onRename: (profileId, name) => {
          const old = store.data.profiles.find((p) => p.id === profileId)?.name ?? '';
          const outcome = this.profileAction((s) => renameProfile(s, profileId, name), `kid:${profileId}`);
          if (outcome !== null) return outcome;
          const renamed = store.data.profiles.find((p) => p.id === profileId)?.name ?? name;
          ui.announce(words.t('teacher.renamed', { old, name: renamed }));
          return null;
        },
        onReset: (profileId) => {
          const name = store.data.profiles.find((p) => p.id === profileId)?.name ?? '';
          if (this.profileAction((s) => resetProgress(s, profileId, new Date()), `kid:${profileId}`) === null) {
            ui.announce(words.t('teacher.reset-done', { name }));
          }
        },
        onDelete: (profileId) => {
          const profile = store.data.profiles.find((p) => p.id === profileId);
          const name = profile?.name ?? '';
          const inFolder = classFolder.available && store.data.teacher.classFolder !== null;
          // the class view stops showing them at once, not as a kid of other computers
          const listing = this.#listing;
          if (inFolder && listing !== null && listing !== 'reading') {
            this.#listing = { ...listing, files: listing.files.filter((file) => file.kid.id !== profileId) };
          }
          if (this.profileAction((s) => deleteProfile(s, profileId, new Date()), 'backups') !== null) {
            this.#listing = listing;
            return;
          }
          ui.announce(words.t(inFolder ? 'teacher.delete-done-folder' : 'teacher.delete-done', { name }));
          if (!inFolder || !profile) return;
          // every computer of the class removes them at its next sync (class-folder-sync.ts removeKid)
          const session = this.#session;
          void classFolder
            .removeKid(profile)
            .then(() => this.#readFolder())
            .then(() => {
              if (session === this.#session && this.#consoleShown) this.#redraw?.();
            });
        },
        onExportSetup: () => {
          sound.play('click');
          return this.#saveOrDownload({
            kind: 'class-setup',
            suggestedName: setupFileName(new Date()),
            text: exportSetup(store.data),
            mimeType: 'application/json',
          });
        },
        onKioskOptions: (input) => {
          const change = setKioskOptions(store.data, input);
          if (!change.ok) {
            sound.play('fail');
            return {
              saved: false,
              problems: Object.fromEntries(change.problems.map((p) => [p.field, words.say(p.key, p.params)])),
              text: words.t('teacher.kiosk-not-saved'),
            };
          }
          sound.play('click');
          // only the kiosk options are replaced: anything changed meanwhile in the save is kept
          void store.update((current) => ({ ...current, teacher: { ...current.teacher, kiosk: change.options } }));
          const { idleMinutes: minutes, countdownSeconds: seconds, startInKiosk } = change.options;
          // "starts as a kiosk next time" is only said where it means something (the desktop app)
          const key = startInKiosk && window.pyland ? 'teacher.kiosk-saved-start' : 'teacher.kiosk-saved';
          return { saved: true, text: words.t(key, { minutes, seconds }) };
        },
        onImportSetup: async (file) => {
          // a huge file is refused before it is read into memory
          if (file.size > MAX_SETUP_BYTES) {
            sound.play('fail');
            return words.t('teacher.setup-too-big', { max: MAX_SETUP_BYTES / 1024 });
          }
          let text: string;
          try {
            text = await file.text();
          } catch {
            sound.play('fail');
            return this.services.words.t('teacher.setup-unreadable');
          }
          const parsed = parseSetup(text);
          if (!parsed.ok) {
            sound.play('fail');
            return this.services.words.say(parsed.problem, parsed.params ?? {});
          }
          sound.play('pass');
          const folderBefore = store.data.teacher.classFolder;
          await store.update((current) => applySetup(current, parsed.setup));
          const folderAfter = store.data.teacher.classFolder;
          const session = this.#session;
          // another folder: the class view is drawn at once, and again when the new folder answers
          if (folderAfter !== folderBefore) {
            void this.#readFolder().then(() => {
              if (session === this.#session && this.#consoleShown) this.#redraw?.();
            });
          }
          this.showConsole('setup-import');
          // a schema 1 file has no kiosk options, a schema 2 file no Lab choices: the host is told this computer's were kept
          const loaded = !parsed.setup.kiosk
            ? 'teacher.setup-loaded-no-kiosk'
            : parsed.setup.labOpenForClass === null
              ? 'teacher.setup-loaded-no-lab'
              : 'teacher.setup-loaded';
          // the class folder is said where it is used (the desktop app), when the file says which one (schema 4)
          const folderSaid =
            !classFolder.available || parsed.setup.classFolder === null
              ? null
              : folderAfter !== null
                ? this.services.words.t('teacher.setup-folder-set', { folder: folderAfter })
                : folderBefore !== null
                  ? this.services.words.t('teacher.setup-folder-none')
                  : null;
          ui.showNotice([this.services.words.t(loaded), folderSaid].filter((text) => text !== null).join(' '));
          return null;
        },
        onImportKids: async (chosen) => {
          const read = await readChosenFiles(chosen);
          const result = bringKidFiles(store.data, read.files, store.data.settings.computerId, new Date());
          if (result.save !== store.data) await store.update(() => result.save);
          const problems = [...read.problems, ...result.problems];
          const said = { text: importResultText(this.services.words, { brought: result.brought, problems }), ok: problems.length === 0 };
          if (result.brought.length === 0) {
            sound.play('fail');
            return said;
          }
          sound.play('pass');
          // the kids are this computer's profiles now: the class view is drawn again with them
          this.showConsole('kids-import', undefined, said);
          ui.announce(said.text);
          return null;
        },
        onChooseClassFolder: async () => {
          sound.play('click');
          this.#folderSaid = null;
          const session = this.#session;
          const answer = await classFolder.choose();
          const said = this.services.words;
          if (answer.outcome === 'cancelled') return { text: said.t('teacherFolder.cancelled'), ok: true };
          if (answer.outcome === 'failed') {
            sound.play('fail');
            return { text: said.say(answer.problem ?? 'classFolder.choose-failed'), ok: false };
          }
          const folder = normalizeClassFolder(answer.folder);
          if (folder === null) {
            sound.play('fail');
            return { text: said.t('teacherFolder.not-a-folder'), ok: false };
          }
          await store.update((s) => setClassFolder(s, folder));
          // every kid of this computer goes there now, and what the other computers left there comes back
          await classFolder.syncNow();
          await this.#readFolder();
          if (session !== this.#session) return null;
          sound.play('pass');
          this.#folderSaid = { key: 'teacherFolder.now-using', params: { folder }, ok: true };
          this.showConsole('class-folder-choose');
          ui.announce(this.services.words.t('teacherFolder.now-using', { folder }));
          return null;
        },
        onStopClassFolder: () => {
          sound.play('click');
          // the kids' progress stays here and in the folder: only the copying stops
          void store.update((s) => setClassFolder(s, null));
          this.#listing = null;
          this.#folderSaid = { key: 'teacherFolder.stopped', ok: true };
          this.showConsole('class-folder-choose');
          ui.announce(words.t('teacherFolder.stopped'));
        },
        onRestore: (index) => {
          const backup = store.data.teacher.backups[index];
          const problem = this.profileAction((s) => restoreBackup(s, index), backup ? `kid:${backup.profile.id}` : 'backups');
          if (problem === null && backup) ui.announce(words.t('teacher.restored', { name: backup.profile.name }));
          else if (problem !== null) ui.showNotice(problem);
        },
      },
    );
    this.mountScreen(view);
    this.#consoleShown = true;
    this.#redraw = () => this.#drawAgain(view, (focus) => this.showConsole(focus, view.draft()));
  }

  /**
   * Draws the screen shown again (in the new words, after a language switch) as the teacher left
   * it: focus on the same control (its data-focus-key), or left where it was outside the screen
   * (on the language switch itself), and the page scrolled where it was.
   */
  #drawAgain<T>(shown: ScreenView, draw: (focusKey: string | undefined) => T): T {
    const { main } = this.services.ui;
    const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const inside = active !== null && shown.element.contains(active);
    const focusKey = inside ? active.closest<HTMLElement>('[data-focus-key]')?.dataset['focusKey'] : undefined;
    const scrolled = main.scrollTop;
    const drawn = draw(focusKey);
    main.scrollTop = scrolled;
    if (!inside && active?.isConnected) active.focus({ preventScroll: true });
    return drawn;
  }

  /** The desktop app's save dialog, or the browser's download; said in words either way. */
  async #saveOrDownload(file: Parameters<typeof exportFile>[0]): Promise<ActionResult> {
    const outcome = await exportFile(file, pageExportTargets());
    // the words of the moment it is answered (the dialog may stay open across a language switch)
    return { text: exportOutcomeText(this.services.words, outcome), ok: outcome.outcome !== 'failed' };
  }
}

/** The CSV's words from the catalogue (the writer itself is pure, see class-csv.ts). */
function csvWords(words: Translator): CsvWords {
  const w = (key: string) => words.say(`teacher.csv.${key}`);
  return {
    header: {
      profile: w('profile'),
      chapter: w('chapter'),
      levelId: w('level-id'),
      levelTitle: w('level-title'),
      status: w('status'),
      casts: w('casts'),
      stuck: w('stuck'),
      hints: w('hints'),
      seconds: w('seconds'),
      firstPassedAt: w('first-passed-at'),
      lastPlayedAt: w('last-played-at'),
    },
    stuckMark: w('stuck-mark'),
    chapterName: (chapter) => words.t(`chapters.${chapter}`),
    levelTitle: (levelId) => words.t(`levels.${levelId}.title`),
    status: (status) => w(status),
  };
}
