import Phaser from 'phaser';
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
 */
export class TeacherScene extends ScreenScene {
  #redraw: (() => void) | null = null;

  constructor(services: GameServices) {
    super(SCENE_KEYS.teacher, services);
  }

  /**
   * `pinChecked`: the kiosk's exit prompt has just taken the right PIN (counted through the same
   * store and lockout), so the teacher is not asked for it twice in a row.
   */
  create(data?: { pinChecked?: boolean }): void {
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.#redraw = null;
    });
    if (this.services.store.data.teacher.pin === null) this.showSetPin();
    else if (data?.pinChecked === true) this.showConsole();
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
        this.showConsole();
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
          this.showConsole();
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

  /** `draft`: what the teacher had typed or opened, when a language switch draws the console again; `kidsImported`: what the last import said. */
  private showConsole(focusKey?: string, draft?: ConsoleDraft, kidsImported?: ActionResult): void {
    const { store, levels, sound, ui, words } = this.services;
    const save = store.data;
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
        report: classReport(save, levels),
        classChapters: save.teacher.classChapters,
        labOpenForClass: save.teacher.labOpenForClass,
        chaptersWithLessons,
        backups: save.teacher.backups,
        kiosk: save.teacher.kiosk,
        place: window.pyland ? { desktop: true } : { desktop: false, kioskAddress: kioskAddress(window.location.href) },
        ...(focusKey ? { focusKey } : {}),
        ...(draft ? { draft } : {}),
        ...(kidsImported ? { kidsImported } : {}),
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
          return this.#saveOrDownload({
            kind: 'class-csv',
            suggestedName: csvFileName(new Date()),
            text: classCsv(classReport(store.data, levels), csvWords(words)),
            mimeType: 'text/csv;charset=utf-8',
          });
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
          const name = store.data.profiles.find((p) => p.id === profileId)?.name ?? '';
          if (this.profileAction((s) => deleteProfile(s, profileId, new Date()), 'backups') === null) {
            ui.announce(words.t('teacher.delete-done', { name }));
          }
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
          await store.update((current) => applySetup(current, parsed.setup));
          this.showConsole('setup-import');
          // a schema 1 file has no kiosk options, a schema 2 file no Lab choices: the host is told this computer's were kept
          const loaded = !parsed.setup.kiosk
            ? 'teacher.setup-loaded-no-kiosk'
            : parsed.setup.labOpenForClass === null
              ? 'teacher.setup-loaded-no-lab'
              : 'teacher.setup-loaded';
          ui.showNotice(this.services.words.t(loaded));
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
        onRestore: (index) => {
          const backup = store.data.teacher.backups[index];
          const problem = this.profileAction((s) => restoreBackup(s, index), backup ? `kid:${backup.profile.id}` : 'backups');
          if (problem === null && backup) ui.announce(words.t('teacher.restored', { name: backup.profile.name }));
          else if (problem !== null) ui.showNotice(problem);
        },
      },
    );
    this.mountScreen(view);
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
