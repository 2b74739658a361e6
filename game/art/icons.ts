import icons from 'virtual:pyland-icons';
import { svgDataUrl } from './icon-svg.js';

/**
 * The game's icons (fluent-emoji-flat, MIT), picked at build time. Phaser gets them as
 * textures under `icon:<name>`; the DOM overlay gets them as decorative <img> elements.
 */
export const ICON_SVGS: Readonly<Record<string, string>> = icons;

export function iconTextureKey(name: string): string {
  return `icon:${name}`;
}

export function iconUrl(name: string): string {
  const svg = ICON_SVGS[name];
  if (svg === undefined) throw new Error(`icon "${name}" was not picked at build time (see game/art/icon-names.ts)`);
  return svgDataUrl(svg);
}

/** A decorative icon image: empty alt text, because the text next to it says what it means. */
export function iconImage(name: string, size: number, className = 'icon'): HTMLImageElement {
  const image = document.createElement('img');
  image.src = iconUrl(name);
  image.alt = '';
  image.width = size;
  image.height = size;
  image.className = className;
  image.setAttribute('aria-hidden', 'true');
  image.draggable = false;
  return image;
}
