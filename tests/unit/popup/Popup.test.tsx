// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { instantAtLocalTime, localDateAt, type CadencePost } from '@/lib/cadence';
import type { Context, Site } from '@/lib/checks/types';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';
import { readPosts, recordPost, StorageUnavailableError } from '@/lib/storage';
import { Popup } from '@/components/popup/Popup';
import { createPopupStore, type PopupSources } from '@/components/popup/popupStore';
import { useFreshIndexedDb } from '../storage/freshIndexedDb';

const NY = 'America/New_York';

function postAt(date: string, hour: number, kind: Context = 'post', site: Site = 'facebook'): CadencePost {
  const at = instantAtLocalTime(date, hour, NY);
  return { at, localDate: localDateAt(at, NY), site, kind };
}

/** Three posts (Mon, Wed, Fri) in each week starting on these Mondays. */
function weeksOfThree(mondays: string[]): CadencePost[] {
  return mondays.flatMap((m) => [0, 2, 4].map((n) => postAt(`${m.slice(0, 8)}${String(Number(m.slice(8)) + n).padStart(2, '0')}`, 11)));
}

function renderPopup(sources: Partial<PopupSources> & Pick<PopupSources, 'readPosts'>, today = '2026-03-03', hour = 9) {
  const store = createPopupStore({
    loadSettings: async () => DEFAULT_SETTINGS,
    clock: () => ({ now: instantAtLocalTime(today, hour, NY), timeZone: NY }),
    ...sources,
  });
  render(<Popup store={store} />);
  return store;
}

afterEach(cleanup);

describe('the popup', () => {
  test('while the log is being read it says so, busy', async () => {
    renderPopup({ readPosts: () => new Promise(() => undefined) });
    expect(await screen.findByText('Loading…')).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('aria-busy', 'true');
  });

  test('a new install gets a friendly welcome, ideas and the three composers', async () => {
    renderPopup({ readPosts: async () => [] }, '2026-10-14');
    expect(await screen.findByRole('heading', { name: 'Welcome! No posts logged yet.' })).toBeInTheDocument();
    expect(screen.getByText(/never\s+what it said/)).toBeInTheDocument();
    expect(screen.getByText('Breast Cancer Awareness Month')).toBeInTheDocument();
    expect(screen.getByText('Flu shot season')).toBeInTheDocument();
    const links = within(screen.getByRole('navigation', { name: 'Open a site to post' })).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('target')])).toEqual([
      ['Post on Facebook', 'https://www.facebook.com/', '_blank'],
      ['Post on X', 'https://x.com/compose/post', '_blank'],
      ['Reply on Yelp', 'https://biz.yelp.com/', '_blank'],
    ]);
    expect(screen.queryByRole('img')).toBeNull(); // no empty heatmap on day one
  });

  test('shows the streak, this week, the nudge and the last post on each site', async () => {
    const posts = [
      ...weeksOfThree(['2026-01-19', '2026-01-26', '2026-02-02', '2026-02-09', '2026-02-16', '2026-02-23']),
      postAt('2026-03-02', 10),
      postAt('2026-03-02', 15, 'review-reply', 'yelp'),
      postAt('2026-02-27', 12, 'post', 'x'),
    ];
    renderPopup({ readPosts: async () => posts }, '2026-03-03');
    expect(await screen.findByRole('status')).toHaveTextContent('2 more posts this week keeps your 6-week streak.');
    expect(screen.getByText(/weeks in a row/)).toHaveTextContent('6 weeks in a row');
    expect(screen.getByRole('progressbar', { name: 'This week: 1 of 3 posts' })).toHaveAttribute('value', '1');
    expect(screen.getByText(/days left/)).toHaveTextContent('6 days left, today included · also 1 review reply');
    const lastList = screen.getByRole('heading', { name: 'Last on each site' }).nextElementSibling as HTMLElement;
    expect(lastList).toHaveTextContent('Facebookpost, yesterday');
    expect(lastList).toHaveTextContent('Xpost, 4 days ago');
    expect(lastList).toHaveTextContent('Yelpreview reply, yesterday');
  });

  test('the heatmap has 84 labelled days, one tab stop, and arrow keys move by day and week', async () => {
    const user = userEvent.setup();
    renderPopup({ readPosts: async () => [postAt('2026-03-02', 10), postAt('2026-03-02', 15, 'review-reply', 'yelp'), postAt('2026-02-23', 9)] });
    const cells = await screen.findAllByRole('img');
    expect(cells).toHaveLength(84);
    expect(screen.getByRole('img', { name: 'Mon, Mar 2: 1 post, 1 review reply' })).toHaveClass('level-2');
    expect(screen.getByRole('img', { name: 'Mon, Feb 23: 1 post' })).toHaveClass('level-1');
    expect(screen.getByRole('img', { name: 'Sun, Mar 1: nothing sent' })).toHaveClass('level-0');
    expect(screen.getByRole('img', { name: 'Wed, Mar 4: still to come' })).toHaveClass('future');
    expect(cells.filter((c) => c.tabIndex === 0)).toHaveLength(1);

    const detail = () => document.querySelector('.heatmap-detail');
    await user.tab(); // the Settings button is not rendered here: the first stop is the map
    expect(screen.getByRole('img', { name: 'Tue, Mar 3: nothing sent' })).toHaveFocus(); // today
    await user.keyboard('{ArrowUp}');
    expect(detail()).toHaveTextContent('Mon, Mar 2: 1 post, 1 review reply');
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('img', { name: 'Mon, Feb 23: 1 post' })).toHaveFocus();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowDown}{ArrowDown}');
    expect(detail()).toHaveTextContent('Tue, Mar 3: nothing sent'); // never into the future
  });

  test('two posts today: the nudge says to space them out', async () => {
    renderPopup({ readPosts: async () => [postAt('2026-03-03', 8), postAt('2026-03-03', 12)] }, '2026-03-03', 14);
    expect(await screen.findByRole('status')).toHaveTextContent('Two posts today already — spacing them out keeps people interested.');
    expect(screen.getByText(/^Today:/)).toHaveTextContent('Today: 2 posts of 2 at most');
  });

  test('when the log cannot be opened it says so plainly, and "Try again" recovers', async () => {
    const user = userEvent.setup();
    let broken = true;
    renderPopup({ readPosts: async () => (broken ? Promise.reject(new StorageUnavailableError(new Error('private mode'))) : [postAt('2026-03-02', 10)]) });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("The post log can't be opened right now");
    expect(alert).toHaveTextContent('The checks while you type still work');
    broken = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(/in a row/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('unreadable settings fall back to the defaults instead of an error', async () => {
    renderPopup({ readPosts: async () => [postAt('2026-03-02', 10)], loadSettings: () => Promise.reject(new Error('sync down')) });
    expect(await screen.findByRole('progressbar', { name: 'This week: 1 of 3 posts' })).toBeInTheDocument();
  });

  test('the Settings button opens the options', async () => {
    const user = userEvent.setup();
    const opened = vi.fn();
    const store = createPopupStore({ readPosts: async () => [], loadSettings: async () => DEFAULT_SETTINGS, clock: () => ({ now: Date.now(), timeZone: NY }) });
    render(<Popup store={store} onOpenOptions={opened} />);
    await user.click(await screen.findByRole('button', { name: 'Settings' }));
    expect(opened).toHaveBeenCalledOnce();
  });

  test('reads what the background wrote to IndexedDB', async () => {
    await useFreshIndexedDb();
    await recordPost({ at: instantAtLocalTime('2026-03-02', 10, NY), timeZone: NY, site: 'x', kind: 'post', phi: 0, tone: 0, decision: 'sent-clean' });
    renderPopup({ readPosts: () => readPosts() });
    expect(await screen.findByRole('img', { name: 'Mon, Mar 2: 1 post' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('2 more posts this week starts a streak.');
  });
});
