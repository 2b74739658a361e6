import {
  cursorLineEnd,
  cursorLineStart,
  defaultKeymap,
  history,
  historyKeymap,
  indentWithTab,
  selectLineEnd,
  selectLineStart,
} from '@codemirror/commands';
import { python } from '@codemirror/lang-python';
import { bracketMatching, HighlightStyle, indentOnInput, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { EditorState, Prec, StateEffect, StateField, type Extension } from '@codemirror/state';
import {
  Decoration,
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
  ViewPlugin,
  type DecorationSet,
  type ViewUpdate,
} from '@codemirror/view';
// @lezer/highlight comes with @codemirror/language (it defines the tags every language uses)
import { tags } from '@lezer/highlight';

/**
 * The spell editor: CodeMirror 6 with Python highlighting, line numbers and a high-contrast
 * theme. Tab indents (Python needs it); Esc then Tab leaves the editor, which is CodeMirror's
 * own way out of its focus trap, and the editor's description tells keyboard users so.
 * Ctrl+Enter (Cmd+Enter on a Mac) casts.
 */
export interface CodeEditor {
  readonly view: EditorView;
  text(): string;
  setText(text: string): void;
  /** Marks a line of the spell as the one Python stopped at (1-based), or clears the mark. */
  /** Marks the line Python complained about (and, given, the construct on it: a column, 1-based, and a length). */
  markErrorLine(line: number | null, column?: number, length?: number): void;
  /** Marks the line a replay step ran (1-based), scrolled into view, or clears the mark. */
  markRunLine(line: number | null): void;
  focus(): void;
  destroy(): void;
}

export interface CodeEditorOptions {
  parent: HTMLElement;
  doc: string;
  /** id of the visible label element. */
  labelledBy: string;
  /** id of the help text (how to cast, how to leave). */
  describedBy: string;
  onCast: () => void;
}

const setErrorLine = StateEffect.define<number | null>();

const errorLineDecoration = Decoration.line({ class: 'cm-spell-error-line' });

/** The construct a lesson does not allow, underlined on its line; cleared as soon as the kid edits. */
const setErrorMark = StateEffect.define<{ from: number; to: number } | null>();
const errorMarkDecoration = Decoration.mark({ class: 'cm-spell-error-mark' });
const errorMarkField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(decorations, transaction) {
    let next = transaction.docChanged ? Decoration.none : decorations.map(transaction.changes);
    for (const effect of transaction.effects) {
      if (effect.is(setErrorMark))
        next = effect.value === null ? Decoration.none : Decoration.set([errorMarkDecoration.range(effect.value.from, effect.value.to)]);
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

/** The line Python complained about; cleared as soon as the kid edits the spell. */
const errorLineField = lineMarkField(setErrorLine, errorLineDecoration);

/** The line a replay step ran (the stage's "step by step"); cleared as soon as the kid edits. */
const setRunLine = StateEffect.define<number | null>();
const runLineField = lineMarkField(setRunLine, Decoration.line({ class: 'cm-spell-run-line' }));

/** One marked line of the spell, set by `effectType`, gone at the first edit. */
function lineMarkField(effectType: typeof setErrorLine, decoration: Decoration) {
  return StateField.define<DecorationSet>({
    create: () => Decoration.none,
    update(decorations, transaction) {
      let next = transaction.docChanged ? Decoration.none : decorations.map(transaction.changes);
      for (const effect of transaction.effects) {
        if (!effect.is(effectType)) continue;
        const line = effect.value;
        if (line === null || line < 1 || line > transaction.state.doc.lines) {
          next = Decoration.none;
        } else {
          next = Decoration.set([decoration.range(transaction.state.doc.line(line).from)]);
        }
      }
      return next;
    },
    provide: (field) => EditorView.decorations.from(field),
  });
}

/** How much further than its own indentation a wrapped line's continuation starts, in characters. */
const WRAP_HANG_CH = 4;

/** The hanging indent of a line that starts with `spaces` characters of indentation. */
export function hangingIndentStyle(spaces: number): string {
  const hang = spaces + WRAP_HANG_CH;
  return `padding-left: calc(6px + ${hang}ch); text-indent: -${hang}ch`;
}

/** Leading spaces and tabs of a line, counted as columns (a tab is 4). */
export function indentColumns(text: string): number {
  let columns = 0;
  for (const char of text) {
    if (char === ' ') columns += 1;
    else if (char === '\t') columns += 4 - (columns % 4);
    else break;
  }
  return columns;
}

/**
 * A long line wraps with a hanging indent: its continuation starts under its code and a little
 * further in, so a wrap never looks like a dedent (which in Python means something else).
 * Only the visible lines are decorated, again whenever the text or the view changes.
 */
const hangingIndent = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = this.build(view);
    }
    update(update: ViewUpdate): void {
      if (update.docChanged || update.viewportChanged) this.decorations = this.build(update.view);
    }
    build(view: EditorView): DecorationSet {
      const ranges = [];
      for (const { from, to } of view.visibleRanges) {
        for (let position = from; position <= to;) {
          const line = view.state.doc.lineAt(position);
          const style = hangingIndentStyle(indentColumns(line.text));
          ranges.push(Decoration.line({ attributes: { style } }).range(line.from));
          position = line.to + 1;
        }
      }
      return Decoration.set(ranges);
    }
  },
  { decorations: (plugin) => plugin.decorations },
);

/** Bright colours on a dark night sky, all well above 7:1 contrast. */
const spellHighlight = HighlightStyle.define([
  { tag: tags.keyword, color: '#ff9de2', fontWeight: 'bold' },
  { tag: [tags.string, tags.special(tags.string)], color: '#a7f3a0' },
  { tag: [tags.number, tags.bool, tags.null], color: '#ffd166' },
  { tag: tags.comment, color: '#c4bfe8', fontStyle: 'italic' },
  { tag: [tags.function(tags.variableName), tags.function(tags.propertyName)], color: '#7dd3fc' },
  { tag: tags.standard(tags.variableName), color: '#7dd3fc' },
  { tag: [tags.className, tags.definition(tags.className)], color: '#ffd166' },
  { tag: [tags.operator, tags.punctuation, tags.bracket], color: '#ffcf99' },
  { tag: [tags.variableName, tags.propertyName], color: '#f8f7ff' },
  { tag: tags.invalid, color: '#ff8a80', textDecoration: 'underline wavy' },
]);

const spellTheme = EditorView.theme(
  {
    '&': {
      color: '#f8f7ff',
      backgroundColor: '#0d0a24',
      fontSize: '19px',
      height: '100%',
      borderRadius: '12px',
    },
    '&.cm-focused': { outline: 'none' },
    '.cm-scroller': {
      fontFamily: '"DejaVu Sans Mono", "Cascadia Mono", Consolas, monospace',
      // 1.42: twelve lines and more fit a 1280 x 800 lesson (roomy-lesson.spec.ts), still airy
      lineHeight: '1.42',
    },
    '.cm-content': { caretColor: '#ffd166', padding: '10px 0' },
    '.cm-cursor, .cm-dropCursor': { borderLeftColor: '#ffd166', borderLeftWidth: '3px' },
    '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, ::selection': {
      backgroundColor: '#4b3c96 !important',
    },
    '.cm-activeLine': { backgroundColor: 'rgba(255, 255, 255, 0.06)' },
    '.cm-gutters': {
      backgroundColor: '#0d0a24',
      color: '#b7b1e3',
      border: 'none',
      borderRight: '1px solid #3a2f77',
      borderRadius: '12px 0 0 12px',
    },
    '.cm-activeLineGutter': { backgroundColor: 'rgba(255, 209, 102, 0.16)', color: '#ffd166' },
    '.cm-lineNumbers .cm-gutterElement': { padding: '0 10px 0 12px', minWidth: '2.5ch' },
    '.cm-matchingBracket': { backgroundColor: 'rgba(125, 211, 252, 0.25)', outline: '1px solid #7dd3fc' },
    '.cm-spell-error-line': {
      backgroundColor: 'rgba(255, 138, 128, 0.22)',
      boxShadow: 'inset 4px 0 0 #ff8a80',
    },
    '.cm-spell-error-mark': {
      textDecoration: 'underline wavy #ff8a80',
      textUnderlineOffset: '4px',
      backgroundColor: 'rgba(255, 138, 128, 0.28)',
      borderRadius: '3px',
    },
    '.cm-spell-run-line': {
      backgroundColor: 'rgba(125, 211, 252, 0.2)',
      boxShadow: 'inset 4px 0 0 #7dd3fc',
    },
  },
  { dark: true },
);

export function createCodeEditor(options: CodeEditorOptions): CodeEditor {
  const extensions: Extension[] = [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightSpecialChars(),
    history(),
    drawSelection(),
    indentOnInput(),
    indentUnit.of('    '),
    EditorState.tabSize.of(4),
    bracketMatching(),
    highlightActiveLine(),
    python(),
    // long lines wrap instead of scrolling sideways: nothing of the spell is ever hidden
    EditorView.lineWrapping,
    hangingIndent,
    syntaxHighlighting(spellHighlight),
    spellTheme,
    errorLineField,
    errorMarkField,
    runLineField,
    // before the default keymap, which uses Mod-Enter for "insert blank line"
    Prec.highest(
      keymap.of([
        // Home and End act on the whole line, not the visual piece of a wrapped one
        { key: 'Home', run: cursorLineStart, shift: selectLineStart },
        { key: 'End', run: cursorLineEnd, shift: selectLineEnd },
        {
          key: 'Mod-Enter',
          run: () => {
            options.onCast();
            return true;
          },
        },
      ]),
    ),
    keymap.of([indentWithTab, ...defaultKeymap, ...historyKeymap]),
    EditorView.contentAttributes.of({
      'aria-labelledby': options.labelledBy,
      'aria-describedby': options.describedBy,
      // contenteditable is in the tab order already; saying so lets checkers (axe) see that the
      // scrolling box around it can be reached by keyboard
      tabindex: '0',
      // kids' code: no spell-checker squiggles or auto-capitalised names
      spellcheck: 'false',
      autocapitalize: 'off',
      autocorrect: 'off',
      translate: 'no',
    }),
  ];
  const view = new EditorView({
    parent: options.parent,
    state: EditorState.create({ doc: options.doc, extensions }),
  });
  return {
    view,
    text: () => view.state.doc.toString(),
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, effects: setErrorLine.of(null) });
    },
    markErrorLine(line, column, length) {
      const effects: StateEffect<unknown>[] = [setErrorLine.of(line), setErrorMark.of(null)];
      if (line !== null && line >= 1 && line <= view.state.doc.lines) {
        const text = view.state.doc.line(line);
        effects.push(EditorView.scrollIntoView(text.from, { y: 'center' }));
        if (column !== undefined && column >= 1 && column <= text.length) {
          const from = text.from + column - 1;
          effects.push(setErrorMark.of({ from, to: Math.min(text.to, from + Math.max(1, length ?? 1)) }));
        }
      }
      view.dispatch({ effects });
    },
    markRunLine(line) {
      const effects: StateEffect<unknown>[] = [setRunLine.of(line)];
      if (line !== null && line >= 1 && line <= view.state.doc.lines) {
        effects.push(EditorView.scrollIntoView(view.state.doc.line(line).from, { y: 'nearest' }));
      }
      view.dispatch({ effects });
    },
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  };
}
