// The checks' findings under the template text. The matched words are the template's own
// text, shown as text only.
import type { Finding } from '@/lib/checks';
import { categoryLabel, severityLabel, typeLabel } from '@/components/assistant/findingLabels';

const SEVERITY_RANK: Record<Finding['severity'], number> = { block: 0, warn: 1, info: 2 };
const MAX_QUOTED = 120;

function quoted(text: string): string {
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text;
}

function summary(findings: readonly Finding[], checking: boolean, hasText: boolean): string {
  if (!hasText) return 'Write the reply to check it.';
  if (checking && findings.length === 0) return 'Checking…';
  const blocks = findings.filter((f) => f.severity === 'block').length;
  const warns = findings.filter((f) => f.severity === 'warn').length;
  const tips = findings.length - blocks - warns;
  if (findings.length === 0) return 'No problems found as a review reply.';
  const parts = [
    blocks && `${blocks} to fix before posting`,
    warns && `${warns} to look at again`,
    tips && `${tips} ${tips === 1 ? 'tip' : 'tips'}`,
  ].filter(Boolean);
  return `Checked as a review reply: ${parts.join(', ')}.`;
}

export function LiveFindings({ id, text, findings, checking, hasText }: { id: string; text: string; findings: readonly Finding[]; checking: boolean; hasText: boolean }) {
  const sorted = [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.start - b.start);
  return (
    <section className="tpl-findings" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>Checks</h4>
      <p role="status" className="hint">
        {summary(findings, checking, hasText)}
      </p>
      {sorted.length > 0 && (
        <ul>
          {sorted.map((f) => (
            <li key={`${f.rule}:${f.start}:${f.end}`} className="tpl-finding" data-severity={f.severity}>
              <div className="tpl-finding-type">
                <strong>{typeLabel(f)}</strong> · {categoryLabel(f)} · {severityLabel(f)}
              </div>
              <q className="tpl-matched">
                <bdi>{quoted(text.slice(f.start, f.end))}</bdi>
              </q>
              <p className="tpl-message">{f.message}</p>
              {f.suggestion !== undefined && (
                <p className="tpl-suggestion">
                  Try: <bdi>{f.suggestion === '' ? '(remove it)' : f.suggestion}</bdi>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
