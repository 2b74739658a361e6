import type { Translator } from '../messages/translator.js';
import type { ChapterId } from '../../contracts/level-schema.js';
import { iconImage } from '../art/icons.js';
import { el, uniqueId } from './dom.js';
import { labDoorCard, type LabDoorView } from './lab/lab-door-card.js';
import type { ScreenView } from './ui-root.js';
import './map-screen.css';

/**
 * The school map: six places, one per chapter, read like a book (1 2 3 on top, 4 5 6 below: a
 * winding row of 6 5 4 read backwards to kids), joined by the path. Tab order follows it. A locked place stays focusable
 * and says why it is locked, both on the card and when it is pressed.
 */
export interface PlaceView {
  chapter: ChapterId;
  name: string;
  tagline: string;
  icon: string;
  status: 'locked' | 'open' | 'done';
  /** Progress ("2 of 3 lessons done") or why it is locked. */
  statusText: string;
}

export interface MapScreen extends ScreenView {
  /** The place cards in path order, for the scene to draw the path between them. */
  places(): HTMLElement[];
}

export interface MapScreenHandlers {
  onOpen(chapter: ChapterId): void;
  onLocked(place: PlaceView): void;
  /** The Memory Lab's door pressed (open or locked: the scene decides). */
  onLabDoor(door: LabDoorView): void;
  onSwitchProfile(): void;
}

export interface RobeView {
  /** Every piece of the robe in chapter order: its icon, its words, and whether it is earned. */
  pieces: { icon: string; name: string; earned: boolean }[];
  countText: string;
  starsText: string;
}

export function createMapScreen(
  words: Translator,
  player: { name: string; avatarIcon: string; robe: RobeView },
  places: PlaceView[],
  /** Null when the door is hidden (a kiosk whose host hid the Lab): the map shows no door at all. */
  labDoor: LabDoorView | null,
  handlers: MapScreenHandlers,
): MapScreen {
  const heading = el('h1', { text: words.t('map.heading') });
  const cards = places.map((place, index) => placeCard(place, index, handlers));
  const switchProfile = el(
    'button',
    { className: 'button button-small', attrs: { type: 'button' }, on: { click: handlers.onSwitchProfile } },
    [iconImage(player.avatarIcon, 26), el('span', { text: words.t('map.switch-profile') })],
  );
  const element = el('section', { className: 'screen map-screen' }, [
    el('div', { className: 'map-header' }, [
      el('div', {}, [heading, el('p', { className: 'map-welcome', text: words.t('map.welcome', { name: player.name }) })]),
      robeStrip(words, player.robe),
      switchProfile,
    ]),
    el(
      'ol',
      { className: 'map-places' },
      cards.map((card) => el('li', { className: 'map-place-slot' }, [card])),
    ),
    // below the six places, after them in the tab order: the Lab is no place on the path
    ...(labDoor ? [labDoorCard(labDoor, handlers.onLabDoor)] : []),
  ]);
  // first open (not finished) place gets focus, else the first one
  const firstOpen = cards[places.findIndex((p) => p.status === 'open')] ?? cards[0];
  return { element, initialFocus: firstOpen ?? heading, places: () => cards };
}

/** The wizard's robe: a piece per finished place (the rest dim), and the stars of the school. */
function robeStrip(words: Translator, robe: RobeView): HTMLElement {
  const headingId = uniqueId('robe');
  return el('section', { className: 'robe-strip', attrs: { 'aria-labelledby': headingId } }, [
    el('h2', { className: 'robe-heading', text: words.t('stars.robe-heading'), attrs: { id: headingId } }),
    el(
      'ul',
      { className: 'robe-pieces' },
      robe.pieces.map((piece) =>
        el(
          'li',
          {
            className: `robe-piece${piece.earned ? ' is-earned' : ''}`,
            attrs: { title: piece.earned ? piece.name : words.t('stars.piece-missing', { piece: piece.name }) },
          },
          [
            iconImage(piece.icon, 34),
            el('span', {
              className: 'visually-hidden',
              text: piece.earned ? piece.name : words.t('stars.piece-missing', { piece: piece.name }),
            }),
          ],
        ),
      ),
    ),
    el('p', { className: 'robe-count', text: `${robe.countText} · ${robe.starsText}` }),
  ]);
}

function placeCard(place: PlaceView, index: number, handlers: MapScreenHandlers): HTMLButtonElement {
  const numberId = uniqueId('place-number');
  const nameId = uniqueId('place-name');
  const taglineId = uniqueId('place-tagline');
  const statusId = uniqueId('place-status');
  const locked = place.status === 'locked';
  const statusIcon = locked ? 'locked' : place.status === 'done' ? 'glowing-star' : 'sparkles';
  return el(
    'button',
    {
      className: `place place-${place.status} place-slot-${index + 1}`,
      attrs: {
        type: 'button',
        'data-chapter': place.chapter,
        // named by all its words (number, name, tagline, status), not the place's name alone:
        // what a kid sees on the card is what a screen reader says and what voice control answers
        // to (WCAG 2.5.3 label in name)
        'aria-labelledby': `${numberId} ${nameId} ${taglineId} ${statusId}`,
        'aria-disabled': locked ? 'true' : null,
      },
      on: { click: () => (locked ? handlers.onLocked(place) : handlers.onOpen(place.chapter)) },
    },
    // spaces between the parts (a flex column draws none of them): read as text, "2" and
    // "Garbage collection" stay two words, as the kid sees them on two lines
    [
      el('span', { className: 'place-icon' }, [iconImage(place.icon, 64)]),
      el('span', { className: 'place-number', text: String(index + 1), attrs: { id: numberId } }),
      ' ',
      el('span', { className: 'place-name', text: place.name, attrs: { id: nameId } }),
      ' ',
      el('span', { className: 'place-tagline', text: place.tagline, attrs: { id: taglineId } }),
      ' ',
      el('span', { className: 'place-status', attrs: { id: statusId } }, [
        iconImage(statusIcon, 22),
        el('span', { text: place.statusText }),
      ]),
    ],
  );
}
