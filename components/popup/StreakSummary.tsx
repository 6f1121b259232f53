// The streak and this week's progress, the two numbers the popup is opened for.
import type { CadenceSummary } from '@/lib/cadence';
import { countText } from './describeDays';

export function StreakSummary({ summary }: { summary: CadenceSummary }) {
  const { streak, week, day } = summary;
  const weeks = streak.weeks;
  const others = [
    week.counts['review-reply'] > 0 ? countText(week.counts['review-reply'], 'review-reply') : null,
    week.counts.comment > 0 ? countText(week.counts.comment, 'comment') : null,
  ].filter(Boolean);
  return (
    <section className="streak" aria-label="Streak and this week">
      {/* elementtiming: the browser notes when this line is painted (npm run bench:popup reads it). */}
      <p className="streak-number" elementtiming="popup-streak">
        <strong>{weeks}</strong> {weeks === 1 ? 'week' : 'weeks'} in a row
      </p>
      <div className="week">
        <label htmlFor="week-progress">
          This week: {Math.min(week.counts.post, week.target)} of {week.target} posts
          {week.counts.post > week.target ? ` (+${week.counts.post - week.target})` : ''}
        </label>
        <progress id="week-progress" max={week.target} value={Math.min(week.counts.post, week.target)} />
        <p className="week-detail">
          {week.daysLeft === 1 ? 'Last day of the week' : `${week.daysLeft} days left, today included`}
          {others.length > 0 ? ` · also ${others.join(' and ')}` : ''}
        </p>
        <p className="today">
          Today: {countText(day.posts, 'post')} of {day.dailyMax} at most
        </p>
      </div>
    </section>
  );
}
