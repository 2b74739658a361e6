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
  let drawing: PictureDrawing | null = null;
  return {
    element,
    show(picture, step) {
      if (!picture) {
        element.replaceChildren(empty);
        return;
      }
      if (drawing === null) drawing = new PictureDrawing(markerId, ghostMarkerId);
      drawing.draw(words, picture, layOutLab(picture), step);
      if (element.firstChild !== drawing.root) element.replaceChildren(drawing.root);
    },
  };
}

/**
 * One SVG kept from step to step: a step's picture shares most of its names, boxes and arrows
 * with the step before, so each is drawn once and kept while it looks the same (its key and the
 * text of everything it shows); only what changed is made anew. A 2,000-step run of 150 boxes
 * then steps in a few milliseconds instead of building a thousand elements each time.
 */
class PictureDrawing {
  readonly root: SVGSVGElement;
  readonly #arrows = new KeptGroup(svg('g', { 'aria-hidden': 'true' }));
  readonly #headings = new KeptGroup(svg('g'));
  readonly #names = new KeptGroup(svg('g'));
  readonly #boxes = new KeptGroup(svg('g'));

  constructor(
    readonly markerId: string,
    readonly ghostMarkerId: string,
  ) {
    const arrowHead = (id: string, className: string) =>
      svg('marker', { id, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 8, markerHeight: 8, orient: 'auto-start-reverse' }, [
        svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: className }),
      ]);
    // arrows first: boxes and names are drawn over their ends
    this.root = svg('svg', { class: 'lab-picture', role: 'group' }, [
      svg('defs', {}, [arrowHead(markerId, 'lab-arrow-head'), arrowHead(ghostMarkerId, 'lab-arrow-head is-ghost')]),
      this.#arrows.group,
      this.#headings.group,
      this.#names.group,
      this.#boxes.group,
    ]);
  }

  draw(words: Translator, picture: LabPicture, layout: LabLayout, step: number): void {
    const root = this.root;
    root.setAttribute('width', String(layout.width));
    root.setAttribute('height', String(layout.height));
    root.setAttribute('viewBox', `0 0 ${layout.width} ${layout.height}`);
    root.setAttribute('aria-label', words.t('lab.picture-label', { step: step + 1 }));
    const boxesById = new Map(picture.boxes.map((box) => [box.id, box]));

    // an arrow is who holds whom, and which of its references this is (a list holding x twice)
    const arrowsSeen = new Map<string, number>();
    this.#arrows.show(
      layout.arrows.map((arrow) => {
        const from = arrow.from.kind === 'name' ? `name:${arrow.from.scope}:${arrow.from.name}` : `box:${arrow.from.id}`;
        const ends = `${from}>${arrow.to}`;
        const nth = (arrowsSeen.get(ends) ?? 0) + 1;
        arrowsSeen.set(ends, nth);
        const className = `lab-arrow${arrow.ghost ? ' is-ghost' : ''}`;
        return {
          key: `${ends}#${nth}`,
          looks: `${arrow.d}|${className}`,
          make: () =>
            svg('path', {
              d: arrow.d,
              class: className,
              'marker-end': `url(#${arrow.ghost ? this.ghostMarkerId : this.markerId})`,
              'data-from': arrow.from.kind === 'name' ? `name:${arrow.from.name}` : `box:${arrow.from.id}`,
              'data-to': arrow.to,
            }),
        };
      }),
    );
    this.#headings.show(
      layout.headings.map((heading) => {
        const scope = picture.scopes[heading.scope]!;
        const text = scope.function === null ? words.t('lab.scope-module') : words.t('lab.scope-function', { function: scope.function });
        return {
          key: `scope:${heading.scope}`,
          looks: `${heading.x},${heading.y}|${text}`,
          make: () => svg('text', { class: 'lab-scope-heading', x: heading.x, y: heading.y }, [text]),
        };
      }),
    );
    this.#names.show(
      layout.names.map((name) => {
        const held = boxesById.get(name.target);
        const label = held ? words.t('lab.name-label', { name: name.name, type: held.type, repr: held.repr }) : name.name;
        return {
          key: `name:${name.scope}:${name.name}`,
          looks: `${name.x},${name.y},${name.width},${name.height}|${label}`,
          make: () =>
            svg('g', { class: 'lab-name', role: 'img', 'aria-label': label, 'data-name': name.name }, [
              svg('rect', { x: name.x, y: name.y, width: name.width, height: name.height, rx: 10 }),
              svg('text', { x: name.x + 12, y: name.y + name.height / 2 + 6 }, [shortText(name.name, NAME_CHARS)]),
            ]),
        };
      }),
    );
    this.#boxes.show(
      layout.boxes.map((laid) => {
        const box = boxesById.get(laid.id)!;
        const notes = boxNotes(words, box, picture.line);
        const lines = box.gone ? wrapWords(notes.join(' '), NOTE_CHARS).slice(0, 2) : notes;
        const state = box.gone ? `is-${box.gone}` : box.immortal ? 'is-immortal' : 'is-live';
        const label = [words.t('lab.box-label', { type: box.type, repr: box.repr }), ...boxNotes(words, box, picture.line, true)].join(
          '. ',
        );
        return {
          key: `box:${laid.id}`,
          looks: `${laid.x},${laid.y},${laid.width},${laid.height}|${state}|${box.type}|${box.repr}|${lines.join('|')}|${label}`,
          make: () =>
            svg('g', { class: `lab-box ${state}`, role: 'img', 'aria-label': label, 'data-id': box.id, 'data-gone': box.gone ?? 'no' }, [
              svg('rect', { x: laid.x, y: laid.y, width: laid.width, height: laid.height, rx: 12 }),
              svg('text', { class: 'lab-box-type', x: laid.x + 12, y: laid.y + 21 }, [shortText(box.type, NOTE_CHARS)]),
              svg('text', { class: 'lab-box-repr', x: laid.x + 12, y: laid.y + 44 }, [shortText(box.repr, REPR_CHARS)]),
              ...lines.map((line, index) => svg('text', { class: 'lab-box-note', x: laid.x + 12, y: laid.y + 66 + index * 20 }, [line])),
            ]),
        };
      }),
    );
  }
}

interface KeptPart {
  /** Who it is from step to step (a name in its scope, a box's id, an arrow's ends). */
  key: string;
  /** Everything it shows, as text: when this is unchanged its element is kept as it is. */
  looks: string;
  make(): SVGElement;
}

/** A group of the picture whose children are kept by key (see PictureDrawing), in the order given. */
class KeptGroup {
  readonly #kept = new Map<string, { element: SVGElement; looks: string }>();

  constructor(readonly group: SVGGElement) {}

  show(parts: readonly KeptPart[]): void {
    const wanted = new Set<string>();
    const elements: SVGElement[] = [];
    for (const part of parts) {
      wanted.add(part.key);
      let kept = this.#kept.get(part.key);
      if (kept === undefined || kept.looks !== part.looks) {
        const element = part.make();
        if (kept !== undefined) kept.element.replaceWith(element);
        kept = { element, looks: part.looks };
        this.#kept.set(part.key, kept);
      }
      elements.push(kept.element);
    }
    for (const [key, kept] of this.#kept) {
      if (wanted.has(key)) continue;
      kept.element.remove();
      this.#kept.delete(key);
    }
    // the reading order (a screen reader's) is the picture's: move only what is out of place
    let at: ChildNode | null = this.group.firstChild;
    for (const element of elements) {
      if (at === element) at = element.nextSibling;
      else this.group.insertBefore(element, at);
    }
  }
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
