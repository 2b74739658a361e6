import type { CastResultView } from './cast-result-view.js';
import type { CodeEditor } from './code-editor.js';
import type { ScreenView } from './ui-root.js';

/** What the lesson screen shows and reports (game/ui/level-screen.ts draws it; the level scene decides). */

export type CastButtonState = 'waiting' | 'ready' | 'casting' | 'failed';

export interface LevelTextsView {
  title: string;
  chapterName: string;
  story: string;
  /** The deeper part of the story, behind "Tell me more". */
  more?: string;
  goal: string;
  spell: string;
  /** Hints the kid already asked for on an earlier visit. */
  shownHints: string[];
  hintsLeft: number;
  /** The guess to pick before the first cast, while the lesson still asks for one. */
  prediction?: { question: string; choices: { id: string; label: string }[] };
}

/** What a verdict says besides the checker's notes: the guess, the stars, a robe piece. */
export interface VerdictExtras {
  prediction?: { text: string; right: boolean | null };
  stars?: { earned: number; possible: number; label: string; text: string };
  robePiece?: { icon: string; text: string };
  /** A short celebration (not when the kid asked for less motion). */
  celebrate?: boolean;
}

export interface LevelScreenHandlers {
  onCast(): void;
  /** The replay buttons under the stage: a step back (-1) or on (+1), the first or last (-/+Infinity), or the picture of the end. */
  onReplayStep?(delta: number): void;
  onReplayEnd?(): void;
  onHint(): void;
  onReset(): void;
  onBackToMap(): void;
  onBackToChapter(): void;
}

export interface NextStep {
  /** The next lesson, or null after the chapter's last one. */
  onNext: (() => void) | null;
  chapterFinishedText: string | null;
  /** After the last graduation lesson: shows the certificate (replaces "Back to the map"). */
  onCertificate?: (() => void) | null;
}

export interface LevelScreen extends ScreenView {
  readonly editor: CodeEditor;
  /** The transparent box the scene draws the objects into. */
  readonly stageSlot: HTMLElement;
  setCastState(state: CastButtonState): void;
  showResult(view: CastResultView, next: NextStep | null, extras?: VerdictExtras): void;
  /** The guess picked so far (null: none yet, or the lesson asks for none). */
  guess(): string | null;
  /** Asks for a guess first: the choices get the focus and say why. */
  askForGuess(text: string): void;
  /** The lesson has its guess: the choices go away. */
  closePrediction(): void;
  /** Back to before the first cast: no verdict, no output, the stage's idle words. */
  clearResult(): void;
  /** Asks under the editor whether to start over; `onYes` runs only when the kid says yes. */
  askToStartOver(onYes: () => void): void;
  /**
   * The replay buttons: how many steps and which one is shown (null: the end), or none at all.
   * `text` names the step ("Step 2 of 3, line 7"); its `words` take the caption's place while it shows.
   */
  setReplay(state: { total: number; step: number | null; text: string; words?: string } | null): void;
  /** A note under the editor (the spell is too long to keep whole), or none. */
  showEditorNote(text: string | null): void;
  addHint(text: string, hintsLeft: number): void;
}
