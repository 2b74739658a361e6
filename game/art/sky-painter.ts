import { cssColor, PALETTE } from './palette.js';

/**
 * Paints the school's night sky with the Canvas 2D API: a deep gradient, a starfield, the
 * moon, two rows of hills and the castle on the horizon with lit windows. Painted once per
 * window size into a texture, so it costs nothing per frame. A fixed seed keeps the stars
 * in the same places on every start (and in screenshots).
 */
export function paintSky(ctx: CanvasRenderingContext2D, width: number, height: number, seed = 7): void {
  const random = seededRandom(seed);
  const horizon = height * 0.8;

  const sky = ctx.createLinearGradient(0, 0, 0, height);
  sky.addColorStop(0, cssColor(PALETTE.skyTop));
  sky.addColorStop(0.55, cssColor(PALETTE.skyMiddle));
  sky.addColorStop(1, cssColor(PALETTE.skyBottom));
  ctx.fillStyle = sky;
  ctx.fillRect(0, 0, width, height);

  // a faint band of the milky way across the sky
  ctx.save();
  ctx.translate(width * 0.5, height * 0.35);
  ctx.rotate(-0.35);
  const band = ctx.createLinearGradient(0, -height * 0.18, 0, height * 0.18);
  band.addColorStop(0, 'rgba(139, 108, 240, 0)');
  band.addColorStop(0.5, 'rgba(139, 108, 240, 0.14)');
  band.addColorStop(1, 'rgba(139, 108, 240, 0)');
  ctx.fillStyle = band;
  ctx.fillRect(-width, -height * 0.18, width * 2, height * 0.36);
  ctx.restore();

  // stars: many tiny ones, a few bright ones with a glow
  const count = Math.round((width * horizon) / 2600);
  for (let i = 0; i < count; i += 1) {
    const x = random() * width;
    const y = random() * horizon;
    const bright = random() < 0.08;
    const radius = bright ? 1.4 + random() * 1.2 : 0.4 + random() * 0.9;
    ctx.globalAlpha = bright ? 0.95 : 0.35 + random() * 0.5;
    ctx.fillStyle = random() < 0.15 ? '#ffe8a3' : '#fff6d5';
    if (bright) {
      ctx.shadowColor = '#fff6d5';
      ctx.shadowBlur = 8;
    }
    ctx.beginPath();
    ctx.arc(x, y, radius, 0, Math.PI * 2);
    ctx.fill();
    ctx.shadowBlur = 0;
  }
  ctx.globalAlpha = 1;

  const moon = moonDisc(width, height);
  paintMoon(ctx, moon.x, moon.y, moon.radius);
  paintHills(ctx, width, height, horizon, random);
  paintCastle(ctx, width * 0.035, horizon, Math.min(width * 0.19, 260));
}

/** Where the moon sits in a sky of this size (in the window's CSS pixels). */
export function moonDisc(width: number, height: number): { x: number; y: number; radius: number } {
  return { x: width * 0.86, y: height * 0.15, radius: Math.max(28, Math.min(width, height) * 0.06) };
}

/**
 * How much of the window's right side a heading leaves free so it never sits on the moon:
 * from the moon's left edge (with a little of its glow) to the window's right edge.
 */
export function moonClearance(width: number, height: number): number {
  const moon = moonDisc(width, height);
  return Math.ceil(width - (moon.x - moon.radius * 1.25));
}

function paintMoon(ctx: CanvasRenderingContext2D, x: number, y: number, radius: number): void {
  const glow = ctx.createRadialGradient(x, y, radius * 0.5, x, y, radius * 3.2);
  glow.addColorStop(0, 'rgba(255, 241, 193, 0.35)');
  glow.addColorStop(1, 'rgba(255, 241, 193, 0)');
  ctx.fillStyle = glow;
  ctx.fillRect(x - radius * 3.2, y - radius * 3.2, radius * 6.4, radius * 6.4);
  // a crescent: the full disc, then the dark sky bites out of it
  ctx.save();
  ctx.beginPath();
  ctx.arc(x, y, radius, 0, Math.PI * 2);
  ctx.clip();
  ctx.fillStyle = cssColor(PALETTE.moon);
  ctx.fillRect(x - radius, y - radius, radius * 2, radius * 2);
  ctx.globalCompositeOperation = 'destination-out';
  ctx.beginPath();
  ctx.arc(x + radius * 0.45, y - radius * 0.25, radius * 0.92, 0, Math.PI * 2);
  ctx.fill();
  ctx.restore();
}

function paintHills(ctx: CanvasRenderingContext2D, width: number, height: number, horizon: number, random: () => number): void {
  const far = ctx.createLinearGradient(0, horizon - 60, 0, height);
  far.addColorStop(0, cssColor(PALETTE.hillFar));
  far.addColorStop(1, cssColor(PALETTE.hill));
  ctx.fillStyle = far;
  ctx.beginPath();
  ctx.moveTo(0, height);
  const phase = random() * Math.PI * 2;
  for (let x = 0; x <= width; x += 12) {
    ctx.lineTo(x, horizon - 30 + Math.sin(x / 170 + phase) * 22 + Math.sin(x / 63) * 6);
  }
  ctx.lineTo(width, height);
  ctx.closePath();
  ctx.fill();

  ctx.fillStyle = cssColor(PALETTE.hill);
  ctx.beginPath();
  ctx.moveTo(0, height);
  for (let x = 0; x <= width; x += 12) {
    ctx.lineTo(x, horizon + 34 + Math.sin(x / 240 + 1.7) * 18);
  }
  ctx.lineTo(width, height);
  ctx.closePath();
  ctx.fill();
}

/** A castle silhouette standing on the horizon, `size` wide, with warm lit windows. */
function paintCastle(ctx: CanvasRenderingContext2D, left: number, ground: number, size: number): void {
  const castle = cssColor(PALETTE.castle);
  const unit = size / 10;
  const towers: { x: number; w: number; h: number }[] = [
    { x: 0, w: 1.6, h: 6.2 },
    { x: 2.2, w: 1.3, h: 4.4 },
    { x: 4.0, w: 2.0, h: 8.2 },
    { x: 6.6, w: 1.3, h: 5.0 },
    { x: 8.4, w: 1.6, h: 6.6 },
  ];
  ctx.fillStyle = castle;
  // the wall joining the towers
  ctx.fillRect(left, ground - unit * 3.4, size, unit * 3.6);
  for (let i = 0; i < 10; i += 2) ctx.fillRect(left + i * unit, ground - unit * 3.9, unit * 0.9, unit * 0.6);
  for (const tower of towers) {
    const x = left + tower.x * unit;
    const w = tower.w * unit;
    const top = ground - tower.h * unit;
    ctx.fillStyle = castle;
    ctx.fillRect(x, top, w, tower.h * unit + 2);
    // pointed roof
    ctx.beginPath();
    ctx.moveTo(x - unit * 0.25, top);
    ctx.lineTo(x + w / 2, top - unit * 2.2);
    ctx.lineTo(x + w + unit * 0.25, top);
    ctx.closePath();
    ctx.fill();
    // a small flag on the tallest tower
    if (tower.h > 8) {
      ctx.strokeStyle = castle;
      ctx.lineWidth = 2;
      ctx.beginPath();
      ctx.moveTo(x + w / 2, top - unit * 2.2);
      ctx.lineTo(x + w / 2, top - unit * 3.2);
      ctx.stroke();
      ctx.fillStyle = cssColor(PALETTE.gold);
      ctx.beginPath();
      ctx.moveTo(x + w / 2, top - unit * 3.2);
      ctx.lineTo(x + w / 2 + unit * 0.9, top - unit * 2.95);
      ctx.lineTo(x + w / 2, top - unit * 2.7);
      ctx.fill();
    }
    // lit windows with a soft glow
    ctx.fillStyle = cssColor(PALETTE.window);
    ctx.shadowColor = 'rgba(255, 209, 102, 0.9)';
    ctx.shadowBlur = 10;
    const windowW = Math.max(3, w * 0.22);
    const windowH = windowW * 1.6;
    for (let row = 0; row < Math.floor(tower.h / 2.6); row += 1) {
      const wy = top + unit * 1.0 + row * unit * 2.2;
      roundedWindow(ctx, x + w / 2 - windowW / 2, wy, windowW, windowH);
    }
    ctx.shadowBlur = 0;
  }
  // the gate
  ctx.fillStyle = '#2a1f10';
  const gateW = unit * 1.1;
  ctx.beginPath();
  ctx.moveTo(left + size / 2 - gateW / 2, ground + 1);
  ctx.lineTo(left + size / 2 - gateW / 2, ground - unit * 1.2);
  ctx.arc(left + size / 2, ground - unit * 1.2, gateW / 2, Math.PI, 0);
  ctx.lineTo(left + size / 2 + gateW / 2, ground + 1);
  ctx.closePath();
  ctx.fill();
}

function roundedWindow(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number): void {
  ctx.beginPath();
  ctx.moveTo(x, y + h);
  ctx.lineTo(x, y + w / 2);
  ctx.arc(x + w / 2, y + w / 2, w / 2, Math.PI, 0);
  ctx.lineTo(x + w, y + h);
  ctx.closePath();
  ctx.fill();
}

/** mulberry32: a tiny seeded generator, so the sky looks the same every time. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
