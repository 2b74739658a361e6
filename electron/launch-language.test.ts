import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL } from './app-protocol.js';
import { entryUrlWithLanguage, launchLanguage } from './launch-language.js';

describe('the desktop --lang flag', () => {
  it('asks for a language the school speaks, written either way, wherever it is after the executable', () => {
    expect(launchLanguage(['electron', '.', '--lang', 'es'])).toBe('es');
    expect(launchLanguage(['/opt/PyLand/pyland', '--lang=es-MX'])).toBe('es');
    expect(launchLanguage(['electron', '.', '--kiosk', '--lang=en'])).toBe('en');
    expect(launchLanguage(['electron', '.'])).toBeNull();
    expect(launchLanguage(['electron', '.', '--lang', 'fr'])).toBeNull();
    // argv[0] is the executable, never a flag
    expect(launchLanguage(['--lang=es'])).toBeNull();
  });

  it('hands the language to the page as ?lang=, the browser build’s way', () => {
    expect(entryUrlWithLanguage(APP_ENTRY_URL, 'es')).toBe(`${APP_ENTRY_URL}?lang=es`);
    expect(entryUrlWithLanguage(APP_ENTRY_URL, null)).toBe(APP_ENTRY_URL);
  });
});
