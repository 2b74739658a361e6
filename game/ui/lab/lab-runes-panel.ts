import type { CastResult } from '../../../contracts/cast-protocol.js';
import './lab-runes-panel.css';
import { el, replaceChildren, uniqueId } from '../dom.js';
import { showPythonButtonState } from '../python-button.js';
import type { LabPanel, LabPanelContext, LabRunState } from './lab-panels.js';
import {
  chosenFunction,
  labRuneRows,
  labRunesEnding,
  labRunesHeading,
  labRunesOption,
  labRunesReading,
  labRunesSummary,
  nextRowIndex,
  type LabRuneRow,
  type LabRunesReading,
  type RunesWords,
} from './lab-runes-rows.js';

/** The checker of this view (python-runtime/lab/runes.py). */
export const LAB_RUNES_ID = 'lab/runes';
const KEPT = 'lab-runes';

/** What the view keeps across a redraw of the Lab (LabPanelContext.kept). */
interface KeptRunes {
  program: string;
  result: CastResult | null;
  chosen: { name: string; line: number } | null;
}

/**
 *  Runes
 *  what this view shows (one sentence)                    [Read the runes again]
 *  how the run ended (an error, stopped), when it did not end well
 *  Function [select: The program itself / add, line 1: 1 rune sped up / …]
 *  add, from line 1 · what warmed up
 *  Line │ As Python wrote them           │ After your program ran
 *   2   │ BINARY_OP +                    │ [sped up] BINARY_OP_ADD_INT +
 *   3   │ LOAD_SMALL_INT 42              │ LOAD_SMALL_INT 42
 *       │ Worked out … from 6 * 7        │
 * The program it reads is the one last Run (shown / programRan), cast through lab/runes once per
 * Run while the tab is open; a row that gets the focus lights its line in the editor.
 */
export function createLabRunesPanel(context: LabPanelContext): LabPanel {
  const { words } = context;
  const kept = (): KeptRunes | undefined => context.kept.get(KEPT) as KeptRunes | undefined;

  const buttonLabel = el('span', { text: words.t('lab.runes.read-again') });
  const readButton = el(
    'button',
    {
      className: 'button button-small lab-runes-read',
      attrs: { type: 'button', 'aria-disabled': 'true' },
      on: { click: () => readAgain() },
    },
    [buttonLabel],
  );
  const status = el('p', { className: 'lab-runes-status' });
  const body = el('div', { className: 'lab-runes-body' });
  const element = el('section', { className: 'lab-runes' }, [
    el('div', { className: 'lab-runes-top' }, [
      el('p', { className: 'lab-runes-sentence', text: words.t('lab.runes.sentence') }),
      readButton,
    ]),
    status,
    body,
  ]);

  let program: string | null = null;
  let runState: LabRunState = 'waiting';
  let reading: string | null = null; // the program being read now
  let token = 0; // a newer read (or destroy) makes an older read's result stale
  let gone = false;
  let drawn: CastResult | null = null; // the reading on the page now

  const say = (message: RunesWords) => words.t(message.key, message.params);
  const visible = () => element.isConnected && element.closest('[hidden]') === null;
  const showButton = () => {
    const state = reading !== null || runState === 'running' ? 'busy' : runState;
    showPythonButtonState(words, readButton, buttonLabel, program === null ? 'waiting' : state, {
      ready: 'lab.runes.read-again',
      busy: 'lab.runes.reading-button',
      dataState: reading !== null ? 'reading' : runState,
    });
    if (program === null) buttonLabel.textContent = words.t('lab.runes.read-again');
  };
  const showStatus = (text: string | null) => {
    status.textContent = text ?? '';
    status.hidden = text === null;
  };

  const read = async (source: string) => {
    const mine = ++token;
    reading = source;
    showButton();
    showStatus(words.t('lab.runes.reading'));
    replaceChildren(body, []);
    drawn = null;
    const result = await context.cast(LAB_RUNES_ID, source);
    if (mine !== token || gone) return;
    reading = null;
    showButton();
    const before = kept();
    context.kept.set(KEPT, { program: source, result, chosen: before?.chosen ?? null });
    draw(true);
  };
  const readAgain = () => {
    if (program === null || reading !== null || runState !== 'ready') return;
    void read(program);
  };

  /** The last reading, drawn; `fresh`: it just arrived (then it is announced). */
  const draw = (fresh: boolean) => {
    const now = kept();
    if (now?.result == null) return;
    const result = now.result;
    drawn = result;
    const readingNow = labRunesReading(result);
    const ending = labRunesEnding(readingNow);
    if (readingNow.kind === 'refused') {
      const why = result.error ? words.say(result.error.explanation.key, result.error.explanation.params) : null;
      showStatus(ending === null ? null : say(ending));
      replaceChildren(body, why === null ? [] : [el('p', { className: 'lab-runes-why', text: why })]);
      if (fresh) context.announce(say(ending!));
      return;
    }
    showStatus(ending === null ? null : say(ending));
    drawReading(readingNow, now);
    const error = readingNow.scene.error;
    if (error !== null)
      body.prepend(el('p', { className: 'lab-runes-why', text: words.say(error.explanation.key, error.explanation.params) }));
    if (fresh) {
      const count = readingNow.scene.functions.filter((fn) => !fn.program).length + readingNow.scene.more;
      context.announce([ending === null ? null : say(ending), words.t('lab.runes.announce-read', { count })].filter(Boolean).join(' '));
    }
  };

  const drawReading = (found: Extract<LabRunesReading, { kind: 'read' }>, now: KeptRunes) => {
    const { scene } = found;
    const at = chosenFunction(scene, now.chosen);
    const selectId = uniqueId('lab-runes-function');
    const select = el(
      'select',
      { className: 'language-select lab-runes-select', attrs: { id: selectId } },
      scene.functions.map((fn, index) => el('option', { text: say(labRunesOption(fn)), attrs: { value: index, selected: index === at } })),
    );
    const shownFunction = el('div', { className: 'lab-runes-function' });
    select.addEventListener('change', () => {
      const index = Number(select.value);
      const fn = scene.functions[index];
      if (fn === undefined) return;
      now.chosen = { name: fn.name, line: fn.line };
      drawFunction(shownFunction, index, found);
      context.announce(`${say(labRunesHeading(fn))}. ${say(labRunesSummary(fn))}`);
    });
    replaceChildren(body, [
      el('div', { className: 'lab-runes-pick' }, [
        el('label', { text: words.t('lab.runes.function-label'), attrs: { for: selectId } }),
        select,
      ]),
      scene.more > 0 ? el('p', { className: 'lab-runes-more', text: words.t('lab.runes.more-functions', { count: scene.more }) }) : null,
      shownFunction,
    ]);
    drawFunction(shownFunction, at, found);
  };

  const drawFunction = (host: HTMLElement, index: number, found: Extract<LabRunesReading, { kind: 'read' }>) => {
    const fn = found.scene.functions[index]!;
    const headingId = uniqueId('lab-runes-heading');
    const helpId = uniqueId('lab-runes-help');
    const rows = labRuneRows(fn);
    const rowElements = rows.map((row) => rowElement(row));
    let active = 0;
    const focusRow = (at: number) => {
      rowElements.forEach((each, n) => (each.tabIndex = n === at ? 0 : -1));
      active = at;
      rowElements[at]?.focus();
    };
    rowElements.forEach((row, n) => {
      row.tabIndex = n === 0 ? 0 : -1;
      row.addEventListener('focus', () => {
        rowElements.forEach((each, m) => (each.tabIndex = m === n ? 0 : -1));
        active = n;
        context.markLine(rows[n]!.line);
      });
      row.addEventListener('click', () => focusRow(n));
    });
    const tbody = el('tbody', {}, rowElements);
    tbody.addEventListener('keydown', (event) => {
      const next = nextRowIndex(active, event.key, rowElements.length);
      if (next === null) return;
      event.preventDefault();
      focusRow(next);
    });
    replaceChildren(host, [
      el('h3', { className: 'lab-runes-heading', text: say(labRunesHeading(fn)), attrs: { id: headingId } }),
      el('p', { className: 'lab-runes-summary', text: say(labRunesSummary(fn)), attrs: { 'data-ran': String(fn.ran) } }),
      el('p', { className: 'lab-runes-help', text: words.t('lab.runes.rows-help'), attrs: { id: helpId } }),
      el('table', { className: 'lab-runes-table', attrs: { 'aria-labelledby': headingId, 'aria-describedby': helpId } }, [
        el('thead', {}, [
          el('tr', {}, [
            el('th', { text: words.t('lab.runes.col-line'), attrs: { scope: 'col' } }),
            el('th', { text: words.t('lab.runes.col-before'), attrs: { scope: 'col' } }),
            el('th', { text: words.t('lab.runes.col-after'), attrs: { scope: 'col' } }),
          ]),
        ]),
        tbody,
      ]),
      fn.more > 0 ? el('p', { className: 'lab-runes-more', text: words.t('lab.runes.more-runes', { count: fn.more }) }) : null,
    ]);
  };

  const rowElement = (row: LabRuneRow): HTMLTableRowElement => {
    const line = row.line === null ? words.t('lab.runes.row-no-line') : words.t('lab.runes.row-line', { line: row.line });
    const folded = row.folded === null ? null : say(row.folded);
    const badge = row.badge === null ? null : say(row.badge);
    const label = [`${line}: ${row.before}`, folded, badge ?? words.t('lab.runes.row-same')].filter(Boolean).join('. ');
    return el(
      'tr',
      { className: 'lab-runes-row', attrs: { 'data-change': row.change, 'data-folded': String(row.folded !== null), 'aria-label': label } },
      [
        el('td', { className: 'lab-runes-line', text: row.line === null ? '' : String(row.line) }),
        el('td', {}, [
          el('code', { text: row.before }),
          folded === null ? null : el('span', { className: 'lab-runes-folded', text: folded }),
        ]),
        el('td', {}, [
          row.change === 'same'
            ? null
            : el('span', {
                className: 'lab-runes-badge',
                text: words.t(row.change === 'first-run' ? 'lab.runes.badge-first' : 'lab.runes.badge-sped'),
                attrs: { 'data-change': row.change },
              }),
          el('code', { text: row.after }),
        ]),
      ],
    );
  };

  showButton();
  showStatus(null);

  return {
    label: words.t('lab.runes.tab'),
    element,
    shown(ran) {
      program = ran;
      showButton();
      if (ran === null) {
        showStatus(words.t('lab.runes.run-first'));
        replaceChildren(body, []);
        return;
      }
      const before = kept();
      if (before?.program === ran && before.result !== null) {
        if (drawn !== before.result) draw(false);
        return;
      }
      if (reading !== ran) void read(ran);
    },
    programRan(ran) {
      program = ran;
      const before = kept();
      // the choice of function stays (by name and line); the runes belong to the old program
      context.kept.set(KEPT, { program: ran, result: null, chosen: before?.chosen ?? null });
      token++;
      reading = null;
      showButton();
      if (visible()) void read(ran);
    },
    setRunState(state) {
      runState = state;
      showButton();
    },
    destroy() {
      gone = true;
      token++;
    },
  };
}
