/** Every scene's key, in one place. `sky` runs under all others for the whole game. */
export const SCENE_KEYS = {
  sky: 'sky',
  loading: 'loading',
  title: 'title',
  profile: 'profile',
  map: 'map',
  chapter: 'chapter',
  level: 'level',
  lab: 'lab',
  teacher: 'teacher',
} as const;

export type SceneKey = (typeof SCENE_KEYS)[keyof typeof SCENE_KEYS];

/** What the chapter and level scenes are started with. */
export interface ChapterSceneData {
  chapter: string;
}

export interface LevelSceneData {
  levelId: string;
}
