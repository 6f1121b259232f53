import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { systemClock } from '@/lib/background/cadenceNow';
import { loadSettings } from '@/lib/settings/load';
import { readPosts } from '@/lib/storage/postLog';
import { Popup } from '@/components/popup/Popup';
import { createPopupStore } from '@/components/popup/popupStore';
import '@/components/popup/popup.css';

// Wiring only: the popup reads the log itself (it is an extension page, same origin as the DB).
const store = createPopupStore({ readPosts: () => readPosts(), loadSettings, clock: systemClock });
// Start reading the log now, while React sets up, rather than after its first render.
void store.getState().ensureLoaded();

createRoot(document.getElementById('root')!).render(<Popup store={store} onOpenOptions={() => void browser.runtime.openOptionsPage()} />);
