import { iconImage } from '../art/icons.js';

/** Stars in a row: earned ones lit, the rest dim (the words say it too, for screen readers). */
export function starIcons(earned: number, possible: number): HTMLElement[] {
  return Array.from({ length: possible }, (_, index) => iconImage('star', 28, `icon star-icon${index < earned ? ' is-earned' : ''}`));
}
