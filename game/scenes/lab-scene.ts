import Phaser from 'phaser';
import type { CastResult, LabStep } from '../../contracts/cast-protocol.js';
import { MEMORY_LAB_ID, labSceneOf, labStepsOf } from '../../python-runtime/lab/memory-lab.js';
import { labDoor } from '../model/lab-door.js';
import { activeProfile } from '../model/profiles.js';
import { chapterStates } from '../model/progress.js';
import { chapterOverridesFor } from '../model/teacher-pace.js';
import { castResultView } from '../ui/cast-result-view.js';
import { labPictureAt, type LabPicture } from '../ui/lab/lab-picture.js';
import { createLabScreen, type LabRunState, type LabRunView } from '../ui/lab/lab-screen.js';
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
   * The program being written, for this session only (not in the profile: saving experiments
   * comes with a later slice). It outlives the scene, so the map and back, or a language switch,
   * find it as the kid left it.
   */
  #program: string | null = null;
  /** The last run, kept with the program so a language switch draws it again in the new words. */
  #lastResult: CastResult | null = null;
  #step = 0;
  /** Bumped on every visit, so a run that finishes after the kid left is not shown. */
  #visit = 0;
  #keep: (() => void) | null = null;

  constructor(services: GameServices) {
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
    // the door's own rule, here too: a kiosk's or a test's jump straight here finds it locked
    if (!labDoor(chapterStates(profile, levels, chapterOverridesFor(store.data.teacher, profile.id))).open) {
      ui.announce(words.t('lab.door-locked', { chapter: words.t('chapters.refcount') }));
      this.go(SCENE_KEYS.map);
      return;
    }
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
      const resultView = castResultView(result, words.say);
      // the cast's own error (refused, cannot be read) or the one the Lab kept with its steps
      const error = result.error ?? scene?.error ?? null;
      const errorResult = error ? castResultView({ ...result, error }, words.say) : null;
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

    const runProgram = async () => {
      if (running) return;
      const state = python.state;
      if (state.kind !== 'ready') {
        sound.play('fail');
        ui.announce(words.t(state.kind === 'failed' ? 'level.python-failed' : 'level.python-not-ready'));
        return;
      }
      running = true;
      view.setRunState('running');
      debug.setCastState('casting');
      sound.play('cast');
      const source = view.editor.text();
      this.#program = source;
      let result: CastResult;
      try {
        result = await runtime.cast({ level: MEMORY_LAB_ID, source });
      } catch (error) {
        // the runtime itself failed (never the kid's program): said kindly, as the lessons do
        result = {
          level: MEMORY_LAB_ID,
          passed: false,
          messages: [],
          output: '',
          error: {
            type: 'RuntimeError',
            message: error instanceof Error ? error.message : String(error),
            line: null,
            explanation: { key: 'common.checker-broken', params: { detail: error instanceof Error ? error.message : String(error) } },
          },
          interrupted: false,
          ms: 0,
          scene: null,
        };
      }
      running = false;
      if (visit !== this.#visit || !this.scene.isActive()) return; // the kid left while it ran
      this.#lastResult = result;
      debug.setLastResult(result);
      view.setRunState(runState(python.state));
      showResult(result, null);
      sound.play(result.error || result.interrupted ? 'fail' : 'pass');
      debug.setCastState('done');
    };

    const view = createLabScreen(words, this.#program ?? words.t('lab.starter'), {
      onRun: () => void runProgram(),
      onStep: (change) => {
        if (steps.length === 0) return;
        this.services.pacer.keepAwake(200);
        showStep('to' in change ? change.to : this.#step + change.delta);
      },
      onBackToMap: () => {
        sound.play('click');
        this.#program = view.editor.text();
        this.go(SCENE_KEYS.map);
      },
    });
    this.mountScreen(view);
    // back from a language switch (or the map): the last run again, at the step the kid was on
    if (this.#lastResult) showResult(this.#lastResult, this.#step);
    this.#keep = () => {
      this.#program = view.editor.text();
      this.restartInPlace();
    };
    const unwatch = python.watch((state) => view.setRunState(runState(state)));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.#keep = null;
      this.#program = view.editor.text();
      unwatch();
    });
  }

  /** A language switch: the Lab draws itself again in the new words, keeping the program and its run. */
  protected override speakAgain(): void {
    if (this.#keep) this.#keep();
    else super.speakAgain();
  }
}
