// Entry, kept small: it starts reading the post log and settings at once, then loads React and
// the popup (mount.tsx) while IndexedDB works, so the two waits overlap instead of adding up.
import { startedEarly } from '@/components/popup/startedEarly';
import { loadSettings } from '@/lib/settings/load';
import { readCadencePosts } from '@/lib/storage/postLog';
import '@/components/popup/popup.css';

const reads = {
  readPosts: startedEarly(readCadencePosts(), readCadencePosts),
  loadSettings: startedEarly(loadSettings(), loadSettings),
};
void import('./mount').then(({ mountPopup }) => mountPopup(reads));
