import { describe, expect, it } from 'vitest';
import { startGuest } from './guest-profiles.js';
import { askedLanguage, chosenLanguage, languageFromTags } from './language-choice.js';
import { chooseLanguage, createProfile } from './profiles.js';
import { emptySave } from './save-data.js';

describe('the language the school speaks', () => {
  it("follows the system's first language the school has, by its main tag", () => {
    expect(languageFromTags(['es-MX', 'en-US'])).toBe('es');
    expect(languageFromTags(['fr-FR', 'es-419'])).toBe('es');
    expect(languageFromTags(['fr-FR', 'de'])).toBeNull();
    expect(languageFromTags(['EN_gb'])).toBe('en');
  });

  it('takes what was asked for this run, then the kid’s choice, then the computer’s, then the system’s, then English', () => {
    const none = { asked: null, profile: null, device: null, system: [] };
    expect(chosenLanguage(none)).toBe('en');
    expect(chosenLanguage({ ...none, system: ['es-ES'] })).toBe('es');
    expect(chosenLanguage({ ...none, device: 'en', system: ['es-ES'] })).toBe('en');
    expect(chosenLanguage({ ...none, profile: 'es', device: 'en' })).toBe('es');
    expect(chosenLanguage({ ...none, asked: 'en', profile: 'es', device: 'es' })).toBe('en');
  });
});

describe('a language picked', () => {
  it('is asked for in the address with ?lang=, an unknown one being no ask', () => {
    expect(askedLanguage('?lang=es')).toBe('es');
    expect(askedLanguage('?renderer=canvas&lang=en')).toBe('en');
    expect(askedLanguage('?lang=fr')).toBeNull();
    expect(askedLanguage('')).toBeNull();
  });

  it("is the playing kid's, or the computer's when no kid plays or a guest does", () => {
    const { save } = createProfile(emptySave(), { name: 'Ada', avatar: 'owl' }, new Date(0), 'ada');
    const kids = chooseLanguage(save, 'es');
    expect(kids.profiles[0]!.language).toBe('es');
    expect(kids.settings.language).toBeNull();
    const nobody = chooseLanguage({ ...save, activeProfileId: null }, 'es');
    expect(nobody.settings.language).toBe('es');
    expect(nobody.profiles[0]!.language).toBeNull();
    const guest = startGuest(save, 'Guest wizard', new Date(0)).save;
    expect(chooseLanguage(guest, 'es').settings.language).toBe('es');
  });
});
