import type { Translator } from '../messages/translator.js';
import { el, uniqueId } from './dom.js';
import { createPinForm } from './pin-form.js';
import type { ScreenView } from './ui-root.js';
import './kiosk.css';

/**
 * Before a kiosk's first title: the host chooses the teacher PIN (4 to 8 digits, twice), so a kid
 * can never leave an unguarded kiosk. There is no way back from here: the kiosk starts once the
 * PIN is saved. The rules (validateNewPin) and the hashing are the console's; the scene applies them.
 * Under the PIN, "Hide the Memory Lab" (a row of computers for the lessons only), stored with the
 * PIN and changed later in the console's kiosk panel.
 */
export interface KioskSetupScreen extends ScreenView {
  showProblem(text: string): void;
  setBusy(busy: boolean): void;
}

export function createKioskSetupScreen(
  words: Translator,
  /** The stored choice (a class setup file loaded before may have set it). */
  stored: { hideLab: boolean },
  onSet: (pin: string, repeated: string, hideLab: boolean) => void,
): KioskSetupScreen {
  const hideLabId = uniqueId('kiosk-setup-hide-lab');
  const hideLabHintId = uniqueId('kiosk-setup-hide-lab-hint');
  const hideLab = el('input', { attrs: { id: hideLabId, type: 'checkbox', checked: stored.hideLab, 'aria-describedby': hideLabHintId } });
  const pin = createPinForm(words, {
    className: 'panel kiosk-setup-form',
    fieldClassName: 'kiosk-pin-input',
    fields: [
      { idPrefix: 'kiosk-new-pin', label: words.t('kiosk.setup-pin') },
      { idPrefix: 'kiosk-repeat-pin', label: words.t('kiosk.setup-repeat') },
    ],
    feedback: { idPrefix: 'kiosk-pin-problem', live: 'polite' },
    before: [el('h1', { text: words.t('kiosk.setup-heading') }), el('p', { text: words.t('kiosk.setup-intro') })],
    submitLabel: words.t('kiosk.setup-submit'),
    actions: { className: 'kiosk-actions' },
    onSubmit: ([first, repeated]) => onSet(first ?? '', repeated ?? '', hideLab.checked),
  });
  // after the PIN's problem line, before the button: the host reads it before starting the kiosk
  pin.submit.parentElement?.before(
    el('div', { className: 'kiosk-check' }, [hideLab, el('label', { text: words.t('kiosk.setup-hide-lab'), attrs: { for: hideLabId } })]),
    el('p', { className: 'kiosk-check-hint', text: words.t('kiosk.setup-hide-lab-hint'), attrs: { id: hideLabHintId } }),
  );
  const first = pin.fields[0]!;
  return {
    element: el('section', { className: 'screen kiosk-setup-screen' }, [pin.form]),
    initialFocus: first,
    showProblem(text) {
      pin.feedback.textContent = text;
      first.setAttribute('aria-invalid', 'true');
      pin.clear();
      first.focus();
    },
    setBusy(busy) {
      pin.submit.disabled = busy;
      if (busy) pin.feedback.textContent = words.t('kiosk.setup-saving');
    },
  };
}
