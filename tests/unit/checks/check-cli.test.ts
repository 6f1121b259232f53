// The command-line checker: logic in-process through a fake io, plus one real child process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '@/lib/checks';
import { runCheck, type CheckIO } from '@/lib/checks/cli/check';

function fakeIO(files: Record<string, string>, stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CheckIO = {
    readFile(path) {
      const text = files[path];
      if (text === undefined) throw new Error('ENOENT');
      return text;
    },
    readStdin: async () => stdin,
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  };
  return { io, out, err };
}

describe('check (plain mode)', () => {
  test('prints file:line:col severity type message (suggestion) and exits 1 on a warning', async () => {
    const { io, out } = fakeIO({ 'drafts.txt': 'Happy Friday!\nOk. That’s false, and we did nothing wrong.' });
    const code = await runCheck(['--context', 'review-reply', 'drafts.txt'], io, analyze);
    expect(code).toBe(1);
    const line = out.find((l) => l.includes(' defensive ') && l.includes('talk it through'));
    expect(line).toMatch(/^drafts\.txt:2:5 warn defensive .+ \(suggestion: "We see this differently and would like to talk it through"\)$/);
  });

  test('counts columns in characters, so an emoji before the finding counts once', async () => {
    const { io, out } = fakeIO({}, '🎉 WE ARE SO EXCITED TO SEE YOU');
    await runCheck([], io, analyze);
    expect(out.some((l) => l.startsWith('-:1:3 warn shouting '))).toBe(true);
  });

  test('exits 0 and prints nothing for a clean post', async () => {
    const { io, out } = fakeIO({ 'ok.txt': 'FREE flu shots Saturday! 💉\nWash your hands often.' });
    expect(await runCheck(['ok.txt'], io, analyze)).toBe(0);
    expect(out).toEqual([]);
  });

  test('info advice is printed but does not fail the run', async () => {
    const { io, out } = fakeIO({}, 'We are open late on Thursdays');
    expect(await runCheck(['--context=review-reply'], io, analyze)).toBe(0);
    expect(out.every((l) => l.includes(' info '))).toBe(true);
    expect(out.length).toBeGreaterThan(0);
  });

  test("the practice profile's own phone number is not PHI", async () => {
    const profile = JSON.stringify({ phones: ['(555) 014-2200'], practiceName: 'Riverbend Family Health' });
    const text = 'Questions? Call Riverbend Family Health at (555) 014-2200.';
    const withProfile = fakeIO({ 'p.json': profile, 'd.txt': text });
    expect(await runCheck(['--profile', 'p.json', 'd.txt'], withProfile.io, analyze)).toBe(0);
    const without = fakeIO({ 'd.txt': text });
    await runCheck(['d.txt'], without.io, analyze);
    expect(without.out.some((l) => l.includes(' phone '))).toBe(true);
  });

  test.each([
    [['--bogus'], 'unknown option --bogus'],
    [['--context', 'tweet'], '--context must be one of'],
    [['--profile'], '--profile needs a value'],
    [['--profile', 'missing.json'], 'cannot read the profile missing.json'],
    [['--profile', 'bad.json'], 'not valid JSON'],
    [['nope.txt'], 'cannot read nope.txt'],
  ])('usage error %j exits 2 with a calm message', async (argv, says) => {
    const { io, out, err } = fakeIO({ 'bad.json': '{nope' });
    expect(await runCheck(argv, io, analyze)).toBe(2);
    expect(err.join('\n')).toContain(says);
    expect(err.join('\n')).toContain('usage:');
    expect(out).toEqual([]);
  });
});

describe('check --jsonl', () => {
  test('writes {"id","findings"} per line, uses each line\'s context, and keeps going after a bad line', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'you should stop taking your metformin', context: 'comment' }),
      '{not json',
      JSON.stringify({ id: 7, text: 'Happy Friday!' }),
      JSON.stringify({ id: 'c', text: 'hi', context: 'tweet' }),
      '',
      JSON.stringify({ text: 'no id' }),
    ].join('\n');
    const { io, out } = fakeIO({}, input);
    expect(await runCheck(['--jsonl'], io, analyze)).toBe(1);
    const rows = out.map((l) => JSON.parse(l) as { id: unknown; findings?: Array<{ type: string }>; error?: string });
    expect(rows).toHaveLength(5);
    expect(rows[0]!.id).toBe('a');
    expect(rows[0]!.findings!.map((f) => f.type)).toContain('medical_advice');
    expect(rows[1]).toEqual({ id: null, error: 'not valid JSON' });
    expect(rows[2]).toEqual({ id: 7, findings: [] });
    expect(rows[3]!.id).toBe('c');
    expect(rows[3]!.error).toContain('"context"');
    expect(rows[4]!.id).toBeNull();
  });

  test('exits 0 when no line has a warning', async () => {
    const { io } = fakeIO({}, JSON.stringify({ id: 1, text: 'Happy Friday, everyone!' }));
    expect(await runCheck(['--jsonl'], io, analyze)).toBe(0);
  });
});

describe('check as a real command', () => {
  test('npx tsx scripts/check.ts reads stdin and files and exits 1 on findings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-cli-'));
    const file = join(dir, 'drafts.txt');
    writeFileSync(file, 'We will see you in court.\n');
    const run = spawnSync('npx', ['tsx', 'scripts/check.ts', '--context', 'review-reply', file, '-'], {
      input: 'Thank you! Please call us.\n',
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`${file}:1:9 block hostile `);
    const bad = spawnSync('npx', ['tsx', 'scripts/check.ts', '--nope'], { encoding: 'utf8', timeout: 60_000 });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('unknown option --nope');
  }, 120_000);
});
