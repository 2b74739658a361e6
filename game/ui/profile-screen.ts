import type { Translator } from '../messages/translator.js';
import { iconImage } from '../art/icons.js';
import { AVATARS, type AvatarId } from '../model/profiles.js';
import { el, uniqueId } from './dom.js';
import { profileCarryRow, type ProfileCarry } from './profile-carry-row.js';
import type { ScreenView } from './ui-root.js';
import './profile-screen.css';

/**
 * Pick an existing wizard or make a new one (name + picture). The screen only shows and asks;
 * the scene validates with the model and answers with a message to show, or null when done.
 */
export interface ProfileChoice {
  id: string;
  name: string;
  avatarIcon: string;
  /** The profile that played last: listed first and focused. */
  active: boolean;
}

export interface ProfileScreenHandlers {
  onPick(id: string): void;
  /** Returns the text of what is wrong with the name, or null when the profile was made. */
  onCreate(name: string, avatar: AvatarId): string | null;
  /** Back to the title (and from there to the teacher's console). */
  onBack(): void;
}

/**
 * `carry`: the wizard-file row under the list (profile-carry-row.ts); absent in a kiosk.
 * `folderKids`: the class folder's kids (profile-folder-kids.ts), filled in later by the scene; absent without a class folder.
 */
export function createProfileScreen(
  words: Translator,
  profiles: ProfileChoice[],
  handlers: ProfileScreenHandlers,
  carry?: ProfileCarry,
  folderKids?: HTMLElement,
): ScreenView {
  const heading = el('h1', { text: words.t('profile.heading') });
  const ordered = [...profiles].sort((a, b) => Number(b.active) - Number(a.active));

  const pickHeadingId = uniqueId('pick-heading');
  const pickList = el(
    'ul',
    { className: 'profile-list', attrs: { 'aria-labelledby': pickHeadingId } },
    ordered.map((profile) =>
      el('li', {}, [
        el(
          'button',
          {
            className: `button profile-button${profile.active ? ' is-active' : ''}`,
            attrs: { type: 'button', 'data-profile-id': profile.id },
            on: { click: () => handlers.onPick(profile.id) },
          },
          [iconImage(profile.avatarIcon, 56), el('span', { className: 'profile-name', text: profile.name })],
        ),
      ]),
    ),
  );
  const pickSection = el('section', { className: 'panel profile-pick' }, [
    el('h2', { text: words.t('profile.pick-heading'), attrs: { id: pickHeadingId } }),
    profiles.length > 0 ? pickList : el('p', { className: 'muted', text: words.t('profile.none-yet') }),
    folderKids ?? null,
    carry ? profileCarryRow(words, carry) : null,
  ]);

  // the new-profile form
  const nameId = uniqueId('profile-name');
  const errorId = uniqueId('profile-error');
  const nameInput = el('input', {
    className: 'text-input',
    attrs: { id: nameId, type: 'text', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': errorId },
  });
  const error = el('p', { className: 'field-error', attrs: { id: errorId, 'aria-live': 'polite' } });
  const avatarGroupName = uniqueId('avatar');
  const avatarTiles = AVATARS.map((avatar, index) => {
    const radioId = uniqueId('avatar-option');
    const radio = el('input', {
      className: 'visually-hidden avatar-radio',
      attrs: { type: 'radio', name: avatarGroupName, id: radioId, value: avatar.id, checked: index === 0 },
    });
    return el('div', { className: 'avatar-option' }, [
      radio,
      el('label', { className: 'avatar-tile', attrs: { for: radioId } }, [
        iconImage(avatar.icon, 48),
        el('span', { text: words.t(`profile.avatars.${avatar.id}`) }),
      ]),
    ]);
  });
  const create = el('button', { className: 'button button-primary', attrs: { type: 'submit' } }, [
    iconImage('sparkles', 26),
    el('span', { text: words.t('profile.create') }),
  ]);
  const form = el(
    'form',
    {
      className: 'panel profile-new',
      attrs: { novalidate: true },
      on: {
        submit: (event) => {
          event.preventDefault();
          const checked = form.querySelector<HTMLInputElement>('input.avatar-radio:checked');
          const avatar = (checked?.value ?? AVATARS[0].id) as AvatarId;
          const problem = handlers.onCreate(nameInput.value, avatar);
          if (problem !== null) {
            error.textContent = problem;
            nameInput.setAttribute('aria-invalid', 'true');
            nameInput.focus();
          }
        },
      },
    },
    [
      el('h2', { text: words.t('profile.new-heading') }),
      el('label', { className: 'field-label', text: words.t('profile.name-label'), attrs: { for: nameId } }),
      nameInput,
      error,
      el('fieldset', { className: 'avatar-fieldset' }, [
        el('legend', { className: 'field-label', text: words.t('profile.avatar-label') }),
        el('div', { className: 'avatar-grid' }, avatarTiles),
      ]),
      create,
    ],
  );
  nameInput.addEventListener('input', () => {
    if (error.textContent) {
      error.textContent = '';
      nameInput.removeAttribute('aria-invalid');
    }
  });

  const back = el('button', { className: 'button button-small', attrs: { type: 'button' }, on: { click: handlers.onBack } }, [
    iconImage('castle', 24),
    el('span', { text: words.t('profile.back-to-title') }),
  ]);
  const element = el('section', { className: 'screen profile-screen' }, [
    el('div', { className: 'level-bar profile-bar' }, [back, heading]),
    el('div', { className: 'profile-columns' }, [pickSection, form]),
  ]);
  const firstProfile = pickList.querySelector<HTMLButtonElement>('button');
  return { element, initialFocus: profiles.length > 0 && firstProfile ? firstProfile : nameInput };
}
