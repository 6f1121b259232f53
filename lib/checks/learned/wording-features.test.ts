import { buildDoc } from '../doc';
import { CHUNK_WORDS, wordingChunks } from './wording-features';

const featuresOf = (text: string, options = {}) => wordingChunks(buildDoc(text, options)).flatMap((c) => c.features);

describe('wording features', () => {
  test('words, neighbours in a sentence and the context, each once', () => {
    const features = featuresOf('See you soon. See you!', { context: 'review-reply' });
    expect(features).toEqual(['x:r:', 'u:see', 'r:see', 'u:you', 'r:you', 'b:see you', 'u:soon', 'r:soon', 'b:you soon']);
  });

  test('no pair across a sentence end', () => {
    expect(featuresOf('Thanks. Bye.')).not.toContain('b:thanks bye');
  });

  test('a word with a digit is #, a capitalised word inside a sentence is ^', () => {
    const features = featuresOf('Thanks Maria for the 5 stars on 3/14');
    expect(features).toContain('b:thanks ^');
    expect(features).toContain('b:the #');
    expect(features.some((f) => /maria|5|3|14/.test(f))).toBe(false);
  });

  test('the first word of a sentence keeps its word', () => {
    expect(featuresOf('Welcome back!')).toContain('u:welcome');
  });

  test("a staff member's name is @, whoever the practice is", () => {
    const features = featuresOf('Say hi to Dr. Keiko Tanaka at the fair!', { profile: { staffNames: ['Dr. Keiko Tanaka'] } });
    expect(features).toContain('b:to @');
    expect(features).not.toContain('u:^');
  });

  test('long texts are split into stretches of whole sentences', () => {
    const sentence = 'we brush our teeth twice a day. ';
    const words = 7;
    const text = sentence.repeat(Math.ceil((CHUNK_WORDS * 3) / words));
    const chunks = wordingChunks(buildDoc(text));
    expect(chunks.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < chunks.length; i++) expect(chunks[i]!.firstSentence).toBe(chunks[i - 1]!.lastSentence + 1);
    // each stretch counts its features afresh
    for (const chunk of chunks) expect(chunk.features).toContain('u:brush');
  });

  test('empty and wordless texts have no stretches', () => {
    expect(wordingChunks(buildDoc(''))).toEqual([]);
    expect(wordingChunks(buildDoc('🦷 ✨ !!!'))).toEqual([]);
  });
});
