import { iconImage } from '../../art/icons.js';
import { el, uniqueId } from '../dom.js';
import './lab-door-card.css';

/** The Memory Lab's door under the six places of the map, in the words the kid reads. */
export interface LabDoorView {
  open: boolean;
  name: string;
  tagline: string;
  /** "Open: come and try things out!" or why it is locked. */
  statusText: string;
}

/**
 * A wide card below the places: not a seventh place (the path does not lead to it, and it has no
 * number), a door the kid may open once reference counting is done. Locked, it stays focusable
 * and says why, on the card and when pressed, as a locked place does.
 */
export function labDoorCard(door: LabDoorView, onPress: (door: LabDoorView) => void): HTMLButtonElement {
  const nameId = uniqueId('lab-door-name');
  const taglineId = uniqueId('lab-door-tagline');
  const statusId = uniqueId('lab-door-status');
  return el(
    'button',
    {
      className: `lab-door ${door.open ? 'is-open' : 'is-locked'}`,
      attrs: {
        type: 'button',
        'data-lab': door.open ? 'open' : 'locked',
        // named by all its words, as a place is (WCAG 2.5.3 label in name)
        'aria-labelledby': `${nameId} ${taglineId} ${statusId}`,
        'aria-disabled': door.open ? null : 'true',
      },
      on: { click: () => onPress(door) },
    },
    [
      el('span', { className: 'lab-door-icon' }, [iconImage('crystal-ball', 52)]),
      el('span', { className: 'lab-door-words' }, [
        el('span', { className: 'lab-door-name', text: door.name, attrs: { id: nameId } }),
        ' ',
        el('span', { className: 'lab-door-tagline', text: door.tagline, attrs: { id: taglineId } }),
      ]),
      ' ',
      el('span', { className: 'lab-door-status', attrs: { id: statusId } }, [
        iconImage(door.open ? 'sparkles' : 'locked', 22),
        el('span', { text: door.statusText }),
      ]),
    ],
  );
}
