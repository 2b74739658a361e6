import type { LevelDefinition } from '../level-types.js';

/** Chapter 5, level 1: compile() turns a recipe (text) into runes (a code object); exec() has the interpreter carry them out. */
export const compileAndExecLevel: LevelDefinition = {
  id: 'interpreter/compile-and-exec',
  chapter: 'interpreter',
  scene: 'wizard',
  // the lesson is compile and exec themselves
  doors: ['compile', 'exec'],
  predict: { measure: 'folded', value: '42' },
  starter: `# recipe is a string of Python the story gives you:
print(recipe)

runes = None   # turn the recipe into runes with compile(recipe, "<recipe>", "exec")
vault = {}
# now let the interpreter carry out the runes, storing names into vault: exec(runes, vault)

print(vault.get("gold"), vault.get("silver"))
`,
  hintCount: 3,
  reference: `runes = compile(recipe, "<recipe>", "exec")
vault = {}
exec(runes, vault)

print(vault["gold"], vault["silver"])
`,
  right: [
    {
      why: 'prints the whole vault: the verdict says why exec put __builtins__ into it',
      says: ['well-done', 'builtins-note'],
      source: `runes = compile(recipe, "<recipe>", "exec")
vault = {}
exec(runes, vault)
print(vault)
`,
    },
  ],
  wrong: [
    {
      why: 'fakes the output: prints what the recipe makes without compiling or running anything',
      source: `print(42, 50)
`,
    },
    {
      why: 'writes the numbers into the vault by hand: the quiet second recipe makes other numbers',
      source: `runes = compile(recipe, "<recipe>", "exec")
vault = {"gold": 42, "silver": 50}
print(vault["gold"], vault["silver"])
`,
    },
    {
      why: 'typical mistake: keeps the recipe text, never compiles it (runes is a str, not a code object)',
      source: `runes = recipe
vault = {}
exec(runes, vault)
print(vault["silver"])
`,
    },
    {
      why: 'compiles the recipe but never runs it: the vault stays empty',
      source: `runes = compile(recipe, "<recipe>", "exec")
vault = {}
print(runes)
`,
    },
    {
      why: 'compiles its own text instead of the recipe',
      source: `runes = compile("gold = 42", "<recipe>", "exec")
vault = {}
exec(runes, vault)
`,
    },
  ],
};
