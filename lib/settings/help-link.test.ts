import { helpAnchorForRule, helpPathForRule, ruleIdFromHash } from './help-link';

describe('links to a rule’s help', () => {
  test('the options page URL carries the rule id after #help/', () => {
    expect(helpPathForRule('phi/relationship')).toBe('/options.html#help/phi/relationship');
  });

  test('the hash reads back to the same rule id', () => {
    expect(ruleIdFromHash('#help/phi/relationship')).toBe('phi/relationship');
    expect(ruleIdFromHash('#help/tone%2Fshouting')).toBe('tone/shouting');
    expect(ruleIdFromHash('#help/')).toBeNull();
    expect(ruleIdFromHash('#guard')).toBeNull();
  });

  test('each rule gets an element id safe for the page', () => {
    expect(helpAnchorForRule('phi/relationship')).toBe('help-phi-relationship');
    expect(helpAnchorForRule('phi/health info')).toBe('help-phi-health-info');
  });
});
