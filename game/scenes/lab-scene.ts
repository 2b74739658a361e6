import Phaser from 'phaser';
import type { CastOptions, CastResult, LabStep } from '../../contracts/cast-protocol.js';
import { MEMORY_LAB_ID, labSceneOf, labStepsOf } from '../../python-runtime/lab/memory-lab.js';
import { labDoorFor } from '../model/lab-door.js';
import { LAB_EXAMPLES, labExampleSource } from '../model/lab-examples.js';
import {
  deleteExperiment,
  experimentsOf,
  hasUnsavedWork,
  renameExperiment,
  saveExperiment,
  withExperiments,
  withLabDraft,
  type ExperimentChange,
} from '../model/lab-experiments.js';
import { activeProfile, updateProfile } from '../model/profiles.js';
import type { Profile } from '../model/profile-types.js';
import { castResultView } from '../ui/cast-result-view.js';
import { exportFile, pageExportTargets } from '../ui/file-export.js';
import { createLabProgramBar } from '../ui/lab/lab-program-bar.js';
import { labProgramSay } from '../ui/lab/lab-program-words.js';
import { labPictureAt, type LabPicture } from '../ui/lab/lab-picture.js';
import { createLabScreen, type LabRunState, type LabRunView } from '../ui/lab/lab-screen.js';
import { LAB_PANELS } from '../ui/lab/lab-panel-list.js';
import type { LabPanel, LabPanelContext } from '../ui/lab/lab-panels.js';
import type { PythonState } from '../ui/python-status.js';
import { SCENE_KEYS } from './scene-keys.js';
import { ScreenScene } from './screen-scene.js';
import type { GameServices } from './services.js';

/**
 * The Memory Lab: the kid writes any small program, runs it in the spell sandbox through the
 * Lab's checker, and steps through what the real CPython did with memory after every line.
 * Every step is recorded by the run, so stepping back is as quick as stepping on.
 */
export class LabScene extends ScreenScene {
  /**
   * The program being written. It outlives the scene, so the map and back, or a language switch,
   * find it as the kid left it; the profile keeps it too (`labDraft`), for a reload or next time.
   */
  #program: string | null = null;
  /** Whose program and run these are: another kid at the Lab starts from their own. */
  #profileId: string | null = null;
  /** The saved experiment the program was opened from or saved as (its id), for "save" over it. */
  #opened: string | null = null;
  /** The program the bar last put in the editor (a loaded file, say): replacing it as it is loses nothing. */
  #putProgram: string | null = null;
  /** The last run, kept with the program so a language switch draws it again in the new words. */
  #lastResult: CastResult | null = null;
  #step = 0;
  /** The program as it was last run: the other views read that one, so they match the memory. */
  #ranProgram: string | null = null;
  /** The open view (0: the memory), and what each view keeps across a redraw (LabPanelContext.kept). */
  #view = 0;
  readonly #kept = new Map<string, unknown>();
  /** Bumped on every visit, so a run that finishes after the kid left is not shown. */
  #visit = 0;
  #keep: (() => void) | null = null;

  /** `kiosk`: whether this game runs as a kiosk (its host may hide the Lab there). */
  constructor(
    services: GameServices,
    private readonly kiosk: { readonly active: boolean },
  ) {
    super(SCENE_KEYS.lab, services);
  }

  create(): void {
    const { store, levels, ui, python, debug, sound, words, runtime } = this.services;
    const visit = ++this.#visit;
    const profile = activeProfile(store.data);
    if (!profile) {
      this.go(SCENE_KEYS.profile);
      return;
    }
    // the door's own rule, here too: a jump straight here finds it locked, or hidden by a kiosk
    // (then the map says nothing of a Lab: it shows no door)
    const door = labDoorFor(profile, levels, store.data.teacher, this.kiosk.active);
    if (door.status !== 'open') {
      if (door.status === 'locked') ui.announce(words.t('lab.door-locked', { chapter: words.t(`chapters.${door.chapter}`) }));
      this.go(SCENE_KEYS.map);
      return;
    }
    const profileId = profile.id;
    if (this.#profileId !== profileId) {
      this.#profileId = profileId;
      this.#program = null;
      this.#lastResult = null;
      this.#ranProgram = null;
      this.#opened = null;
      this.#putProgram = null;
      this.#step = 0;
      this.#kept.clear();
    }
    // the lessons' explanations of an error, in the Lab's words ("your program", not "your spell")
    const programWords = labProgramSay(words);
    /** The kid's profile as the store holds it now, or null when it is gone (a kiosk reset). */
    const current = (): Profile | null => store.data.profiles.find((p) => p.id === profileId) ?? null;
    const changeProfile = (change: (p: Profile) => Profile) => {
      if (current()) void store.update((save) => updateProfile(save, profileId, change));
    };
    /** The draft kept in the profile, as a lesson keeps its last spell (written only when it changed). */
    const keepDraft = (source: string) => {
      const now = current();
      if (now && now.labDraft !== source) changeProfile((p) => withLabDraft(p, source));
    };
    let running = false;
    let steps: LabStep[] = [];
    const pictures = new Map<number, LabPicture>();
    const runState = (state: PythonState): LabRunState =>
      running ? 'running' : state.kind === 'ready' ? 'ready' : state.kind === 'failed' ? 'failed' : 'waiting';

    const showStep = (index: number) => {
      if (steps.length === 0) return;
      const step = Math.min(steps.length - 1, Math.max(0, index));
      this.#step = step;
      let picture = pictures.get(step);
      if (!picture) {
        picture = labPictureAt(steps, step);
        pictures.set(step, picture);
      }
      view.showStep({ step, total: steps.length, line: picture.line, picture });
    };

    /** A run's words and steps on the screen, at `step` (the last one after a fresh run). */
    const showResult = (result: CastResult, step: number | null) => {
      const scene = labSceneOf(result);
      steps = scene ? labStepsOf(scene) : [];
      pictures.clear();
      const resultView = castResultView(result, programWords);
      // the cast's own error (refused, cannot be read) or the one the Lab kept with its steps
      const error = result.error ?? scene?.error ?? null;
      const errorResult = error ? castResultView({ ...result, error }, programWords) : null;
      const errorView = errorResult?.error ?? null;
      const interrupted = result.interrupted || scene?.interrupted === true;
      const cuts = [...(scene?.cut.steps ? [words.t('lab.cut-steps')] : []), ...(scene?.cut.objects ? [words.t('lab.cut-objects')] : [])];
      const run: LabRunView = {
        message: interrupted
          ? words.t('lab.stopped')
          : scene?.broken
            ? words.t('lab.broken')
            : errorView
              ? // a refused construct in the lessons' words; any other error in the Lab's
                error?.type === 'NotAllowed'
                ? errorResult!.headline
                : words.t('lab.error-heading')
              : steps.length === 0
                ? words.t('lab.no-steps')
                : words.t('lab.ran-ok', { total: steps.length }),
        tone: interrupted || errorView || scene?.broken ? 'error' : 'ran',
        error: errorView,
        cuts,
        total: steps.length,
        output: resultView.output,
      };
      view.showRun(run);
      showStep(step ?? steps.length - 1);
    };

    /** One run through a Lab checker: the Run button and every view's buttons wait meanwhile. */
    const castInLab = async (level: string, source: string, options?: CastOptions): Promise<CastResult> => {
      running = true;
      showRunState(python.state);
      debug.setCastState('casting');
      let result: CastResult;
      try {
        result = await runtime.cast({ level, source, ...(options === undefined ? {} : { options }) });
      } catch (error) {
        // the runtime itself failed (never the kid's program): said kindly, as the lessons do
        const detail = error instanceof Error ? error.message : String(error);
        result = {
          level,
          passed: false,
          messages: [],
          output: '',
          error: { type: 'RuntimeError', message: detail, line: null, explanation: { key: 'common.checker-broken', params: { detail } } },
          interrupted: false,
          ms: 0,
          scene: null,
        };
      }
      running = false;
      showRunState(python.state);
      debug.setCastState('done');
      return result;
    };
    const showRunState = (state: PythonState) => {
      const now = runState(state);
      view.setRunState(now);
      for (const panel of panels) panel.setRunState(now);
    };

    const runProgram = async () => {
      if (running) return;
      const state = python.state;
      if (state.kind !== 'ready') {
        sound.play('fail');
        ui.announce(words.t(state.kind === 'failed' ? 'level.python-failed' : 'level.python-not-ready'));
        return;
      }
      sound.play('cast');
      const source = view.editor.text();
      this.#program = source;
      keepDraft(source);
      const result = await castInLab(MEMORY_LAB_ID, source);
      if (visit !== this.#visit || !this.scene.isActive()) return; // the kid left while it ran
      // for `npm run bench` (scripts/lab-draw-bench.ts): the result in, its first picture drawn
      performance.mark('pyland:lab-result');
      this.#lastResult = result;
      this.#ranProgram = source;
      for (const panel of panels) panel.programRan(source);
      debug.setLastResult(result);
      showResult(result, null);
      performance.mark('pyland:lab-drawn');
      sound.play(result.error || result.interrupted ? 'fail' : 'pass');
    };

    const context: LabPanelContext = {
      words,
      cast: castInLab,
      markLine: (line) => view.editor.markRunLine(line),
      announce: (text) => ui.announce(text),
      keepAwake: (ms) => this.services.pacer.keepAwake(ms),
      kept: this.#kept,
    };
    const panels: LabPanel[] = LAB_PANELS.map((make) => make(context));

    const experiments = () => {
      const now = current();
      return now ? experimentsOf(now) : [];
    };
    /** A change of the experiments: the model's answer, written to the profile when it is a yes. */
    const changeExperiments = (change: ExperimentChange, source: string | null): ExperimentChange => {
      if (change.ok)
        changeProfile((p) =>
          source === null ? withExperiments(p, change.experiments) : withLabDraft(withExperiments(p, change.experiments), source),
        );
      return change;
    };
    const programBar = createLabProgramBar(words, {
      program: () => view.editor.text(),
      hasUnsavedWork: () =>
        hasUnsavedWork(view.editor.text(), [
          words.t('lab.starter'),
          ...LAB_EXAMPLES.map((example) => labExampleSource(example, words)),
          ...experiments().map((experiment) => experiment.source),
          ...(this.#putProgram === null ? [] : [this.#putProgram]),
        ]),
      putProgram: (source, opened) => {
        view.editor.setText(source);
        this.#program = source;
        this.#putProgram = source;
        this.#opened = opened?.id ?? null;
        keepDraft(source);
      },
      experiments,
      opened: () => experiments().find((experiment) => experiment.id === this.#opened) ?? null,
      saveExperiment: async (name) => {
        const source = view.editor.text();
        const change = changeExperiments(saveExperiment(experiments(), { name, source, replaces: this.#opened }, new Date()), source);
        if (change.ok) {
          this.#opened = change.experiment.id;
          this.#putProgram = source;
        }
        return change;
      },
      renameExperiment: async (id, name) => changeExperiments(renameExperiment(experiments(), id, name), null),
      deleteExperiment: async (id) => {
        changeProfile((p) => withExperiments(p, deleteExperiment(experimentsOf(p), id)));
        if (this.#opened === id) this.#opened = null;
      },
      exportProgram: (file) => exportFile(file, pageExportTargets()),
    });
    // a kiosk's (or a guest's) Lab opens no file dialog: it would show the host's disk to strangers
    programBar.setFilesAllowed(!this.kiosk.active && !profile.guest);

    const view = createLabScreen(
      words,
      this.#program ?? profile.labDraft ?? words.t('lab.starter'),
      {
        onRun: () => void runProgram(),
        onStep: (change) => {
          if (steps.length === 0) return;
          this.services.pacer.keepAwake(200);
          showStep('to' in change ? change.to : this.#step + change.delta);
        },
        onBackToMap: () => {
          sound.play('click');
          this.#program = view.editor.text();
          keepDraft(this.#program);
          this.go(SCENE_KEYS.map);
        },
        onView: (index) => {
          this.#view = index;
          if (index === 0) showStep(this.#step);
          else panels[index - 1]?.shown(this.#ranProgram);
        },
      },
      panels,
      programBar.element,
    );
    this.mountScreen(view);
    // back from a language switch (or the map): the last run again, at the step the kid was on
    if (this.#lastResult) showResult(this.#lastResult, this.#step);
    this.#keep = () => {
      this.#program = view.editor.text();
      this.restartInPlace();
    };
    if (this.#view > 0 && this.#view <= panels.length) view.showView(this.#view);
    const unwatch = python.watch((state) => showRunState(state));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.#keep = null;
      this.#program = view.editor.text();
      keepDraft(this.#program);
      unwatch();
    });
  }

  /** A language switch: the Lab draws itself again in the new words, keeping the program and its run. */
  protected override speakAgain(): void {
    if (this.#keep) this.#keep();
    else super.speakAgain();
  }
}
