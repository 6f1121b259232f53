// Test helper: a brand-new, empty IndexedDB for each test, and the shared connection dropped.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { closePostingDatabase } from '@/lib/storage';

export async function useFreshIndexedDb(): Promise<void> {
  await closePostingDatabase();
  globalThis.indexedDB = new IDBFactory();
}
