import { en, type Catalogue } from './en.js';

/**
 * Looks a dotted key up in the catalogue and fills `{name}` placeholders.
 * Level keys contain a slash (`levels.refcount/hold-the-hat.title`): the segment after
 * `levels.` up to the next dot is the level id.
 * A missing key returns the key itself in brackets, so a gap is visible, never a crash.
 */
export function formatMessage(
  key: string,
  params: Record<string, string | number> = {},
  catalogue: Catalogue = en,
): string {
  const value = lookup(catalogue, key);
  if (typeof value !== 'string') return `[${key}]`;
  return value.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The raw catalogue value at a key (a string, an array of hints, or a nested object). */
export function lookup(catalogue: Catalogue, key: string): unknown {
  const parts = splitKey(key);
  let node: unknown = catalogue;
  for (const part of parts) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

function splitKey(key: string): string[] {
  if (key.startsWith('levels.')) {
    const rest = key.slice('levels.'.length);
    // level ids are `<chapter>/<slug>`: keep the id whole
    const match = /^([a-z]+\/[a-z0-9-]+)(?:\.(.*))?$/.exec(rest);
    if (match) return ['levels', match[1]!, ...(match[2] ? match[2].split('.') : [])];
  }
  return key.split('.');
}

export const t = formatMessage;
