/**
 * Turns one icon of an Iconify JSON icon set into a standalone SVG document.
 * Used at build time (vite.config.ts picks the icons the game needs) and by the tests,
 * so the game never ships or parses the whole icon set.
 */
export interface IconifyIcon {
  body: string;
  left?: number;
  top?: number;
  width?: number;
  height?: number;
  hFlip?: boolean;
  vFlip?: boolean;
}

export interface IconifyAlias {
  parent: string;
  hFlip?: boolean;
  vFlip?: boolean;
}

export interface IconifySet {
  prefix: string;
  icons: Record<string, IconifyIcon>;
  aliases?: Record<string, IconifyAlias>;
  left?: number;
  top?: number;
  width?: number;
  height?: number;
}

/** The icon's own data with aliases followed and flips combined. Throws for an unknown name. */
export function resolveIcon(set: IconifySet, name: string): IconifyIcon {
  let hFlip = false;
  let vFlip = false;
  let current = name;
  // aliases can point at aliases; a short chain limit guards against loops in a broken set
  for (let depth = 0; depth < 8; depth += 1) {
    const icon = set.icons[current];
    if (icon) {
      return { ...icon, hFlip: Boolean(icon.hFlip) !== hFlip, vFlip: Boolean(icon.vFlip) !== vFlip };
    }
    const alias = set.aliases?.[current];
    if (!alias) break;
    hFlip = hFlip !== Boolean(alias.hFlip);
    vFlip = vFlip !== Boolean(alias.vFlip);
    current = alias.parent;
  }
  throw new Error(`icon "${name}" is not in the ${set.prefix} icon set`);
}

/**
 * A complete SVG document for `name`, rendered at `size` CSS pixels (the viewBox keeps the
 * icon's own coordinates, so any size stays sharp).
 */
export function iconSvg(set: IconifySet, name: string, size: number): string {
  const icon = resolveIcon(set, name);
  const left = icon.left ?? set.left ?? 0;
  const top = icon.top ?? set.top ?? 0;
  const width = icon.width ?? set.width ?? 16;
  const height = icon.height ?? set.height ?? 16;
  let body = icon.body;
  if (icon.hFlip || icon.vFlip) {
    const sx = icon.hFlip ? -1 : 1;
    const sy = icon.vFlip ? -1 : 1;
    const tx = icon.hFlip ? 2 * left + width : 0;
    const ty = icon.vFlip ? 2 * top + height : 0;
    body = `<g transform="translate(${tx} ${ty}) scale(${sx} ${sy})">${body}</g>`;
  }
  const pixels = Math.round(size);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${pixels}" height="${pixels}" ` +
    `viewBox="${left} ${top} ${width} ${height}">${body}</svg>`
  );
}

/** A `data:` URL for an SVG document (what <img> and Phaser's loader accept without a request). */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
