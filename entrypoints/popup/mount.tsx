// Wiring only: the popup reads the log itself (it is an extension page, same origin as the DB).
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { systemClock } from '@/lib/background/cadenceNow';
import { Popup } from '@/components/popup/Popup';
import { createPopupStore, type PopupSources } from '@/components/popup/popupStore';

export function mountPopup(reads: Omit<PopupSources, 'clock'>): void {
  const store = createPopupStore({ ...reads, clock: systemClock });
  void store.getState().ensureLoaded();
  createRoot(document.getElementById('root')!).render(<Popup store={store} onOpenOptions={() => void browser.runtime.openOptionsPage()} />);
}
