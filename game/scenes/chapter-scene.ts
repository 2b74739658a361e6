import { CHAPTERS, type ChapterId } from '../../contracts/level-schema.js';
import { CHAPTER_ICONS } from '../art/chapter-icons.js';
import { EFFECT_TEXTURES } from '../art/effect-textures.js';
import { iconTextureKey } from '../art/icons.js';
import { activeProfile } from '../model/profiles.js';
import { chapterStates, levelProgress, levelStates } from '../model/progress.js';
import { lessonStars } from '../model/stars.js';
import { chapterOverridesFor } from '../model/teacher-pace.js';
import { createChapterScreen } from '../ui/chapter-screen.js';
import { SCENE_KEYS, type ChapterSceneData, type LevelSceneData } from './scene-keys.js';
import { ScreenScene } from './screen-scene.js';
import type { GameServices } from './services.js';

/** One place of the school: its lessons, in order, opening one after another. */
export class ChapterScene extends ScreenScene {
  #chapter: ChapterId = 'refcount';

  constructor(services: GameServices) {
    super(SCENE_KEYS.chapter, services);
  }

  init(data: ChapterSceneData): void {
    this.#chapter = (CHAPTERS as readonly string[]).includes(data?.chapter) ? (data.chapter as ChapterId) : 'refcount';
  }

  create(): void {
    const { store, levels, sound, ui, words } = this.services;
    const profile = activeProfile(store.data);
    // the teacher's pace for this kid: a place the teacher opened is open here too
    const overrides = profile ? chapterOverridesFor(store.data.teacher, profile.id) : {};
    const state = profile ? chapterStates(profile, levels, overrides).find((c) => c.chapter === this.#chapter) : undefined;
    if (!profile || !state || state.status === 'locked') {
      this.go(profile ? SCENE_KEYS.map : SCENE_KEYS.profile);
      return;
    }
    const chapter = this.#chapter;
    const lessons = levelStates(profile, chapter, levels, overrides).map(({ level, passed, open }) => {
      const stars = lessonStars(level, levelProgress(profile, level.id));
      return {
        levelId: level.id,
        title: words.t(`levels.${level.id}.title`),
        status: passed ? ('passed' as const) : open ? ('open' as const) : ('locked' as const),
        stars: {
          earned: stars.earned,
          possible: stars.possible,
          label: words.t('stars.label', { earned: stars.earned, possible: stars.possible }),
        },
      };
    });
    const view = createChapterScreen(
      words,
      { name: words.t(`chapters.${chapter}`), tagline: words.t(`chapters.${chapter}-tagline`), icon: CHAPTER_ICONS[chapter] },
      lessons,
      {
        onOpen: (levelId) => {
          sound.play('click');
          this.go(SCENE_KEYS.level, { levelId } satisfies LevelSceneData);
        },
        onLocked: () => {
          sound.play('fail');
          ui.announce(words.t('chapter.locked'));
        },
        onBack: () => {
          sound.play('click');
          this.go(SCENE_KEYS.map);
        },
      },
    );
    this.mountScreen(view);

    const glow = this.add.image(0, 0, EFFECT_TEXTURES.glow).setTint(0x8b6cf0).setAlpha(0.45);
    const emblem = this.add.image(0, 0, iconTextureKey(CHAPTER_ICONS[chapter]));
    this.keepLaidOut(() => {
      const { width, height } = this.scale;
      const size = Math.min(170, height * 0.22);
      emblem.setDisplaySize(size, size).setPosition(width - size * 0.75, height - size * 0.75);
      glow.setDisplaySize(size * 2.4, size * 2.4).setPosition(emblem.x, emblem.y);
    });
    this.bob(emblem, 8, 2600);
  }
}
