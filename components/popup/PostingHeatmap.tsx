// Twelve weeks of activity. Each day is an image with a label saying what happened, so a
// screen reader user gets the same information as the colours.
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

export function PostingHeatmap({ weeks, onFocusDay, focusedDay }: { weeks: HeatmapWeek[]; focusedDay: string | null; onFocusDay(date: string | null): void }) {
  const focused = weeks.flatMap((w) => w.days).find((d) => d.date === focusedDay);
  return (
    <section aria-labelledby="heatmap-heading">
      <h2 id="heatmap-heading">Last 12 weeks</h2>
      <div className="heatmap" role="group" aria-label="Activity over the last 12 weeks, one column per week">
        {weeks.map((week) => (
          <div className="heatmap-week" key={week.weekStart}>
            {week.days.map((cell) => (
              <span
                key={cell.date}
                role="img"
                tabIndex={cell.future ? undefined : 0}
                aria-label={heatmapCellLabel(cell)}
                title={heatmapCellLabel(cell)}
                className={`heatmap-cell level-${level(cell.total)}${cell.future ? ' future' : ''}`}
                onFocus={() => onFocusDay(cell.date)}
                onMouseEnter={() => onFocusDay(cell.date)}
                onBlur={() => onFocusDay(null)}
              />
            ))}
          </div>
        ))}
      </div>
      <p className="heatmap-detail" aria-live="polite">
        {focused ? heatmapCellLabel(focused) : '\u00a0'}
      </p>
    </section>
  );
}
