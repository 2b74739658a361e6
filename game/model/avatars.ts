/** The avatars a kid can pick; `icon` is a fluent-emoji-flat icon name drawn by the game. */
export const AVATARS = [
  { id: 'mage', icon: 'person-mage' },
  { id: 'witch', icon: 'woman-mage-medium' },
  { id: 'owl', icon: 'owl' },
  { id: 'cat', icon: 'cat-face' },
  { id: 'dragon', icon: 'dragon-face' },
  { id: 'unicorn', icon: 'unicorn' },
  { id: 'fox', icon: 'fox' },
  { id: 'frog', icon: 'frog' },
  { id: 'robot', icon: 'robot' },
] as const;

export type AvatarId = (typeof AVATARS)[number]['id'];
