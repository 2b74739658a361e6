import type { LevelDefinition } from '../../../contracts/level-schema.js';

/** Chapter 5, level 1: compile() turns a recipe (text) into runes (a code object); exec() has the interpreter carry them out. */
export const compileAndExecLevel: LevelDefinition = {
  id: 'interpreter/compile-and-exec',
  chapter: 'interpreter',
  scene: 'wizard',
  // the lesson is compile and exec themselves
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
      why: 'runs the runes with an empty dictionary as globals and the vault as locals',
      says: ['well-done'],
      source: `runes = compile(recipe, "<recipe>", "exec")
vault = {}
exec(runes, {}, vault)
print(vault["gold"], vault["silver"])
`,
    },
    {
      why: 'a helper compiles and runs, and hands back the vault',
      says: ['well-done'],
      source: `def cook(text):
    code = compile(text, "<kitchen>", "exec")
    box = {}
    exec(code, box)
    return code, box

runes, vault = cook(recipe)
print(vault["silver"])
`,
    },
    {
      why: 'the vault is made with dict() and the spell looks at the runes with dis',
      says: ['well-done'],
      source: `import dis
runes = compile(recipe, filename="<recipe>", mode="exec")
dis.dis(runes)
vault = dict()
exec(runes, vault)
print("gold:", vault["gold"])
`,
    },
    {
      why: 'runs the runes twice into the same vault: the same numbers',
      says: ['well-done'],
      source: `runes = compile(recipe, "<recipe>", "exec")
vault = {}
exec(runes, vault)
exec(runes, vault)
print(vault["gold"])
`,
    },
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
    {
      why: 'compiles the runes but runs the recipe text: runes never run',
      says: ['ran-text'],
      source: `runes = compile(recipe, "<recipe>", "exec")
vault = {}
exec(recipe, vault)
print(vault["gold"])
`,
    },
    {
      why: 'runs a second compile of the recipe into the vault, not the runes',
      says: ['ran-text'],
      source: `runes = compile(recipe, "<recipe>", "exec")
vault = {}
exec(compile(recipe, "<again>", "exec"), vault)
`,
    },
    {
      why: "half-done: runs the runes into the spell's own names, and the vault stays empty",
      says: ['vault-missing'],
      source: `runes = compile(recipe, "<recipe>", "exec")
vault = {}
exec(runes)
print(gold)
`,
    },
    {
      why: 'compiles only the first line of the recipe',
      says: ['other-runes'],
      source: `runes = compile(recipe.splitlines()[0], "<recipe>", "exec")
vault = {}
exec(runes, vault)
`,
    },
  ],
};
