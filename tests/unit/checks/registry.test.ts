// The registry meta-test (after refined-github's features.test.ts and ESLint's checkRuleFiles):
// every rule file is registered once, named for its id, tested by a case table next to it, and
// explained in plain words; every type of the vocabulary has a rule.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Rule, RuleHelpText } from '@/lib/checks/rule';
import { RULES } from '@/lib/checks/rules';
import { PHI_TYPES, TONE_TYPES } from '@/lib/checks/types';

const RULES_DIR = join(__dirname, '../../../lib/checks/rules');
const CATEGORIES = ['phi', 'tone'] as const;

const modules = import.meta.glob<{ default: Rule; help: RuleHelpText }>(
  ['../../../lib/checks/rules/*/*.ts', '!../../../lib/checks/rules/*/*.test.ts', '!../../../lib/checks/rules/*/index.ts'],
  { eager: true },
);

const ruleFiles = CATEGORIES.flatMap((category) =>
  readdirSync(join(RULES_DIR, category))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts')
    .map((f) => ({ category, file: f.slice(0, -3) })),
);

/** The array literal after `name:` in a case table, brackets balanced. */
function arrayAfter(source: string, name: string): string | undefined {
  const at = source.search(new RegExp(`\\b${name}\\s*:\\s*\\[`));
  if (at === -1) return undefined;
  const open = source.indexOf('[', at);
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    if (source[i] === '[') depth++;
    else if (source[i] === ']' && --depth === 0) return source.slice(open + 1, i);
  }
  return undefined;
}

describe('rule registry', () => {
  test('finds rule files in both categories', () => {
    expect(ruleFiles.length).toBeGreaterThan(0);
    expect(Object.keys(modules)).toHaveLength(ruleFiles.length);
  });

  test('registers exactly the rule files, each once, with unique ids', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ruleFiles.map((r) => `${r.category}/${r.file}`).sort());
  });

  describe.each(ruleFiles)('$category/$file', ({ category, file }) => {
    const rule = modules[`../../../lib/checks/rules/${category}/${file}.ts`]?.default;

    test('exports a rule registered exactly once', () => {
      expect(rule).toBeDefined();
      expect(RULES.filter((r) => r === rule)).toHaveLength(1);
    });

    test('has meta.id equal to <category>/<file> and the right category', () => {
      expect(rule!.meta.id).toBe(`${category}/${file}`);
      expect(rule!.meta.category).toBe(category);
      expect((category === 'phi' ? PHI_TYPES : TONE_TYPES) as readonly string[]).toContain(rule!.meta.type);
    });

    test('has a case table next to it with valid and invalid cases', () => {
      const testFile = join(RULES_DIR, category, `${file}.test.ts`);
      expect(existsSync(testFile), `${category}/${file}.test.ts is missing`).toBe(true);
      const source = readFileSync(testFile, 'utf8');
      expect(source).toMatch(/\bruleTester\(/);
      expect(arrayAfter(source, 'valid')?.trim(), 'no valid cases').toBeTruthy();
      expect(arrayAfter(source, 'invalid')?.trim(), 'no invalid cases').toBeTruthy();
    });

    test('explains itself in plain words for office staff', () => {
      const { help, description } = modules[`../../../lib/checks/rules/${category}/${file}.ts`]!.help;
      expect(description.trim().length).toBeGreaterThan(10);
      expect(help.trim().length).toBeGreaterThan(60);
      expect(help).not.toMatch(/<[a-z/]|`|\\[bdswn]|\bregex|\btoken|\bnorm\b|\bdoc\b/i);
      expect(help.trim()).toMatch(/[.!?]$/);
    });
  });

  test.each([...PHI_TYPES.map((t) => ['phi', t]), ...TONE_TYPES.map((t) => ['tone', t])])(
    'the %s type %s has at least one rule',
    (category, type) => {
      expect(RULES.some((r) => r.meta.category === category && r.meta.type === type)).toBe(true);
    },
  );
});
