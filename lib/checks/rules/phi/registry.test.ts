// Every PHI rule file is registered once, has the id of its file name and a case table next to
// it (refined-github's features.test.ts, ESLint's checkRuleFiles).
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PHI_RULES, phiRuleHelp } from './index';

const dir = dirname(fileURLToPath(import.meta.url));
const ruleFiles = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts')
  .map((f) => f.replace(/\.ts$/, ''));

describe('PHI rule registry', () => {
  test('lists every rule file exactly once', () => {
    expect(PHI_RULES.map((r) => r.meta.id).sort()).toEqual(ruleFiles.map((f) => `phi/${f}`).sort());
  });

  test.each(ruleFiles)('%s has a case table and complete meta', (file) => {
    expect(existsSync(join(dir, `${file}.test.ts`))).toBe(true);
    const rule = PHI_RULES.find((r) => r.meta.id === `phi/${file}`)!;
    expect(rule.meta.category).toBe('phi');
    const words = phiRuleHelp().find(([r]) => r === rule)?.[1];
    expect(words?.description.length).toBeGreaterThan(10);
    expect(words?.help.length).toBeGreaterThan(40);
  });
});
