// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readAudit, readPosts, recordAudit, recordPost } from '@/lib/storage';
import { useFreshIndexedDb } from '@/tests/unit/storage/freshIndexedDb';
import DataSection from './DataSection';

const NY = 'America/New_York';
const base = { timeZone: NY, site: 'facebook', kind: 'post' } as const;

let downloads: { name: string; blob: Blob }[];

beforeEach(async () => {
  fakeBrowser.reset();
  await useFreshIndexedDb();
  downloads = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  // jsdom has no object URLs or downloads: record what the page asks the browser to save.
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${++n}`;
    blobs.set(url, blob as Blob);
    return url;
  };
  URL.revokeObjectURL = (url: string) => void blobs.delete(url);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: blobs.get(this.href)! });
  });
});
afterEach(cleanup);

async function seed() {
  await recordPost({ ...base, at: Date.parse('2026-03-02T15:00:00Z'), phi: 0, tone: 0, decision: 'sent-clean' });
  await recordPost({ ...base, at: Date.parse('2026-03-03T15:00:00Z'), phi: 1, tone: 0, decision: 'approved' });
  await recordAudit({ ...base, at: Date.parse('2026-03-03T14:59:00Z'), counts: { name: 1 }, decision: 'approved', approvedBy: 'MK' });
}

function panel(name: string) {
  return within(screen.getByRole('region', { name }));
}

describe('data section', () => {
  test('exports the post log and the audit log as CSV files', async () => {
    await seed();
    const user = userEvent.setup();
    render(<DataSection />);
    expect(await panel('Post log').findByText('2 entries saved on this computer.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Export post log (CSV)' }));
    await user.click(await screen.findByRole('button', { name: 'Export audit log (CSV)' }));
    await panel('Audit log').findByText('Exported 1 decision.');
    expect(downloads.map((d) => d.name)).toEqual([
      expect.stringMatching(/^posting-assistant-post-log-\d{4}-\d{2}-\d{2}\.csv$/),
      expect.stringMatching(/^posting-assistant-audit-log-\d{4}-\d{2}-\d{2}\.csv$/),
    ]);
    const postsCsv = await downloads[0]!.blob.text();
    expect(postsCsv.split('\r\n')[1]).toBe('2026-03-02T15:00:00.000Z,2026-03-02,America/New_York,facebook,post,0,0,sent-clean');
    expect(await downloads[1]!.blob.text()).toContain(',approved,MK,1,');
  });

  test('erasing asks first; Cancel keeps everything', async () => {
    await seed();
    const user = userEvent.setup();
    render(<DataSection />);
    await panel('Post log').findByText('2 entries saved on this computer.');
    await user.click(screen.getByRole('button', { name: 'Erase post log…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Erase the post log (2 entries)?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await readPosts()).toHaveLength(2);
  });

  test('confirming erases only that log', async () => {
    await seed();
    const user = userEvent.setup();
    render(<DataSection />);
    await panel('Post log').findByText('2 entries saved on this computer.');
    await user.click(screen.getByRole('button', { name: 'Erase post log…' }));
    await user.click(screen.getByRole('button', { name: 'Erase post log' }));
    expect(await panel('Post log').findByText('0 entries saved on this computer.')).toBeInTheDocument();
    expect(panel('Post log').getByRole('status')).toHaveTextContent('The post log is erased.');
    expect(await readPosts()).toEqual([]);
    expect(await readAudit()).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Erase post log…' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Export post log (CSV)' })).toHaveFocus();
  });

  test('when IndexedDB is unavailable it says so and offers nothing that would fail', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    render(<DataSection />);
    const messages = await screen.findAllByText(/can't be opened right now/);
    expect(messages).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Export post log (CSV)' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Erase audit log…' })).toBeDisabled();
  });
});
