// Twelve weeks of activity. Each day is an image with a label saying what happened, so a
// screen reader user gets the same information as the colours. One tab stop for the whole
// map (a roving tabindex): arrow keys move by day (up/down) and by week (left/right).
import { useRef, type KeyboardEvent } from 'react';
import type { HeatmapCell, HeatmapWeek } from '@/lib/cadence';
import { countText, dayLabel } from './describeDays';

export function heatmapCellLabel(cell: HeatmapCell): string {
  if (cell.future) return `${dayLabel(cell.date)}: still to come`;
  const parts = (['post', 'review-reply', 'comment'] as const).filter((k) => cell.counts[k] > 0).map((k) => countText(cell.counts[k], k));
  return `${dayLabel(cell.date)}: ${parts.length > 0 ? parts.join(', ') : 'nothing sent'}`;
}

function level(total: number): number {
  return Math.min(total, 3);
}

const STEPS: Record<string, number> = { ArrowUp: -1, ArrowDown: 1, ArrowLeft: -7, ArrowRight: 7, Home: -Infinity, End: Infinity };

export interface PostingHeatmapProps {
  weeks: HeatmapWeek[];
  focusedDay: string | null;
  onFocusDay(date: string | null): void;
}

export function PostingHeatmap({ weeks, onFocusDay, focusedDay }: PostingHeatmapProps) {
  const group = useRef<HTMLDivElement>(null);
  // Column by column, oldest first: the index moves by 1 per day and by 7 per week.
  const days = weeks.flatMap((w) => w.days);
  const lastPast = days.findLastIndex((d) => !d.future);
  const focusedIndex = days.findIndex((d) => d.date === focusedDay);
  const tabStop = focusedIndex >= 0 && !days[focusedIndex]!.future ? focusedIndex : lastPast;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = STEPS[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const next = Math.max(0, Math.min(lastPast, tabStop + step));
    const target = group.current?.querySelector<HTMLElement>(`[data-date="${days[next]!.date}"]`);
    target?.focus();
  };

  const focused = focusedIndex >= 0 ? days[focusedIndex] : undefined;
  return (
    <section aria-labelledby="heatmap-heading">
      <h2 id="heatmap-heading">Last 12 weeks</h2>
      <div className="heatmap" role="group" aria-label="Activity over the last 12 weeks, one column per week" ref={group} onKeyDown={onKeyDown}>
        {weeks.map((week) => (
          <div className="heatmap-week" key={week.weekStart}>
            {week.days.map((cell) => {
              const label = heatmapCellLabel(cell); // once per cell: 84 date formats, not 168
              return (
                <span
                  key={cell.date}
                  data-date={cell.date}
                  role="img"
                  tabIndex={cell.future ? undefined : days[tabStop]?.date === cell.date ? 0 : -1}
                  aria-label={label}
                  title={label}
                  className={`heatmap-cell level-${level(cell.total)}${cell.future ? ' future' : ''}`}
                  onFocus={() => onFocusDay(cell.date)}
                  onMouseEnter={() => onFocusDay(cell.date)}
                />
              );
            })}
          </div>
        ))}
      </div>
      <p className="heatmap-detail" aria-live="polite">
        {focused ? heatmapCellLabel(focused) : '\u00a0'}
      </p>
    </section>
  );
}
