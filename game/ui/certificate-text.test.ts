import { describe, expect, it } from 'vitest';
import { certificateAltText } from '../art/certificate-painter.js';
import { translatorFor } from '../messages/translator.js';
import { certificateFileName, cleanLine, fitText, graphemes, type MeasureText } from './certificate-text.js';

/** A fake font: every grapheme is 0.6 of the size wide (emoji count once, like on a canvas). */
const measure: MeasureText = (text, size) => graphemes(text).length * size * 0.6;

describe('fitText', () => {
  it('keeps a short name at the biggest size', () => {
    expect(fitText('Ada', 600, measure, 96, 40)).toEqual({ text: 'Ada', fontSize: 96, cut: false });
  });

  it('shrinks a longer name until it fits, without cutting it', () => {
    const fitted = fitText('Maximilian Alexander', 800, measure, 96, 40);
    expect(fitted.cut).toBe(false);
    expect(fitted.fontSize).toBeLessThan(96);
    expect(fitted.fontSize).toBeGreaterThanOrEqual(40);
    expect(measure(fitted.text, fitted.fontSize)).toBeLessThanOrEqual(800);
    expect(measure(fitted.text, fitted.fontSize + 2)).toBeGreaterThan(800);
  });

  it('cuts a very long name at the smallest size with an ellipsis, and it fits', () => {
    const name = 'Bartholomew-Wolfgang Montgomery-Fitzgerald the Third of Pylandia';
    const fitted = fitText(name, 800, measure, 96, 40);
    expect(fitted.cut).toBe(true);
    expect(fitted.fontSize).toBe(40);
    expect(fitted.text.endsWith('…')).toBe(true);
    expect(name.startsWith(fitted.text.slice(0, -1))).toBe(true);
    expect(measure(fitted.text, 40)).toBeLessThanOrEqual(800);
  });

  it('never splits an emoji made of several code points', () => {
    const name = '👩‍🚀'.repeat(40);
    const fitted = fitText(name, 300, measure, 96, 40);
    expect(fitted.cut).toBe(true);
    const kept = fitted.text.slice(0, -1);
    expect(graphemes(kept).every((g) => g === '👩‍🚀')).toBe(true);
    expect(graphemes(kept)).toHaveLength(Math.floor(300 / 24) - 1);
  });

  it('squeezes whitespace and control characters from a name', () => {
    expect(cleanLine('  Zoë \n\t 🦄  ')).toBe('Zoë 🦄');
    expect(fitText('  Zoë \n 🦄 ', 600, measure, 96, 40).text).toBe('Zoë 🦄');
  });
});

describe('certificateFileName', () => {
  const day = new Date(2026, 10, 25, 15, 30);

  it('names the file after the kid and the day', () => {
    expect(certificateFileName('Ada Lovelace', day)).toBe('pyland-certificate-ada-lovelace-2026-11-25.png');
  });

  it('drops accents and emoji, keeps it safe for every file system', () => {
    expect(certificateFileName('Zoë 🦄 / Ünal:*?', day)).toBe('pyland-certificate-zoe-unal-2026-11-25.png');
  });

  it('falls back to wizard when nothing of the name is left, and caps long names', () => {
    expect(certificateFileName('🦄🐉', day)).toBe('pyland-certificate-wizard-2026-11-25.png');
    const long = certificateFileName('a'.repeat(100), day);
    expect(long).toBe(`pyland-certificate-${'a'.repeat(40)}-2026-11-25.png`);
  });
});

describe('the certificate in words', () => {
  const content = { name: '  Ada \n Lovelace ', date: new Date(2026, 10, 25), chapters: ['Reference counting', 'The GIL'] };

  it("writes the month out, in the kid's language (no reader mixes up day and month)", () => {
    const alt = certificateAltText(translatorFor('en'), content);
    expect(alt).toMatch(/^Certificate of Graduation of PyLand Memory School for Ada Lovelace, graduated on .*November.*2026\./);
    expect(alt).toContain('Chapters passed: Reference counting, The GIL.');
    expect(certificateAltText(translatorFor('es'), content)).toContain('25 de noviembre de 2026');
  });
});
