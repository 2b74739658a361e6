import type { Translator } from '../../messages/translator.js';
import './lab-program-bar.css';
import { LAB_EXAMPLES, labExampleSource } from '../../model/lab-examples.js';
import {
  defaultExperimentName,
  listExperiments,
  MAX_LAB_EXPERIMENTS,
  MAX_LAB_PROGRAM_CHARS,
  MAX_PROGRAM_FILE_BYTES,
  programFileName,
  programFromFile,
  type ExperimentChange,
  type LabExperiment,
} from '../../model/lab-experiments.js';
import { el, markInvalid, replaceChildren, uniqueId } from '../dom.js';
import type { ExportFile, ExportOutcome } from '../file-export.js';

/**
 *  [Examples ▾] [Open the example]  [Save my experiment]  [My experiments]  [Load a file]  [Save as a file]
 *  ┌ the one open part: a question, the name to save under, or the list of experiments ┐
 *  what just happened (a polite live region)
 *
 * The bar above the Lab's editor. It asks before a program with unsaved work is replaced, and says
 * what happened in words; the scene keeps the experiments in the profile and the editor's text.
 */
export interface LabProgramBarHandlers {
  /** The program in the editor now. */
  program(): string;
  /** Whether replacing the editor's program now would lose work the kid kept nowhere. */
  hasUnsavedWork(): boolean;
  /** Puts a program in the editor: an example, a file (`opened` null) or a saved experiment. */
  putProgram(source: string, opened: LabExperiment | null): void;
  experiments(): readonly LabExperiment[];
  /** The experiment the editor's program was opened from or last saved as, or null. */
  opened(): LabExperiment | null;
  saveExperiment(name: string): Promise<ExperimentChange>;
  renameExperiment(id: string, name: string): Promise<ExperimentChange>;
  deleteExperiment(id: string): Promise<void>;
  exportProgram(file: ExportFile): Promise<ExportOutcome>;
}

export interface LabProgramBar {
  readonly element: HTMLElement;
  /** A kiosk (or a guest) has no file buttons: a file dialog would open the host's disk to strangers. */
  setFilesAllowed(allowed: boolean): void;
}

type Opener = HTMLElement;

export function createLabProgramBar(words: Translator, handlers: LabProgramBarHandlers): LabProgramBar {
  const t = (key: string, params: Record<string, string | number> = {}) => words.say(`lab.programs.${key}`, params);
  const status = el('p', { className: 'lab-program-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  let sayLater = 0;
  const say = (text: string) => {
    // emptied first, so the same words said twice (two cancelled saves) are announced twice
    status.textContent = '';
    window.clearTimeout(sayLater);
    sayLater = window.setTimeout(() => {
      status.textContent = text;
    }, 50);
  };
  const part = el('div', { className: 'lab-program-part', attrs: { hidden: true } });
  let openedBy: Opener | null = null;
  const closePart = (focusBack = true) => {
    part.hidden = true;
    part.replaceChildren();
    listButton.setAttribute('aria-expanded', 'false');
    if (focusBack) openedBy?.focus();
    openedBy = null;
  };
  const openPart = (by: Opener, children: (Node | null)[], focus: HTMLElement | null) => {
    openedBy = by;
    listButton.setAttribute('aria-expanded', String(by === listButton));
    replaceChildren(part, children);
    part.hidden = false;
    focus?.focus();
  };
  const button = (text: string, onClick: () => void, attrs: Record<string, string> = {}) =>
    el('button', { className: 'button button-small', text, attrs: { type: 'button', ...attrs }, on: { click: onClick } });

  /** Asks before replacing unsaved work; the safe answer has focus, as a slip of Enter keeps the program. */
  const replaceAsking = (by: Opener, question: string, yes: string, replace: () => void) => {
    if (!handlers.hasUnsavedWork()) {
      closePart(false);
      replace();
      return;
    }
    const keep = button(t('examples.cancel'), () => {
      closePart();
      say(t('examples.kept'));
    });
    openPart(
      by,
      [
        el('p', { className: 'lab-program-question', text: question, attrs: { role: 'alert' } }),
        el('div', { className: 'lab-program-actions' }, [
          button(yes, () => {
            // back to the button that asked, so the keyboard is where the kid was
            closePart();
            replace();
          }),
          keep,
        ]),
      ],
      keep,
    );
  };

  // the examples
  const selectId = uniqueId('lab-examples');
  const select = el(
    'select',
    { className: 'lab-program-select', attrs: { id: selectId } },
    LAB_EXAMPLES.map((example) => el('option', { text: t(`examples.${example.id}.title`), attrs: { value: example.id } })),
  );
  const openExample = button(t('examples.open'), () => {
    const example = LAB_EXAMPLES.find((each) => each.id === select.value) ?? LAB_EXAMPLES[0]!;
    const title = t(`examples.${example.id}.title`);
    replaceAsking(openExample, t('examples.replace-question', { title }), t('examples.replace-yes'), () => {
      handlers.putProgram(labExampleSource(example, words), null);
      say(t('examples.opened', { title, look: t(`examples.${example.id}.look`) }));
    });
  });

  // save my experiment
  const problemText = (change: Extract<ExperimentChange, { ok: false }>) => words.say(change.problem, change.params);
  const saveButton = button(t('saved.save'), () => {
    const opened = handlers.opened();
    const program = handlers.program();
    const inputId = uniqueId('lab-save-name');
    const errorId = uniqueId('lab-save-error');
    const name = opened?.name ?? defaultExperimentName(program, handlers.experiments(), (n) => t('saved.numbered', { n }));
    const input = el('input', {
      className: 'text-input lab-program-input',
      attrs: { id: inputId, type: 'text', value: name, autocomplete: 'off', spellcheck: 'false', 'aria-describedby': errorId },
    });
    const error = el('p', { className: 'field-error', attrs: { id: errorId, 'aria-live': 'polite' } });
    const form = el(
      'form',
      {
        className: 'lab-program-form',
        attrs: { novalidate: true },
        on: {
          submit: (event) => {
            event.preventDefault();
            void handlers.saveExperiment(input.value).then((change) => {
              if (!change.ok) {
                error.textContent = problemText(change);
                markInvalid(input, true);
                input.focus();
                return;
              }
              const updated = opened !== null && change.experiment.id === opened.id;
              closePart();
              say(t(updated ? 'saved.updated' : 'saved.done', { name: change.experiment.name }));
            });
          },
        },
      },
      [
        el('label', { className: 'field-label', text: t('saved.name-label'), attrs: { for: inputId } }),
        input,
        error,
        el('div', { className: 'lab-program-actions' }, [
          el('button', { className: 'button button-small button-primary', text: t('saved.save-yes'), attrs: { type: 'submit' } }),
          button(t('saved.cancel'), () => closePart()),
        ]),
      ],
    );
    openPart(saveButton, [form], input);
    input.select();
  });

  // my experiments
  const listHeadingId = uniqueId('lab-experiments-heading');
  const listButton = button(t('saved.list'), () => (openedBy === listButton ? closePart() : showList()), { 'aria-expanded': 'false' });
  const showList = (focusKey: string | null = null) => {
    const experiments = listExperiments(handlers.experiments());
    const items = experiments.map((experiment) => experimentItem(experiment));
    const close = button(t('saved.list-close'), () => closePart());
    openPart(
      listButton,
      [
        el('h3', { className: 'lab-program-heading', text: t('saved.list'), attrs: { id: listHeadingId } }),
        el('p', { className: 'lab-program-count', text: t('saved.list-count', { count: experiments.length, max: MAX_LAB_EXPERIMENTS }) }),
        items.length > 0 ? el('ul', { className: 'lab-experiments', attrs: { 'aria-labelledby': listHeadingId } }, items) : null,
        close,
      ],
      null,
    );
    const focus = focusKey === null ? null : part.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focusKey)}"]`);
    (focus ?? items[0]?.querySelector('button') ?? close).focus();
  };
  const experimentItem = (experiment: LabExperiment): HTMLLIElement => {
    const item = el('li', { className: 'lab-experiment' });
    const showButtons = () => {
      replaceChildren(item, [
        el('span', { className: 'lab-experiment-name', text: experiment.name }),
        el('span', { className: 'lab-experiment-when', text: t('saved.saved-on', { when: words.moment(new Date(experiment.savedAt)) }) }),
        el('span', { className: 'lab-program-actions' }, [
          button(t('saved.open'), () => openExperiment(experiment), {
            'aria-label': t('saved.open-label', { name: experiment.name }),
            'data-focus-key': `open:${experiment.id}`,
          }),
          button(t('saved.rename'), showRename, {
            'aria-label': t('saved.rename-label', { name: experiment.name }),
            'data-focus-key': `rename:${experiment.id}`,
          }),
          button(t('saved.delete'), showDelete, {
            'aria-label': t('saved.delete-label', { name: experiment.name }),
            'data-focus-key': `delete:${experiment.id}`,
          }),
        ]),
      ]);
    };
    const showRename = () => {
      const inputId = uniqueId('lab-rename');
      const errorId = uniqueId('lab-rename-error');
      const input = el('input', {
        className: 'text-input lab-program-input',
        attrs: { id: inputId, type: 'text', value: experiment.name, autocomplete: 'off', spellcheck: 'false', 'aria-describedby': errorId },
      });
      const error = el('p', { className: 'field-error', attrs: { id: errorId, 'aria-live': 'polite' } });
      const form = el(
        'form',
        {
          className: 'lab-program-form',
          attrs: { novalidate: true },
          on: {
            submit: (event) => {
              event.preventDefault();
              void handlers.renameExperiment(experiment.id, input.value).then((change) => {
                if (!change.ok) {
                  error.textContent = problemText(change);
                  markInvalid(input, true);
                  input.focus();
                  return;
                }
                say(t('saved.renamed', { name: change.experiment.name }));
                showList(`rename:${experiment.id}`);
              });
            },
          },
        },
        [
          el('label', { className: 'field-label', text: t('saved.rename-field', { name: experiment.name }), attrs: { for: inputId } }),
          input,
          error,
          el('div', { className: 'lab-program-actions' }, [
            el('button', { className: 'button button-small button-primary', text: t('saved.rename-yes'), attrs: { type: 'submit' } }),
            button(t('saved.cancel'), () => showList(`rename:${experiment.id}`)),
          ]),
        ],
      );
      replaceChildren(item, [form]);
      input.focus();
      input.select();
    };
    const showDelete = () => {
      const keep = button(t('saved.cancel'), () => showList(`delete:${experiment.id}`));
      replaceChildren(item, [
        el('p', {
          className: 'lab-program-question',
          text: t('saved.delete-question', { name: experiment.name }),
          attrs: { role: 'alert' },
        }),
        el('span', { className: 'lab-program-actions' }, [
          button(t('saved.delete-yes'), () => {
            void handlers.deleteExperiment(experiment.id).then(() => {
              say(t('saved.deleted', { name: experiment.name }));
              showList();
            });
          }),
          keep,
        ]),
      ]);
      keep.focus();
    };
    showButtons();
    return item;
  };
  // the question takes the list's place, so "keep my program" goes back to the list's button
  const openExperiment = (experiment: LabExperiment) => {
    replaceAsking(listButton, t('saved.open-question', { name: experiment.name }), t('saved.open-yes'), () => {
      handlers.putProgram(experiment.source, experiment);
      say(t('saved.opened', { name: experiment.name }));
      listButton.focus();
    });
  };

  // files: load a .py, save as a .py
  // the browser's own file picker, opened by the labelled button (a hidden input still opens it)
  const fileInput = el('input', { attrs: { type: 'file', accept: '.py,text/x-python', hidden: true } });
  const loadButton = button(t('file.load'), () => fileInput.click());
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    const params = { file: file.name, max: MAX_LAB_PROGRAM_CHARS };
    if (file.size > MAX_PROGRAM_FILE_BYTES) {
      say(t('file.too-big', params));
      return;
    }
    file.text().then(
      (text) => {
        const read = programFromFile(text);
        if (!read.ok) {
          say(words.say(read.problem, params));
          return;
        }
        replaceAsking(loadButton, t('file.load-question', params), t('examples.replace-yes'), () => {
          handlers.putProgram(read.source, null);
          say(t('file.loaded', params));
        });
      },
      () => say(t('file.read-failed', params)),
    );
  });
  const saveFileButton = button(t('file.save-as'), () => {
    const program = handlers.program();
    const name = handlers.opened()?.name ?? defaultExperimentName(program, [], (n) => t('saved.numbered', { n }));
    const fileName = programFileName(name, 'pyland-program');
    void handlers
      .exportProgram({ kind: 'lab-program', suggestedName: fileName, text: program, mimeType: 'text/x-python' })
      .then((outcome) => {
        if (outcome.outcome === 'downloaded') say(t('file.downloaded', { file: outcome.fileName }));
        else if (outcome.outcome === 'saved') say(t('file.saved', { file: outcome.fileName }));
        else if (outcome.outcome === 'cancelled') say(t('file.cancelled'));
        else {
          // the shell's own reason when the catalogue has it (a kiosk's), else the general one
          const reason = outcome.problem === null ? null : words.say(outcome.problem);
          say(reason === null || reason.startsWith('[') ? t('file.failed') : reason);
        }
      });
  });
  const files = el('span', { className: 'lab-program-files', attrs: { hidden: true } }, [loadButton, fileInput, saveFileButton]);

  const element = el('div', { className: 'lab-program-bar', attrs: { role: 'group', 'aria-label': t('bar-label') } }, [
    // two short rows, so the editor keeps its room: where to start from, then what to keep
    el('div', { className: 'lab-program-row' }, [
      el('label', { className: 'lab-program-label', text: t('examples.label'), attrs: { for: selectId } }),
      select,
      openExample,
    ]),
    el('div', { className: 'lab-program-row' }, [saveButton, listButton, files]),
    part,
    status,
  ]);
  element.addEventListener('keydown', (event) => {
    // Esc closes the open part, back to the button that opened it
    if (event.key === 'Escape' && !part.hidden && part.contains(event.target as Node)) {
      event.preventDefault();
      event.stopPropagation();
      closePart();
    }
  });

  return {
    element,
    setFilesAllowed(allowed) {
      files.hidden = !allowed;
    },
  };
}
