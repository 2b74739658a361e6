import { AVATARS } from '../model/profiles.js';

/**
 * Every fluent-emoji-flat icon the game draws. Only these are copied out of the 9 MB icon set
 * at build time (see the `pyland-icons` plugin in vite.config.ts), so the bundle stays small
 * and nothing is fetched from the network.
 */
export const SCENE_ICONS = [
  // chapters of the school map
  'top-hat',
  'ghost',
  'guard',
  'scroll',
  'person-mage',
  'graduation-cap',
  // objects of the tally scenes
  'magic-wand',
  'gem-stone',
  'crystal-ball',
  'books',
  'broom',
  // the Ghost Collector's stage: a broken hold
  'scissors',
  // decoration and status
  'owl',
  'castle',
  'locked',
  'star',
  'glowing-star',
  'sparkles',
  'trophy',
  'light-bulb',
  'open-book',
  'check-mark-button',
  'crescent-moon',
  'speaker-high-volume',
  'muted-speaker',
  'globe-with-meridians',
  'party-popper',
  'hourglass-done',
  'world-map',
  'backhand-index-pointing-left',
  'right-arrow',
  'magnifying-glass-tilted-right',
  'counterclockwise-arrows-button',
  // the class folder (the top bar's chip, the console, the profile screen's folder kids)
  'file-folder',
  // the wizard's robe, a piece per chapter (game/model/stars.ts)
  'scarf',
  'gloves',
  'coat',
  'crown',
] as const;

export type SceneIconName = (typeof SCENE_ICONS)[number];

/** Scene icons plus every avatar's icon, without repeats. */
export const ICON_NAMES: readonly string[] = [...new Set<string>([...SCENE_ICONS, ...AVATARS.map((a) => a.icon)])];
