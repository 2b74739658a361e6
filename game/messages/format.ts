import type { Catalogue } from './en.js';

/** A message's values: words, numbers, or a list of words (joined by the language's "and"). */
export type MessageParams = Record<string, string | number | readonly string[]>;

/**
 * Looks a dotted key up in the catalogue and fills its placeholders.
 * Level keys contain a slash (`levels.refcount/hold-the-hat.title`): the segment after
 * `levels.` up to the next dot is the level id.
 * A missing key returns the key itself in brackets, so a gap is visible, never a crash.
 *
 * A message is a small ICU MessageFormat (the subset a kid's words need), so plurals and
 * "a"/"an" are right in every sentence and a second language can bring its own rules:
 *   `{name}`                                      the value as it is
 *   `{count, plural, one {# stone} other {# stones}}` by the language's plural rules
 *                                                 (`=0 {…}` for an exact number; `#` is the number)
 *   `{kind, select, int {…} other {…}}`           one branch per value
 *   `{kind, thing}`                               a Python type name in the game's words, from
 *                                                 the catalogue's `things` (`things.other` else)
 *   `{error, a}`                                  the value after "a" or "an" (English only)
 *   a list value (an array)                       joined by the language's "and" (Intl.ListFormat)
 * A brace that opens none of these (`vault = {}` in a hint) is plain text.
 */
export function formatMessage(key: string, params: MessageParams, catalogue: Catalogue): string {
  const value = lookup(catalogue, key);
  if (typeof value !== 'string') return `[${key}]`;
  return formatText(value, params, catalogue);
}

/** Fills one message text (the same rules as formatMessage, for a text already looked up). */
export function formatText(text: string, params: MessageParams, catalogue: Catalogue): string {
  let nodes = parsedTexts.get(text);
  if (!nodes) {
    nodes = parse(text, 0, false).nodes;
    parsedTexts.set(text, nodes);
  }
  return render(nodes, params, catalogue, undefined);
}

/**
 * The values a message fills, by name (`line`, `count` ...), wherever they stand (inside a plural's
 * branch too): what a second language must fill the same way. Throws on a message it cannot read.
 */
export function messageArguments(text: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      if (node.type === 'argument') names.add(node.name);
      else if (node.type === 'choice') {
        names.add(node.name);
        for (const branch of node.branches.values()) walk(branch);
      }
    }
  };
  walk(parse(text, 0, false).nodes);
  return [...names].sort();
}

/** Catalogue texts never change while the game runs: each is read once. */
const parsedTexts = new Map<string, Node[]>();

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

type Node =
  | { type: 'text'; text: string }
  | { type: 'number-sign' }
  | { type: 'argument'; name: string; format: 'plain' | 'thing' | 'a' }
  | { type: 'choice'; name: string; format: 'plural' | 'select'; branches: Map<string, Node[]> };

const SIMPLE = /^\{(\w+)(?:\s*,\s*(thing|a))?\s*\}/;
const CHOICE = /^\{(\w+)\s*,\s*(plural|select)\s*,/;
const BRANCH = /^\s*(=\d+|[\w-]+)\s*\{/;

/**
 * Reads text up to its end, or (inside a branch) up to the `}` that closes the branch.
 * `literalDepth` counts plain-text braces opened inside a branch, so their `}` stays text.
 */
function parse(text: string, start: number, inBranch: boolean): { nodes: Node[]; end: number } {
  const nodes: Node[] = [];
  let plain = '';
  let literalDepth = 0;
  let index = start;
  const flush = () => {
    if (plain !== '') nodes.push({ type: 'text', text: plain });
    plain = '';
  };
  while (index < text.length) {
    const char = text[index]!;
    if (char === '{') {
      const rest = text.slice(index);
      const simple = SIMPLE.exec(rest);
      if (simple) {
        flush();
        nodes.push({ type: 'argument', name: simple[1]!, format: (simple[2] as 'thing' | 'a' | undefined) ?? 'plain' });
        index += simple[0].length;
        continue;
      }
      const choice = CHOICE.exec(rest);
      if (choice) {
        flush();
        const branches = new Map<string, Node[]>();
        let at = index + choice[0].length;
        for (;;) {
          const branch = BRANCH.exec(text.slice(at));
          if (!branch) break;
          const inner = parse(text, at + branch[0].length, true);
          branches.set(branch[1]!, inner.nodes);
          at = inner.end + 1;
        }
        const close = /^\s*\}/.exec(text.slice(at));
        if (!close || !branches.has('other')) throw new Error(`a plural or select needs an "other" branch and a closing brace: ${text}`);
        nodes.push({ type: 'choice', name: choice[1]!, format: choice[2] as 'plural' | 'select', branches });
        index = at + close[0].length;
        continue;
      }
      literalDepth++;
      plain += char;
      index++;
      continue;
    }
    if (char === '}' && inBranch) {
      if (literalDepth === 0) {
        flush();
        return { nodes, end: index };
      }
      literalDepth--;
    }
    if (char === '#' && inBranch) {
      flush();
      nodes.push({ type: 'number-sign' });
      index++;
      continue;
    }
    plain += char;
    index++;
  }
  if (inBranch) throw new Error(`a plural or select branch is not closed: ${text}`);
  flush();
  return { nodes, end: index };
}

function render(nodes: Node[], params: MessageParams, catalogue: Catalogue, pluralValue: number | undefined): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += node.text;
    else if (node.type === 'number-sign') out += pluralValue === undefined ? '#' : formatNumber(pluralValue, catalogue);
    else if (!(node.name in params))
      out += `{${node.name}}`; // a missing value stays visible
    else if (node.type === 'argument') out += renderArgument(node.format, params[node.name]!, catalogue);
    else {
      const given = params[node.name]!;
      // a plural over a list counts its items; a select on a list picks by its length's plural
      const value = typeof given === 'object' ? given.length : given;
      const branch =
        node.format === 'plural'
          ? pluralBranch(node.branches, Number(value), catalogue)
          : (node.branches.get(String(value)) ?? node.branches.get('other')!);
      out += render(branch, params, catalogue, node.format === 'plural' ? Number(value) : pluralValue);
    }
  }
  return out;
}

function renderArgument(format: 'plain' | 'thing' | 'a', given: string | number | readonly string[], catalogue: Catalogue): string {
  const value = typeof given === 'object' ? formatList(given, catalogue) : given;
  if (format === 'plain') return String(value);
  if (format === 'a') return `${/^[aeiou]/i.test(String(value)) ? 'an' : 'a'} ${value}`;
  const things = catalogue.things as Record<string, string>;
  const words = (Object.prototype.hasOwnProperty.call(things, value) ? things[String(value)] : undefined) ?? things.other!;
  return words.replace(/\{type\}/g, String(value));
}

function pluralBranch(branches: Map<string, Node[]>, value: number, catalogue: Catalogue): Node[] {
  const exact = branches.get(`=${value}`);
  if (exact) return exact;
  if (Number.isNaN(value)) return branches.get('other')!;
  const category = new Intl.PluralRules(catalogue.locale).select(value);
  return branches.get(category) ?? branches.get('other')!;
}

function formatNumber(value: number, catalogue: Catalogue): string {
  return Number.isNaN(value) ? '#' : new Intl.NumberFormat(catalogue.locale, { useGrouping: false }).format(value);
}

/** "a, b and c" by the catalogue's language. */
export function formatList(items: readonly string[], catalogue: Catalogue): string {
  return new Intl.ListFormat(catalogue.locale, { type: 'conjunction' }).format(items);
}
