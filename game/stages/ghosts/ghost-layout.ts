import type { GhostEnd, GhostsSceneData } from '../../../contracts/cast-protocol.js';
import type { Rect } from '../shared/stage-geometry.js';
import { paceMs, type StagePace } from '../shared/stage-pace.js';
import { cutHolds, cycleGroups } from './ghost-graph.js';
import { packTagRows, placeTagRows, type GhostTag, type GhostTagMetrics } from './ghost-tags.js';
import { plainHoldText, type HoldText } from './ghost-words.js';

/**
 * Where everything of a `ghosts` scene goes and when it moves, as plain maths (no Phaser), so it
 * is tested without a canvas. The ghost stage draws exactly this layout:
 *
 *            ╭──friend──╮                <- attribute holds: arrows between spirits, arcing
 *        (wisp)   ⟲   (mist)                above one way and below the other; a circle glows
 *            ╰──friend──╯                   and shows its badge in the middle
 *          [lantern]                      <- names (and containers, and a function's names) hang
 *                                            under the spirit they hold, on strings
 *   👻 ────────────────────────────▶     <- the Ghost Collector flies across on each visit and
 *                                            takes only the spirits that visit swept
 *
 * Then the events replay in the order they were measured: a freed spirit leaves at once (the
 * tally reached 0), each visit of the Ghost Collector crosses the stage. Last, every spirit gets
 * a badge with how it ended. Nothing here is canned: it all comes from the scene data.
 */

export interface GhostLayoutOptions extends GhostTagMetrics {
  /** Spirits per row at most. */
  maxColumns: number;
  /** Delay between one spirit appearing and the next. */
  staggerMs: number;
  appearMs: number;
  /** Pause to show a broken hold (a "cut" arrow) before the events start. */
  cutMs: number;
  /** How long a freed spirit takes to leave, and the gap before the next event. */
  leaveMs: number;
  freedGapMs: number;
  /** How long the Ghost Collector takes to cross the stage. */
  sweepMs: number;
  badgeMs: number;
  /** A breath between two steps of the story (after the spirits appear, after a visit). */
  gapMs: number;
}

export const DEFAULT_GHOST_OPTIONS: GhostLayoutOptions = {
  charWidth: 10,
  tagHeight: 28,
  tagPadding: 9,
  gap: 8,
  maxColumns: 6,
  staggerMs: 180,
  appearMs: 420,
  cutMs: 900,
  leaveMs: 700,
  freedGapMs: 520,
  sweepMs: 1800,
  badgeMs: 360,
  gapMs: 200,
};

export interface SpiritPlacement {
  label: string;
  end: GhostEnd;
  inCycle: boolean;
  x: number;
  y: number;
  size: number;
  /** Where the spirit's own name is written, just under it. */
  labelY: number;
  tags: GhostTag[];
  appearAt: number;
  /** When it starts to leave (freed or swept), or null when it stays. */
  leaveAt: number | null;
  /** Where its end badge goes. */
  badgeX: number;
  badgeY: number;
}

/** A cubic curve from one spirit to another (or round to itself), the arrowhead at (x2, y2). */
export interface ArrowCurve {
  x1: number;
  y1: number;
  c1x: number;
  c1y: number;
  c2x: number;
  c2y: number;
  x2: number;
  y2: number;
}

export interface HoldArrow {
  from: string;
  to: string;
  /** The attribute (`friend`). */
  via: string;
  curve: ArrowCurve;
  /** Both ends are in the same circle. */
  inCycle: boolean;
  /** The story had this hold and the spell broke it (wisp.friend = None). */
  cut: boolean;
  /** Where its label (and the scissors of a cut) goes. */
  midX: number;
  midY: number;
  /**
   * There is room for its label (`.friend`) between the end badges of the two spirits; a short
   * arrow or a loop goes without (the words under the stage still say it).
   */
  labelled: boolean;
}

export interface CycleBadge {
  labels: string[];
  x: number;
  y: number;
}

export interface CollectorPass {
  /** The spirits this visit swept, in order (maybe none). */
  labels: string[];
  startAt: number;
  endAt: number;
  fromX: number;
  toX: number;
  y: number;
}

export interface GhostLayout {
  spirits: SpiritPlacement[];
  arrows: HoldArrow[];
  cycles: CycleBadge[];
  passes: CollectorPass[];
  /** When the cut arrows are cut (only meaningful when some arrow is cut). */
  cutAt: number;
  /** When the end badges appear. */
  badgesAt: number;
  durationMs: number;
  /** Size of the Ghost Collector's sprite. */
  collectorSize: number;
}

const MAX_SPRITE = 96;
/** Smallest spirit worth drawing tags under; a crowded stage drops tags before spirits shrink below it. */
const MIN_SPRITE = 32;
const TINY_SPRITE = 16;
const MAX_TAG_ROWS = 2;
/** Room above a spirit for its end badge, and under it for its own name (less in a crowded stage). */
const BADGE_ROOM = 26;
const NAME_ROOM = 30;
/** Distance between two spirits that leaves room for an arrow's label between their end badges. */
const ROOM_FOR_ARROW_LABEL = 170;

/**
 * Columns and rows for `count` spirits in `area`: the grid whose spirits can be drawn largest
 * (a spirit needs about 56 px of height besides itself for its badge and name), fewer rows first.
 */
export function spiritGrid(count: number, area: Rect, maxColumns = DEFAULT_GHOST_OPTIONS.maxColumns): { columns: number; rows: number } {
  if (count <= 0) return { columns: 0, rows: 0 };
  let best = { columns: 1, rows: count, score: -Infinity };
  for (let columns = 1; columns <= Math.min(count, Math.max(1, maxColumns)); columns += 1) {
    const rows = Math.ceil(count / columns);
    const score = Math.min((area.width / columns) * 0.42, (area.height / rows - BADGE_ROOM - NAME_ROOM) * 0.8);
    if (score > best.score + 0.5) best = { columns, rows, score };
  }
  return { columns: best.columns, rows: best.rows };
}

export function layoutGhosts(
  data: GhostsSceneData,
  area: Rect,
  options: Partial<GhostLayoutOptions> = {},
  holdText: HoldText = plainHoldText,
): GhostLayout {
  const o = { ...DEFAULT_GHOST_OPTIONS, ...options };
  const { columns, rows } = spiritGrid(data.spirits.length, area, o.maxColumns);
  const cellWidth = columns > 0 ? area.width / columns : 0;
  const cellHeight = rows > 0 ? area.height / rows : 0;
  // in a crowded stage the badge and name get less room, then tags give way before spirits shrink
  const badgeRoom = Math.min(BADGE_ROOM, cellHeight * 0.14);
  const nameRoom = Math.min(NAME_ROOM, cellHeight * 0.16);
  const tagRowsFit = clamp(Math.floor((cellHeight - badgeRoom - nameRoom - MIN_SPRITE) / (o.tagHeight + o.gap)), 0, MAX_TAG_ROWS);
  const cells = data.spirits.map((spirit, index) => {
    const column = index % columns;
    const row = Math.floor(index / columns);
    // a last row with fewer spirits is centred under the others
    const inRow = row === rows - 1 ? data.spirits.length - row * columns : columns;
    const rowLeft = area.x + ((columns - inRow) * cellWidth) / 2;
    const cell: Rect = { x: rowLeft + column * cellWidth, y: area.y + row * cellHeight, width: cellWidth, height: cellHeight };
    const holdsOn = data.holds.filter((hold) => hold.target === spirit.label && hold.kind !== 'attribute');
    const tagRows = packTagRows(
      holdsOn.map((hold) => ({ text: holdText(hold), kind: hold.kind })),
      cell,
      tagRowsFit,
      o,
    );
    return { spirit, cell, tagRows };
  });
  // room for what is really there: the badge above, the name and the tag rows below
  const tagRowsUsed = Math.max(0, ...cells.map((entry) => entry.tagRows.length));
  const below = nameRoom + tagRowsUsed * (o.tagHeight + o.gap);
  const size = clamp(Math.min(MAX_SPRITE, cellWidth * 0.42, (cellHeight - badgeRoom - below) * 0.9), TINY_SPRITE, MAX_SPRITE);
  const drawingHeight = badgeRoom + size + below;

  const spirits: SpiritPlacement[] = cells.map(({ spirit, cell, tagRows }, index) => {
    const x = cell.x + cell.width / 2;
    const y = cell.y + Math.max(0, (cell.height - drawingHeight) / 2) + badgeRoom + size / 2;
    return {
      label: spirit.label,
      end: spirit.end,
      inCycle: spirit.inCycle,
      x,
      y,
      size,
      labelY: y + size * 0.5 + nameRoom * 0.37,
      tags: placeTagRows(tagRows, { x, y, size }, cell, nameRoom, o),
      appearAt: index * o.staggerMs,
      leaveAt: null,
      badgeX: x,
      badgeY: y - size * 0.5 - badgeRoom / 2,
    };
  });
  const byLabel = new Map(spirits.map((spirit) => [spirit.label, spirit]));

  const groups = cycleGroups(data.spirits, data.holds);
  const groupOf = new Map<string, number>();
  groups.forEach((group, index) => group.forEach((label) => groupOf.set(label, index)));

  const cut = cutHolds(data);
  const arrows: HoldArrow[] = [];
  const attributeHolds = [...data.holds.filter((hold) => hold.kind === 'attribute'), ...cut];
  for (const hold of attributeHolds) {
    const from = byLabel.get(hold.holder);
    const to = byLabel.get(hold.target);
    if (!from || !to) continue;
    const isCut = cut.includes(hold);
    const sameGroup = !isCut && groupOf.has(hold.holder) && groupOf.get(hold.holder) === groupOf.get(hold.target);
    const curve = arrowCurve(from, to);
    const mid = cubicPoint(curve, 0.5);
    const chord = Math.hypot(to.x - from.x, to.y - from.y);
    arrows.push({
      from: hold.holder,
      to: hold.target,
      via: hold.via,
      curve,
      inCycle: sameGroup,
      cut: isCut,
      midX: mid.x,
      midY: mid.y,
      labelled: from !== to && chord >= ROOM_FOR_ARROW_LABEL,
    });
  }
  const cycles: CycleBadge[] = groups.map((group) => {
    const members = group.map((label) => byLabel.get(label)!);
    if (members.length === 1) {
      // beside its loop, clear of the end badge above the spirit
      const only = members[0]!;
      return { labels: group, x: only.x + only.size * 0.75, y: only.y - only.size * 0.35 };
    }
    return {
      labels: group,
      x: members.reduce((sum, member) => sum + member.x, 0) / members.length,
      y: members.reduce((sum, member) => sum + member.y, 0) / members.length,
    };
  });

  // the timeline: appear, cut, then the events in the order they were measured
  const appearEnd = spirits.length > 0 ? (spirits.length - 1) * o.staggerMs + o.appearMs : 0;
  const cutAt = appearEnd + o.gapMs;
  let clock = cut.length > 0 ? cutAt + o.cutMs : appearEnd + o.gapMs * 1.5;
  const collectorSize = Math.max(MIN_SPRITE, size * 0.9);
  const passes: CollectorPass[] = [];
  const left = new Set<string>();
  const leave = (label: string, at: number) => {
    const spirit = byLabel.get(label);
    if (!spirit || left.has(label)) return;
    left.add(label);
    spirit.leaveAt = at;
  };
  for (const event of data.events) {
    if (event.what === 'freed') {
      const known = event.labels.filter((label) => byLabel.has(label) && !left.has(label));
      if (known.length === 0) continue;
      for (const label of known) leave(label, clock);
      clock += o.freedGapMs;
    } else {
      const fromX = area.x - collectorSize * 0.5;
      const toX = area.x + area.width + collectorSize * 0.5;
      const swept = event.labels.filter((label) => byLabel.has(label) && !left.has(label));
      const y = passHeight(
        swept.map((label) => byLabel.get(label)!),
        spirits,
        area,
      );
      for (const label of swept) {
        const spirit = byLabel.get(label)!;
        leave(label, clock + o.sweepMs * clamp((spirit.x - fromX) / (toX - fromX), 0, 1));
      }
      passes.push({ labels: swept, startAt: clock, endAt: clock + o.sweepMs, fromX, toX, y });
      clock += o.sweepMs + o.gapMs;
    }
  }
  // spirits that left after the event list was full: they go last, one after another
  for (const spirit of spirits) {
    if (spirit.end !== 'alive' && spirit.leaveAt === null) {
      spirit.leaveAt = clock;
      clock += o.freedGapMs;
    }
  }
  const lastLeave = Math.max(0, ...spirits.map((spirit) => (spirit.leaveAt ?? 0) + o.leaveMs));
  const badgesAt = Math.max(clock, lastLeave, appearEnd);
  return {
    spirits,
    arrows,
    cycles,
    passes,
    cutAt,
    badgesAt,
    durationMs: badgesAt + o.badgeMs,
    collectorSize,
  };
}

/** The Ghost Collector flies at the height of the spirits it sweeps (or of all of them). */
function passHeight(swept: SpiritPlacement[], all: SpiritPlacement[], area: Rect): number {
  const row = swept.length > 0 ? swept : all;
  if (row.length === 0) return area.y + area.height / 2;
  return row.reduce((sum, spirit) => sum + spirit.y, 0) / row.length;
}

/**
 * An arrow from one spirit's edge to another's, arcing to the left of its direction of travel.
 * A spirit that holds itself gets a loop over its head.
 */
function arrowCurve(from: SpiritPlacement, to: SpiritPlacement): ArrowCurve {
  const r = from.size * 0.5;
  if (from === to) {
    const top = from.y - r * 0.9;
    return {
      x1: from.x - r * 0.5,
      y1: top,
      c1x: from.x - r * 1.4,
      c1y: top - r * 1.6,
      c2x: from.x + r * 1.4,
      c2y: top - r * 1.6,
      x2: from.x + r * 0.5,
      y2: top,
    };
  }
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const distance = Math.hypot(dx, dy) || 1;
  const ux = dx / distance;
  const uy = dy / distance;
  // the normal to the left of the direction of travel: a left-to-right arrow arcs above, the
  // arrow back (right to left) arcs below, so the two halves of a circle never overlap
  const nx = uy;
  const ny = -ux;
  const bulge = Math.min(distance * 0.3, r * 1.25);
  const start = { x: from.x + ux * r * 0.8 + nx * r * 0.45, y: from.y + uy * r * 0.8 + ny * r * 0.45 };
  const end = { x: to.x - ux * r * 0.9 + nx * r * 0.45, y: to.y - uy * r * 0.9 + ny * r * 0.45 };
  return {
    x1: start.x,
    y1: start.y,
    c1x: start.x + dx * 0.25 + nx * bulge,
    c1y: start.y + dy * 0.25 + ny * bulge,
    c2x: end.x - dx * 0.25 + nx * bulge,
    c2y: end.y - dy * 0.25 + ny * bulge,
    x2: end.x,
    y2: end.y,
  };
}

/** The point at `t` (0..1) along a cubic curve. */
export function cubicPoint(curve: ArrowCurve, t: number): { x: number; y: number } {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return {
    x: a * curve.x1 + b * curve.c1x + c * curve.c2x + d * curve.x2,
    y: a * curve.y1 + b * curve.c1y + c * curve.c2y + d * curve.y2,
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * Ghost timing: the events keep their measured order (freed by the tally first, then the
 * collector's visits), each one short, and the Ghost Collector does not fly across.
 */
export function ghostTiming(pace: StagePace): Partial<GhostLayoutOptions> {
  if (pace === 'moving') return {};
  return {
    staggerMs: 0,
    appearMs: paceMs(pace, 120),
    cutMs: paceMs(pace, 150),
    leaveMs: paceMs(pace, 150),
    freedGapMs: paceMs(pace, 100),
    sweepMs: paceMs(pace, 150),
    badgeMs: paceMs(pace, 120),
    gapMs: paceMs(pace, 60),
  };
}
