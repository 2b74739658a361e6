import { CHAPTERS, type ChapterId } from '../../python-runtime/levels/level-types.js';
import { iconImage } from '../art/icons.js';
import { formatMessage } from '../messages/format.js';
import {
  MAX_COUNTDOWN_SECONDS,
  MAX_IDLE_MINUTES,
  MIN_COUNTDOWN_SECONDS,
  MIN_IDLE_MINUTES,
  type KioskOptions,
} from '../model/kiosk-options.js';
import type { KioskOptionsInput } from '../model/teacher-kiosk.js';
import type { ChapterOverride, ProfileBackup } from '../model/teacher-section.js';
import type { ChapterReport, KidReport, LevelReport } from '../model/teacher-report.js';
import { el, uniqueId } from './dom.js';
import type { ScreenView } from './ui-root.js';
import './teacher-console.css';

/**
 * The teacher's console screens: choosing the PIN, typing it, and the console itself (pace,
 * class view, export). The screens only show and ask; the scene checks PINs with the model and
 * stores every change through the game store.
 */

/** What a PIN form shows under the field after a try (already worded), and whether it can be used. */
export interface PinFeedback {
  text: string;
  /** The console is locked: the field and button are disabled until `unlockAt` (ms since epoch). */
  lockedUntilMs?: number;
}

export interface PinScreen extends ScreenView {
  showFeedback(feedback: PinFeedback | null): void;
  setBusy(busy: boolean): void;
}

/** aria-invalid="" counts as false for assistive technology (and for the red border): "true" or nothing. */
function markInvalid(field: HTMLInputElement, invalid: boolean): void {
  if (invalid) field.setAttribute('aria-invalid', 'true');
  else field.removeAttribute('aria-invalid');
}

function pinInput(id: string, describedBy: string): HTMLInputElement {
  // type=password hides the PIN from kids looking over the teacher's shoulder
  return el('input', {
    className: 'text-input teacher-pin-input',
    attrs: { id, type: 'password', inputmode: 'numeric', autocomplete: 'off', maxlength: 8, 'aria-describedby': describedBy },
  });
}

function backButton(onBack: () => void, key = 'teacher.back-to-title'): HTMLButtonElement {
  return el('button', { className: 'button button-small', attrs: { type: 'button' }, on: { click: onBack } }, [
    iconImage('castle', 24),
    el('span', { text: formatMessage(key) }),
  ]);
}

export function createSetPinScreen(handlers: { onSet(pin: string, repeated: string): void; onBack(): void }): PinScreen {
  const firstId = uniqueId('new-pin');
  const secondId = uniqueId('repeat-pin');
  const errorId = uniqueId('pin-error');
  const first = pinInput(firstId, errorId);
  const second = pinInput(secondId, errorId);
  const error = el('p', { className: 'field-error', attrs: { id: errorId, 'aria-live': 'polite' } });
  const submit = el('button', { className: 'button button-primary', attrs: { type: 'submit' } }, [
    iconImage('locked', 26),
    el('span', { text: formatMessage('teacher.set-pin') }),
  ]);
  const form = el(
    'form',
    {
      className: 'panel teacher-pin-form',
      attrs: { novalidate: true },
      on: {
        submit: (event) => {
          event.preventDefault();
          handlers.onSet(first.value, second.value);
        },
      },
    },
    [
      el('h1', { text: formatMessage('teacher.set-pin-heading') }),
      el('p', { text: formatMessage('teacher.set-pin-intro') }),
      el('label', { className: 'field-label', text: formatMessage('teacher.new-pin'), attrs: { for: firstId } }),
      first,
      el('label', { className: 'field-label', text: formatMessage('teacher.repeat-pin'), attrs: { for: secondId } }),
      second,
      error,
      el('div', { className: 'teacher-actions' }, [submit, backButton(handlers.onBack)]),
    ],
  );
  const element = el('section', { className: 'screen teacher-screen' }, [form]);
  return {
    element,
    initialFocus: first,
    showFeedback(feedback) {
      error.textContent = feedback?.text ?? '';
      markInvalid(first, feedback !== null);
      if (feedback) {
        first.value = '';
        second.value = '';
        first.focus();
      }
    },
    setBusy(busy) {
      submit.disabled = busy;
    },
  };
}

export function createEnterPinScreen(handlers: { onTry(pin: string): void; onBack(): void }): PinScreen {
  const inputId = uniqueId('pin');
  const errorId = uniqueId('pin-error');
  const input = pinInput(inputId, errorId);
  const error = el('p', { className: 'field-error', attrs: { id: errorId, 'aria-live': 'assertive', 'data-testid': 'pin-feedback' } });
  const submit = el('button', { className: 'button button-primary', attrs: { type: 'submit' } }, [
    iconImage('locked', 26),
    el('span', { text: formatMessage('teacher.unlock') }),
  ]);
  let lockTimer: number | null = null;
  const form = el(
    'form',
    {
      className: 'panel teacher-pin-form',
      attrs: { novalidate: true },
      on: {
        submit: (event) => {
          event.preventDefault();
          if (submit.disabled) return;
          handlers.onTry(input.value);
        },
      },
    },
    [
      el('h1', { text: formatMessage('teacher.enter-pin-heading') }),
      el('label', { className: 'field-label', text: formatMessage('teacher.enter-pin'), attrs: { for: inputId } }),
      input,
      error,
      el('div', { className: 'teacher-actions' }, [submit, backButton(handlers.onBack)]),
      el('p', { className: 'muted teacher-forgot', text: formatMessage('teacher.forgot-pin') }),
    ],
  );
  const element = el('section', { className: 'screen teacher-screen' }, [form]);
  const setLocked = (locked: boolean) => {
    input.disabled = locked;
    submit.disabled = locked;
    submit.setAttribute('aria-disabled', locked ? 'true' : 'false');
  };
  return {
    element,
    initialFocus: input,
    destroy() {
      if (lockTimer !== null) window.clearInterval(lockTimer);
    },
    showFeedback(feedback) {
      if (lockTimer !== null) window.clearInterval(lockTimer);
      lockTimer = null;
      input.value = '';
      error.setAttribute('aria-live', 'assertive');
      error.textContent = feedback?.text ?? '';
      markInvalid(input, feedback !== null);
      const until = feedback?.lockedUntilMs;
      if (until !== undefined) {
        setLocked(true);
        // the countdown is refreshed once a second; the PIN check itself is the model's
        const tick = () => {
          const left = until - Date.now();
          if (left <= 0) {
            if (lockTimer !== null) window.clearInterval(lockTimer);
            lockTimer = null;
            error.setAttribute('aria-live', 'assertive');
            error.textContent = '';
            setLocked(false);
            input.focus();
            return;
          }
          error.textContent = formatMessage('teacher.locked-out', { time: durationText(left) });
        };
        tick();
        // said once; the countdown's later seconds are shown, not read out every second
        window.setTimeout(() => error.setAttribute('aria-live', 'off'), 1500);
        lockTimer = window.setInterval(tick, 1000);
      } else {
        setLocked(false);
        input.focus();
      }
    },
    setBusy(busy) {
      submit.disabled = busy;
      if (busy) error.textContent = formatMessage('teacher.checking');
    },
  };
}

/** "30 seconds", "2 minutes": how long a lockout still lasts. */
export function durationText(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  // a minute or more reads in minutes, so a lockout that doubles (30 seconds, 1 minute, 2 minutes) reads so
  if (seconds < 60) return formatMessage('teacher.time-seconds', { seconds });
  return formatMessage('teacher.time-minutes', { minutes: Math.ceil(seconds / 60) });
}

/** What the console says after an action, already worded; `ok: false` shows it as a problem. */
export interface ActionResult {
  text: string;
  ok: boolean;
}

/** The kiosk panel's answer: saved (with the words to show), or a worded problem per field. */
export type KioskOptionsAnswer =
  | { saved: true; text: string }
  | { saved: false; problems: Partial<Record<'idleMinutes' | 'countdownSeconds', string>>; text: string };

export interface ConsoleHandlers {
  onClassChapter(chapter: ChapterId, value: ChapterOverride | null): void;
  onKidChapter(profileId: string, chapter: ChapterId, value: ChapterOverride | null): void;
  /** Saves or downloads the CSV; resolves with where it went (or why not). */
  onExportCsv(): Promise<ActionResult>;
  onLeave(): void;
  /** Returns what is wrong with the name (worded), or null when renamed. */
  onRename(profileId: string, name: string): string | null;
  onReset(profileId: string): void;
  onDelete(profileId: string): void;
  onRestore(index: number): void;
  onExportSetup(): Promise<ActionResult>;
  /** Returns the worded problem when the file is refused (nothing changed), or null when loaded. */
  onImportSetup(file: File): Promise<string | null>;
  onKioskOptions(input: KioskOptionsInput): KioskOptionsAnswer;
}

export interface ConsoleInput {
  report: KidReport[];
  classChapters: Partial<Record<ChapterId, ChapterOverride>>;
  /** Chapters that have lessons (the others cannot be opened yet). */
  chaptersWithLessons: ReadonlySet<ChapterId>;
  backups: readonly ProfileBackup[];
  kiosk: KioskOptions;
  /**
   * Where the game runs: the desktop app can start as a kiosk next time; a browser opens a kiosk
   * by its address, shown to the teacher (the page's own address with ?kiosk=1).
   */
  place: { desktop: true } | { desktop: false; kioskAddress: string };
  /** Which control had focus before the console was redrawn (a data-focus-key). */
  focusKey?: string;
}

export function createConsoleScreen(input: ConsoleInput, handlers: ConsoleHandlers): ScreenView {
  const heading = el('h1', { text: formatMessage('teacher.heading') });
  const leave = el('button', { className: 'button button-small', attrs: { type: 'button', 'data-focus-key': 'leave' }, on: { click: handlers.onLeave } }, [
    iconImage('locked', 24),
    el('span', { text: formatMessage('teacher.leave') }),
  ]);
  const exportResult = resultLine('export-result');
  const exportButton = el(
    'button',
    {
      className: 'button',
      attrs: { type: 'button', 'data-focus-key': 'export' },
      on: { click: () => runExport(exportButton, exportResult, handlers.onExportCsv) },
    },
    [iconImage('scroll', 26), el('span', { text: formatMessage('teacher.export-csv') })],
  );
  const element = el('section', { className: 'screen teacher-screen teacher-console' }, [
    el('div', { className: 'teacher-header' }, [heading, leave]),
    paceSection(input, handlers),
    classSection(input, handlers),
    backupsSection(input.backups, handlers),
    kioskSection(input, handlers),
    setupSection(handlers),
    el('section', { className: 'panel teacher-section' }, [el('h2', { text: formatMessage('teacher.export-heading') }), exportButton, exportResult]),
  ]);
  const refocus = input.focusKey ? element.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(input.focusKey)}"]`) : null;
  return { element, initialFocus: refocus ?? heading };
}

function chapterName(chapter: ChapterId): string {
  return formatMessage(`chapters.${chapter}`);
}

function overrideSelect(
  label: string,
  focusKey: string,
  value: ChapterOverride | null,
  inheritKey: string,
  onChange: (value: ChapterOverride | null) => void,
): HTMLSelectElement {
  const options: [string, string][] = [
    ['', formatMessage(inheritKey)],
    ['open', formatMessage('teacher.choice-open')],
    ['locked', formatMessage('teacher.choice-locked')],
  ];
  const select = el(
    'select',
    {
      className: 'teacher-select',
      attrs: { 'aria-label': label, 'data-focus-key': focusKey },
      on: {
        change: () => onChange(select.value === 'open' || select.value === 'locked' ? select.value : null),
      },
    },
    options.map(([optionValue, text]) => el('option', { text, attrs: { value: optionValue, selected: (value ?? '') === optionValue } })),
  );
  return select;
}

function paceSection(input: ConsoleInput, handlers: ConsoleHandlers): HTMLElement {
  const chapters = CHAPTERS.filter((c) => input.chaptersWithLessons.has(c));
  const headingId = uniqueId('pace-heading');
  const head = el('tr', {}, [
    el('th', { attrs: { scope: 'col' }, text: formatMessage('teacher.col-chapter') }),
    el('th', { attrs: { scope: 'col' }, text: formatMessage('teacher.class-column') }),
    ...input.report.map((kid) => el('th', { attrs: { scope: 'col' }, text: kid.name })),
  ]);
  const rows = chapters.map((chapter) =>
    el('tr', {}, [
      el('th', { attrs: { scope: 'row' }, text: chapterName(chapter) }),
      el('td', {}, [
        overrideSelect(
          formatMessage('teacher.for-class', { chapter: chapterName(chapter) }),
          `class:${chapter}`,
          input.classChapters[chapter] ?? null,
          'teacher.choice-rule',
          (value) => handlers.onClassChapter(chapter, value),
        ),
      ]),
      ...input.report.map((kid) => {
        const report = kid.chapters.find((c) => c.chapter === chapter)!;
        return el('td', {}, [
          overrideSelect(
            formatMessage('teacher.for-kid', { chapter: chapterName(chapter), name: kid.name }),
            `kid:${kid.profileId}:${chapter}`,
            report.kidOverride,
            'teacher.choice-class',
            (value) => handlers.onKidChapter(kid.profileId, chapter, value),
          ),
          el('span', { className: `teacher-place-state state-${report.state.status}`, text: chapterStateText(report) }),
        ]);
      }),
    ]),
  );
  return el('section', { className: 'panel teacher-section', attrs: { 'aria-labelledby': headingId } }, [
    el('h2', { text: formatMessage('teacher.pace-heading'), attrs: { id: headingId } }),
    el('p', { className: 'muted', text: formatMessage('teacher.pace-intro') }),
    el('div', { className: 'teacher-table-scroll' }, [el('table', { className: 'teacher-table' }, [el('thead', {}, [head]), el('tbody', {}, rows)])]),
  ]);
}

/** What the kid's map shows for a place, in a few words for the teacher. */
export function chapterStateText(report: ChapterReport): string {
  const { state } = report;
  if (state.status === 'done') return formatMessage('teacher.chapter-state-done');
  if (state.status === 'open') return formatMessage('teacher.chapter-state-open', { passed: state.passed, total: state.total });
  if (state.lockedReason === 'map.locked-by-teacher') return formatMessage('teacher.chapter-state-locked-by-teacher');
  // opening a later place leaves the one before it closed by the map's rule: say whose turn it waits for
  const waitsFor = state.lockedReasonParams['chapter'];
  if (state.lockedReason === 'map.locked-finish-previous' && waitsFor) {
    return formatMessage('teacher.chapter-state-waits', { chapter: formatMessage(`chapters.${waitsFor}`) });
  }
  return formatMessage('teacher.chapter-state-locked');
}

function classSection(input: ConsoleInput, handlers: ConsoleHandlers): HTMLElement {
  const headingId = uniqueId('class-heading');
  const kids = input.report.map((kid) => kidPanel(kid, input.chaptersWithLessons, handlers));
  return el('section', { className: 'panel teacher-section', attrs: { 'aria-labelledby': headingId } }, [
    el('h2', { text: formatMessage('teacher.class-heading'), attrs: { id: headingId } }),
    ...(kids.length > 0 ? [classOverview(input), ...kids] : [el('p', { className: 'muted', text: formatMessage('teacher.no-profiles') })]),
  ]);
}

/**
 * The class at a glance: one row per kid, one column per place, each cell what the kid's map
 * shows (finished, how many done, closed) and STUCK where a lesson there is stuck. The kid's name
 * leads to their own table below.
 */
function classOverview(input: ConsoleInput): HTMLElement {
  const captionId = uniqueId('overview');
  const chapters = CHAPTERS.filter((chapter) => input.chaptersWithLessons.has(chapter));
  const head = el('tr', {}, [
    el('th', { attrs: { scope: 'col' }, text: formatMessage('teacher.col-kid') }),
    ...chapters.map((chapter) => el('th', { attrs: { scope: 'col' }, text: chapterName(chapter) })),
    el('th', { attrs: { scope: 'col' }, text: formatMessage('teacher.col-last-played') }),
  ]);
  const rows = input.report.map((kid) =>
    el('tr', { attrs: { 'data-profile-id': kid.profileId } }, [
      el('th', { attrs: { scope: 'row' } }, [
        el('button', {
          className: 'link-button',
          text: kid.name,
          attrs: { type: 'button' },
          on: { click: () => document.querySelector<HTMLElement>(`[data-focus-key="kid:${CSS.escape(kid.profileId)}"]`)?.focus() },
        }),
      ]),
      ...chapters.map((chapter) => {
        const report = kid.chapters.find((c) => c.chapter === chapter)!;
        const stuck = report.levels.some((level) => level.stuck);
        return el('td', { className: `overview-cell state-${report.state.status}` }, [
          el('span', { text: overviewText(report) }),
          stuck ? el('strong', { className: 'teacher-stuck' }, [iconImage('hourglass-done', 18), el('span', { text: formatMessage('teacher.overview-stuck') })]) : null,
        ]);
      }),
      el('td', { text: kid.lastPlayedAt ? when(kid.lastPlayedAt) : formatMessage('teacher.overview-never') }),
    ]),
  );
  return el('div', { className: 'teacher-table-scroll teacher-overview' }, [
    el('table', { className: 'teacher-table', attrs: { 'aria-describedby': captionId } }, [
      el('caption', { text: formatMessage('teacher.overview-caption'), attrs: { id: captionId } }),
      el('thead', {}, [head]),
      el('tbody', {}, rows),
    ]),
  ]);
}

function overviewText(report: ChapterReport): string {
  const { state } = report;
  if (state.status === 'done') return formatMessage('teacher.overview-done');
  if (state.status === 'open') return formatMessage('teacher.overview-open', { passed: state.passed, total: state.total });
  return formatMessage('teacher.overview-closed');
}

function smallButton(text: string, focusKey: string, onClick: () => void, primary = false): HTMLButtonElement {
  return el('button', {
    className: `button button-small${primary ? ' button-primary' : ''}`,
    text,
    attrs: { type: 'button', 'data-focus-key': focusKey },
    on: { click: onClick },
  });
}

/**
 * Rename, reset and delete for one kid. Reset and delete ask first, in place (no pop-up window,
 * so it works the same in a kiosk and by keyboard); the answer's buttons take focus.
 */
function kidActions(kid: KidReport, handlers: ConsoleHandlers): HTMLElement {
  const box = el('div', { className: 'teacher-actions teacher-kid-actions' });
  const showButtons = (focus?: string) => {
    const buttons = [
      smallButton(formatMessage('teacher.rename'), `rename:${kid.profileId}`, showRename),
      smallButton(formatMessage('teacher.reset'), `reset:${kid.profileId}`, () =>
        showConfirm('teacher.reset-confirm', 'teacher.reset-yes', `reset:${kid.profileId}`, () => handlers.onReset(kid.profileId)),
      ),
      smallButton(formatMessage('teacher.delete'), `delete:${kid.profileId}`, () =>
        showConfirm('teacher.delete-confirm', 'teacher.delete-yes', `delete:${kid.profileId}`, () => handlers.onDelete(kid.profileId)),
      ),
    ];
    box.replaceChildren(...buttons);
    if (focus) buttons.find((b) => b.dataset['focusKey'] === focus)?.focus();
  };
  const showConfirm = (questionKey: string, yesKey: string, backTo: string, onYes: () => void) => {
    const yes = smallButton(formatMessage(yesKey, { name: kid.name }), `${backTo}:yes`, onYes, true);
    const question = el('p', { className: 'teacher-confirm', text: formatMessage(questionKey, { name: kid.name }), attrs: { role: 'alert' } });
    box.replaceChildren(question, yes, smallButton(formatMessage('teacher.cancel'), `${backTo}:no`, () => showButtons(backTo)));
    yes.focus();
  };
  const showRename = () => {
    const inputId = uniqueId('rename');
    const errorId = uniqueId('rename-error');
    const input = el('input', { className: 'text-input teacher-rename-input', attrs: { id: inputId, type: 'text', value: kid.name, autocomplete: 'off', 'aria-describedby': errorId } });
    const error = el('p', { className: 'field-error', attrs: { id: errorId, 'aria-live': 'polite' } });
    const form = el(
      'form',
      {
        className: 'teacher-rename',
        attrs: { novalidate: true },
        on: {
          submit: (event) => {
            event.preventDefault();
            const problem = handlers.onRename(kid.profileId, input.value);
            if (problem !== null) {
              error.textContent = problem;
              input.setAttribute('aria-invalid', 'true');
              input.focus();
            }
          },
        },
      },
      [
        el('label', { className: 'field-label', text: formatMessage('teacher.rename-label', { name: kid.name }), attrs: { for: inputId } }),
        input,
        error,
        el('div', { className: 'teacher-actions' }, [
          el('button', { className: 'button button-small button-primary', text: formatMessage('teacher.rename-save'), attrs: { type: 'submit' } }),
          smallButton(formatMessage('teacher.cancel'), `rename:${kid.profileId}:no`, () => showButtons(`rename:${kid.profileId}`)),
        ]),
      ],
    );
    box.replaceChildren(form);
    input.focus();
    input.select();
  };
  showButtons();
  return box;
}

/** A line under an action that says what happened (role=status, so it is also read out). */
function resultLine(testId: string, id?: string): HTMLParagraphElement {
  return el('p', { className: 'teacher-result', attrs: { role: 'status', 'data-testid': testId, ...(id ? { id } : {}) } });
}

function showResult(line: HTMLElement, result: ActionResult): void {
  line.className = result.ok ? 'teacher-result' : 'teacher-result field-error';
  line.textContent = result.text;
}

/** An export waits for the desktop save dialog: the button stays disabled until it is answered. */
function runExport(button: HTMLButtonElement, line: HTMLElement, run: () => Promise<ActionResult>): void {
  if (button.disabled) return;
  button.disabled = true;
  line.textContent = '';
  void run()
    .then((result) => showResult(line, result))
    .finally(() => {
      button.disabled = false;
    });
}

/**
 * The workshop host's kiosk options. Desktop: "start as a kiosk next time"; browser: the address
 * that opens a kiosk (a page cannot restart itself as one). The numbers are checked by the model
 * (teacher-kiosk.ts) when saved; each field says its own problem next to it.
 */
function kioskSection(input: ConsoleInput, handlers: ConsoleHandlers): HTMLElement {
  const headingId = uniqueId('kiosk-heading');
  const resultId = uniqueId('kiosk-result');
  const result = resultLine('kiosk-result', resultId);
  const numberField = (labelKey: string, value: number, min: number, max: number, focusKey: string) => {
    const id = uniqueId(focusKey);
    const errorId = uniqueId(`${focusKey}-error`);
    const field = el('input', {
      className: 'text-input teacher-number',
      attrs: { id, type: 'number', inputmode: 'numeric', min, max, step: 1, value, required: true, 'aria-describedby': errorId, 'data-focus-key': focusKey },
    });
    const error = el('p', { className: 'field-error', attrs: { id: errorId } });
    return { field, error, nodes: [el('label', { className: 'field-label', text: formatMessage(labelKey), attrs: { for: id } }), field, error] };
  };
  const idle = numberField('teacher.kiosk-idle-label', input.kiosk.idleMinutes, MIN_IDLE_MINUTES, MAX_IDLE_MINUTES, 'kiosk-idle');
  const countdown = numberField('teacher.kiosk-countdown-label', input.kiosk.countdownSeconds, MIN_COUNTDOWN_SECONDS, MAX_COUNTDOWN_SECONDS, 'kiosk-countdown');
  let startInKiosk: HTMLInputElement | null = null;
  const where: HTMLElement[] = [];
  if (input.place.desktop) {
    const id = uniqueId('kiosk-start');
    const hintId = uniqueId('kiosk-start-hint');
    startInKiosk = el('input', { attrs: { id, type: 'checkbox', checked: input.kiosk.startInKiosk, 'aria-describedby': hintId, 'data-focus-key': 'kiosk-start' } });
    where.push(
      el('div', { className: 'teacher-check' }, [startInKiosk, el('label', { text: formatMessage('teacher.kiosk-start-next-time'), attrs: { for: id } })]),
      el('p', { className: 'muted teacher-hint', text: formatMessage('teacher.kiosk-start-hint'), attrs: { id: hintId } }),
    );
  } else {
    const id = uniqueId('kiosk-address');
    const explainId = uniqueId('kiosk-browser');
    const address = el('input', {
      className: 'text-input teacher-address',
      attrs: { id, type: 'text', readonly: true, value: input.place.kioskAddress, 'aria-describedby': explainId, spellcheck: false },
      // the whole address is selected at once, ready to copy
      on: { focus: () => address.select() },
    });
    where.push(
      el('p', { text: formatMessage('teacher.kiosk-browser'), attrs: { id: explainId } }),
      el('label', { className: 'field-label', text: formatMessage('teacher.kiosk-browser-address'), attrs: { for: id } }),
      address,
    );
  }
  const fields = { idleMinutes: idle, countdownSeconds: countdown } as const;
  const form = el(
    'form',
    {
      className: 'teacher-kiosk-form',
      attrs: { novalidate: true },
      on: {
        submit: (event) => {
          event.preventDefault();
          const answer = handlers.onKioskOptions({
            // the browser has no "next time": the stored choice is kept as it is
            startInKiosk: startInKiosk ? startInKiosk.checked : input.kiosk.startInKiosk,
            idleMinutes: idle.field.value,
            countdownSeconds: countdown.field.value,
          });
          let firstWrong: HTMLInputElement | null = null;
          for (const [name, { field, error }] of Object.entries(fields)) {
            const problem = answer.saved ? undefined : answer.problems[name as keyof typeof fields];
            error.textContent = problem ?? '';
            markInvalid(field, problem !== undefined);
            if (problem !== undefined && firstWrong === null) firstWrong = field;
          }
          showResult(result, { text: answer.text, ok: answer.saved });
          firstWrong?.focus();
        },
      },
    },
    [
      ...where,
      ...idle.nodes,
      ...countdown.nodes,
      el('div', { className: 'teacher-actions' }, [
        el('button', {
          className: 'button button-small button-primary',
          text: formatMessage('teacher.kiosk-save'),
          attrs: { type: 'submit', 'data-focus-key': 'kiosk-save', 'aria-describedby': resultId },
        }),
      ]),
      result,
    ],
  );
  return el('section', { className: 'panel teacher-section', attrs: { 'aria-labelledby': headingId } }, [
    el('h2', { text: formatMessage('teacher.kiosk-heading'), attrs: { id: headingId } }),
    el('p', { className: 'muted', text: formatMessage('teacher.kiosk-intro') }),
    form,
  ]);
}

function setupSection(handlers: ConsoleHandlers): HTMLElement {
  const headingId = uniqueId('setup-heading');
  const inputId = uniqueId('setup-file');
  const resultId = uniqueId('setup-result');
  const result = resultLine('setup-result', resultId);
  const file = el('input', {
    className: 'teacher-file',
    attrs: { id: inputId, type: 'file', accept: '.json,application/json', 'aria-describedby': resultId, 'data-focus-key': 'setup-import' },
  });
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    void handlers.onImportSetup(chosen).then((problem) => {
      file.value = '';
      if (problem !== null) showResult(result, { text: problem, ok: false });
    });
  });
  const exportButton = smallButton(formatMessage('teacher.setup-export'), 'setup-export', () => runExport(exportButton, result, handlers.onExportSetup));
  return el('section', { className: 'panel teacher-section', attrs: { 'aria-labelledby': headingId } }, [
    el('h2', { text: formatMessage('teacher.setup-heading'), attrs: { id: headingId } }),
    el('p', { className: 'muted', text: formatMessage('teacher.setup-intro') }),
    el('div', { className: 'teacher-actions' }, [exportButton]),
    el('label', { className: 'field-label', text: formatMessage('teacher.setup-import'), attrs: { for: inputId } }),
    file,
    result,
  ]);
}

function backupsSection(backups: readonly ProfileBackup[], handlers: ConsoleHandlers): HTMLElement {
  const headingId = uniqueId('backups-heading');
  const items = backups.map((backup, index) =>
    el('li', { className: 'teacher-backup' }, [
      el('span', { text: formatMessage(`teacher.backup-${backup.action}`, { name: backup.profile.name, when: when(backup.at) }) }),
      smallButton(formatMessage('teacher.restore', { name: backup.profile.name }), `restore:${index}`, () => handlers.onRestore(index)),
    ]),
  );
  return el('section', { className: 'panel teacher-section', attrs: { 'aria-labelledby': headingId, 'data-focus-key': 'backups', tabindex: -1 } }, [
    el('h2', { text: formatMessage('teacher.backups-heading'), attrs: { id: headingId } }),
    el('p', { className: 'muted', text: formatMessage('teacher.backups-intro') }),
    items.length > 0 ? el('ul', { className: 'teacher-backups' }, items) : el('p', { text: formatMessage('teacher.no-backups') }),
  ]);
}

function kidPanel(kid: KidReport, withLessons: ReadonlySet<ChapterId>, handlers: ConsoleHandlers): HTMLElement {
  const headingId = uniqueId('kid');
  const stuckTitles = kid.stuckOn.map((id) => formatMessage(`levels.${id}.title`));
  const rows = kid.chapters
    .filter((c) => withLessons.has(c.chapter))
    .flatMap((chapter) => [
      el('tr', { className: 'teacher-chapter-row' }, [
        el('th', {
          attrs: { scope: 'rowgroup', colspan: 7 },
          text: formatMessage('teacher.chapter-row', { chapter: chapterName(chapter.chapter), state: chapterStateText(chapter) }),
        }),
      ]),
      ...chapter.levels.map(levelRow),
    ]);
  return el('article', { className: `teacher-kid${kid.stuckOn.length > 0 ? ' is-stuck' : ''}`, attrs: { 'aria-labelledby': headingId, 'data-profile-id': kid.profileId } }, [
    el('h3', { text: kid.name, attrs: { id: headingId, tabindex: -1, 'data-focus-key': `kid:${kid.profileId}` } }),
    kidActions(kid, handlers),
    el('p', { text: kid.lastPlayedAt ? formatMessage('teacher.kid-summary', { when: when(kid.lastPlayedAt) }) : formatMessage('teacher.never-played') }),
    el('p', {
      className: kid.stuckOn.length > 0 ? 'teacher-stuck-summary' : 'muted',
      text: kid.stuckOn.length > 0 ? formatMessage('teacher.stuck-summary', { count: kid.stuckOn.length, lessons: stuckTitles.join(', ') }) : formatMessage('teacher.not-stuck'),
    }),
    el('div', { className: 'teacher-table-scroll' }, [
      el('table', { className: 'teacher-table' }, [
        el('thead', {}, [
          el('tr', {}, ['col-level', 'col-status', 'col-stars', 'col-attempts', 'col-hints', 'col-time', 'col-last-played'].map((key) =>
            el('th', { attrs: { scope: 'col' }, text: formatMessage(`teacher.${key}`) }),
          )),
        ]),
        el('tbody', {}, rows),
      ]),
    ]),
  ]);
}

function levelRow(level: LevelReport): HTMLElement {
  const status = formatMessage(`teacher.status-${level.status}`);
  return el('tr', { className: level.stuck ? 'is-stuck' : '', attrs: { 'data-level-id': level.levelId } }, [
    el('th', { attrs: { scope: 'row' }, text: formatMessage(`levels.${level.levelId}.title`) }),
    el('td', {}, [
      el('span', { text: status }),
      // stuck is said in words (and marked with an icon), not by colour alone
      level.stuck ? el('strong', { className: 'teacher-stuck' }, [iconImage('hourglass-done', 20), el('span', { text: formatMessage('teacher.stuck', { attempts: level.attempts }) })]) : null,
    ]),
    el('td', { text: formatMessage('teacher.stars-cell', { earned: level.stars, possible: level.possibleStars }) }),
    el('td', { text: String(level.attempts) }),
    el('td', { text: String(level.hintsUsed) }),
    el('td', { text: formatMessage('teacher.duration', { minutes: Math.floor(level.seconds / 60), seconds: level.seconds % 60 }) }),
    el('td', { text: level.lastPlayedAt ? when(level.lastPlayedAt) : '' }),
  ]);
}

function when(iso: string): string {
  return new Date(iso).toLocaleString();
}
