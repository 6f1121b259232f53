// public/managed_schema.json is read by Chrome at install: an invalid schema and the
// extension does not load at all. These tests hold it to Chrome's subset of JSON Schema and
// keep it in step with the settings the code reads.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readManagedPolicy } from './managed';
import { leavesUnder, SETTING_LEAF_PATHS } from './paths';
import { GUARD_MODES, TWO_PERSON_SCOPES } from './read/guard';
import { SEVERITIES } from './read/checks';
import { DAILY_MAX_RANGE, REMINDER_HOUR_RANGE, WEEK_STARTS, WEEKLY_TARGET_RANGE } from './read/cadence';

interface SchemaNode {
  type: string;
  title?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
}

const root = join(__dirname, '../..');
const schema = JSON.parse(readFileSync(join(root, 'public/managed_schema.json'), 'utf8')) as SchemaNode;
const CHROME_KEYWORDS = new Set(['type', 'title', 'description', 'properties', 'items', 'enum', 'minimum', 'maximum', 'additionalProperties', 'patternProperties', 'pattern', 'required', 'id', '$ref', 'sensitiveValue']);
const TYPES = new Set(['object', 'array', 'string', 'integer', 'number', 'boolean']);

function* nodes(node: SchemaNode, path = ''): Generator<[string, SchemaNode]> {
  yield [path, node];
  for (const [key, child] of Object.entries(node.properties ?? {})) yield* nodes(child, path ? `${path}.${key}` : key);
  if (node.items) yield* nodes(node.items, `${path}[]`);
}

function nodeAt(path: string): SchemaNode | undefined {
  let node: SchemaNode | undefined = schema;
  for (const key of path.split('.')) node = node?.properties?.[key];
  return node;
}

/** Enough of Chrome's validation to check the example policies against the schema. */
function conforms(value: unknown, node: SchemaNode, path = ''): string[] {
  const kind = Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
  if (kind !== node.type && !(node.type === 'number' && kind === 'integer')) return [`${path}: ${kind} is not ${node.type}`];
  if (node.enum && !node.enum.includes(value)) return [`${path}: ${String(value)} not in enum`];
  if (typeof value === 'number' && ((node.minimum ?? -Infinity) > value || (node.maximum ?? Infinity) < value)) return [`${path}: out of range`];
  if (Array.isArray(value)) return value.flatMap((item, i) => conforms(item, node.items!, `${path}[${i}]`));
  if (node.type === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
      node.properties?.[key] ? conforms(child, node.properties[key]!, `${path}.${key}`) : [`${path}.${key}: not in schema`],
    );
  }
  return [];
}

describe('managed_schema.json', () => {
  test("is Chrome's subset: an object at the top, no additionalProperties there, no $ref", () => {
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    expect(JSON.stringify(schema)).not.toContain('$ref');
  });

  test('every node has exactly one known type and only keywords Chrome understands', () => {
    for (const [path, node] of nodes(schema)) {
      expect(TYPES.has(node.type), `${path} type`).toBe(true);
      for (const key of Object.keys(node)) expect(CHROME_KEYWORDS.has(key), `${path}: ${key}`).toBe(true);
    }
  });

  test('every policy has a description for the administrator', () => {
    for (const [path, node] of nodes(schema)) {
      if (path && !path.endsWith('[]')) expect(node.description, path).toBeTruthy();
    }
  });

  test('covers every setting an administrator can push (the PIN is only lockable)', () => {
    const pushable = SETTING_LEAF_PATHS.filter((p) => p !== 'guard.pin');
    for (const path of pushable) expect(nodeAt(path), path).toBeDefined();
  });

  test('its choices and ranges are the ones the settings reader accepts', () => {
    expect(nodeAt('guard.mode')?.enum).toEqual([...GUARD_MODES]);
    expect(nodeAt('guard.twoPersonScope')?.enum).toEqual([...TWO_PERSON_SCOPES]);
    expect(nodeAt('checks.minSeverity.phi')?.enum).toEqual([...SEVERITIES]);
    expect(nodeAt('checks.minSeverity.tone')?.enum).toEqual([...SEVERITIES]);
    expect(nodeAt('cadence.weekStart')?.enum).toEqual([...WEEK_STARTS]);
    for (const [path, range] of [
      ['cadence.weeklyTarget', WEEKLY_TARGET_RANGE],
      ['cadence.dailyMax', DAILY_MAX_RANGE],
      ['cadence.reminderHour', REMINDER_HOUR_RANGE],
    ] as const) {
      expect([nodeAt(path)?.minimum, nodeAt(path)?.maximum], path).toEqual([range.min, range.max]);
    }
  });

  test('"locked" offers exactly the paths that can be locked', () => {
    const offered = schema.properties!.locked!.items!.enum as string[];
    for (const path of offered) expect(leavesUnder(path).length, path).toBeGreaterThan(0);
    for (const leaf of SETTING_LEAF_PATHS) expect(offered).toContain(leaf);
  });

  test.each([
    ['chrome-policy.json', (file: any) => file['3rdparty'].extensions.EXTENSION_ID],
    ['firefox-policies.json', (file: any) => file.policies['3rdparty'].Extensions['posting-assistant@riverbend-tools.example']],
  ])('the example %s fits the schema and is read without a problem', (name, pick) => {
    const policy = pick(JSON.parse(readFileSync(join(__dirname, 'policy-examples', name), 'utf8')));
    expect(conforms(policy, schema)).toEqual([]);
    const read = readManagedPolicy(policy);
    expect(read.problems).toEqual([]);
    expect(read.locked.has('guard.mode')).toBe(true);
    expect(read.locked.has('profile.practiceName')).toBe(true);
  });

  test('the checker used above does catch a policy that breaks the schema', () => {
    expect(conforms({ guard: { mode: 'sometimes' }, cadence: { weeklyTarget: 99 }, extra: 1 }, schema)).toHaveLength(3);
  });
});
