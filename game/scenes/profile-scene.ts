import { iconTextureKey } from '../art/icons.js';
import { namedProfiles } from '../model/guest-profiles.js';
import { AVATARS, createProfile, MAX_NAME_LENGTH, selectProfile, validateProfileName } from '../model/profiles.js';
import { createProfileScreen } from '../ui/profile-screen.js';
import { SCENE_KEYS } from './scene-keys.js';
import { ScreenScene } from './screen-scene.js';
import type { GameServices } from './services.js';

/** Who is playing: pick a profile or make one, then on to the school map. */
export class ProfileScene extends ScreenScene {
  constructor(services: GameServices) {
    super(SCENE_KEYS.profile, services);
  }

  create(): void {
    const { store, sound, ui, words } = this.services;
    const save = store.data;
    const view = createProfileScreen(
      words,
      // a kiosk guest is nobody's name to pick (guest-profiles.ts)
      namedProfiles(save).map((profile) => ({
        id: profile.id,
        name: profile.name,
        avatarIcon: avatarIcon(profile.avatar),
        active: profile.id === save.activeProfileId,
      })),
      {
        onPick: (id) => {
          sound.play('click');
          void store.update((current) => selectProfile(current, id));
          this.go(SCENE_KEYS.map);
        },
        onBack: () => {
          sound.play('click');
          this.go(SCENE_KEYS.title);
        },
        onCreate: (name, avatar) => {
          const problem = validateProfileName(name, store.data);
          if (problem !== null) {
            sound.play('fail');
            return words.say(problem, { max: MAX_NAME_LENGTH });
          }
          let createdName = '';
          void store.update((current) => {
            const { save: next, profile } = createProfile(current, { name, avatar, language: this.services.language.language }, new Date());
            createdName = profile.name;
            return next;
          });
          sound.play('pass');
          ui.announce(words.t('profile.created', { name: createdName }));
          this.go(SCENE_KEYS.map);
          return null;
        },
      },
    );
    this.mountScreen(view);

    const owl = this.add.image(0, 0, iconTextureKey('owl'));
    const books = this.add.image(0, 0, iconTextureKey('books'));
    this.keepLaidOut(() => {
      const { height } = this.scale;
      const side = Math.min(120, height * 0.15);
      owl.setDisplaySize(side, side).setPosition(side * 1.9, height - side * 0.75);
      books.setDisplaySize(side * 0.9, side * 0.9).setPosition(side * 0.8, height - side * 0.6);
    });
    this.bob(owl, 6, 2600);
  }
}

export function avatarIcon(avatar: string): string {
  return AVATARS.find((a) => a.id === avatar)?.icon ?? AVATARS[0].icon;
}
