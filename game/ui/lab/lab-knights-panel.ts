import type { CastOptions, CastResult, LabKnightsSceneData } from '../../../contracts/cast-protocol.js';
import './lab-knights-panel.css';
import { el, markInvalid, replaceChildren, uniqueId } from '../dom.js';
import { showPythonButtonState } from '../python-button.js';
import {
  cutWords,
  isCheckProblem,
  knightChoices,
  knightsVerdict,
  orderNote,
  startNote,
  problemWords,
  startingPair,
  stepAfterKey,
  stepWords,
  timelineRows,
  type KnightRow,
  type KnightsWords,
} from './lab-knights-timeline.js';
import type { LabPanel, LabPanelContext, LabRunState } from './lab-panels.js';

/** The checker of this view (python-runtime/lab/knights.py). */
export const LAB_KNIGHTS_ID = 'lab/knights';
const KEPT = 'lab-knights';

type Mode = 'gil' | 'anywhere';
type Asking = 'functions' | 'sample' | 'race';

/** What the view keeps across a redraw of the Lab (LabPanelContext.kept). */
interface KeptKnights {
  program: string | null;
  functions: CastResult | null;
  result: CastResult | null;
  pair: [string, string] | null;
  mode: Mode;
  invariant: string;
  step: number;
}

/**
 *  Knights
 *  what this view shows (one sentence)
 *  First knight [add() ▾]   Second knight [add() ▾]
 *  Who decides when the knights switch?  (•) Sir GIL  ( ) Anywhere        [Watch them run]
 *  What must be true at the end? [count == 2        ]          [Find an order that breaks it]
 *  the verdict sentence · K1 = Knight 1: add(), 9 runes, finished · K2 = …
 *  [← Back] Rune 5 of 18: knight 1 (add) ran LOAD_GLOBAL count on line 6. [Forward →]
 *  Your names after this rune: count = 1 (changed by this rune)
 *  │ K1 LOAD_GLOBAL count  line 6 read count │                                │
 *  │                                         │ K2 STORE_GLOBAL count  line 6  │
 * The program is the one last Run: its functions are asked for when the tab is shown after a Run.
 */
export function createLabKnightsPanel(context: LabPanelContext): LabPanel {
  const { words } = context;
  const say = (message: KnightsWords) => words.t(message.key, message.params);
  const state = (): KeptKnights => {
    let now = context.kept.get(KEPT) as KeptKnights | undefined;
    if (now === undefined) {
      now = { program: null, functions: null, result: null, pair: null, mode: 'gil', invariant: '', step: 0 };
      context.kept.set(KEPT, now);
    }
    return now;
  };

  const statusId = uniqueId('lab-knights-status');
  const status = el('p', { className: 'lab-knights-status', attrs: { id: statusId, 'aria-live': 'polite' } });
  const firstId = uniqueId('lab-knights-first');
  const secondId = uniqueId('lab-knights-second');
  const firstSelect = el('select', { className: 'language-select lab-knights-select', attrs: { id: firstId } });
  const secondSelect = el('select', { className: 'language-select lab-knights-select', attrs: { id: secondId } });
  const radioName = uniqueId('lab-knights-mode');
  const radio = (mode: Mode, key: 'lab.knights.mode-gil' | 'lab.knights.mode-anywhere') => {
    const id = uniqueId('lab-knights-mode');
    const input = el('input', { attrs: { type: 'radio', name: radioName, id, value: mode } });
    input.addEventListener('change', () => {
      if (input.checked) state().mode = mode;
    });
    return { input, row: el('div', { className: 'lab-knights-radio' }, [input, el('label', { text: words.t(key), attrs: { for: id } })]) };
  };
  const gilRadio = radio('gil', 'lab.knights.mode-gil');
  const anywhereRadio = radio('anywhere', 'lab.knights.mode-anywhere');
  const watchLabel = el('span', { text: words.t('lab.knights.watch') });
  const watchButton = el('button', { className: 'button button-small', attrs: { type: 'button' }, on: { click: () => ask('sample') } }, [
    watchLabel,
  ]);
  const checkId = uniqueId('lab-knights-check');
  const checkHelpId = uniqueId('lab-knights-check-help');
  const checkInput = el('input', {
    className: 'lab-knights-check',
    attrs: {
      id: checkId,
      type: 'text',
      spellcheck: 'false',
      autocomplete: 'off',
      placeholder: words.t('lab.knights.invariant-placeholder'),
      'aria-describedby': checkHelpId,
    },
  });
  checkInput.addEventListener('input', () => {
    state().invariant = checkInput.value;
    markInvalid(checkInput, false);
  });
  checkInput.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      ask('race');
    }
  });
  const findLabel = el('span', { text: words.t('lab.knights.find') });
  const findButton = el('button', { className: 'button button-small', attrs: { type: 'button' }, on: { click: () => ask('race') } }, [
    findLabel,
  ]);
  for (const select of [firstSelect, secondSelect]) select.addEventListener('change', () => rememberPair());

  const form = el('div', { className: 'lab-knights-form', attrs: { hidden: true } }, [
    el('div', { className: 'lab-knights-pickers' }, [
      el('div', { className: 'lab-knights-pick' }, [
        el('label', { text: words.t('lab.knights.first-knight'), attrs: { for: firstId } }),
        firstSelect,
      ]),
      el('div', { className: 'lab-knights-pick' }, [
        el('label', { text: words.t('lab.knights.second-knight'), attrs: { for: secondId } }),
        secondSelect,
      ]),
    ]),
    el('div', { className: 'lab-knights-row' }, [
      el('fieldset', { className: 'lab-knights-modes' }, [
        el('legend', { text: words.t('lab.knights.mode-legend') }),
        gilRadio.row,
        anywhereRadio.row,
      ]),
      watchButton,
    ]),
    el('div', { className: 'lab-knights-row' }, [
      el('div', { className: 'lab-knights-pick lab-knights-check-field' }, [
        el('label', { text: words.t('lab.knights.invariant-label'), attrs: { for: checkId } }),
        checkInput,
        el('p', { className: 'lab-knights-help', text: words.t('lab.knights.invariant-help'), attrs: { id: checkHelpId } }),
      ]),
      findButton,
    ]),
  ]);
  const result = el('div', { className: 'lab-knights-result' });
  const element = el('section', { className: 'lab-knights' }, [
    el('p', { className: 'lab-knights-intro', text: words.t('lab.knights.intro') }),
    form,
    status,
    result,
  ]);

  let runState: LabRunState = 'waiting';
  let asking: Asking | null = null;
  let token = 0; // a newer question (or destroy) makes an older answer stale
  let gone = false;

  const visible = () => element.isConnected && element.closest('[hidden]') === null;
  const showStatus = (text: string | null) => {
    status.textContent = text ?? '';
    status.hidden = text === null;
  };
  const showButtons = () => {
    const noPair = state().pair === null;
    const show = (button: HTMLButtonElement, label: HTMLElement, mine: Asking, ready: 'lab.knights.watch' | 'lab.knights.find') => {
      const busy = mine === 'sample' ? 'lab.knights.watching' : 'lab.knights.finding';
      // our other question is out: this button keeps its name; the Lab's Run is out: it waits for Python
      const python = asking === mine ? 'busy' : asking !== null ? 'ready' : runState === 'running' ? 'waiting' : runState;
      showPythonButtonState(words, button, label, python, { ready, busy, dataState: asking === mine ? 'asking' : runState });
      if (python === 'ready' && (asking !== null || noPair)) button.setAttribute('aria-disabled', 'true');
    };
    show(watchButton, watchLabel, 'sample', 'lab.knights.watch');
    show(findButton, findLabel, 'race', 'lab.knights.find');
  };
  const rememberPair = () => {
    if (firstSelect.value !== '' && secondSelect.value !== '') state().pair = [firstSelect.value, secondSelect.value];
  };

  const cast = async (what: Asking, options: CastOptions): Promise<CastResult | null> => {
    const program = state().program;
    if (program === null) return null;
    const mine = ++token;
    asking = what;
    showButtons();
    const answer = await context.cast(LAB_KNIGHTS_ID, program, options);
    if (mine !== token || gone) return null;
    asking = null;
    showButtons();
    return answer;
  };

  const askFunctions = async () => {
    showStatus(words.t('lab.knights.loading'));
    replaceChildren(result, []);
    const answer = await cast('functions', { ask: 'functions' });
    if (answer === null) return;
    state().functions = answer;
    drawFunctions(true);
  };

  const ask = (what: 'sample' | 'race') => {
    const now = state();
    if (asking !== null || runState !== 'ready' || now.pair === null) return;
    const options: CastOptions = { ask: what, threads: [...now.pair], mode: now.mode };
    if (what === 'sample') options['seed'] = Math.floor(Math.random() * 2 ** 31);
    else options['invariant'] = checkInput.value;
    showStatus(words.t(what === 'sample' ? 'lab.knights.watching' : 'lab.knights.finding'));
    void cast(what, options).then((answer) => {
      if (answer === null) return;
      now.result = answer;
      now.step = 0;
      drawResult(true);
    });
  };

  /** The scene of an answer, or what to say instead (the program failed, stopped, was refused). */
  const sceneOf = (answer: CastResult): LabKnightsSceneData | string => {
    if (answer.scene !== null && answer.scene.kind === 'lab-knights') return answer.scene as LabKnightsSceneData;
    if (answer.interrupted) return words.t('lab.knights.program-stopped');
    if (answer.error !== null) {
      return `${words.t('lab.knights.program-error')} ${words.say(answer.error.explanation.key, answer.error.explanation.params)}`;
    }
    return words.t('lab.knights.problem-other');
  };

  const drawFunctions = (fresh: boolean) => {
    const now = state();
    if (now.functions === null) return;
    const scene = sceneOf(now.functions);
    if (typeof scene === 'string') {
      form.hidden = true;
      now.pair = null;
      showStatus(scene);
      if (fresh) context.announce(scene);
      return;
    }
    const choices = knightChoices(scene);
    now.pair = startingPair(scene, now.pair);
    for (const [select, at] of [
      [firstSelect, 0],
      [secondSelect, 1],
    ] as const) {
      replaceChildren(
        select,
        choices.map((choice) =>
          el('option', {
            text: say(choice.label),
            attrs: { value: choice.name, disabled: !choice.runnable, selected: now.pair?.[at] === choice.name },
          }),
        ),
      );
    }
    gilRadio.input.checked = now.mode === 'gil';
    anywhereRadio.input.checked = now.mode === 'anywhere';
    checkInput.value = now.invariant;
    form.hidden = false;
    // no pair: no function at all, or only ones a knight cannot call (each needs something in its brackets)
    const none =
      now.pair !== null
        ? null
        : scene.functions.length === 0
          ? words.t('lab.knights.no-functions')
          : words.t('lab.knights.none-runnable', { names: scene.functions.map((fn) => `${fn.name}()`) });
    showStatus(none);
    showButtons();
    if (fresh && none !== null) context.announce(none);
    if (now.result !== null) drawResult(false);
  };

  const drawResult = (fresh: boolean) => {
    const now = state();
    if (now.result === null) return;
    const scene = sceneOf(now.result);
    markInvalid(checkInput, false);
    checkInput.setAttribute('aria-describedby', checkHelpId);
    if (typeof scene === 'string') {
      showStatus(scene);
      replaceChildren(result, []);
      if (fresh) context.announce(scene);
      return;
    }
    const problem = scene.problem === null ? null : say(problemWords(scene.problem));
    if (scene.problem !== null && isCheckProblem(scene.problem)) {
      markInvalid(checkInput, true);
      checkInput.setAttribute('aria-describedby', `${checkHelpId} ${statusId}`);
      if (fresh) {
        // the kid is taken back to the check, the characters it points at selected
        checkInput.focus();
        const from = Math.max(0, (scene.problem.column ?? 1) - 1);
        checkInput.setSelectionRange(from, from + Math.max(1, scene.problem.length ?? 1));
      }
    }
    const verdict = knightsVerdict(scene);
    const notes = [verdict, orderNote(scene), startNote(scene)].filter((words) => words !== null).map(say);
    const sentence = [problem, ...notes].filter((text) => text !== null).join(' ');
    showStatus(problem);
    if (fresh) context.announce(sentence);
    drawTimeline(scene, verdict === null ? null : notes.join(' '));
  };

  const drawTimeline = (scene: LabKnightsSceneData, sentence: string | null) => {
    const now = state();
    const rows = timelineRows(scene);
    if (rows.length === 0) {
      replaceChildren(result, []);
      return;
    }
    const cut = cutWords(scene);
    const stepStatus = el('p', { className: 'lab-knights-step-status', attrs: { 'aria-live': 'polite' } });
    const back = el('button', {
      className: 'button button-small',
      text: `← ${words.t('lab.knights.step-back')}`,
      attrs: { type: 'button' },
    });
    const forward = el('button', {
      className: 'button button-small',
      text: `${words.t('lab.knights.step-forward')} →`,
      attrs: { type: 'button' },
    });
    const globals = el('dl', { className: 'lab-knights-globals' });
    const globalsHeadingId = uniqueId('lab-knights-globals');
    const rowElements = rows.map((row) => rowElement(row, scene.knights.length));
    const timeline = el(
      'ol',
      { className: 'lab-knights-timeline', attrs: { 'aria-label': words.t('lab.knights.timeline-label') } },
      rowElements,
    );

    const show = (at: number, focusRow: boolean, scroll = true) => {
      const row = rows[at]!;
      now.step = at;
      rowElements.forEach((each, n) => {
        each.tabIndex = n === at ? 0 : -1;
        if (n === at) each.setAttribute('aria-current', 'step');
        else each.removeAttribute('aria-current');
      });
      back.setAttribute('aria-disabled', String(at <= 0));
      forward.setAttribute('aria-disabled', String(at >= rows.length - 1));
      stepStatus.textContent = say(stepWords(row, scene.stepsTotal, scene.knights));
      drawGlobals(globals, row);
      context.markLine(row.line);
      const target = rowElements[at]!;
      if (focusRow) target.focus();
      else if (scroll) target.scrollIntoView({ block: 'nearest' });
    };
    const move = (to: number, focusRow: boolean) => show(Math.max(0, Math.min(rows.length - 1, to)), focusRow);
    back.addEventListener('click', () => move(now.step - 1, false));
    forward.addEventListener('click', () => move(now.step + 1, false));
    const stepper = el(
      'div',
      { className: 'lab-knights-stepper', attrs: { role: 'group', 'aria-label': words.t('lab.knights.stepper-label') } },
      [back, stepStatus, forward],
    );
    stepper.addEventListener('keydown', (event) => {
      const to = stepAfterKey(event.key, now.step, rows.length);
      if (to === null || event.key === 'ArrowUp' || event.key === 'ArrowDown') return;
      event.preventDefault();
      move(to, false);
    });
    timeline.addEventListener('keydown', (event) => {
      const to = stepAfterKey(event.key, now.step, rows.length);
      if (to === null) return;
      event.preventDefault();
      move(to, true);
    });
    rowElements.forEach((row, n) => {
      row.addEventListener('focus', () => {
        if (now.step !== n) show(n, false);
      });
      row.addEventListener('click', () => move(n, true));
    });

    replaceChildren(result, [
      sentence === null ? null : el('p', { className: 'lab-knights-verdict', text: sentence }),
      el('h3', { className: 'lab-knights-heading', text: words.t('lab.knights.knights-heading') }),
      el(
        'ul',
        { className: 'lab-knights-legend' },
        scene.knights.map((knight, index) =>
          el('li', { attrs: { 'data-knight': index } }, [
            el('span', { className: 'lab-knights-badge', text: words.t('lab.knights.badge', { number: index + 1 }) }),
            ` ${words.t('lab.knights.knight', { number: index + 1, name: knight.name })}: `,
            words.t('lab.knights.knight-summary', { steps: knight.steps, status: knight.status, error: knight.error ?? '' }),
          ]),
        ),
      ),
      cut === null ? null : el('p', { className: 'lab-knights-cut', text: say(cut) }),
      stepper,
      el('div', { className: 'lab-knights-globals-box' }, [
        el('h3', { className: 'lab-knights-heading', text: words.t('lab.knights.globals-heading'), attrs: { id: globalsHeadingId } }),
        globals,
      ]),
      timeline,
    ]);
    globals.setAttribute('aria-labelledby', globalsHeadingId);
    // drawn anew: the page stays where the kid is (the button pressed keeps the focus)
    show(Math.min(now.step, rows.length - 1), false, false);
  };

  const drawGlobals = (host: HTMLElement, row: KnightRow) => {
    const names = Object.entries(row.globals);
    if (names.length === 0) {
      replaceChildren(host, [el('div', { className: 'lab-knights-globals-empty', text: words.t('lab.knights.globals-empty') })]);
      return;
    }
    replaceChildren(
      host,
      names.map(([name, value]) => {
        const changed = row.changed.includes(name);
        return el('div', { className: 'lab-knights-global', attrs: { 'data-changed': String(changed) } }, [
          el('dt', { text: name }),
          el('dd', {}, [
            el('code', { text: value }),
            changed ? el('span', { className: 'lab-knights-changed', text: ` (${words.t('lab.knights.changed')})` }) : null,
          ]),
        ]);
      }),
    );
  };

  const rowElement = (row: KnightRow, knights: number) => {
    const notes = [
      row.line === null ? null : words.t('lab.knights.line', { line: row.line }),
      row.reads.length > 0 ? words.t('lab.knights.reads', { names: row.reads }) : null,
      row.writes.length > 0 ? words.t('lab.knights.writes', { names: row.writes }) : null,
      row.waits ? words.t('lab.knights.waits') : null,
      row.lock === null ? null : words.t('lab.knights.lock-held', { knight: row.lock + 1 }),
    ].filter((note) => note !== null);
    const cell = el('div', { className: 'lab-knights-cell', attrs: { 'data-knight': row.thread } }, [
      el('span', { className: 'lab-knights-badge', text: words.t('lab.knights.badge', { number: row.thread + 1 }) }),
      el('code', { className: 'lab-knights-rune', text: row.arg === '' ? row.op : `${row.op} ${row.arg}` }),
      el('span', { className: 'lab-knights-notes', text: notes.join(' · ') }),
    ]);
    // one lane per knight: the rune stands in its knight's lane (colour, badge and place say who)
    const lanes = Array.from({ length: Math.max(knights, row.thread + 1) }, (_, lane) =>
      lane === row.thread ? cell : el('div', { className: 'lab-knights-lane-empty', attrs: { 'aria-hidden': 'true' } }),
    );
    return el(
      'li',
      { className: 'lab-knights-step', attrs: { tabindex: -1, 'data-knight': row.thread, 'data-waits': String(row.waits) } },
      [el('span', { className: 'lab-knights-number', text: String(row.index + 1) }), ...lanes],
    );
  };

  return {
    label: words.t('lab.knights.tab'),
    element,
    shown(program) {
      const now = state();
      if (program === null) {
        form.hidden = true;
        replaceChildren(result, []);
        showStatus(words.t('lab.knights.run-first'));
        return;
      }
      if (now.program !== program || now.functions === null) {
        if (now.program !== program) now.result = null;
        now.program = program;
        now.functions = null;
        void askFunctions();
        return;
      }
      if (asking === null) drawFunctions(false);
    },
    programRan(program) {
      const now = state();
      // what the view showed belongs to the old program; the picks and the check stay
      now.program = program;
      now.functions = null;
      now.result = null;
      token++;
      asking = null;
      replaceChildren(result, []);
      if (visible()) void askFunctions();
      else showButtons();
    },
    setRunState(next) {
      runState = next;
      showButtons();
    },
    destroy() {
      gone = true;
      token++;
    },
  };
}
