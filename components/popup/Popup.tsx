// The toolbar popup: "how are we doing?" at a glance, and what to do next.
import { useEffect, useMemo } from 'react';
import { cadenceSummary, nudgeOfTheMoment } from '@/lib/cadence';
import { postIdeasFor } from '@/lib/ideas';
import { ComposerLinks } from './ComposerLinks';
import { LastPostBySite } from './LastPostBySite';
import { NudgeLine } from './NudgeLine';
import type { PopupData, PopupStore } from './popupStore';
import { PostIdeas } from './PostIdeas';
import { PostingHeatmap } from './PostingHeatmap';
import { StreakSummary } from './StreakSummary';
import { WelcomeState, StorageProblem } from './PopupStates';

export interface PopupProps {
  store: PopupStore;
  onOpenOptions?(): void;
}

function ReadyPopup({ data, store }: { data: Extract<PopupData, { status: 'ready' }>; store: PopupStore }) {
  const focusedDay = store((s) => s.focusedDay);
  const focusDay = store((s) => s.focusDay);
  const summary = useMemo(() => cadenceSummary(data.posts, data.cadence, data.clock), [data]);
  const ideas = useMemo(() => postIdeasFor(summary.today), [summary.today]);
  if (!summary.hasPosts) return <WelcomeState ideas={ideas} />;
  return (
    <>
      <NudgeLine nudge={nudgeOfTheMoment(summary)} />
      <StreakSummary summary={summary} />
      <PostingHeatmap weeks={summary.heatmap} focusedDay={focusedDay} onFocusDay={focusDay} />
      <LastPostBySite lastBySite={summary.lastBySite} />
      <PostIdeas ideas={ideas} />
      <ComposerLinks />
    </>
  );
}

export function Popup({ store, onOpenOptions }: PopupProps) {
  const data = store((s) => s.data);
  const load = store((s) => s.load);
  const ensureLoaded = store((s) => s.ensureLoaded);
  useEffect(() => {
    void ensureLoaded();
  }, [ensureLoaded]);
  return (
    <main className="popup" aria-busy={data.status === 'loading'}>
      <header className="popup-header">
        <h1>Posting Assistant</h1>
        {onOpenOptions && (
          <button type="button" className="link-button" onClick={onOpenOptions}>
            Settings
          </button>
        )}
      </header>
      {data.status === 'loading' && <p className="loading">Loading…</p>}
      {data.status === 'storage-error' && <StorageProblem onRetry={() => void load()} />}
      {data.status === 'ready' && <ReadyPopup data={data} store={store} />}
    </main>
  );
}
