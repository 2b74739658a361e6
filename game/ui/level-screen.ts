import { formatMessage } from '../messages/format.js';
import { iconImage } from '../art/icons.js';
import { createCodeEditor, type CodeEditor } from './code-editor.js';
import type { CastResultView } from './cast-result-view.js';
import { el, replaceChildren, uniqueId } from './dom.js';
import { createStageCaption } from './stage-caption.js';
import type { ScreenView } from './ui-root.js';

/**
 *  ┌ Back to the map ┬ Back to the lessons ┬ Lesson title ───────────────────┐
 *  │ story, hints (scrolls)            │ stage slot (the canvas shows       │
 *  │ goal                              │ through: the scene draws here)     │
 *  │ spell editor         [Start over] │ words for what the stage shows     │
 *  │ [Cast] [Show a hint]              │ verdict, error, printed output,    │
 *  │                                   │ Next lesson                        │
 *  └───────────────────────────────────┴────────────────────────────────────┘
 * The screen only shows things and reports presses; the level scene decides what happens.
 */
export type CastButtonState = 'waiting' | 'ready' | 'casting' | 'failed';

export interface LevelTextsView {
  title: string;
  chapterName: string;
  story: string;
  goal: string;
  spell: string;
  /** Hints the kid already asked for on an earlier visit. */
  shownHints: string[];
  hintsLeft: number;
}

export interface LevelScreenHandlers {
  onCast(): void;
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
  showResult(view: CastResultView, next: NextStep | null): void;
  addHint(text: string, hintsLeft: number): void;
}

export function createLevelScreen(texts: LevelTextsView, handlers: LevelScreenHandlers): LevelScreen {
  const heading = el('h1', { className: 'level-title', text: texts.title });
  const backToMap = el('button', { className: 'button button-small', attrs: { type: 'button' }, on: { click: handlers.onBackToMap } }, [
    iconImage('world-map', 24),
    el('span', { text: formatMessage('level.back-to-map') }),
  ]);
  const backToChapter = el(
    'button',
    { className: 'button button-small', attrs: { type: 'button' }, on: { click: handlers.onBackToChapter } },
    [iconImage('open-book', 24), el('span', { text: formatMessage('level.back-to-chapter') })],
  );

  // story, goal and hints
  const hintsHeadingId = uniqueId('hints-heading');
  const hintList = el('ol', { className: 'hint-list', attrs: { 'aria-labelledby': hintsHeadingId } });
  const hintsSection = el('section', { className: 'hints', attrs: { hidden: texts.shownHints.length === 0 } }, [
    el('h2', { text: formatMessage('level.hints'), attrs: { id: hintsHeadingId } }),
    hintList,
  ]);
  const addHintItem = (text: string) => {
    hintList.append(el('li', {}, [iconImage('light-bulb', 24), el('span', { text })]));
    hintsSection.hidden = false;
  };
  texts.shownHints.forEach(addHintItem);
  const storyPanel = el('section', { className: 'panel story-panel', attrs: { tabindex: 0, 'aria-label': formatMessage('level.story') } }, [
    el('p', { className: 'chapter-chip', text: texts.chapterName }),
    el('h2', { text: formatMessage('level.story') }),
    el('p', { className: 'story-text', text: texts.story }),
    hintsSection,
  ]);

  // the editor and its buttons
  const editorLabelId = uniqueId('editor-label');
  const editorHelpId = uniqueId('editor-help');
  const editorHost = el('div', { className: 'editor-host' });
  const castLabel = el('span', { text: formatMessage('level.cast-waiting') });
  const castButton = el(
    'button',
    { className: 'button button-primary cast-button', attrs: { type: 'button', 'aria-disabled': 'true' }, on: { click: handlers.onCast } },
    [iconImage('magic-wand', 28), castLabel],
  );
  const hintButton = el('button', { className: 'button', attrs: { type: 'button' }, on: { click: handlers.onHint } }, [
    iconImage('light-bulb', 26),
    el('span', { text: formatMessage('level.show-hint') }),
  ]);
  const resetButton = el('button', { className: 'button button-small', attrs: { type: 'button' }, on: { click: handlers.onReset } }, [
    iconImage('counterclockwise-arrows-button', 22),
    el('span', { text: formatMessage('level.reset-spell') }),
  ]);
  // the goal sits right above the editor, so it stays in view while the kid writes
  const editorPanel = el('section', { className: 'panel editor-panel' }, [
    el('div', { className: 'goal' }, [
      el('h2', { className: 'goal-heading' }, [iconImage('star', 24), el('span', { text: formatMessage('level.goal') })]),
      el('p', { className: 'goal-text', text: texts.goal }),
    ]),
    el('div', { className: 'editor-header' }, [
      el('h2', { className: 'editor-label', text: formatMessage('level.editor-label'), attrs: { id: editorLabelId } }),
      resetButton,
    ]),
    editorHost,
    el('p', { className: 'editor-help', text: formatMessage('level.editor-help'), attrs: { id: editorHelpId } }),
    el('div', { className: 'cast-row' }, [castButton, hintButton]),
  ]);
  const editor = createCodeEditor({
    parent: editorHost,
    doc: texts.spell,
    labelledBy: editorLabelId,
    describedBy: editorHelpId,
    onCast: handlers.onCast,
  });
  const setHintButton = (hintsLeft: number) => {
    hintButton.setAttribute('aria-disabled', String(hintsLeft <= 0));
    hintButton.title = hintsLeft <= 0 ? formatMessage('level.no-more-hints') : '';
  };
  setHintButton(texts.hintsLeft);

  // the stage and what happened
  const stageHeadingId = uniqueId('stage-heading');
  const stageSlot = el('div', { className: 'stage-slot', attrs: { 'aria-hidden': 'true' } });
  // open, the caption may cover the stage (not the heading row above it)
  const caption = createStageCaption(() => caption.element.getBoundingClientRect().bottom - stageSlot.getBoundingClientRect().top);
  const stagePanel = el('section', { className: 'stage-panel', attrs: { 'aria-labelledby': stageHeadingId } }, [
    el('div', { className: 'stage-heading-row' }, [
      el('h2', { className: 'stage-heading', text: formatMessage('level.stage-heading'), attrs: { id: stageHeadingId } }),
      caption.toggle,
    ]),
    stageSlot,
    caption.element,
  ]);
  const verdict = el('div', { className: 'verdict', attrs: { 'aria-live': 'polite', 'data-tone': 'none' } });
  const outputHeadingId = uniqueId('output-heading');
  const output = el('pre', {
    className: 'spell-output',
    // a named region: a <pre> may not carry a name, and the box is focused to scroll it by keyboard
    attrs: { tabindex: 0, role: 'region', 'aria-labelledby': outputHeadingId, 'data-empty': 'true' },
  });
  const cutNote = el('p', { className: 'output-cut-note', attrs: { hidden: true } });
  const outputSection = el('section', { className: 'output-section', attrs: { hidden: true } }, [
    el('h2', { text: formatMessage('level.output'), attrs: { id: outputHeadingId } }),
    cutNote,
    output,
  ]);
  const resultsPanel = el('section', { className: 'panel results-panel', attrs: { 'aria-label': formatMessage('level.verdict-heading') } }, [
    verdict,
    outputSection,
  ]);

  const element = el('section', { className: 'screen level-screen' }, [
    el('div', { className: 'level-bar' }, [backToMap, backToChapter, heading]),
    el('div', { className: 'level-columns' }, [
      el('div', { className: 'level-left' }, [storyPanel, editorPanel]),
      el('div', { className: 'level-right' }, [stagePanel, resultsPanel]),
    ]),
  ]);

  return {
    element,
    initialFocus: heading,
    editor,
    stageSlot,
    destroy: () => {
      caption.destroy();
      editor.destroy();
    },
    setCastState(state) {
      castButton.dataset['state'] = state;
      castButton.setAttribute('aria-disabled', String(state !== 'ready'));
      castButton.setAttribute('aria-busy', String(state === 'casting'));
      castLabel.textContent = formatMessage(
        state === 'ready' ? 'level.cast' : state === 'casting' ? 'level.casting' : state === 'failed' ? 'level.python-failed' : 'level.cast-waiting',
      );
    },
    addHint(text, hintsLeft) {
      addHintItem(text);
      setHintButton(hintsLeft);
      hintList.lastElementChild?.scrollIntoView({ block: 'nearest' });
    },
    showResult(view, next) {
      verdict.dataset['tone'] = view.tone;
      const headlineIcon = view.tone === 'passed' ? 'trophy' : view.tone === 'error' ? 'owl' : 'crystal-ball';
      const children: (HTMLElement | null)[] = [
        el('h2', { className: 'verdict-headline' }, [iconImage(headlineIcon, 34), el('span', { text: view.headline })]),
        view.messages.length > 0 ? el('ul', { className: 'verdict-messages' }, view.messages.map((text) => el('li', { text }))) : null,
        view.error
          ? el('div', { className: 'spell-error' }, [
              el('p', { className: 'spell-error-explanation', text: view.error.explanation }),
              el('p', { className: 'spell-error-detail', text: view.error.summary }),
            ])
          : null,
      ];
      if (next) {
        if (next.chapterFinishedText) children.push(el('p', { className: 'chapter-finished', text: next.chapterFinishedText }));
        const actions = el('div', { className: 'verdict-actions' });
        if (next.onCertificate) {
          actions.append(
            el('button', { className: 'button button-primary certificate-button', attrs: { type: 'button' }, on: { click: next.onCertificate } }, [
              iconImage('scroll', 26),
              el('span', { text: formatMessage('certificate.get') }),
            ]),
          );
        } else if (next.onNext) {
          actions.append(
            el('button', { className: 'button button-primary next-button', attrs: { type: 'button' }, on: { click: next.onNext } }, [
              el('span', { text: formatMessage('level.next') }),
              iconImage('right-arrow', 26),
            ]),
          );
        } else {
          actions.append(
            el('button', { className: 'button button-primary', attrs: { type: 'button' }, on: { click: handlers.onBackToMap } }, [
              iconImage('world-map', 26),
              el('span', { text: formatMessage('level.back-to-map') }),
            ]),
          );
        }
        children.push(actions);
      }
      replaceChildren(verdict, children);

      outputSection.hidden = false;
      // a cut output says so above the text too, so the kid sees it without scrolling
      cutNote.hidden = !view.output.cut;
      cutNote.textContent = view.output.cutMarker;
      output.dataset['empty'] = String(view.output.empty);
      replaceChildren(output, [
        view.output.empty ? el('span', { className: 'output-empty', text: formatMessage('level.output-empty') }) : view.output.text,
        view.output.cut ? el('span', { className: 'output-cut', text: view.output.cutMarker }) : null,
      ]);
      output.scrollTop = 0;

      const sentences =
        view.objects.length > 0
          ? view.objects
          : [formatMessage(view.error || view.tone === 'error' ? 'level.stage-no-scene' : 'level.stage-idle')];
      caption.show(sentences);
      editor.markErrorLine(view.error?.line ?? null);
    },
  };
}
