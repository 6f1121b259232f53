// The IndexedDB database `posting-assistant`: post log and audit log. Only extension pages
// and the background open it; content scripts send messages (lib/messages) instead.
export * from './types';
export { DB_NAME, DB_VERSION, STORE_NAMES } from './schema';
export { openPostingDatabase, closePostingDatabase, StorageUnavailableError } from './openDatabase';
export { recordPost, readPosts, readCadencePosts, erasePosts, type WriteResult } from './postLog';
export { recordAudit, readAudit, eraseAudit } from './auditLog';
export { toPostRecord, toAuditEntry, normaliseInitials } from './validateRecord';
export { postsCsv, auditCsv, csvCell } from './exportCsv';
