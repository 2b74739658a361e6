import { describe, expect, it } from 'vitest';
import { blockedShortcut, kioskKeyDecision, type KioskKeyInput } from './kiosk-keys.js';

type Mods = Partial<Pick<KioskKeyInput, 'control' | 'meta' | 'alt' | 'shift' | 'type'>>;
const press = (key: string, code: string, mods: Mods = {}): KioskKeyInput => ({
  type: 'keyDown',
  key,
  code,
  control: false,
  meta: false,
  alt: false,
  shift: false,
  ...mods,
});
const ctrl = { control: true };
const cmd = { meta: true };
const ctrlShift = { control: true, shift: true };

describe('kiosk key filter: blocked on Windows and Linux', () => {
  it.each<[string, KioskKeyInput, string]>([
    ['Ctrl+W (close)', press('w', 'KeyW', ctrl), 'close'],
    ['Ctrl+Shift+W', press('W', 'KeyW', ctrlShift), 'close'],
    ['Ctrl+F4 (close)', press('F4', 'F4', ctrl), 'close'],
    ['Alt+F4 (close)', press('F4', 'F4', { alt: true }), 'close'],
    ['Ctrl+Q (quit)', press('q', 'KeyQ', ctrl), 'quit'],
    ['Ctrl+R (reload)', press('r', 'KeyR', ctrl), 'reload'],
    ['Ctrl+Shift+R (hard reload)', press('R', 'KeyR', ctrlShift), 'reload'],
    ['F5 (reload)', press('F5', 'F5'), 'reload'],
    ['Ctrl+F5', press('F5', 'F5', ctrl), 'reload'],
    ['Shift+F5', press('F5', 'F5', { shift: true }), 'reload'],
    ['F11 (full screen)', press('F11', 'F11'), 'full-screen'],
    ['F12 (devtools)', press('F12', 'F12'), 'developer-tools'],
    ['Ctrl+Shift+I (devtools)', press('I', 'KeyI', ctrlShift), 'developer-tools'],
    ['Ctrl+Shift+J (console)', press('J', 'KeyJ', ctrlShift), 'developer-tools'],
    ['Ctrl+Shift+C (inspect)', press('C', 'KeyC', ctrlShift), 'developer-tools'],
    ['Ctrl++ (zoom in, with Shift)', press('+', 'Equal', ctrlShift), 'zoom'],
    ['Ctrl+= (zoom in)', press('=', 'Equal', ctrl), 'zoom'],
    ['Ctrl+- (zoom out)', press('-', 'Minus', ctrl), 'zoom'],
    ['Ctrl+0 (zoom reset)', press('0', 'Digit0', ctrl), 'zoom'],
    ['Ctrl+numpad + (zoom in)', press('+', 'NumpadAdd', ctrl), 'zoom'],
    ['Ctrl+numpad - (zoom out)', press('-', 'NumpadSubtract', ctrl), 'zoom'],
    ['Ctrl+numpad 0 (zoom reset)', press('0', 'Numpad0', ctrl), 'zoom'],
    ['the keyboard Back key', press('BrowserBack', 'BrowserBack'), 'browser-navigation'],
    ['the keyboard Refresh key', press('BrowserRefresh', 'BrowserRefresh'), 'browser-navigation'],
    ['Alt+Space (window menu)', press(' ', 'Space', { alt: true }), 'window-menu'],
    // the same letters typed with a Cyrillic layout: the key's position decides
    ['Ctrl+R on a Russian layout (к)', press('к', 'KeyR', ctrl), 'reload'],
    ['Ctrl+W on a Russian layout (ц)', press('ц', 'KeyW', ctrl), 'close'],
  ])('%s', (_name, input, kind) => {
    for (const platform of ['win32', 'linux'] as const) {
      expect(blockedShortcut(input, platform), platform).toBe(kind);
      expect(kioskKeyDecision(input, platform)).toBe('block');
    }
  });

  it('blocks the key going up too, so no half shortcut reaches the page', () => {
    expect(kioskKeyDecision(press('r', 'KeyR', { control: true, type: 'keyUp' }), 'linux')).toBe('block');
  });
});

describe('kiosk key filter: blocked on macOS', () => {
  it.each<[string, KioskKeyInput, string]>([
    ['Cmd+W', press('w', 'KeyW', cmd), 'close'],
    ['Cmd+Q', press('q', 'KeyQ', cmd), 'quit'],
    ['Cmd+R', press('r', 'KeyR', cmd), 'reload'],
    ['Cmd+Shift+R', press('r', 'KeyR', { meta: true, shift: true }), 'reload'],
    ['Cmd+Alt+I (devtools), which macOS reports as the character ˆ', press('ˆ', 'KeyI', { meta: true, alt: true }), 'developer-tools'],
    ['Cmd+Alt+J', press('∆', 'KeyJ', { meta: true, alt: true }), 'developer-tools'],
    ['Cmd+Alt+C', press('ç', 'KeyC', { meta: true, alt: true }), 'developer-tools'],
    ['Cmd+Shift+I', press('I', 'KeyI', { meta: true, shift: true }), 'developer-tools'],
    ['Cmd++', press('+', 'Equal', { meta: true, shift: true }), 'zoom'],
    ['Cmd+-', press('-', 'Minus', cmd), 'zoom'],
    ['Cmd+0', press('0', 'Digit0', cmd), 'zoom'],
    ['Cmd+M (minimise)', press('m', 'KeyM', cmd), 'hide-window'],
    ['Cmd+H (hide)', press('h', 'KeyH', cmd), 'hide-window'],
    ['Cmd+Alt+H (hide the others)', press('˙', 'KeyH', { meta: true, alt: true }), 'hide-window'],
    ['Cmd+Ctrl+F (full screen)', press('f', 'KeyF', { meta: true, control: true }), 'full-screen'],
    ['F11', press('F11', 'F11'), 'full-screen'],
  ])('%s', (_name, input, kind) => {
    expect(blockedShortcut(input, 'darwin')).toBe(kind);
  });
});

describe('kiosk key filter: what a kid needs to play stays', () => {
  const everywhere = ['win32', 'linux', 'darwin'] as const;
  it.each<[string, KioskKeyInput]>([
    ['typing a letter', press('a', 'KeyA')],
    ['typing a capital', press('W', 'KeyW', { shift: true })],
    ['typing a digit', press('0', 'Digit0')],
    ['typing =, + and -', press('=', 'Equal')],
    ['typing +', press('+', 'Equal', { shift: true })],
    ['typing a space', press(' ', 'Space')],
    ['Ctrl+C (copy)', press('c', 'KeyC', ctrl)],
    ['Ctrl+V (paste)', press('v', 'KeyV', ctrl)],
    ['Ctrl+X (cut)', press('x', 'KeyX', ctrl)],
    ['Ctrl+Z (undo)', press('z', 'KeyZ', ctrl)],
    ['Ctrl+Shift+Z (redo)', press('Z', 'KeyZ', ctrlShift)],
    ['Ctrl+Y (redo)', press('y', 'KeyY', ctrl)],
    ['Ctrl+A (select all)', press('a', 'KeyA', ctrl)],
    ['Cmd+C on a Mac keyboard', press('c', 'KeyC', cmd)],
    ['Ctrl+Enter (cast the spell)', press('Enter', 'Enter', ctrl)],
    ['Ctrl+/ (comment a line)', press('/', 'Slash', ctrl)],
    ['Tab', press('Tab', 'Tab')],
    ['Shift+Tab', press('Tab', 'Tab', { shift: true })],
    ['Escape', press('Escape', 'Escape')],
    ['Enter', press('Enter', 'Enter')],
    ['Backspace', press('Backspace', 'Backspace')],
    ['the arrows', press('ArrowLeft', 'ArrowLeft')],
    ['Ctrl+arrow (word by word)', press('ArrowRight', 'ArrowRight', ctrl)],
    ['Alt+arrow (word by word on a Mac)', press('ArrowLeft', 'ArrowLeft', { alt: true })],
    ['Home and End', press('Home', 'Home')],
    ['the exit chord Ctrl+Alt+Shift+K', press('K', 'KeyK', { control: true, alt: true, shift: true })],
    ['the exit chord Cmd+Alt+Shift+K as macOS reports it', press('', 'KeyK', { meta: true, alt: true, shift: true })],
    // AZERTY: undo and select all sit where QWERTY has W and Q
    ['Ctrl+Z on an AZERTY keyboard (the key QWERTY calls W)', press('z', 'KeyW', ctrl)],
    ['Ctrl+A on an AZERTY keyboard (the key QWERTY calls Q)', press('a', 'KeyQ', ctrl)],
  ])('%s', (_name, input) => {
    for (const platform of everywhere) {
      expect(blockedShortcut(input, platform), platform).toBeNull();
      expect(kioskKeyDecision(input, platform)).toBe('allow');
    }
  });

  it('lets Cmd+M and Cmd+H through outside macOS (the Windows key is not Cmd)', () => {
    expect(kioskKeyDecision(press('m', 'KeyM', cmd), 'linux')).toBe('allow');
    expect(kioskKeyDecision(press('m', 'KeyM', cmd), 'darwin')).toBe('block');
  });
});

describe('kiosk key filter: AltGr (Ctrl+Alt on Windows and Linux) types characters', () => {
  it.each<[string, KioskKeyInput]>([
    ['AltGr+I typing Í on a Hungarian keyboard', press('Í', 'KeyI', { control: true, alt: true })],
    ['AltGr+W typing | on a Czech keyboard', press('|', 'KeyW', { control: true, alt: true })],
    ['AltGr+E typing €', press('€', 'KeyE', { control: true, alt: true })],
    ['AltGr+0 typing } on a German keyboard', press('}', 'Digit0', { control: true, alt: true })],
    ['AltGr+ß typing \\ on a German keyboard', press('\\', 'Minus', { control: true, alt: true })],
    ['AltGr+Q typing @ on a German keyboard', press('@', 'KeyQ', { control: true, alt: true })],
  ])('%s', (_name, input) => {
    expect(kioskKeyDecision(input, 'win32')).toBe('allow');
    expect(kioskKeyDecision(input, 'linux')).toBe('allow');
  });
});
