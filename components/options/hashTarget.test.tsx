// @vitest-environment jsdom
import { elementForHash } from './hashTarget';

function page(ids: string[]): Document {
  document.body.replaceChildren(...ids.map((id) => Object.assign(document.createElement('div'), { id })));
  return document;
}

describe('where a link into the options page lands', () => {
  test("a rule's own help entry when there is one", () => {
    expect(elementForHash('#help/phi/relationship', page(['help', 'help-phi-relationship', 'help-type-phi-relationship']))?.id).toBe('help-phi-relationship');
  });

  test('the entry for its type while the rule has none', () => {
    expect(elementForHash('#help/phi/relationship', page(['help', 'help-type-phi-relationship']))?.id).toBe('help-type-phi-relationship');
    expect(elementForHash('#help/phi/health-info', page(['help', 'help-type-phi-health_info']))?.id).toBe('help-type-phi-health_info');
  });

  test('the help section for a rule it knows nothing about', () => {
    expect(elementForHash('#help/tone/new-thing', page(['help']))?.id).toBe('help');
  });

  test('a section by its id, and nothing for an empty hash', () => {
    expect(elementForHash('#guard', page(['guard']))?.id).toBe('guard');
    expect(elementForHash('', page(['guard']))).toBeNull();
  });
});
