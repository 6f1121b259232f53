// What staff read after saving templates. The settings library's quota words speak of "the
// settings"; here the only thing they can do about it is shorten or delete a template.
import type { SaveResult } from '@/lib/settings';

export const SAVED_TEXT = 'Saved';
export const SYNC_FULL_TEXT = "Your browser's sync storage for this extension is full. Shorten or delete a template.";
export const ITEM_TOO_LARGE_TEXT = "This template is too large for your browser's sync storage. Shorten it.";

export function templateSaveMessage(result: SaveResult): string {
  if (result.ok) return SAVED_TEXT;
  if (result.reason === 'quota') return result.key?.startsWith('settings.template.') ? ITEM_TOO_LARGE_TEXT : SYNC_FULL_TEXT;
  return result.message;
}
