import type { Translator } from '../../messages/translator.js';
import { el, uniqueId } from '../dom.js';
import { layOutLab, shortText, wrapWords, type LabLayout } from './lab-layout.js';
import type { LabPicture, LabPictureBox } from './lab-picture.js';

/**
 * The Memory Lab's picture, drawn in the DOM as SVG (not on the canvas): crisp at any zoom, and
 * every name and box is an image with a name of its own, so a screen reader reads memory too.
 * Arrows are drawn, not read: each box says how many holders it has, and each name what it holds.
 */
export interface LabMemoryView {
  /** The scrolling box the picture sits in (keyboard-scrollable, a named region). */
  element: HTMLElement;
  /** Draws a step's picture, or the empty note before any run. */
  show(picture: LabPicture | null, step: number): void;
}

const SVG = 'http://www.w3.org/2000/svg';
/** Characters that fit a line of a box (its repr in the code font, the rest in the text font). */
const REPR_CHARS = 19;
const NOTE_CHARS = 26;
const NAME_CHARS = 12;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  children: (SVGElement | string)[] = [],
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  for (const child of children) element.append(child);
  return element;
}

export function createLabMemoryView(words: Translator, labelledBy: string): LabMemoryView {
  const empty = el('p', { className: 'lab-memory-empty', text: words.t('lab.memory-empty') });
  const element = el('div', { className: 'lab-memory', attrs: { tabindex: 0, role: 'region', 'aria-labelledby': labelledBy } }, [empty]);
  const markerId = uniqueId('lab-arrow');
  const ghostMarkerId = uniqueId('lab-ghost-arrow');
  return {
    element,
    show(picture, step) {
      if (!picture) {
        element.replaceChildren(empty);
        return;
      }
      element.replaceChildren(drawPicture(words, picture, layOutLab(picture), step, markerId, ghostMarkerId));
    },
  };
}

function drawPicture(
  words: Translator,
  picture: LabPicture,
  layout: LabLayout,
  step: number,
  markerId: string,
  ghostMarkerId: string,
): SVGSVGElement {
  const arrowHead = (id: string, className: string) =>
    svg('marker', { id, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 8, markerHeight: 8, orient: 'auto-start-reverse' }, [
      svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: className }),
    ]);
  const picture_ = svg(
    'svg',
    {
      class: 'lab-picture',
      width: layout.width,
      height: layout.height,
      viewBox: `0 0 ${layout.width} ${layout.height}`,
      role: 'group',
      'aria-label': words.t('lab.picture-label', { step: step + 1 }),
    },
    [svg('defs', {}, [arrowHead(markerId, 'lab-arrow-head'), arrowHead(ghostMarkerId, 'lab-arrow-head is-ghost')])],
  );
  const boxesById = new Map(picture.boxes.map((box) => [box.id, box]));
  // arrows first: boxes and names are drawn over their ends
  const arrows = svg('g', { 'aria-hidden': 'true' });
  for (const arrow of layout.arrows) {
    arrows.append(
      svg('path', {
        d: arrow.d,
        class: `lab-arrow${arrow.ghost ? ' is-ghost' : ''}`,
        'marker-end': `url(#${arrow.ghost ? ghostMarkerId : markerId})`,
        'data-from': arrow.from.kind === 'name' ? `name:${arrow.from.name}` : `box:${arrow.from.id}`,
        'data-to': arrow.to,
      }),
    );
  }
  picture_.append(arrows);
  for (const heading of layout.headings) {
    const scope = picture.scopes[heading.scope]!;
    picture_.append(
      svg('text', { class: 'lab-scope-heading', x: heading.x, y: heading.y }, [
        scope.function === null ? words.t('lab.scope-module') : words.t('lab.scope-function', { function: scope.function }),
      ]),
    );
  }
  for (const name of layout.names) {
    const held = boxesById.get(name.target);
    const label = held ? words.t('lab.name-label', { name: name.name, type: held.type, repr: held.repr }) : name.name;
    picture_.append(
      svg('g', { class: 'lab-name', role: 'img', 'aria-label': label, 'data-name': name.name }, [
        svg('rect', { x: name.x, y: name.y, width: name.width, height: name.height, rx: 10 }),
        svg('text', { x: name.x + 12, y: name.y + name.height / 2 + 6 }, [shortText(name.name, NAME_CHARS)]),
      ]),
    );
  }
  for (const laid of layout.boxes) {
    const box = boxesById.get(laid.id)!;
    const notes = boxNotes(words, box, picture.line);
    const lines = box.gone ? wrapWords(notes.join(' '), NOTE_CHARS).slice(0, 2) : notes;
    const state = box.gone ? `is-${box.gone}` : box.immortal ? 'is-immortal' : 'is-live';
    const label = [words.t('lab.box-label', { type: box.type, repr: box.repr }), ...boxNotes(words, box, picture.line, true)].join('. ');
    picture_.append(
      svg('g', { class: `lab-box ${state}`, role: 'img', 'aria-label': label, 'data-id': box.id, 'data-gone': box.gone ?? 'no' }, [
        svg('rect', { x: laid.x, y: laid.y, width: laid.width, height: laid.height, rx: 12 }),
        svg('text', { class: 'lab-box-type', x: laid.x + 12, y: laid.y + 21 }, [shortText(box.type, NOTE_CHARS)]),
        svg('text', { class: 'lab-box-repr', x: laid.x + 12, y: laid.y + 44 }, [shortText(box.repr, REPR_CHARS)]),
        ...lines.map((line, index) => svg('text', { class: 'lab-box-note', x: laid.x + 12, y: laid.y + 66 + index * 20 }, [line])),
      ]),
    );
  }
  return picture_;
}

/** A box's last lines: its holders and its tally, or (a ghost) what happened to it at this line. */
function boxNotes(words: Translator, box: LabPictureBox, line: number | null, long = false): string[] {
  if (box.gone) {
    const key = box.gone === 'freed' ? (line === null ? 'lab.freed' : 'lab.freed-at') : line === null ? 'lab.swept' : 'lab.swept-at';
    return [words.say(key, line === null ? {} : { line })];
  }
  const holders = long ? words.t('lab.holders-long', { count: box.holders }) : words.t('lab.holders', { count: box.holders });
  const tally = box.immortal
    ? words.t(long ? 'lab.immortal-long' : 'lab.immortal')
    : box.tallyChange > 0
      ? words.t('lab.tally-up', { count: box.tallyChange })
      : box.tallyChange < 0
        ? words.t('lab.tally-down', { count: -box.tallyChange })
        : words.t('lab.tally-same');
  return [holders, tally];
}

/** The sentence under the picture: what it shows, in the game's words. */
export function labSentence(words: Translator, picture: LabPicture): string {
  const live = picture.boxes.filter((box) => box.gone === null).length;
  const names = picture.scopes.reduce((sum, scope) => sum + scope.names.length, 0);
  const freed = picture.boxes.filter((box) => box.gone === 'freed').length;
  const swept = picture.boxes.filter((box) => box.gone === 'swept').length;
  return [
    words.t('lab.view-now', { names, objects: live }),
    freed > 0 ? words.t('lab.view-freed', { count: freed }) : '',
    swept > 0 ? words.t('lab.view-swept', { count: swept }) : '',
  ]
    .filter(Boolean)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
