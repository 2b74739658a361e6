import type { Translator } from '../messages/translator.js';
import { cleanLine, fitText, type MeasureText } from '../ui/certificate-text.js';
import { FONT_FAMILY, PALETTE, cssColor } from './palette.js';

/**
 * Draws the graduation certificate on a plain 2D canvas (not Phaser), so the very same pixels can
 * be saved as a PNG with canvas.toBlob. A night-sky frame in the school's colours around a warm
 * parchment, the school's name, the title, the kid's name as big as it fits, the chapters passed
 * with a star each, the date, the headmaster's signature and a gold seal.
 */
export interface CertificateContent {
  name: string;
  date: Date;
  /** Chapter names, in school order. */
  chapters: string[];
}

export const CERTIFICATE_WIDTH = 1600;
export const CERTIFICATE_HEIGHT = 1130;

const INK = '#2a1f4f';
const SOFT_INK = '#5a4b86';
const PARCHMENT_LIGHT = '#fffaf0';
const PARCHMENT_DARK = '#f3e3bd';
const GOLD = cssColor(PALETTE.gold);
const DEEP_GOLD = '#b8860b';
/** How far the seal's scalloped disc reaches from the middle, and a little air around it. */
const SEAL_CLEARANCE = 92 + 16;
const SERIF = 'Georgia, "DejaVu Serif", "Times New Roman", serif';
/** Emoji in a kid's name are drawn by the bundled Twemoji font. */
export const NAME_FONT = `${SERIF}, "Twemoji"`;

export function paintCertificate(words: Translator, ctx: CanvasRenderingContext2D, content: CertificateContent): void {
  const w = CERTIFICATE_WIDTH;
  const h = CERTIFICATE_HEIGHT;
  ctx.save();
  ctx.clearRect(0, 0, w, h);

  // night-sky frame with a few stars
  const sky = ctx.createLinearGradient(0, 0, 0, h);
  sky.addColorStop(0, cssColor(PALETTE.skyTop));
  sky.addColorStop(0.5, cssColor(PALETTE.skyMiddle));
  sky.addColorStop(1, cssColor(PALETTE.skyBottom));
  ctx.fillStyle = sky;
  ctx.fillRect(0, 0, w, h);
  for (let i = 0; i < 70; i++) {
    // a fixed scatter (no randomness): the same certificate every time
    const x = (i * 977) % w;
    const y = (i * 613) % h;
    if (x > 70 && x < w - 70 && y > 70 && y < h - 70) continue;
    star(ctx, x, y, 2 + (i % 3), cssColor(PALETTE.star));
  }

  // parchment
  const m = 60;
  const paper = ctx.createRadialGradient(w / 2, h / 2, 100, w / 2, h / 2, w * 0.7);
  paper.addColorStop(0, PARCHMENT_LIGHT);
  paper.addColorStop(1, PARCHMENT_DARK);
  roundRect(ctx, m, m, w - 2 * m, h - 2 * m, 28);
  ctx.fillStyle = paper;
  ctx.fill();
  ctx.lineWidth = 10;
  ctx.strokeStyle = GOLD;
  ctx.stroke();
  roundRect(ctx, m + 22, m + 22, w - 2 * m - 44, h - 2 * m - 44, 18);
  ctx.lineWidth = 3;
  ctx.strokeStyle = DEEP_GOLD;
  ctx.stroke();
  for (const [x, y] of [
    [m + 52, m + 52],
    [w - m - 52, m + 52],
    [m + 52, h - m - 52],
    [w - m - 52, h - m - 52],
  ] as const) {
    star(ctx, x, y, 18, GOLD, DEEP_GOLD);
  }

  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  const centre = w / 2;
  text(ctx, words.t('certificate.school').toUpperCase(), centre, 200, `bold 34px ${FONT_FAMILY}`, SOFT_INK, 6);
  text(ctx, words.t('certificate.title'), centre, 300, `bold 82px ${SERIF}`, INK);
  ornament(ctx, centre, 340, 420);
  text(ctx, words.t('certificate.awarded-to'), centre, 420, `italic 36px ${SERIF}`, SOFT_INK);

  // the kid's name: as big as fits, then cut on whole graphemes
  const name = fitted(ctx, content.name, w - 2 * m - 260, (size) => `bold ${size}px ${NAME_FONT}`, 104, 44);
  text(ctx, name.text, centre, 545, name.font, cssColor(PALETTE.violet));
  ctx.beginPath();
  ctx.moveTo(centre - 480, 580);
  ctx.lineTo(centre + 480, 580);
  ctx.lineWidth = 2;
  ctx.strokeStyle = DEEP_GOLD;
  ctx.stroke();

  text(ctx, words.t('certificate.achievement'), centre, 650, `34px ${FONT_FAMILY}`, INK);

  // chapters passed: two columns of stars
  const columns = 2;
  const rows = Math.ceil(content.chapters.length / columns);
  content.chapters.forEach((chapter, index) => {
    const column = Math.floor(index / rows);
    const row = index % rows;
    const x = centre - 330 + column * 420;
    const y = 720 + row * 56;
    star(ctx, x, y - 11, 14, GOLD, DEEP_GOLD);
    ctx.textAlign = 'left';
    const line = fitted(ctx, chapter, 340, (size) => `${size}px ${FONT_FAMILY}`, 30, 20);
    text(ctx, line.text, x + 28, y, line.font, INK);
    ctx.textAlign = 'center';
  });

  // date (left), signature (right), seal (middle)
  const baseY = h - m - 120;
  // the date, its month written out, is longer in some languages: it shrinks before it meets the seal
  const dateWidth = 2 * (centre - SEAL_CLEARANCE - 420);
  const date = fitted(
    ctx,
    words.t('certificate.date', { date: words.day(content.date) }),
    dateWidth,
    (size) => `${size}px ${FONT_FAMILY}`,
    30,
    20,
  );
  text(ctx, date.text, 420, baseY, date.font, INK);
  line(ctx, 250, baseY + 20, 590);
  const signatureLine = fitted(ctx, words.t('certificate.signature'), dateWidth, (size) => `${size}px ${FONT_FAMILY}`, 26, 18);
  text(ctx, signatureLine.text, w - 420, baseY + 58, signatureLine.font, SOFT_INK);
  signature(ctx, w - 420, baseY);
  line(ctx, w - 590, baseY + 20, w - 250);
  seal(ctx, centre, baseY - 10, words.t('certificate.seal'));
  ctx.restore();
}

/** The words a screen reader reads instead of the picture. */
export function certificateAltText(words: Translator, content: CertificateContent): string {
  return words.t('certificate.alt', {
    name: cleanLine(content.name),
    date: words.day(content.date),
    chapters: content.chapters.join(', '),
  });
}

/** A line as big as fits in `maxWidth` (from `maxSize` down to `minSize`), then cut: its text and its font. */
function fitted(
  ctx: CanvasRenderingContext2D,
  value: string,
  maxWidth: number,
  fontOf: (size: number) => string,
  maxSize: number,
  minSize: number,
): { text: string; font: string } {
  const measure: MeasureText = (line, size) => {
    ctx.font = fontOf(size);
    return ctx.measureText(line).width;
  };
  const fit = fitText(value, maxWidth, measure, maxSize, minSize);
  return { text: fit.text, font: fontOf(fit.fontSize) };
}

function text(ctx: CanvasRenderingContext2D, value: string, x: number, y: number, font: string, color: string, spacing = 0): void {
  ctx.font = font;
  ctx.fillStyle = color;
  if (spacing > 0 && 'letterSpacing' in ctx) (ctx as CanvasRenderingContext2D & { letterSpacing: string }).letterSpacing = `${spacing}px`;
  ctx.fillText(value, x, y);
  if (spacing > 0 && 'letterSpacing' in ctx) (ctx as CanvasRenderingContext2D & { letterSpacing: string }).letterSpacing = '0px';
}

function line(ctx: CanvasRenderingContext2D, x1: number, y: number, x2: number): void {
  ctx.beginPath();
  ctx.moveTo(x1, y);
  ctx.lineTo(x2, y);
  ctx.lineWidth = 2;
  ctx.strokeStyle = SOFT_INK;
  ctx.stroke();
}

function roundRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.moveTo(x + r, y);
  ctx.arcTo(x + w, y, x + w, y + h, r);
  ctx.arcTo(x + w, y + h, x, y + h, r);
  ctx.arcTo(x, y + h, x, y, r);
  ctx.arcTo(x, y, x + w, y, r);
  ctx.closePath();
}

function star(ctx: CanvasRenderingContext2D, x: number, y: number, r: number, fill: string, outline?: string): void {
  ctx.beginPath();
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? r : r * 0.45;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    ctx.lineTo(x + radius * Math.cos(angle), y + radius * Math.sin(angle));
  }
  ctx.closePath();
  ctx.fillStyle = fill;
  ctx.fill();
  if (outline) {
    ctx.lineWidth = 2;
    ctx.strokeStyle = outline;
    ctx.stroke();
  }
}

function ornament(ctx: CanvasRenderingContext2D, x: number, y: number, half: number): void {
  ctx.lineWidth = 3;
  ctx.strokeStyle = DEEP_GOLD;
  for (const side of [-1, 1]) {
    ctx.beginPath();
    ctx.moveTo(x + side * 30, y);
    ctx.lineTo(x + side * half, y);
    ctx.stroke();
  }
  star(ctx, x, y, 16, GOLD, DEEP_GOLD);
}

/** A flourish drawn with curves: the headmaster's signature. */
function signature(ctx: CanvasRenderingContext2D, x: number, y: number): void {
  ctx.beginPath();
  ctx.moveTo(x - 140, y);
  ctx.bezierCurveTo(x - 110, y - 70, x - 60, y + 20, x - 30, y - 30);
  ctx.bezierCurveTo(x - 10, y - 70, x + 20, y + 10, x + 50, y - 20);
  ctx.bezierCurveTo(x + 80, y - 50, x + 110, y + 10, x + 150, y - 15);
  ctx.lineWidth = 4;
  ctx.lineCap = 'round';
  ctx.strokeStyle = cssColor(PALETTE.skyBottom);
  ctx.stroke();
}

function seal(ctx: CanvasRenderingContext2D, x: number, y: number, label: string): void {
  // ribbons
  ctx.fillStyle = cssColor(PALETTE.violet);
  for (const side of [-1, 1]) {
    ctx.beginPath();
    ctx.moveTo(x + side * 20, y + 40);
    ctx.lineTo(x + side * 60, y + 140);
    ctx.lineTo(x + side * 38, y + 126);
    ctx.lineTo(x + side * 24, y + 150);
    ctx.lineTo(x, y + 50);
    ctx.closePath();
    ctx.fill();
  }
  // scalloped gold disc
  ctx.beginPath();
  for (let i = 0; i <= 48; i++) {
    const angle = (i * Math.PI) / 24;
    const radius = i % 2 === 0 ? SEAL_CLEARANCE - 16 : 84;
    ctx.lineTo(x + radius * Math.cos(angle), y + radius * Math.sin(angle));
  }
  ctx.closePath();
  const disc = ctx.createRadialGradient(x - 25, y - 25, 10, x, y, 92);
  disc.addColorStop(0, '#fff1c1');
  disc.addColorStop(1, DEEP_GOLD);
  ctx.fillStyle = disc;
  ctx.fill();
  ctx.beginPath();
  ctx.arc(x, y, 66, 0, Math.PI * 2);
  ctx.lineWidth = 3;
  ctx.strokeStyle = '#fff6d5';
  ctx.stroke();
  star(ctx, x, y - 14, 28, '#fff6d5', DEEP_GOLD);
  ctx.textAlign = 'center';
  text(ctx, label, x, y + 42, `bold 22px ${FONT_FAMILY}`, INK);
}
