// The practice's own data: export the post log and the guard's audit log as CSV, or erase
// them after a confirmation. Both logs hold times, sites, kinds and counts, never text.
import { useCallback, useEffect, useRef, useState } from 'react';
import { localDateAt } from '@/lib/cadence/timeZone';
import { sendMessage } from '@/lib/messages';
import { auditCsv, eraseAudit, erasePosts, postsCsv, readAudit, readPosts } from '@/lib/storage';
import { SectionFrame } from './controls/SectionFrame';

interface LogDescription {
  id: 'posts' | 'audit';
  title: string;
  explains: string;
  one: string;
  many: string;
  fileName: string;
  readCsv(): Promise<{ count: number; csv: string }>;
  count(): Promise<number>;
  erase(): Promise<void>;
}

const LOGS: LogDescription[] = [
  {
    id: 'posts',
    title: 'Post log',
    explains: 'When each post, comment or review reply went out, on which site, and how many findings it had. Used for the streak.',
    one: 'entry',
    many: 'entries',
    fileName: 'post-log',
    readCsv: async () => {
      const rows = await readPosts();
      return { count: rows.length, csv: postsCsv(rows) };
    },
    count: async () => (await readPosts()).length,
    erase: erasePosts,
  },
  {
    id: 'audit',
    title: 'Audit log',
    explains: 'Every decision of the pre-post check: sent clean, sent after a warning, stopped, or approved (with initials).',
    one: 'decision',
    many: 'decisions',
    fileName: 'audit-log',
    readCsv: async () => {
      const rows = await readAudit();
      return { count: rows.length, csv: auditCsv(rows) };
    },
    count: async () => (await readAudit()).length,
    erase: eraseAudit,
  },
];

const UNAVAILABLE = "The log can't be opened right now (the browser's storage is unavailable). Try again later.";

function downloadCsv(csv: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked on the next turn: the download has taken its copy by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function todayForFileName(): string {
  return localDateAt(Date.now(), Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
}

function ConfirmErase({ log, count, onConfirm, onCancel }: { log: LogDescription; count: number; onConfirm(): void; onCancel(): void }) {
  const cancel = useRef<HTMLButtonElement>(null);
  // The safe choice has the focus, so Enter on an accidental open erases nothing.
  useEffect(() => cancel.current?.focus(), []);
  const titleId = `erase-${log.id}-title`;
  return (
    <div
      className="confirm"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={`erase-${log.id}-desc`}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
    >
      <p id={titleId}>
        <strong>
          Erase the {log.title.toLowerCase()} ({count} {count === 1 ? log.one : log.many})?
        </strong>
      </p>
      <p id={`erase-${log.id}-desc`}>This cannot be undone. Export it first if the practice needs a copy.</p>
      <button type="button" className="danger" onClick={onConfirm}>
        Erase {log.title.toLowerCase()}
      </button>{' '}
      <button type="button" ref={cancel} onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

function LogPanel({ log }: { log: LogDescription }) {
  const [count, setCount] = useState<number | 'unavailable' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const eraseButton = useRef<HTMLButtonElement>(null);
  const exportButton = useRef<HTMLButtonElement>(null);

  const refresh = useCallback(async () => {
    setCount(await log.count().catch(() => 'unavailable' as const));
  }, [log]);
  useEffect(() => void refresh(), [refresh]);

  const exportLog = async () => {
    try {
      const { count: n, csv } = await log.readCsv();
      downloadCsv(csv, `posting-assistant-${log.fileName}-${todayForFileName()}.csv`);
      setNote(`Exported ${n} ${n === 1 ? log.one : log.many}.`);
    } catch {
      setNote(UNAVAILABLE);
    }
  };

  const erase = async () => {
    setConfirming(false);
    try {
      await log.erase();
      setNote(`The ${log.title.toLowerCase()} is erased.`);
      // The toolbar badge shows the streak: let the background recount.
      void sendMessage({ type: 'log-changed' });
    } catch {
      setNote(UNAVAILABLE);
    }
    await refresh();
    // The erase button is disabled once the log is empty; keep the focus in this panel.
    exportButton.current?.focus();
  };

  const headingId = `data-${log.id}-heading`;
  return (
    <section className="data-log" aria-labelledby={headingId}>
      <h3 id={headingId}>{log.title}</h3>
      <p className="hint">{log.explains}</p>
      <p>
        {count === null
          ? 'Counting…'
          : count === 'unavailable'
            ? UNAVAILABLE
            : `${count} ${count === 1 ? log.one : log.many} saved on this computer.`}
      </p>
      <button type="button" ref={exportButton} onClick={() => void exportLog()} disabled={count === 'unavailable'}>
        Export {log.title.toLowerCase()} (CSV)
      </button>{' '}
      <button
        type="button"
        ref={eraseButton}
        onClick={() => setConfirming(true)}
        disabled={count === 'unavailable' || count === 0 || confirming}
      >
        Erase {log.title.toLowerCase()}…
      </button>
      {confirming && typeof count === 'number' && (
        <ConfirmErase log={log} count={count} onConfirm={() => void erase()} onCancel={() => {
          setConfirming(false);
          eraseButton.current?.focus();
        }} />
      )}
      <p role="status" aria-live="polite" className="data-note">
        {note ?? ''}
      </p>
    </section>
  );
}

export default function DataSection() {
  return (
    <SectionFrame id="data" title="Data" intro="Everything is kept in this browser only. No post text is ever saved.">
      {LOGS.map((log) => (
        <LogPanel key={log.id} log={log} />
      ))}
    </SectionFrame>
  );
}
