import type { CastResult, LabWizardFrame, LabWizardSceneData } from '../../../contracts/cast-protocol.js';
import { iconImage } from '../../art/icons.js';
import type { MessageKey } from '../../messages/translator.js';
import { el, replaceChildren, uniqueId } from '../dom.js';
import { showPythonButtonState } from '../python-button.js';
import './lab-wizard-panel.css';
import type { LabPanel, LabPanelContext, LabRunState } from './lab-panels.js';
import {
  endNote,
  labWizardSceneOf,
  stepAsked,
  wholeFrames,
  wizardStepView,
  type WizardRoom,
  type WizardStepView,
} from './lab-wizard-view.js';

/** The checker of this view (python-runtime/lab/wizard.py). */
export const LAB_WIZARD_ID = 'lab/wizard';
const KEPT = 'lab-wizard';

/** What the view keeps across a redraw of the Lab (LabPanelContext.kept). */
interface KeptReading {
  program: string;
  result: CastResult | null;
  step: number;
}

/**
 *  Rune by rune
 *  what this view shows (one sentence)                        [Read it rune by rune]
 *  how the reading ended; the cut marker (more than 1,500 runes)
 *  [Step back] ─────slider───── [Step on]      (←/→, Home/End)
 *  Rune 12 of 40, line 3, in double
 *  The runes of double          │ The rooms (frames), newest on top
 *   1  RESUME 0                 │ ┌ double, line 2 ─────────────┐
 *   2  LOAD_FAST_BORROW n  ◀    │ │ stones: 4 · names: n = 4    │
 *   …                           │ └ The main program, line 3 ───┘
 * The program it reads is the one last Run (shown / programRan), cast through lab/wizard once
 * per Run while the tab is open; every step is in the result, so stepping back is instant. Each
 * step lights its rune's line in the editor.
 */
export function createLabWizardPanel(context: LabPanelContext): LabPanel {
  const { words } = context;
  const t = (key: string, params?: Record<string, string | number>) => words.t(`lab.wizard.${key}` as MessageKey, params);
  const kept = (): KeptReading | undefined => context.kept.get(KEPT) as KeptReading | undefined;

  const buttonLabel = el('span', { text: t('read') });
  const readButton = el(
    'button',
    { className: 'button button-small', attrs: { type: 'button', 'aria-disabled': 'true' }, on: { click: () => readAgain() } },
    [buttonLabel],
  );
  // (said through context.announce when a reading arrives: no live region of its own, or it would be said twice)
  const status = el('p', { className: 'lab-wizard-status' });
  const cutMarker = el('p', { className: 'lab-cut', attrs: { hidden: true } });

  const stepButton = (key: string, icon: string, delta: number) =>
    el('button', { className: 'button button-small', attrs: { type: 'button' }, on: { click: () => moveTo({ delta }) } }, [
      iconImage(icon, 20),
      el('span', { text: t(key) }),
    ]);
  const back = stepButton('step-back', 'backhand-index-pointing-left', -1);
  const forward = stepButton('step-on', 'right-arrow', 1);
  const sliderId = uniqueId('lab-wizard-slider');
  const slider = el('input', { className: 'lab-slider', attrs: { type: 'range', id: sliderId, min: 1, max: 1, step: 1, value: 1 } });
  slider.addEventListener('input', () => moveTo({ to: Number(slider.value) - 1 }));
  const stepper = el('div', { className: 'lab-stepper', attrs: { role: 'group', 'aria-label': t('stepper-label'), hidden: true } }, [
    back,
    el('label', { className: 'visually-hidden', text: t('slider-label'), attrs: { for: sliderId } }),
    slider,
    forward,
  ]);
  stepper.addEventListener('keydown', (event) => {
    if (event.target === slider) return; // the slider moves itself with the arrows
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      moveTo({ delta: event.key === 'ArrowLeft' ? -1 : 1 });
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      moveTo({ to: event.key === 'Home' ? 0 : Number.MAX_SAFE_INTEGER });
    }
  });
  const stepStatus = el('p', { className: 'lab-step-status', attrs: { 'aria-live': 'polite' } });
  const runesHeadingId = uniqueId('lab-wizard-runes');
  const runesHeading = el('h3', { className: 'lab-wizard-heading', attrs: { id: runesHeadingId } });
  const runesBefore = el('p', { className: 'lab-wizard-more' });
  const runesList = el('ol', { className: 'lab-wizard-runes', attrs: { tabindex: 0, 'aria-labelledby': runesHeadingId } });
  const runesAfter = el('p', { className: 'lab-wizard-more' });
  const roomsHeadingId = uniqueId('lab-wizard-rooms');
  const rooms = el('ol', { className: 'lab-wizard-rooms', attrs: { 'aria-labelledby': roomsHeadingId } });
  const roomsNote = el('p', { className: 'lab-wizard-more' });
  const stage = el('div', { className: 'lab-wizard-stage', attrs: { hidden: true } }, [
    el('section', { className: 'lab-wizard-code' }, [runesHeading, runesBefore, runesList, runesAfter]),
    el('section', { className: 'lab-wizard-frames' }, [
      el('h3', { className: 'lab-wizard-heading', text: t('rooms-heading'), attrs: { id: roomsHeadingId } }),
      rooms,
      roomsNote,
    ]),
  ]);
  const element = el('section', { className: 'lab-wizard' }, [
    el('div', { className: 'lab-wizard-top' }, [el('p', { className: 'lab-sentence', text: t('sentence') }), readButton]),
    status,
    cutMarker,
    stepper,
    stepStatus,
    stage,
  ]);

  let program: string | null = null;
  let runState: LabRunState = 'waiting';
  let reading = false;
  let token = 0; // a newer read (or destroy) makes an older read's result stale
  let gone = false;
  let drawn: { result: CastResult; scene: LabWizardSceneData; frames: LabWizardFrame[][] } | null = null;

  const visible = () => element.isConnected && element.closest('[hidden]') === null;
  const showButton = () => {
    const state = reading || runState === 'running' ? 'busy' : program === null ? 'waiting' : runState;
    showPythonButtonState(words, readButton, buttonLabel, state, {
      ready: 'lab.wizard.read',
      busy: 'lab.wizard.reading',
      dataState: reading ? 'reading' : runState,
    });
    if (program === null) buttonLabel.textContent = t('read');
  };
  const showStatus = (text: string | null) => {
    status.textContent = text ?? '';
    status.hidden = text === null;
  };
  const clear = () => {
    drawn = null;
    stepper.hidden = true;
    stage.hidden = true;
    cutMarker.hidden = true;
    stepStatus.textContent = '';
  };

  const read = async (source: string) => {
    const mine = ++token;
    reading = true;
    showButton();
    showStatus(t('reading'));
    clear();
    const result = await context.cast(LAB_WIZARD_ID, source);
    if (mine !== token || gone) return;
    reading = false;
    showButton();
    context.kept.set(KEPT, { program: source, result, step: 0 });
    draw(true);
  };
  const readAgain = () => {
    if (program === null || reading || runState !== 'ready') return;
    void read(program);
  };

  /** The kept reading, drawn at its step; `fresh`: it just arrived (then it is announced). */
  const draw = (fresh: boolean) => {
    const now = kept();
    if (now?.result == null) return;
    const scene = labWizardSceneOf(now.result);
    if (scene === null) {
      clear();
      showStatus(t('read-failed'));
      if (fresh) context.announce(t('read-failed'));
      return;
    }
    drawn = { result: now.result, scene, frames: wholeFrames(scene) };
    const note = endNote(scene);
    const ending = t(note.key, note.params);
    showStatus(ending);
    cutMarker.hidden = note.cut === null;
    cutMarker.textContent = note.cut === null ? '' : t(note.cut, note.params);
    const total = scene.steps.length;
    stepper.hidden = total === 0;
    stage.hidden = total === 0;
    slider.max = String(Math.max(1, total));
    showStep(now.step);
    if (fresh) context.announce([ending, note.cut === null ? null : cutMarker.textContent].filter(Boolean).join(' '));
  };

  const moveTo = (move: { delta: number } | { to: number }) => {
    const now = kept();
    if (drawn === null || now === undefined || drawn.scene.steps.length === 0) return;
    context.keepAwake(200);
    showStep(stepAsked(now.step, drawn.scene.steps.length, move));
  };

  const showStep = (index: number) => {
    const now = kept();
    if (drawn === null || now === undefined) return;
    const view = wizardStepView(drawn.scene, drawn.frames, index);
    if (view === null) {
      context.markLine(null);
      return;
    }
    now.step = view.number - 1;
    const built = view.builtClass === null ? '' : ` ${t('builds-class', { name: view.builtClass })}`;
    const caption = `${statusOf(view)}${built}`;
    stepStatus.textContent = caption;
    slider.value = String(view.number);
    slider.setAttribute('aria-valuetext', caption);
    back.setAttribute('aria-disabled', String(view.number <= 1));
    forward.setAttribute('aria-disabled', String(view.number >= view.total));
    drawRunes(view);
    drawRooms(view);
    context.markLine(view.line);
  };

  const statusOf = (view: WizardStepView): string => {
    const params = { number: view.number, total: view.total };
    if (view.line === null) return t('status-start', params);
    if (view.functionName === null) return t('status-module', { ...params, line: view.line });
    return t('status-function', { ...params, line: view.line, function: view.functionName });
  };

  const drawRunes = (view: WizardStepView) => {
    runesHeading.textContent = view.functionName === null ? t('runes-module') : t('runes-function', { function: view.functionName });
    runesBefore.textContent = view.runesBefore > 0 ? t('runes-before', { count: view.runesBefore }) : '';
    runesBefore.hidden = view.runesBefore === 0;
    runesAfter.textContent = view.runesAfter > 0 ? t('runes-after', { count: view.runesAfter }) : '';
    runesAfter.hidden = view.runesAfter === 0;
    replaceChildren(
      runesList,
      view.runes.map((rune) =>
        el(
          'li',
          { className: 'lab-wizard-rune', attrs: { 'data-current': String(rune.current), 'aria-current': rune.current ? 'step' : null } },
          [
            el('span', { className: 'lab-wizard-rune-line', text: rune.line === null ? '' : String(rune.line) }),
            el('code', { text: rune.argument === '' ? rune.opname : `${rune.opname} ${rune.argument}` }),
            rune.current ? el('span', { className: 'visually-hidden', text: ` (${t('rune-here')})` }) : null,
          ],
        ),
      ),
    );
    // the lit rune in sight inside the list only (the list is positioned): the page itself does not jump
    const lit = runesList.querySelector<HTMLElement>('[data-current="true"]');
    if (lit !== null) {
      const top = lit.offsetTop;
      if (top < runesList.scrollTop || top + lit.offsetHeight > runesList.scrollTop + runesList.clientHeight) {
        runesList.scrollTop = Math.max(0, top - runesList.clientHeight / 2);
      }
    }
  };

  const drawRooms = (view: WizardStepView) => {
    replaceChildren(rooms, view.rooms.map(roomElement));
    const notes = [
      view.hiddenRooms > 0 ? t('rooms-hidden', { count: view.hiddenRooms }) : null,
      view.rooms.length === 0 ? t('no-rooms') : null,
    ];
    roomsNote.textContent = notes.filter(Boolean).join(' ');
    roomsNote.hidden = roomsNote.textContent === '';
  };

  const roomElement = (room: WizardRoom): HTMLLIElement => {
    const title =
      room.functionName !== null
        ? t('room-function', { function: room.functionName, line: room.line ?? '?' })
        : room.line === null
          ? t('room-start')
          : t('room-module', { line: room.line });
    const stonesId = uniqueId('lab-wizard-stones');
    return el('li', { className: 'lab-wizard-room', attrs: { 'data-current': String(room.current) } }, [
      el('h4', { className: 'lab-wizard-room-title' }, [
        title,
        room.current ? el('span', { className: 'lab-wizard-here', text: ` (${t('room-now')})` }) : null,
      ]),
      el('div', { className: 'lab-wizard-room-body' }, [
        el('div', { className: 'lab-wizard-pile' }, [
          el('p', { className: 'lab-wizard-label', text: t('stones-label'), attrs: { id: stonesId } }),
          room.stones.length === 0
            ? el('p', { className: 'lab-wizard-empty', text: t('stones-empty') })
            : el(
                'ol',
                { className: 'lab-wizard-stones', attrs: { 'aria-labelledby': stonesId } },
                room.stones.map((stone) => el('li', { className: 'lab-wizard-stone' }, [el('code', { text: stone })])),
              ),
          room.below > 0 ? el('p', { className: 'lab-wizard-more', text: t('stones-below', { count: room.below }) }) : null,
        ]),
        el('div', { className: 'lab-wizard-names' }, [
          el('p', { className: 'lab-wizard-label', text: t('names-label') }),
          room.names.length === 0
            ? el('p', { className: 'lab-wizard-empty', text: t('names-empty') })
            : el(
                'ul',
                { className: 'lab-wizard-name-list' },
                room.names.map(([name, value]) => el('li', {}, [el('code', { text: `${name} = ${value}` })])),
              ),
          room.moreNames > 0 ? el('p', { className: 'lab-wizard-more', text: t('names-more', { count: room.moreNames }) }) : null,
        ]),
      ]),
    ]);
  };

  showButton();
  showStatus(null);

  return {
    label: t('tab'),
    element,
    shown(ran) {
      program = ran;
      showButton();
      if (ran === null) {
        clear();
        showStatus(t('run-first'));
        return;
      }
      const before = kept();
      if (before?.program === ran && before.result !== null) {
        if (drawn?.result !== before.result) draw(false);
        else showStep(before.step);
        return;
      }
      if (!reading || before?.program !== ran) void read(ran);
    },
    programRan(ran) {
      program = ran;
      context.kept.set(KEPT, { program: ran, result: null, step: 0 });
      token++;
      reading = false;
      clear();
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
