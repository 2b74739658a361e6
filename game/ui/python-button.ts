import type { MessageKey, Translator } from '../messages/translator.js';

/**
 * The one button that runs the kid's code with Python (a lesson's Cast, the Lab's Run): pressable
 * only when Python is awake, busy while the code runs, and saying why it waits. Its state is on
 * the button too (`data-state`), for the styles and the tests.
 */
export type PythonButtonState = 'ready' | 'busy' | 'waiting' | 'failed';

export function showPythonButtonState(
  words: Translator,
  button: HTMLElement,
  label: HTMLElement,
  state: PythonButtonState,
  texts: { ready: MessageKey; busy: MessageKey; dataState: string },
): void {
  button.dataset['state'] = texts.dataState;
  button.setAttribute('aria-disabled', String(state !== 'ready'));
  button.setAttribute('aria-busy', String(state === 'busy'));
  label.textContent = words.t(
    state === 'ready' ? texts.ready : state === 'busy' ? texts.busy : state === 'failed' ? 'level.python-failed' : 'level.cast-waiting',
  );
}
