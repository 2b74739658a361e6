/**
 * Tab goes round the screen (or the open dialog) in a loop: from the last control back to the
 * first, and Shift+Tab the other way. Without it, the stop after the last control is the page
 * itself, which in the desktop app (no browser bar around it) is a stop with nothing to see.
 * A control that handles Tab itself (the spell editor indents with it) says so by preventing
 * the default, and the loop leaves that press alone.
 */
export function installTabLoop(doc: Document, scope: () => HTMLElement): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Tab' || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const stops = tabStops(scope());
    if (stops.length === 0) return;
    const first = stops[0]!;
    const last = stops[stops.length - 1]!;
    const active = doc.activeElement;
    const outside = !(active instanceof HTMLElement) || !stops.includes(active);
    if (event.shiftKey ? active === first || (outside && !scope().contains(active)) : active === last) {
      event.preventDefault();
      (event.shiftKey ? last : first).focus();
    }
  };
  doc.addEventListener('keydown', onKeyDown);
  return () => doc.removeEventListener('keydown', onKeyDown);
}

const CANDIDATES = 'a[href], button, input, select, textarea, [tabindex], [contenteditable="true"]';

/** The elements Tab stops on inside `root`, in Tab order (tabindex > 0 first, as browsers do). */
export function tabStops(root: HTMLElement): HTMLElement[] {
  const found = [...root.querySelectorAll<HTMLElement>(CANDIDATES)].filter((element) => isTabStop(element));
  // a radio group is one stop: its checked radio, or its first when none is checked
  const groups = new Map<string, HTMLInputElement[]>();
  for (const element of found) {
    if (element instanceof HTMLInputElement && element.type === 'radio' && element.name) {
      groups.set(element.name, [...(groups.get(element.name) ?? []), element]);
    }
  }
  const stops = found.filter((element) => {
    if (!(element instanceof HTMLInputElement && element.type === 'radio' && element.name)) return true;
    const group = groups.get(element.name)!;
    return element === (group.find((radio) => radio.checked) ?? group[0]);
  });
  const positive = stops.filter((element) => element.tabIndex > 0).sort((a, b) => a.tabIndex - b.tabIndex);
  return [...positive, ...stops.filter((element) => element.tabIndex === 0)];
}

function isTabStop(element: HTMLElement): boolean {
  if (element.tabIndex < 0 || (element as HTMLButtonElement).disabled) return false;
  if (element.closest('[inert], [hidden]')) return false;
  if (element.getClientRects().length === 0) return false;
  const style = getComputedStyle(element);
  return style.visibility !== 'hidden';
}
