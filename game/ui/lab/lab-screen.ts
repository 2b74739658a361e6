import type { Translator } from '../../messages/translator.js';
import '../book-tabs.css';
import '../level-editor.css';
import '../level-verdict.css';
import './lab-screen.css';
import { iconImage } from '../../art/icons.js';
import { createCodeEditor, type CodeEditor } from '../code-editor.js';
import type { CastResultView } from '../cast-result-view.js';
import { el, replaceChildren, uniqueId } from '../dom.js';
import type { ScreenView } from '../ui-root.js';
import { createLabMemoryView, labSentence } from './lab-memory-view.js';
import type { LabPicture } from './lab-picture.js';
import { showPythonButtonState } from '../python-button.js';
import { createBook } from '../book-tabs.js';
import type { LabPanel, LabRunState } from './lab-panels.js';

/**
 *  ┌ Back to the map ┬ Memory Lab ──────────────────────────────────────────┐
 *  │ what the Lab is                │ Memory                                │
 *  │ program editor                 │ [Step back] ───slider─── [Step on]    │
 *  │   (the whole column)           │ Step 3 of 12, line 4                  │
 *  │ [Run]                          │ names → boxes (SVG, scrolls)          │
 *  │ what happened (error, stopped) │ the sentence of what it shows         │
 *  │ printed output (up to the step)│ the cut marker                        │
 *  └────────────────────────────────┴───────────────────────────────────────┘
 * The screen only shows things and reports presses; the Lab scene runs the program and decides
 * which step shows.
 */
export type { LabRunState } from './lab-panels.js';

export interface LabScreenHandlers {
  onRun(): void;
  /** A step further (+1), back (-1), or to a step (`to`, 0-based). */
  onStep(change: { delta: number } | { to: number }): void;
  onBackToMap(): void;
  /** A view's tab was opened: 0 the memory, then the panels in their order. */
  onView(index: number): void;
}

/** What a run said, apart from its steps: an error explained, a runaway stopped, a cut. */
export interface LabRunView {
  /** The kind sentence: how many steps it ran, or why it stopped. */
  message: string;
  tone: 'ran' | 'error';
  /** Python's error, as the lessons show it (castResultView's error part). */
  error: CastResultView['error'];
  /** The visible markers of a cut run. */
  cuts: string[];
  total: number;
  /** The whole output (a step shows it up to its `printed`), and whether the runtime cut it. */
  output: CastResultView['output'];
}

export interface LabStepView {
  step: number;
  total: number;
  line: number | null;
  picture: LabPicture;
}

export interface LabScreen extends ScreenView {
  editor: CodeEditor;
  setRunState(state: LabRunState): void;
  showRun(run: LabRunView): void;
  showStep(view: LabStepView): void;
  /** Open a view's tab (0: the memory), as if the kid chose it. */
  showView(index: number): void;
}

export function createLabScreen(
  words: Translator,
  program: string,
  handlers: LabScreenHandlers,
  panels: readonly LabPanel[] = [],
  /** The examples, saving and files bar (lab-program-bar.ts), shown above the editor. */
  programBar: HTMLElement | null = null,
): LabScreen {
  const heading = el('h1', { className: 'lab-title', text: words.t('lab.title') });
  const backToMap = el('button', { className: 'button button-small', attrs: { type: 'button' }, on: { click: handlers.onBackToMap } }, [
    iconImage('world-map', 24),
    el('span', { text: words.t('level.back-to-map') }),
  ]);

  // the program and Run
  const editorLabelId = uniqueId('lab-editor-label');
  const editorHelpId = uniqueId('lab-editor-help');
  const editorHost = el('div', { className: 'editor-host lab-editor-host' });
  const runLabel = el('span', { text: words.t('level.cast-waiting') });
  const runButton = el(
    'button',
    {
      className: 'button button-primary lab-run-button',
      attrs: { type: 'button', 'aria-disabled': 'true' },
      on: { click: handlers.onRun },
    },
    [iconImage('sparkles', 26), runLabel],
  );
  const message = el('div', { className: 'lab-message', attrs: { 'aria-live': 'polite', 'data-tone': 'none' } });
  const outputHeadingId = uniqueId('lab-output-heading');
  const output = el('pre', {
    className: 'spell-output lab-output',
    attrs: { tabindex: 0, role: 'region', 'aria-labelledby': outputHeadingId, 'data-empty': 'true' },
  });
  const outputSection = el('section', { className: 'output-section', attrs: { hidden: true } }, [
    el('h2', { text: words.t('lab.output'), attrs: { id: outputHeadingId } }),
    output,
  ]);
  const programPanel = el('section', { className: 'panel lab-program' }, [
    el('h2', { className: 'editor-label', text: words.t('lab.editor-label'), attrs: { id: editorLabelId } }),
    programBar,
    editorHost,
    el('p', { className: 'editor-help', text: `${words.t('lab.editor-help')} ${words.t('lab.kept-note')}`, attrs: { id: editorHelpId } }),
    el('div', { className: 'cast-row' }, [runButton]),
    message,
    outputSection,
  ]);
  const editor = createCodeEditor({
    parent: editorHost,
    doc: program,
    labelledBy: editorLabelId,
    describedBy: editorHelpId,
    onCast: handlers.onRun,
  });

  // the memory and its steps
  const memoryHeadingId = uniqueId('lab-memory-heading');
  const memory = createLabMemoryView(words, memoryHeadingId);
  const stepButton = (key: 'lab.step-back' | 'lab.step-forward', icon: string, delta: number) =>
    el('button', { className: 'button button-small', attrs: { type: 'button' }, on: { click: () => handlers.onStep({ delta }) } }, [
      iconImage(icon, 20),
      el('span', { text: words.t(key) }),
    ]);
  const back = stepButton('lab.step-back', 'backhand-index-pointing-left', -1);
  const forward = stepButton('lab.step-forward', 'right-arrow', 1);
  const sliderId = uniqueId('lab-slider');
  const slider = el('input', { className: 'lab-slider', attrs: { type: 'range', id: sliderId, min: 1, max: 1, step: 1, value: 1 } });
  slider.addEventListener('input', () => handlers.onStep({ to: Number(slider.value) - 1 }));
  const stepStatus = el('p', { className: 'lab-step-status', attrs: { 'aria-live': 'polite' } });
  const stepper = el(
    'div',
    { className: 'lab-stepper', attrs: { role: 'group', 'aria-label': words.t('lab.stepper-label'), hidden: true } },
    [back, el('label', { className: 'visually-hidden', text: words.t('lab.slider-label'), attrs: { for: sliderId } }), slider, forward],
  );
  stepper.addEventListener('keydown', (event) => {
    // the slider moves itself with the arrows (and says so through its input event)
    if (event.target === slider) return;
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      handlers.onStep({ delta: event.key === 'ArrowLeft' ? -1 : 1 });
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      handlers.onStep({ to: event.key === 'Home' ? 0 : Number.MAX_SAFE_INTEGER });
    }
  });
  const sentence = el('p', { className: 'lab-sentence', attrs: { hidden: true } });
  const cutMarker = el('p', { className: 'lab-cut', attrs: { hidden: true } });
  const memoryTabId = uniqueId('lab-tab');
  const memoryPage = el('div', { className: 'book-page lab-memory-page', attrs: { role: 'tabpanel', 'aria-labelledby': memoryTabId } }, [
    el('h2', { className: 'visually-hidden', text: words.t('lab.memory-heading'), attrs: { id: memoryHeadingId } }),
    stepper,
    stepStatus,
    cutMarker,
    memory.element,
    sentence,
  ]);
  // the memory first, then the other views, each a tab of one book
  const pages = panels.map((panel) => {
    const tabId = uniqueId('lab-tab');
    const page = el('div', { className: 'book-page lab-view-page', attrs: { role: 'tabpanel', 'aria-labelledby': tabId, hidden: true } }, [
      panel.element,
    ]);
    return { id: tabId, label: panel.label, page };
  });
  const book = createBook([{ id: memoryTabId, label: words.t('lab.memory-heading'), page: memoryPage }, ...pages], {
    onSelect: (index) => handlers.onView(index),
  });
  book.element.classList.add('lab-memory-panel');

  const element = el('section', { className: 'screen lab-screen' }, [
    // what the Lab is, beside its name: the program's column keeps its height for the editor
    el('div', { className: 'lab-bar' }, [backToMap, heading, el('p', { className: 'lab-intro', text: words.t('lab.intro') })]),
    el('div', { className: 'lab-columns' }, [programPanel, book.element]),
  ]);

  let run: LabRunView | null = null;
  const showOutput = (printed: number | null) => {
    if (!run) return;
    outputSection.hidden = false;
    const text = printed === null ? run.output.text : run.output.text.slice(0, printed);
    const atEnd = printed === null || printed >= run.output.text.length;
    output.dataset['empty'] = String(text.length === 0);
    replaceChildren(output, [
      text.length === 0 ? el('span', { className: 'output-empty', text: words.t('lab.output-empty') }) : text,
      atEnd && run.output.cut ? el('span', { className: 'output-cut', text: run.output.cutMarker }) : null,
    ]);
  };

  return {
    element,
    initialFocus: heading,
    editor,
    destroy: () => {
      editor.destroy();
      for (const panel of panels) panel.destroy();
    },
    setRunState(state) {
      showPythonButtonState(words, runButton, runLabel, state === 'running' ? 'busy' : state, {
        ready: 'lab.run',
        busy: 'lab.running',
        dataState: state,
      });
    },
    showRun(view) {
      run = view;
      message.dataset['tone'] = view.tone;
      replaceChildren(message, [
        el('p', { className: 'lab-message-text', text: view.message }),
        view.error
          ? el('div', { className: 'spell-error' }, [
              el('p', { className: 'spell-error-explanation', text: view.error.explanation }),
              el('p', { className: 'spell-error-detail', text: view.error.summary }),
            ])
          : null,
      ]);
      editor.markErrorLine(view.error?.line ?? null, view.error?.column, view.error?.length);
      stepper.hidden = view.total === 0;
      slider.max = String(Math.max(1, view.total));
      cutMarker.hidden = view.cuts.length === 0;
      cutMarker.textContent = view.cuts.join(' ');
      if (view.total === 0) {
        memory.show(null, 0);
        sentence.hidden = true;
        stepStatus.textContent = '';
        editor.markRunLine(null);
        showOutput(null);
      }
    },
    showView(index) {
      book.select(index);
    },
    showStep(view) {
      const params = { step: view.step + 1, total: view.total };
      const status = view.line === null ? words.t('lab.step-end', params) : words.t('lab.step-line', { ...params, line: view.line });
      stepStatus.textContent = status;
      slider.value = String(view.step + 1);
      slider.setAttribute('aria-valuetext', status);
      back.setAttribute('aria-disabled', String(view.step <= 0));
      forward.setAttribute('aria-disabled', String(view.step >= view.total - 1));
      memory.show(view.picture, view.step);
      sentence.hidden = false;
      sentence.textContent = labSentence(words, view.picture);
      const cuts = [...(run?.cuts ?? []), ...(view.picture.cut ? [words.t('lab.cut-objects')] : [])];
      cutMarker.hidden = cuts.length === 0;
      cutMarker.textContent = [...new Set(cuts)].join(' ');
      editor.markRunLine(view.line);
      showOutput(view.step >= view.total - 1 ? null : view.picture.printed);
    },
  };
}
