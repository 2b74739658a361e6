import type { Translator } from '../messages/translator.js';
import { iconImage } from '../art/icons.js';
import {
  CERTIFICATE_HEIGHT,
  CERTIFICATE_WIDTH,
  certificateAltText,
  NAME_FONT,
  paintCertificate,
  type CertificateContent,
} from '../art/certificate-painter.js';
import { certificateFileName } from './certificate-text.js';
import { el } from './dom.js';
import './certificate.css';

export interface CertificateDialog {
  readonly element: HTMLElement;
  close(): void;
}

/**
 * The certificate in a modal dialog over the game: the drawn canvas (read out as one sentence),
 * "Save as PNG" (canvas.toBlob + <a download>, which works the same in the browser and in the
 * desktop app) and "Close". Keyboard first: focus starts on Save, Tab stays inside, Escape closes
 * and focus goes back to where it was.
 */
export function openCertificateDialog(words: Translator, content: CertificateContent, onClose: () => void = () => {}): CertificateDialog {
  const returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const canvas = el('canvas', {
    className: 'certificate-canvas',
    attrs: { width: CERTIFICATE_WIDTH, height: CERTIFICATE_HEIGHT, role: 'img', 'aria-label': certificateAltText(words, content) },
  });
  const context = canvas.getContext('2d');
  if (context) paintCertificate(words, context, content);
  // Fonts may still be loading the first time, and a face split by unicode-range (the emoji font)
  // loads only when asked for the characters it covers: ask for the name's, then paint again.
  // Saving waits for this too, so the PNG never has boxes where the emoji belong.
  const painted: Promise<void> = Promise.all([
    document.fonts?.ready,
    document.fonts?.load(`bold 48px ${NAME_FONT}`, content.name).catch(() => []),
  ]).then(() => {
    if (context) paintCertificate(words, context, content);
  });

  const status = el('p', { className: 'certificate-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const fileName = certificateFileName(content.name, content.date);
  const save = el('button', { className: 'button button-primary certificate-save', attrs: { type: 'button' } }, [
    iconImage('scroll', 26),
    el('span', { text: words.t('certificate.save') }),
  ]);
  const closeButton = el('button', { className: 'button certificate-close', attrs: { type: 'button' } }, [
    el('span', { text: words.t('certificate.close') }),
  ]);
  const headingId = 'certificate-heading';
  const dialog = el(
    'div',
    { className: 'certificate-dialog', attrs: { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': headingId } },
    [
      el('h2', { className: 'visually-hidden', text: words.t('certificate.dialog-label'), attrs: { id: headingId } }),
      canvas,
      el('div', { className: 'certificate-actions' }, [save, closeButton]),
      status,
    ],
  );
  const overlay = el('div', { className: 'certificate-overlay' }, [dialog]);

  save.addEventListener('click', async () => {
    await painted;
    canvas.toBlob((blob) => {
      if (!blob) {
        status.textContent = words.t('certificate.save-failed');
        return;
      }
      const url = URL.createObjectURL(blob);
      const link = el('a', { attrs: { href: url, download: fileName, hidden: true } });
      document.body.append(link);
      link.click();
      link.remove();
      // the download has started with its own copy; free the blob a little later
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      status.textContent = words.t('certificate.saved', { file: fileName });
    }, 'image/png');
  });

  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    document.removeEventListener('keydown', onKey, true);
    overlay.remove();
    returnFocus?.focus();
    onClose();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Tab') {
      // keep Tab inside the dialog: Save <-> Close
      const order = [save, closeButton];
      const at = order.indexOf(document.activeElement as HTMLButtonElement);
      event.preventDefault();
      const next = order[(at + (event.shiftKey ? order.length - 1 : 1)) % order.length] ?? save;
      next.focus();
    }
  };
  closeButton.addEventListener('click', close);
  document.addEventListener('keydown', onKey, true);
  document.body.append(overlay);
  save.focus();
  return { element: dialog, close };
}
