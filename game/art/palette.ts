/**
 * The night-sky wizard-school colours, shared by the Phaser drawings (numbers) and
 * mirrored as CSS custom properties in game/styles/base.css (keep the two in step).
 */
export const PALETTE = {
  skyTop: 0x070616,
  skyMiddle: 0x16123a,
  skyBottom: 0x2b1f5e,
  hill: 0x120f2e,
  hillFar: 0x1c1745,
  castle: 0x0d0b24,
  window: 0xffd166,
  star: 0xfff6d5,
  moon: 0xfff1c1,
  gold: 0xffd166,
  violet: 0x8b6cf0,
  mint: 0x6ee7b7,
  coral: 0xff8a80,
  sky: 0x7dd3fc,
  text: 0xf5f3ff,
  stageFloor: 0x241c52,
  stageGlow: 0x5b3fb0,
  tagHolder: 0xfff1c1,
  tagContainer: 0xbde7ff,
  string: 0xe9d8ff,
} as const;

/** `#rrggbb` for Phaser text styles. */
export function cssColor(color: number): string {
  return `#${color.toString(16).padStart(6, '0')}`;
}

/** The font every text uses (bundled from @fontsource/atkinson-hyperlegible; emoji from twemoji-colr-font). */
export const FONT_FAMILY = '"Atkinson Hyperlegible", "Segoe UI", sans-serif, "Twemoji"';
export const MONO_FAMILY = '"DejaVu Sans Mono", "Cascadia Mono", Consolas, monospace';
