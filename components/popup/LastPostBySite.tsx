import type { CadenceSummary } from '@/lib/cadence';
import { daysAgoText, KIND_WORDS } from './describeDays';
import { SITE_COMPOSERS } from './siteComposers';

export function LastPostBySite({ lastBySite }: { lastBySite: CadenceSummary['lastBySite'] }) {
  return (
    <section aria-labelledby="last-heading">
      <h2 id="last-heading">Last on each site</h2>
      <dl className="last-by-site">
        {SITE_COMPOSERS.map(({ site, name }) => {
          const last = lastBySite[site];
          return (
            <div key={site}>
              <dt>{name}</dt>
              <dd>{last ? `${KIND_WORDS[last.kind].one}, ${daysAgoText(last.daysAgo)}` : 'nothing yet'}</dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
