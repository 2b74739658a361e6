/** The texts of one level, in every language's catalogue (the chapter files hold them). */
export interface LevelTexts {
  title: string;
  /** What a kid reads first: at most ~60 everyday words, one picture-idea. */
  story: string;
  /** The deeper explanation, behind "Tell me more" (a lesson with nothing more has none). */
  more?: string;
  /** The question of a lesson that asks for a guess before the first cast (LevelDefinition.predict). */
  predict?: string;
  goal: string;
  hints: string[];
  /**
   * The words inside the starter spell, in their order there: its comments and the sentences it
   * prints (game/model/starter-words.ts finds them). English lists them as the starter has them;
   * another language says each in its words, and the lesson shows the starter so. None: no words.
   */
  spell?: string[];
  /** Checker messages, keyed by the names the level's checker uses. */
  msg: Record<string, string>;
}
