import { iconImage } from '../art/icons.js';
import type { Translator } from '../messages/translator.js';
import type { ClassFolderStatus, ClassFolderSync } from '../model/class-folder-sync.js';
import { el } from './dom.js';

/**
 * The class folder's small status line (issue 14): never a dialog. In the top bar it shows only
 * while something is wrong (the folder is away, or a kid's file there is left as it is): a short
 * chip whose whole sentence is its description and tooltip, said once politely when it comes. The
 * profile screen and the console say the whole sentence (classFolderStatusText).
 */
export function classFolderStatusText(words: Translator, status: ClassFolderStatus): string | null {
  switch (status.kind) {
    case 'off':
      return null;
    case 'copying':
      return words.t('classFolder.status-copying');
    case 'copied':
      return words.t('classFolder.status-copied');
    case 'waiting':
      return words.say(status.problem, status.params);
    case 'left':
      return words.t('classFolder.kid-file-left', { count: status.names.length, names: words.list(status.names) });
  }
}

/** Something the kid or teacher should know: the folder cannot take the progress now, or a file is left. */
export function isClassFolderTrouble(status: ClassFolderStatus): boolean {
  return status.kind === 'waiting' || status.kind === 'left';
}

export class ClassFolderStatusChip {
  readonly element: HTMLElement;
  readonly #short: HTMLElement;
  readonly #whole: HTMLElement;
  readonly #words: () => Translator;
  #status: ClassFolderStatus = { kind: 'off' };

  /** `words` is read at every change: after a language switch, `refresh()` says it again. */
  constructor(words: () => Translator, folder: Pick<ClassFolderSync, 'watch'>) {
    this.#words = words;
    this.#short = el('span', { className: 'class-folder-chip-text', attrs: { 'aria-hidden': 'true' } });
    this.#whole = el('span', { className: 'visually-hidden' });
    this.element = el(
      'p',
      { className: 'class-folder-chip', attrs: { role: 'status', 'data-testid': 'class-folder-chip', hidden: true } },
      [iconImage('file-folder', 24), this.#short, this.#whole],
    );
    folder.watch((status) => this.set(status));
  }

  refresh(): void {
    this.set(this.#status);
  }

  set(status: ClassFolderStatus): void {
    this.#status = status;
    const words = this.#words();
    const trouble = isClassFolderTrouble(status);
    this.element.hidden = !trouble;
    const whole = trouble ? (classFolderStatusText(words, status) ?? '') : '';
    this.#short.textContent = trouble ? words.t('classFolder.status-short') : '';
    this.#whole.textContent = whole;
    this.element.title = whole;
    this.element.dataset['state'] = status.kind;
  }
}
