import { countsByCategory, countsByType, decideGuardAction } from './decide';
import type { Finding } from '@/lib/checks/types';
import type { Settings } from '@/lib/settings/types';

const finding = (severity: Finding['severity'], type: Finding['type'] = 'relationship'): Finding => ({
  rule: `phi/${type}`,
  category: ['defensive', 'shouting'].includes(type) ? 'tone' : 'phi',
  type,
  severity,
  start: 0,
  end: 4,
  message: 'A message for staff.',
});

const guard = (mode: Settings['guard']['mode'], extra: Partial<Settings['guard']> = {}): Settings['guard'] => ({
  mode,
  twoPersonScope: 'all',
  pin: null,
  ...extra,
});

const none: Finding[] = [];
const infoOnly = [finding('info')];
const warnOnly = [finding('warn', 'defensive')];
const withBlock = [finding('warn', 'defensive'), finding('block')];
const pin = { salt: 'a'.repeat(32), hash: 'b'.repeat(64) };

describe('decideGuardAction', () => {
  test.each([
    // off: never in the way
    ['off', guard('off'), withBlock, 'send'],
    // warn (default): stop on warn or block, never on info or nothing
    ['warn, clean', guard('warn'), none, 'send'],
    ['warn, info only', guard('warn'), infoOnly, 'send'],
    ['warn, a warning', guard('warn'), warnOnly, 'confirm'],
    ['warn, a block', guard('warn'), withBlock, 'confirm'],
    // strict: block findings cannot go out; warnings need a confirmation
    ['strict, clean', guard('strict'), none, 'send'],
    ['strict, a warning', guard('strict'), warnOnly, 'confirm'],
    ['strict, a block', guard('strict'), withBlock, 'blocked'],
    // two-person: every post, or only flagged ones
    ['two-person all, clean', guard('two-person'), none, 'approval'],
    ['two-person flagged, clean', guard('two-person', { twoPersonScope: 'flagged' }), none, 'send'],
    ['two-person flagged, info only', guard('two-person', { twoPersonScope: 'flagged' }), infoOnly, 'send'],
    ['two-person flagged, a warning', guard('two-person', { twoPersonScope: 'flagged' }), warnOnly, 'approval'],
  ] as const)('%s → %s', (_name, settings, findings, kind) => {
    expect(decideGuardAction(settings, findings).kind).toBe(kind);
  });

  test('asks for the PIN only when the practice set one', () => {
    expect(decideGuardAction(guard('two-person'), none)).toEqual({ kind: 'approval', pinRequired: false });
    expect(decideGuardAction(guard('two-person', { pin }), none)).toEqual({ kind: 'approval', pinRequired: true });
  });
});

describe('counts for the audit log', () => {
  const findings = [finding('block'), finding('block', 'name'), finding('warn', 'defensive'), finding('info', 'shouting')];

  test('count warn and block findings by type, leaving info out', () => {
    expect(countsByType(findings)).toEqual({ relationship: 1, name: 1, defensive: 1 });
  });

  test('count warn and block findings by category', () => {
    expect(countsByCategory(findings)).toEqual({ phi: 2, tone: 1 });
  });
});
