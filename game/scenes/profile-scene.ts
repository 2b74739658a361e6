import { iconTextureKey } from '../art/icons.js';
import { namedProfiles } from '../model/guest-profiles.js';
import Phaser from 'phaser';
import { bringKidFiles, bringKids } from '../model/kid-carry.js';
import type { KidFile } from '../model/kid-file.js';
import { classFolderStatusText, isClassFolderTrouble } from '../ui/class-folder-status.js';
import { profileFolderKids, type ProfileFolderKids } from '../ui/profile-folder-kids.js';
import { activeProfile, AVATARS, createProfile, MAX_NAME_LENGTH, selectProfile, validateProfileName } from '../model/profiles.js';
import { exportFile, pageExportTargets } from '../ui/file-export.js';
import type { ProfileCarry } from '../ui/profile-carry-row.js';
import { createProfileScreen } from '../ui/profile-screen.js';
import { broughtText, carryFile, carryOutcomeText, problemText, readChosenFiles } from '../ui/wizard-files.js';
import { SCENE_KEYS } from './scene-keys.js';
import { ScreenScene } from './screen-scene.js';
import type { GameServices } from './services.js';

/** Who is playing: pick a profile or make one, then on to the school map. */
/** How long a pick waits for the class folder to bring the kid's news before the map opens anyway. */
const FOLDER_WAIT_MS = 1500;

export class ProfileScene extends ScreenScene {
  /** The class folder's kids as the last listing gave them. */
  #listing: KidFile[] = [];

  /** `kiosk`: a kiosk's guests have no wizard to carry, and it opens no file picker (it would show the host's disk). */
  constructor(
    services: GameServices,
    private readonly kiosk: { readonly active: boolean },
  ) {
    super(SCENE_KEYS.profile, services);
  }

  /** `carried`: what the last "Bring my wizard" said, shown in the row's status line when the list is drawn again. */
  create(data?: { carried?: { text: string; ok: boolean } }): void {
    const { store, sound, ui, words } = this.services;
    const save = store.data;
    const { classFolder } = this.services;
    // the class folder's kids: only in the desktop app with a folder chosen (never in a kiosk)
    const folderKids =
      classFolder.available && classFolder.folder !== null ? profileFolderKids(words, (id) => this.#pickFolderKid(id)) : null;
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
          // what the kid did on other computers since they last played here comes first (a slow share is not waited for long)
          void untilOrAfter(this.services.classFolder.refreshKid(id), FOLDER_WAIT_MS).then(() => {
            if (!this.scene.isActive()) return;
            // the teacher deleted this kid on another computer meanwhile: the list is drawn again without them
            if (!store.data.profiles.some((p) => p.id === id)) this.scene.restart();
            else this.go(SCENE_KEYS.map);
          });
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
      this.kiosk.active ? undefined : this.#carry(data?.carried),
      folderKids?.element,
    );
    this.mountScreen(view);
    if (folderKids) this.#fillFolderKids(folderKids);
    if (data?.carried) ui.announce(data.carried.text);

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

  /** The folder's kids who are not on this computer, and how the folder is; drawn when the listing comes. */
  #fillFolderKids(folderKids: ProfileFolderKids): void {
    const { classFolder, store } = this.services;
    const draw = (): void => {
      const here = new Set(store.data.profiles.map((p) => p.id));
      const kids = this.#listing
        .filter((file) => !here.has(file.kid.id))
        .map((file) => ({
          id: file.kid.id,
          name: file.kid.name,
          avatarIcon: avatarIcon(file.kid.avatar),
        }));
      const status = classFolder.status;
      folderKids.show(kids, isClassFolderTrouble(status) ? classFolderStatusText(this.services.words, status) : null);
    };
    const stopWatching = classFolder.watch(() => {
      if (this.scene.isActive()) draw();
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, stopWatching);
    void classFolder.list().then((listing) => {
      this.#listing = listing.files;
      if (this.scene.isActive()) draw();
    });
    // a kid reset or deleted by the teacher on another computer is so here too before anyone picks them
    const named = () =>
      namedProfiles(store.data)
        .map((p) => p.id)
        .join(' ');
    const before = named();
    void classFolder.refreshAll().then(() => {
      if (this.scene.isActive() && named() !== before) this.scene.restart();
    });
  }

  /** A kid of the class folder picked: their wizard comes to this computer, and they play. */
  #pickFolderKid(id: string): void {
    const { store, sound, ui, words } = this.services;
    const file = this.#listing.find((f) => f.kid.id === id);
    if (!file) return;
    sound.play('click');
    const result = bringKids(store.data, [file], store.data.settings.computerId, new Date(), { activate: true });
    void store.update(() => result.save);
    const kid = result.brought[0];
    if (kid) ui.announce(broughtText(words, kid));
    this.go(SCENE_KEYS.map);
  }

  /** The wizard-file row: carry the kid who played last, bring any kid's file (game/model/kid-carry.ts). */
  #carry(status: { text: string; ok: boolean } | undefined): ProfileCarry {
    const { store, sound } = this.services;
    const player = activeProfile(store.data);
    const carried = player && !player.guest ? player : null;
    return {
      name: carried?.name ?? null,
      ...(status ? { status } : {}),
      onCarry: async () => {
        sound.play('click');
        // the kid as the store holds them at the click, with all they did
        const kid = store.data.profiles.find((p) => p.id === carried?.id);
        const file = kid ? carryFile(kid, store.data.settings.computerId, new Date()) : null;
        if (!kid || !file) return this.services.words.t('carry.failed');
        const outcome = await exportFile(file, pageExportTargets());
        return carryOutcomeText(this.services.words, kid.name, outcome);
      },
      onBring: (chosen) => {
        void readChosenFiles(chosen).then(({ files, problems: unread }) => {
          const say = this.services.words;
          // reckoned on the save as it is now and stored in the same turn, so nothing comes between
          const result = bringKidFiles(store.data, files, store.data.settings.computerId, new Date(), { activate: true });
          if (result.save !== store.data) void store.update(() => result.save);
          const problems = [...unread, ...result.problems];
          const texts = [...result.brought.map((kid) => broughtText(say, kid)), ...problems.map((p) => problemText(say, p))];
          const shown = { text: texts.join(' '), ok: problems.length === 0 };
          sound.play(shown.ok ? 'pass' : 'fail');
          // the list is drawn again with the kid who came, first and focused
          if (this.scene.isActive()) this.go(SCENE_KEYS.profile, { carried: shown });
        });
      },
    };
  }
}

/** Resolves when `promise` does or after `ms`, whichever comes first (never rejects). */
function untilOrAfter(promise: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    void promise
      .catch(() => undefined)
      .then(() => {
        clearTimeout(timer);
        resolve();
      });
  });
}

export function avatarIcon(avatar: string): string {
  return AVATARS.find((a) => a.id === avatar)?.icon ?? AVATARS[0].icon;
}
