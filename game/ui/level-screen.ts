// the lesson's own rules come before those of the parts it is made of (stage caption, story)
import type { Translator } from '../messages/translator.js';
import './book-tabs.css'; // before the lesson's own rules, which narrow it on small screens
import './level-screen.css';
import './level-editor.css';
import './level-stage.css';
import './level-verdict.css';
import './level-guess.css';
import './stars.css';
import { iconImage } from '../art/icons.js';
import { createCodeEditor } from './code-editor.js';
import { el, replaceChildren, uniqueId } from './dom.js';
import { showPythonButtonState } from './python-button.js';
import { createStageCaption } from './stage-caption.js';
import { createStoryView } from './story-view.js';
import type { LevelScreen, LevelScreenHandlers, LevelTextsView } from './level-screen-types.js';
import { createBook } from './book-tabs.js';
import { starIcons } from './star-icons.js';

export type { CastButtonState, LevelScreen, LevelScreenHandlers, LevelTextsView, NextStep, VerdictExtras } from './level-screen-types.js';
export { starIcons } from './star-icons.js';

/**
 *  ┌ Back to the map ┬ Back to the lessons ┬ Lesson title ───────────────────┐
 *  │ goal                              │ stage slot (the canvas shows       │
 *  │ spell editor         [Start over] │ through: the scene draws here)     │
 *  │   (the whole column: 12 lines and │ words for what the stage shows     │
 *  │    more at 1280 x 800)            │ [The story | What happened]        │
 *  │ [Cast] [Show a hint]              │ story and hints, or the verdict,   │
 *  │                                   │ error, printed output, Next lesson │
 *  └───────────────────────────────────┴────────────────────────────────────┘
 * The story and what happened share one panel with two tabs: the story is read first, and
 * every cast turns to what happened (a hint turns back to the story, where hints are listed),
 * so the spell gets the whole left column. The screen only shows things and reports presses;
 * the level scene decides what happens.
 */
export function createLevelScreen(words: Translator, texts: LevelTextsView, handlers: LevelScreenHandlers): LevelScreen {
  const heading = el('h1', { className: 'level-title', text: texts.title });
  const backToMap = el('button', { className: 'button button-small', attrs: { type: 'button' }, on: { click: handlers.onBackToMap } }, [
    iconImage('world-map', 24),
    el('span', { text: words.t('level.back-to-map') }),
  ]);
  const backToChapter = el(
    'button',
    { className: 'button button-small', attrs: { type: 'button' }, on: { click: handlers.onBackToChapter } },
    [iconImage('open-book', 24), el('span', { text: words.t('level.back-to-chapter') })],
  );

  // story, goal and hints
  const hintsHeadingId = uniqueId('hints-heading');
  const hintList = el('ol', { className: 'hint-list', attrs: { 'aria-labelledby': hintsHeadingId } });
  const hintsSection = el('section', { className: 'hints', attrs: { hidden: texts.shownHints.length === 0 } }, [
    el('h2', { text: words.t('level.hints'), attrs: { id: hintsHeadingId } }),
    hintList,
  ]);
  const addHintItem = (text: string) => {
    hintList.append(el('li', {}, [iconImage('light-bulb', 24), el('span', { text })]));
    hintsSection.hidden = false;
  };
  texts.shownHints.forEach(addHintItem);
  const storyTabId = uniqueId('story-tab');
  const happenedTabId = uniqueId('happened-tab');
  const storyPanel = el(
    'section',
    { className: 'book-page story-panel', attrs: { tabindex: 0, role: 'tabpanel', 'aria-labelledby': storyTabId } },
    [
      el('p', { className: 'chapter-chip', text: texts.chapterName }),
      createStoryView(words, { story: texts.story, ...(texts.more ? { more: texts.more } : {}) }, words.catalogue.glossary),
      hintsSection,
    ],
  );

  // the editor and its buttons
  const editorLabelId = uniqueId('editor-label');
  const editorHelpId = uniqueId('editor-help');
  const editorHost = el('div', { className: 'editor-host' });
  const castLabel = el('span', { text: words.t('level.cast-waiting') });
  const castButton = el(
    'button',
    { className: 'button button-primary cast-button', attrs: { type: 'button', 'aria-disabled': 'true' }, on: { click: handlers.onCast } },
    [iconImage('magic-wand', 28), castLabel],
  );
  const hintButton = el('button', { className: 'button', attrs: { type: 'button' }, on: { click: handlers.onHint } }, [
    iconImage('light-bulb', 26),
    el('span', { text: words.t('level.show-hint') }),
  ]);
  const resetButton = el('button', { className: 'button button-small', attrs: { type: 'button' }, on: { click: handlers.onReset } }, [
    iconImage('counterclockwise-arrows-button', 22),
    el('span', { text: words.t('level.reset-spell') }),
  ]);
  // "Start over" asks first: the kid's own spell is one press away from gone otherwise
  const startOverQuestion = el('p', { className: 'start-over-question', text: words.t('level.reset-question') });
  const startOverYes = el('button', { className: 'button button-small', attrs: { type: 'button' } }, [
    iconImage('counterclockwise-arrows-button', 22),
    el('span', { text: words.t('level.reset-yes') }),
  ]);
  const startOverNo = el('button', { className: 'button button-small', attrs: { type: 'button' } }, [
    el('span', { text: words.t('level.reset-no') }),
  ]);
  const startOverBox = el(
    'div',
    { className: 'start-over-box', attrs: { role: 'group', 'aria-label': words.t('level.reset-spell'), hidden: true } },
    [startOverQuestion, el('div', { className: 'start-over-buttons' }, [startOverYes, startOverNo])],
  );
  let startOverYesAction: (() => void) | null = null;
  const closeStartOver = (focus: HTMLElement | null) => {
    startOverBox.hidden = true;
    startOverYesAction = null;
    focus?.focus();
  };
  startOverYes.addEventListener('click', () => {
    const action = startOverYesAction;
    closeStartOver(null);
    action?.();
  });
  startOverNo.addEventListener('click', () => closeStartOver(resetButton));
  startOverBox.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      closeStartOver(resetButton);
    }
  });
  const editorNote = el('p', { className: 'editor-note', attrs: { role: 'status', hidden: true } });
  // predict, then cast: the guess to pick before the first cast
  const guessName = uniqueId('guess');
  const guessNote = el('p', { className: 'guess-note', attrs: { role: 'status' } });
  const guessRadios: HTMLInputElement[] = [];
  const guessBox = texts.prediction
    ? el('fieldset', { className: 'guess-box' }, [
        el('legend', {}, [
          iconImage('crystal-ball', 24),
          el('span', { text: `${words.t('predict.heading')} ${texts.prediction.question}` }),
        ]),
        el(
          'div',
          { className: 'guess-choices' },
          texts.prediction.choices.map((choice) => {
            const id = uniqueId('guess-choice');
            const radio = el('input', { className: 'guess-radio', attrs: { type: 'radio', name: guessName, id, value: choice.id } });
            radio.addEventListener('change', () => {
              guessNote.textContent = '';
              guessBox?.classList.remove('needs-guess');
            });
            guessRadios.push(radio);
            return el('label', { className: 'guess-choice', attrs: { for: id } }, [radio, el('span', { text: choice.label })]);
          }),
        ),
        guessNote,
      ])
    : null;
  // the guess sits in the story, right under it: the spell keeps the whole left column
  if (guessBox) storyPanel.insertBefore(guessBox, hintsSection);
  // the goal sits right above the editor, so it stays in view while the kid writes
  const editorPanel = el('section', { className: 'panel editor-panel' }, [
    el('div', { className: 'goal' }, [
      el('h2', { className: 'goal-heading' }, [iconImage('star', 24), el('span', { text: words.t('level.goal') })]),
      el('p', { className: 'goal-text', text: texts.goal }),
    ]),
    el('div', { className: 'editor-header' }, [
      el('h2', { className: 'editor-label', text: words.t('level.editor-label'), attrs: { id: editorLabelId } }),
      resetButton,
    ]),
    startOverBox,
    editorHost,
    editorNote,
    el('p', { className: 'editor-help', text: words.t('level.editor-help'), attrs: { id: editorHelpId } }),
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
    hintButton.title = hintsLeft <= 0 ? words.t('level.no-more-hints') : '';
  };
  setHintButton(texts.hintsLeft);

  // the stage and what happened
  const stageHeadingId = uniqueId('stage-heading');
  const stageSlot = el('div', { className: 'stage-slot', attrs: { 'aria-hidden': 'true' } });
  // open, the caption may cover the stage (not the heading row above it)
  /** What the caption says of the end of the run (shown again when a replay ends). */
  let stageSentences: string[] = [];
  const caption = createStageCaption(words, () => caption.element.getBoundingClientRect().bottom - stageSlot.getBoundingClientRect().top);
  // "watch it big": the stage takes the whole lesson; the button or Escape brings the lesson back
  const bigLabel = el('span', { text: words.t('level.watch-big') });
  const bigButton = el(
    'button',
    {
      className: 'button button-small watch-big-button',
      attrs: { type: 'button', 'aria-pressed': 'false' },
      on: { click: () => setBigStage(bigButton.getAttribute('aria-pressed') !== 'true') },
    },
    [iconImage('magnifying-glass-tilted-right', 22), bigLabel],
  );
  // step by step: the run again, one step a press, with the spell's line lit in the editor
  const replayStatus = el('p', { className: 'replay-status visually-hidden', attrs: { 'aria-live': 'polite' } });
  const replayButton = (key: string, icon: string, run: () => void) =>
    el('button', { className: 'button button-small', attrs: { type: 'button' }, on: { click: run } }, [
      iconImage(icon, 20),
      el('span', { text: words.say(key) }),
    ]);
  const replayBack = replayButton('level.replay-back', 'backhand-index-pointing-left', () => handlers.onReplayStep?.(-1));
  const replayForward = replayButton('level.replay-forward', 'right-arrow', () => handlers.onReplayStep?.(1));
  const replayEnd = replayButton('level.replay-end', 'check-mark-button', () => handlers.onReplayEnd?.());
  // closed until the kid asks for it: the row takes room from the story only while it is used
  const stepsButton = el(
    'button',
    {
      className: 'button button-small watch-big-button steps-button',
      attrs: { type: 'button', hidden: true },
      on: { click: () => handlers.onReplayStep?.(1) },
    },
    [iconImage('right-arrow', 22), el('span', { text: words.t('level.replay-heading') })],
  );
  const replayBar = el(
    'div',
    { className: 'replay-bar', attrs: { role: 'group', 'aria-label': words.t('level.replay-heading'), hidden: true } },
    [el('div', { className: 'replay-buttons' }, [replayBack, replayForward, replayEnd]), replayStatus],
  );
  replayBar.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      handlers.onReplayStep?.(event.key === 'ArrowLeft' ? -1 : 1);
    } else if (event.key === 'Home' || event.key === 'End') {
      // the first step, or the last one (steps are clamped to the run)
      event.preventDefault();
      handlers.onReplayStep?.(event.key === 'Home' ? -Infinity : Infinity);
    }
  });
  const stagePanel = el('section', { className: 'stage-panel', attrs: { 'aria-labelledby': stageHeadingId } }, [
    el('div', { className: 'stage-heading-row' }, [
      el('h2', { className: 'stage-heading', text: words.t('level.stage-heading'), attrs: { id: stageHeadingId } }),
      el('div', { className: 'stage-heading-buttons' }, [stepsButton, bigButton]),
    ]),
    stageSlot,
    // "Read it all" beside the words it opens, not in the heading row: the heading keeps one line
    el('div', { className: 'stage-caption-row' }, [caption.element, caption.toggle]),
    // under the caption: the buttons take room from the story, never from the stage
    replayBar,
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
    el('h2', { text: words.t('level.output'), attrs: { id: outputHeadingId } }),
    cutNote,
    output,
  ]);
  const happenedEmpty = el('p', { className: 'happened-empty', text: words.t('level.happened-empty') });
  const resultsPanel = el(
    'section',
    { className: 'book-page results-panel', attrs: { tabindex: -1, role: 'tabpanel', 'aria-labelledby': happenedTabId, hidden: true } },
    [happenedEmpty, verdict, outputSection],
  );
  const book = createBook([
    { id: storyTabId, label: words.t('level.story'), page: storyPanel },
    { id: happenedTabId, label: words.t('level.happened'), page: resultsPanel },
  ]);

  const element = el('section', { className: 'screen level-screen' }, [
    el('div', { className: 'level-bar' }, [backToMap, backToChapter, heading]),
    el('div', { className: 'level-columns' }, [
      el('div', { className: 'level-left' }, [editorPanel]),
      el('div', { className: 'level-right' }, [stagePanel, book.element]),
    ]),
  ]);

  const setBigStage = (big: boolean): void => {
    element.dataset['bigStage'] = String(big);
    bigButton.setAttribute('aria-pressed', String(big));
    bigLabel.textContent = words.t(big ? 'level.watch-small' : 'level.watch-big');
  };
  element.addEventListener('keydown', (event) => {
    // after the caption's own Escape (it closes first, and says so by preventing the default)
    if (event.key === 'Escape' && !event.defaultPrevented && element.dataset['bigStage'] === 'true') {
      event.preventDefault();
      setBigStage(false);
      bigButton.focus();
    }
  });
  setBigStage(false);

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
      showPythonButtonState(words, castButton, castLabel, state === 'casting' ? 'busy' : state, {
        ready: 'level.cast',
        busy: 'level.casting',
        dataState: state,
      });
    },
    setReplay(state) {
      const wasOpen = !replayBar.hidden;
      // open while the kid walks through the steps; "Show the end" closes it again
      replayBar.hidden = state === null || state.step === null;
      stepsButton.hidden = state === null || state.step !== null;
      if (wasOpen && replayBar.hidden && state) stepsButton.focus();
      if (!wasOpen && !replayBar.hidden) replayForward.focus();
      if (!state) {
        editor.markRunLine(null);
        return;
      }
      replayBack.setAttribute('aria-disabled', String(state.step === null ? false : state.step <= 0));
      replayForward.setAttribute('aria-disabled', String(state.step !== null && state.step >= state.total - 1));
      replayEnd.setAttribute('aria-disabled', String(state.step === null));
      // the number of the step in the bar, what happened in the caption under the stage (where
      // the words of the end were): a screen reader hears both at once from the bar
      // the step and what happened at it take the caption's place under the stage (the bar has
      // no room for a sentence); the bar says them again for a screen reader, out of sight
      replayStatus.textContent = state.words ? `${state.text}: ${state.words}` : state.text;
      if (state.step === null) {
        stepsButton.title = state.text;
        if (wasOpen) caption.show(stageSentences);
      } else {
        caption.show([replayStatus.textContent]);
      }
    },
    guess() {
      if (!guessBox || guessBox.hidden) return null;
      return guessRadios.find((radio) => radio.checked)?.value ?? null;
    },
    askForGuess(text) {
      if (!guessBox) return;
      book.select(0);
      guessNote.textContent = text;
      guessBox.classList.add('needs-guess');
      (guessRadios.find((radio) => radio.checked) ?? guessRadios[0])?.focus();
    },
    closePrediction() {
      if (guessBox) guessBox.hidden = true;
    },
    clearResult() {
      replaceChildren(verdict, []);
      verdict.dataset['tone'] = 'none';
      happenedEmpty.hidden = false;
      outputSection.hidden = true;
      replaceChildren(output, []);
      caption.show([words.t('level.stage-idle')]);
      editor.markErrorLine(null);
    },
    askToStartOver(onYes) {
      startOverYesAction = onYes;
      startOverBox.hidden = false;
      startOverNo.focus();
    },
    showEditorNote(text) {
      editorNote.hidden = text === null;
      editorNote.textContent = text ?? '';
    },
    addHint(text, hintsLeft) {
      addHintItem(text);
      book.select(0);
      setHintButton(hintsLeft);
      hintList.lastElementChild?.scrollIntoView({ block: 'nearest' });
    },
    showResult(view, next, extras = {}) {
      happenedEmpty.hidden = true;
      book.select(1);
      verdict.dataset['tone'] = view.tone;
      const headlineIcon = view.tone === 'passed' ? 'trophy' : view.tone === 'error' ? 'owl' : 'crystal-ball';
      const children: (HTMLElement | null)[] = [
        el('h2', { className: 'verdict-headline' }, [
          iconImage(headlineIcon, 34),
          el('span', { text: view.headline }),
          // the stars sit in the headline, so the notes and the printing keep their room
          extras.stars
            ? el(
                'span',
                {
                  className: `verdict-stars${extras.celebrate ? ' is-celebrating' : ''}`,
                  attrs: { 'data-stars': `${extras.stars.earned}/${extras.stars.possible}`, title: extras.stars.text },
                },
                [
                  el(
                    'span',
                    { className: 'star-row', attrs: { 'aria-hidden': 'true' } },
                    starIcons(extras.stars.earned, extras.stars.possible),
                  ),
                  el('span', { className: 'visually-hidden', text: `${extras.stars.label}. ${extras.stars.text}` }),
                ],
              )
            : null,
        ]),
        extras.prediction
          ? el('p', { className: `prediction-outcome${extras.prediction.right === true ? ' is-right' : ''}` }, [
              iconImage(extras.prediction.right === true ? 'glowing-star' : 'crystal-ball', 24),
              el('span', { text: extras.prediction.text }),
            ])
          : null,
        view.messages.length > 0
          ? el(
              'ul',
              { className: 'verdict-messages' },
              view.messages.map((text) => el('li', { text })),
            )
          : null,
        extras.robePiece
          ? el('p', { className: 'robe-piece-earned' }, [iconImage(extras.robePiece.icon, 40), el('span', { text: extras.robePiece.text })])
          : null,
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
            el(
              'button',
              { className: 'button button-primary certificate-button', attrs: { type: 'button' }, on: { click: next.onCertificate } },
              [iconImage('scroll', 26), el('span', { text: words.t('certificate.get') })],
            ),
          );
        } else if (next.onNext) {
          actions.append(
            el('button', { className: 'button button-primary next-button', attrs: { type: 'button' }, on: { click: next.onNext } }, [
              el('span', { text: words.t('level.next') }),
              iconImage('right-arrow', 26),
            ]),
          );
        } else {
          actions.append(
            el('button', { className: 'button button-primary', attrs: { type: 'button' }, on: { click: handlers.onBackToMap } }, [
              iconImage('world-map', 26),
              el('span', { text: words.t('level.back-to-map') }),
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
        view.output.empty ? el('span', { className: 'output-empty', text: words.t('level.output-empty') }) : view.output.text,
        view.output.cut ? el('span', { className: 'output-cut', text: view.output.cutMarker }) : null,
      ]);
      output.scrollTop = 0;

      const sentences =
        view.objects.length > 0
          ? view.objects
          : [words.t(view.error || view.tone === 'error' ? 'level.stage-no-scene' : 'level.stage-idle')];
      stageSentences = sentences;
      caption.show(sentences);
      editor.markErrorLine(view.error?.line ?? null, view.error?.column, view.error?.length);
      // in one column (a small window, a big zoom) the verdict is far below the Cast button:
      // bring it into view, without taking the focus from where the kid is
      const box = verdict.getBoundingClientRect();
      if (box.top < 0 || box.bottom > window.innerHeight) {
        const smooth = !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
        verdict.scrollIntoView({ block: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
      }
    },
  };
}
