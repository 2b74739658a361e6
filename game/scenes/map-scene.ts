import Phaser from 'phaser';
import { PALETTE } from '../art/palette.js';
import { activeProfile } from '../model/profiles.js';
import { chapterStates } from '../model/progress.js';
import { pathLegs } from './map-path.js';
import { profileStars, robePieces, ROBE_PIECES } from '../model/stars.js';
import { CHAPTERS } from '../../contracts/level-schema.js';
import { chapterOverridesFor } from '../model/teacher-pace.js';
import { labDoorFor } from '../model/lab-door.js';
import { createMapScreen, type PlaceView } from '../ui/map-screen.js';
import { placeView } from '../ui/place-view.js';
import { avatarIcon } from './profile-scene.js';
import { SCENE_KEYS, type ChapterSceneData } from './scene-keys.js';
import { ScreenScene } from './screen-scene.js';
import type { GameServices } from './services.js';

/** The school map: six places joined by a glowing path; the model decides which are open. */
export class MapScene extends ScreenScene {
  /** `kiosk`: whether this game runs as a kiosk (its host may hide the Memory Lab there). */
  constructor(
    services: GameServices,
    private readonly kiosk: { readonly active: boolean },
  ) {
    super(SCENE_KEYS.map, services);
  }

  create(): void {
    const { store, levels, sound, ui, words } = this.services;
    const profile = activeProfile(store.data);
    if (!profile) {
      this.go(SCENE_KEYS.profile);
      return;
    }
    const states = chapterStates(profile, levels, chapterOverridesFor(store.data.teacher, profile.id));
    const places = states.map((state) => placeView(words, state));
    const door = labDoorFor(profile, levels, store.data.teacher, this.kiosk.active, states);
    const earned = robePieces(profile, levels);
    const stars = profileStars(profile, levels);
    const robe = {
      pieces: CHAPTERS.map((chapter) => ({
        icon: ROBE_PIECES[chapter],
        name: words.t(`stars.pieces.${chapter}`),
        earned: earned.includes(chapter),
      })),
      countText: words.t('stars.robe-count', { count: earned.length }),
      starsText: words.t('stars.school-stars', stars),
    };
    // a kiosk that hides the Lab shows no door at all (lab-door.ts)
    const doorView =
      door.status === 'hidden'
        ? null
        : {
            open: door.status === 'open',
            name: words.t('lab.title'),
            tagline: words.t('lab.door-tagline'),
            statusText:
              door.status === 'locked'
                ? words.t('lab.door-locked', { chapter: words.t(`chapters.${door.chapter}`) })
                : words.t(door.reason === 'teacher-opened' ? 'lab.door-open-teacher' : 'lab.door-open'),
          };
    const view = createMapScreen(words, { name: profile.name, avatarIcon: avatarIcon(profile.avatar), robe }, places, doorView, {
      onOpen: (chapter) => {
        sound.play('click');
        this.go(SCENE_KEYS.chapter, { chapter } satisfies ChapterSceneData);
      },
      onLocked: (place) => {
        sound.play('fail');
        ui.announce(place.statusText);
      },
      onSwitchProfile: () => {
        sound.play('click');
        this.go(SCENE_KEYS.profile);
      },
      onLabDoor: (shown) => {
        // the Lab draws tallies and holders: it opens once reference counting is done, or when the teacher opened it (lab-door.ts)
        const open = door.status === 'open';
        sound.play(open ? 'click' : 'fail');
        if (open) this.go(SCENE_KEYS.lab);
        else ui.announce(shown.statusText);
      },
    });
    this.mountScreen(view);

    const path = this.add.graphics();
    const glow = this.add.graphics();
    this.keepLaidOut(
      () =>
        drawPath(
          path,
          glow,
          view.places().map((card) => this.rectOf(card)),
          places,
        ),
      [view.element],
    );
    // the Lab's door sits under the places: in a low window the map scrolls, and the path drawn on
    // the canvas behind it follows the cards
    this.followScroll(() =>
      drawPath(
        path,
        glow,
        view.places().map((card) => this.rectOf(card)),
        places,
      ),
    );
  }
}

/** Dotted, glowing steps from each place to the next; bright up to the last open place. */
function drawPath(
  path: Phaser.GameObjects.Graphics,
  glow: Phaser.GameObjects.Graphics,
  cards: { x: number; y: number; width: number; height: number }[],
  places: PlaceView[],
): void {
  path.clear();
  glow.clear();
  const centres = cards.map((c) => ({ x: c.x + c.width / 2, y: c.y + c.height / 2 }));
  for (let i = 0; i + 1 < centres.length; i += 1) {
    const open = places[i + 1]?.status !== 'locked';
    const colour = open ? PALETTE.gold : PALETTE.violet;
    glow.lineStyle(18, colour, open ? 0.16 : 0.08);
    path.fillStyle(colour, open ? 0.95 : 0.5);
    for (const [from, to] of pathLegs(cards[i]!, cards[i + 1]!)) {
      glow.lineBetween(from.x, from.y, to.x, to.y);
      const length = Math.hypot(to.x - from.x, to.y - from.y);
      const steps = Math.max(1, Math.floor(length / 16));
      for (let s = 0; s <= steps; s += 1) {
        const t = s / steps;
        path.fillCircle(from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t, open ? 3.5 : 2.5);
      }
    }
  }
}
