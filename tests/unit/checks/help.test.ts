import { ruleHelp } from '@/lib/checks/help';
import { RULES } from '@/lib/checks/rules';

describe('ruleHelp', () => {
  test('lists every rule once with its description and help', () => {
    const help = ruleHelp();
    expect(help.map((h) => h.id)).toEqual(RULES.map((r) => r.meta.id));
    const shouting = help.find((h) => h.id === 'tone/shouting');
    expect(shouting).toMatchObject({ category: 'tone', type: 'shouting', severity: 'warn' });
    expect(shouting!.help).toContain('capital letters');
  });
});
