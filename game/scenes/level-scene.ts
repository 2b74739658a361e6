import type { Translator } from '../messages/translator.js';
import Phaser from 'phaser';
import type { LevelDefinition } from '../../contracts/level-schema.js';
import type { CastResult } from '../../contracts/cast-protocol.js';
import { LevelSession } from '../model/level-session.js';
import { starterInWords } from '../model/starter-words.js';
import { activeProfile } from '../model/profiles.js';
import { keptSpell, levelProgress, recordCast, recordHint, recordPrediction, recordTime } from '../model/progress.js';
import { certificateFacts, stepAfterPass } from '../model/step-after-pass.js';
import { chapterOverridesFor } from '../model/teacher-pace.js';
import { castResultView } from '../ui/cast-result-view.js';
import { createLevelScreen, type CastButtonState, type LevelScreen, type NextStep, type VerdictExtras } from '../ui/level-screen.js';
import { asksForGuess, castWaitsForGuess, measuredAnswer, predictionChoices } from '../model/predictions.js';
import { castRewards, ROBE_PIECES } from '../model/stars.js';
import type { PythonState } from '../ui/python-status.js';
import { SCENE_KEYS, type ChapterSceneData, type LevelSceneData } from './scene-keys.js';
import { ScreenScene } from './screen-scene.js';
import type { GameServices } from './services.js';
import { createLevelStage } from '../stages/level-stages.js';
import { mediaMotionPreference } from '../stages/shared/stage-pace.js';
import { openCertificateDialog } from '../ui/certificate-dialog.js';

/**
 * One lesson: the story, the kid's spell, Cast, and what the spell really did. The scene
 * forwards the cast to the runtime, records it in the save, hands the result to the screen
 * and animates the measured objects on the stage.
 */
export class LevelScene extends ScreenScene {
  #levelId = '';
  /** Bumped on every visit, so a cast that finishes after the kid left is not shown. */
  #visit = 0;
  /** What a language switch keeps of the lesson while it draws itself again in the new words. */
  #kept: { levelId: string; spell: string; result: CastResult | null } | null = null;
  /** Keeps the lesson as it is and draws it again (set while the lesson shows). */
  #keepAndRestart: (() => void) | null = null;

  constructor(services: GameServices) {
    super(SCENE_KEYS.level, services);
  }

  init(data: LevelSceneData): void {
    this.#levelId = data?.levelId ?? '';
  }

  create(): void {
    const { store, levels, ui, python, debug, sound, words } = this.services;
    const visit = ++this.#visit;
    const profile = activeProfile(store.data);
    if (!profile) {
      this.go(SCENE_KEYS.profile);
      return;
    }
    const level = levels.find((l) => l.id === this.#levelId);
    if (!level) {
      ui.announce(words.t('level.not-found'));
      this.go(SCENE_KEYS.map);
      return;
    }
    const profileId = profile.id;
    const progress = levelProgress(profile, level.id);
    // back from a language switch: the spell as the kid left it, the last verdict in the new words
    const kept = this.#kept?.levelId === level.id ? this.#kept : null;
    this.#kept = null;
    let lastResult: CastResult | null = kept?.result ?? null;
    const session = new LevelSession(level, progress);
    const text = (part: string) => words.t(`levels.${level.id}.${part}`);
    // the starter's comments and printed sentences in the kid's language (the code as it is)
    const starter = starterInWords(level.starter, words.lookup(`levels.${level.id}.spell`) as string[] | undefined);
    let casting = false;
    /** Lets the canvas rest again once the stage animation is over (or the kid left). */
    let releaseStage: (() => void) | null = null;

    const castState = (state: PythonState): CastButtonState =>
      casting ? 'casting' : state.kind === 'ready' ? 'ready' : state.kind === 'failed' ? 'failed' : 'waiting';

    /** The kid's profile as the store holds it now (a cast or a guess has just been recorded). */
    const current = () => activeProfile(store.data) ?? profile;

    const cast = async () => {
      if (casting) return;
      const state = python.state;
      if (state.kind !== 'ready') {
        sound.play('fail');
        ui.announce(words.t(state.kind === 'failed' ? 'level.python-failed' : 'level.python-not-ready'));
        return;
      }
      // predict, then cast: while the lesson asks for a guess, the first cast waits for one
      const guess = view.guess();
      if (castWaitsForGuess(level, levelProgress(current(), level.id), guess)) {
        sound.play('fail');
        view.askForGuess(words.t('predict.pick-first'));
        ui.announce(words.t('predict.pick-first'));
        return;
      }
      const before = current();
      casting = true;
      view.setCastState('casting');
      debug.setCastState('casting');
      sound.play('cast');
      const source = view.editor.text();
      const kept = keptSpell(source);
      view.showEditorNote(kept.cut ? words.t('level.spell-too-long', { lines: kept.lines, letters: kept.text.length }) : null);
      const result = await this.#castSafely(level, source);
      lastResult = result;
      debug.setLastResult(result);
      await store.update((save) =>
        recordCast(save, profileId, level.id, { passed: result.passed, spell: source, seconds: session.takeSeconds() }, new Date()),
      );
      casting = false;
      if (visit !== this.#visit || !this.scene.isActive()) return; // the kid left while the spell ran
      view.setCastState(castState(python.state));
      // the guess, judged on what this very cast measured
      let prediction: VerdictExtras['prediction'];
      if (level.predict && guess !== null) {
        const answer = measuredAnswer(level.predict, result);
        const label = (choice: string) => choiceLabel(words, level.predict!, choice);
        if (answer === null) {
          prediction = { text: words.t('predict.unknown'), right: null };
        } else {
          const right = answer === guess;
          await store.update((save) => recordPrediction(save, profileId, level.id, { guess, right }, new Date()));
          prediction = {
            text: words.t(right ? 'predict.right' : 'predict.wrong', { guess: label(guess), answer: label(answer) }),
            right,
          };
          view.closePrediction();
        }
      }
      const { stars, reasons: starReasons, gainedStars: gained, newRobePiece: newPiece } = castRewards(level, levels, before, current());
      const reasons = words.list(starReasons.map((reason) => words.t(`stars.${reason}`)));
      const extras: VerdictExtras = {
        ...(prediction ? { prediction } : {}),
        ...(result.passed
          ? {
              stars: {
                earned: stars.earned,
                possible: stars.possible,
                label: words.t('stars.label', { earned: stars.earned, possible: stars.possible }),
                text: words.t('stars.earned', { earned: stars.earned, possible: stars.possible, reasons }),
              },
              // a short celebration for new stars, never when the kid asked for less motion
              celebrate: gained && !this.services.reducedMotion && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches !== true,
            }
          : {}),
        ...(newPiece
          ? {
              robePiece: {
                icon: ROBE_PIECES[newPiece],
                text: words.t('stars.robe-earned', { piece: words.t(`stars.pieces.${newPiece}`) }),
              },
            }
          : {}),
      };
      view.showResult(castResultView(result, words.say), result.passed ? this.#nextStep(level) : null, extras);
      sound.play(result.passed ? 'pass' : 'fail');
      releaseStage?.();
      releaseStage = null;
      const release = this.services.pacer.hold();
      const shown =
        result.scene !== null &&
        stage.show(result.scene, (summary) => {
          release();
          debug.markStageAnimated(level.scene, summary);
        });
      if (shown) {
        releaseStage = release;
      } else {
        release();
        stage.showIdle();
      }
      replayStep = null;
      showReplay();
      debug.setCastState('done');
    };

    // step by step: the run the stage just showed, one step a press, its line lit in the editor
    let replayStep: number | null = null;
    const showReplay = () => {
      const replay = stage.replay();
      if (!replay) {
        view.setReplay(null);
        return;
      }
      if (replayStep === null) {
        view.setReplay({ total: replay.count, step: null, text: words.t('level.replay-ready', { total: replay.count }) });
        view.editor.markRunLine(null);
        return;
      }
      const line = replay.line(replayStep);
      const params = { step: replayStep + 1, total: replay.count, ...(line !== null ? { line } : {}) };
      view.setReplay({
        total: replay.count,
        step: replayStep,
        text: words.t(line !== null ? 'level.replay-step-line' : 'level.replay-step', params),
        words: replay.words(replayStep),
      });
      view.editor.markRunLine(line);
    };
    const stepReplay = (delta: number) => {
      const replay = stage.replay();
      if (!replay) return;
      // from the end, a step back is the last step and a step on is the first
      const next = replayStep === null ? (delta < 0 ? replay.count - 1 : 0) : Math.min(replay.count - 1, Math.max(0, replayStep + delta));
      replayStep = next;
      // the kid took over from the animation: the canvas may rest between presses
      releaseStage?.();
      releaseStage = null;
      this.services.pacer.keepAwake(400);
      replay.show(next);
      showReplay();
    };
    const endReplay = () => {
      const replay = stage.replay();
      if (!replay || replayStep === null) return;
      replayStep = null;
      this.services.pacer.keepAwake(400);
      replay.rest();
      showReplay();
    };

    const view: LevelScreen = createLevelScreen(
      words,
      {
        title: text('title'),
        chapterName: words.t(`chapters.${level.chapter}`),
        story: text('story'),
        ...(typeof words.lookup(`levels.${level.id}.more`) === 'string' ? { more: text('more') } : {}),
        goal: text('goal'),
        spell: kept?.spell ?? progress.lastSpell ?? starter,
        shownHints: Array.from({ length: session.shownHints }, (_, i) => text(`hints.${i}`)),
        hintsLeft: session.hintsLeft,
        ...(level.predict && asksForGuess(level, progress)
          ? {
              prediction: {
                question: text('predict'),
                choices: predictionChoices(level.predict).map((id) => ({ id, label: choiceLabel(words, level.predict!, id) })),
              },
            }
          : {}),
      },
      {
        onCast: () => void cast(),
        onHint: () => {
          const index = session.revealHint();
          if (index === null) {
            ui.announce(words.t('level.no-more-hints'));
            return;
          }
          sound.play('click');
          void store.update((save) => recordHint(save, profileId, level.id, new Date()));
          const hint = text(`hints.${index}`);
          view.addHint(hint, session.hintsLeft);
          ui.announce(`${words.t('level.hint-number', { number: index + 1 })}: ${hint}`);
        },
        onReset: () => {
          sound.play('click');
          const startOver = () => {
            // one change in the editor's history: Ctrl+Z brings the kid's spell back
            view.editor.setText(starter);
            view.clearResult();
            view.showEditorNote(null);
            replayStep = null;
            view.setReplay(null);
            releaseStage?.();
            releaseStage = null;
            stage.showIdle();
            view.editor.focus();
            ui.announce(words.t('level.reset-done'));
          };
          if (view.editor.text() === starter || view.editor.text() === level.starter) startOver();
          else view.askToStartOver(startOver);
        },
        onReplayStep: (delta) => stepReplay(delta),
        onReplayEnd: () => endReplay(),
        onBackToMap: () => {
          sound.play('click');
          this.go(SCENE_KEYS.map);
        },
        onBackToChapter: () => {
          sound.play('click');
          this.go(SCENE_KEYS.chapter, { chapter: level.chapter } satisfies ChapterSceneData);
        },
      },
    );
    this.mountScreen(view);

    const stage = createLevelStage(level.scene, {
      scene: this,
      // live: "reduce motion" turned on while the game runs counts from the next cast on
      motion: mediaMotionPreference(
        typeof window.matchMedia === 'function' ? (query) => window.matchMedia(query) : undefined,
        this.services.reducedMotion,
      ),
      keepAwake: (ms) => this.services.pacer.keepAwake(ms),
      say: words.say,
    });
    // the slot moves without changing size when a row of the stage panel above or below it
    // grows (the heading row wraps, the step-by-step row opens): watch them all
    // the knights' lanes need more height than a hat (level-stage.css sizes the slot by its stage)
    view.stageSlot.dataset['stage'] = level.scene;
    const stageRows = [view.stageSlot, ...Array.from(view.stageSlot.parentElement?.children ?? [])];
    this.keepLaidOut(() => stage.setArea(this.rectOf(view.stageSlot)), [...new Set(stageRows)]);
    // At a big zoom the lesson scrolls (one column): the stage is drawn on the canvas behind the
    // page, so it follows the slot on every scroll.
    this.followScroll(() => stage.setArea(this.rectOf(view.stageSlot)));
    if (kept?.result) {
      // the verdict as it was, said again (no sound, no stars: they were given already)
      view.showResult(castResultView(kept.result, words.say), kept.result.passed ? this.#nextStep(level) : null);
      const release = this.services.pacer.hold();
      if (kept.result.scene === null || !stage.show(kept.result.scene, release)) {
        release();
        stage.showIdle();
      }
      showReplay();
    }
    this.#keepAndRestart = () => {
      this.#kept = { levelId: level.id, spell: view.editor.text(), result: lastResult };
      this.restartInPlace();
    };
    const unwatch = python.watch((state) => view.setCastState(castState(state)));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.#keepAndRestart = null;
      unwatch();
      releaseStage?.();
      stage.destroy();
      // time spent reading and thinking counts too, not only time up to the last cast
      const seconds = session.takeSeconds();
      void store.update((save) => recordTime(save, profileId, level.id, seconds, new Date()));
    });
  }

  /** A language switch: the lesson draws itself again in the new words, keeping the spell being written. */
  protected override speakAgain(): void {
    if (this.#keepAndRestart) this.#keepAndRestart();
    else super.speakAgain();
  }

  /** The runtime never throws for what a spell does; if the runtime itself fails, say so kindly. */
  async #castSafely(level: LevelDefinition, source: string): Promise<CastResult> {
    try {
      return await this.services.runtime.cast({ level: level.id, source });
    } catch (error) {
      return {
        level: level.id,
        passed: false,
        messages: [{ key: 'common.checker-broken', params: { detail: error instanceof Error ? error.message : String(error) } }],
        output: '',
        error: null,
        interrupted: false,
        ms: 0,
        scene: null,
      };
    }
  }

  /** After a pass: the next lesson, and a word when this pass finished the chapter (the rules: step-after-pass.ts). */
  #nextStep(level: LevelDefinition): NextStep {
    const { levels, store, words } = this.services;
    const profile = activeProfile(store.data);
    if (!profile) return { onNext: null, chapterFinishedText: null, onCertificate: null };
    const overrides = chapterOverridesFor(store.data.teacher, profile.id);
    const step = stepAfterPass(profile, levels, level, overrides);
    const chapterName = (chapter: string) => words.say(`chapters.${chapter}`);
    const { nextLevelId, finished } = step;
    return {
      onNext: nextLevelId !== null ? () => this.go(SCENE_KEYS.level, { levelId: nextLevelId } satisfies LevelSceneData) : null,
      chapterFinishedText:
        finished?.kind === 'certificate-waits'
          ? words.t('level.certificate-waits', {
              count: finished.chapters.length,
              chapters: words.list(finished.chapters.map((chapter) => words.t('level.chapter-quoted', { chapter: chapterName(chapter) }))),
            })
          : finished?.kind === 'chapter'
            ? words.t('level.chapter-finished', { chapter: chapterName(finished.chapter) })
            : null,
      // the school is finished: the last graduation lesson offers the certificate
      onCertificate: step.offersCertificate
        ? () => {
            const facts = certificateFacts(profile, levels, overrides, new Date());
            openCertificateDialog(words, { name: facts.name, date: facts.date, chapters: facts.chapters.map(chapterName) });
          }
        : null,
    };
  }
}

/** A guess's words: a rune's own name, or the catalogue's words for the measure's choice. */
function choiceLabel(words: Translator, rule: NonNullable<LevelDefinition['predict']>, choice: string): string {
  if (rule.measure === 'lit-rune') return choice;
  // a spirit's or an object's guess names it ("nobody: wisp stays")
  return words.say(`predict.${rule.measure}.${choice}`, 'label' in rule ? { label: rule.label } : {});
}
