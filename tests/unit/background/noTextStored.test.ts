import { openDB } from 'idb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '@/lib/background/startBackground';
import { readAudit, readPosts } from '@/lib/storage';
import { useFreshIndexedDb } from '../storage/freshIndexedDb';

const PHI_TEXT = 'Dear Margaret Okonkwo, sorry your daughter Lily waited after her scoliosis exam on March 3; call 555-201-7788 about claim 88120394';
// Every word of four or more characters, and every digit run: none may be found anywhere.
const PIECES = [...new Set(PHI_TEXT.match(/[A-Za-z]{4,}|\d{3,}/g)!)].filter((w) => !['about', 'after', 'call', 'sorry', 'your', 'exam'].includes(w.toLowerCase()));

async function everythingStored(): Promise<string> {
  const dumps: unknown[] = [];
  for (const { name, version } of await indexedDB.databases()) {
    const db = await openDB(name!, version);
    for (const store of db.objectStoreNames) dumps.push({ store, rows: await db.getAll(store), keys: await db.getAllKeys(store) });
    db.close();
  }
  dumps.push(await fakeBrowser.storage.local.get(null), await fakeBrowser.storage.sync.get(null), await fakeBrowser.storage.session.get(null));
  return JSON.stringify(dumps);
}

beforeEach(async () => {
  fakeBrowser.reset();
  await useFreshIndexedDb();
});

test('a post and a guard decision carrying PHI text leave no part of it in any store', async () => {
  expect(PIECES.length).toBeGreaterThan(8);
  startBackground();
  const base = { at: Date.now(), timeZone: 'America/New_York', site: 'facebook', kind: 'review-reply' };
  const postReply = await fakeBrowser.runtime.sendMessage({
    type: 'post-recorded',
    post: { ...base, phi: 4, tone: 0, decision: 'sent-after-warning', text: PHI_TEXT, draft: { body: PHI_TEXT }, findings: [{ message: PHI_TEXT }] },
  });
  const auditReply = await fakeBrowser.runtime.sendMessage({
    type: 'audit-recorded',
    entry: { ...base, counts: { name: 2, health_info: 1, phone: 1 }, decision: 'approved', approvedBy: 'MO', text: PHI_TEXT, note: PHI_TEXT },
  });
  // Text where a value belongs is refused outright, not stored in part.
  const smuggled = await fakeBrowser.runtime.sendMessage({
    type: 'audit-recorded',
    entry: { ...base, counts: { name: 1 }, decision: 'approved', approvedBy: PHI_TEXT },
  });
  const asKey = await fakeBrowser.runtime.sendMessage({
    type: 'audit-recorded',
    entry: { ...base, counts: { [PHI_TEXT]: 1 }, decision: 'stopped' },
  });
  expect([postReply, auditReply]).toEqual([{ ok: true }, { ok: true }]);
  expect([smuggled, asKey]).toMatchObject([{ ok: false, reason: 'invalid' }, { ok: false, reason: 'invalid' }]);

  // The metadata itself did arrive, so the search below looks at real rows.
  expect(await readPosts()).toHaveLength(1);
  expect(await readAudit()).toMatchObject([{ approvedBy: 'MO', counts: { name: 2, health_info: 1, phone: 1 } }]);

  const stored = (await everythingStored()).toLowerCase();
  expect(stored).toContain('review-reply');
  for (const piece of PIECES) expect(stored, `"${piece}" was stored`).not.toContain(piece.toLowerCase());
});
