// Floor page for bench:popup: React, in one file, that reads what the popup must read (the
// post log's cadence copy from IndexedDB and the settings from extension storage) with the
// popup's own functions, then renders one marked line. No popup can show its data sooner.
import { createRoot } from 'react-dom/client';
import { loadSettings } from '@/lib/settings/load';
import { readCadencePosts } from '@/lib/storage/postLog';

const root = createRoot(document.getElementById('root')!);
void Promise.all([readCadencePosts(), loadSettings()]).then(([posts, settings]) =>
  root.render(
    <p elementtiming="popup-streak">
      {posts.length} posts, target {settings.cadence.weeklyTarget} a week
    </p>,
  ),
);
