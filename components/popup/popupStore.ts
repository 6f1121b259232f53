// The popup's UI state: what has been loaded, and which heatmap day is shown in detail.
// Streak, pace and the rest are derived with lib/cadence when rendering, never stored.
import { create } from 'zustand';
import type { CadenceClock, CadencePost } from '@/lib/cadence';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/types';

export interface PopupSources {
  readPosts(): Promise<CadencePost[]>;
  loadSettings(): Promise<Settings>;
  clock(): CadenceClock;
}

export type PopupData =
  | { status: 'loading' }
  | { status: 'ready'; posts: CadencePost[]; cadence: Settings['cadence']; clock: CadenceClock }
  | { status: 'storage-error' };

export interface PopupState {
  data: PopupData;
  /** The heatmap day whose detail is shown (keyboard focus or pointer), if any. */
  focusedDay: string | null;
  /** Reads the log (again: "Try again" uses it). */
  load(): Promise<void>;
  /** Starts the first read unless it has started: main.tsx calls it before React renders. */
  ensureLoaded(): Promise<void>;
  focusDay(date: string | null): void;
}

export type PopupStore = ReturnType<typeof createPopupStore>;

export function createPopupStore(sources: PopupSources) {
  let firstLoad: Promise<void> | null = null;
  return create<PopupState>()((set, get) => ({
    data: { status: 'loading' },
    focusedDay: null,
    ensureLoaded() {
      firstLoad ??= get().load();
      return firstLoad;
    },
    async load() {
      // Settings never block the popup: if they cannot be read, the defaults are shown.
      const settings = sources.loadSettings().catch(() => DEFAULT_SETTINGS);
      try {
        const posts = await sources.readPosts();
        set({ data: { status: 'ready', posts, cadence: (await settings).cadence, clock: sources.clock() } });
      } catch {
        set({ data: { status: 'storage-error' } });
      }
    },
    focusDay(date) {
      set({ focusedDay: date });
    },
  }));
}
