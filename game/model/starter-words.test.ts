import { describe, expect, it } from 'vitest';
import { starterInWords, starterPhrases } from './starter-words.js';

const STARTER = `import sys

before = sys.getrefcount(hat)
# Give the hat one more holder on the next line:

after = sys.getrefcount(hat)
print("The tally moved by", after - before)
print("gold", vault["gold"])  # the treasure's count
`;

describe('the words of a starter spell', () => {
  it("are its comments and the sentences it prints, not its one-word labels or the code's strings", () => {
    expect(starterPhrases(STARTER)).toEqual([
      'Give the hat one more holder on the next line:',
      'The tally moved by',
      "the treasure's count",
    ]);
  });

  it('are said in another language with the code left as it was', () => {
    const spanish = starterInWords(STARTER, [
      'Dale al sombrero un portador más en la línea siguiente:',
      'El marcador se movió',
      'lo que cuenta el tesoro',
    ]);
    expect(spanish).toContain('# Dale al sombrero un portador más en la línea siguiente:\n');
    expect(spanish).toContain('print("El marcador se movió", after - before)');
    expect(spanish).toContain('print("gold", vault["gold"])  # lo que cuenta el tesoro');
    expect(spanish.replace(/#.*$/gm, '').replace(/"[^"]* [^"]*"/g, '""')).toBe(
      STARTER.replace(/#.*$/gm, '').replace(/"[^"]* [^"]*"/g, '""'),
    );
  });

  it('keeps a translated sentence inside its string, whatever quotes it holds', () => {
    expect(starterInWords('print("a b")\n', ['dice "hola"'])).toBe('print("dice \\"hola\\"")\n');
  });

  it('stays as it is when the words do not fit', () => {
    expect(starterInWords(STARTER, ['one'])).toBe(STARTER);
    expect(starterInWords(STARTER, undefined)).toBe(STARTER);
  });
});
