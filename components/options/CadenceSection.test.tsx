// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { loadSettings } from '@/lib/settings';
import CadenceSection from './CadenceSection';
import { SettingsProvider } from './SettingsContext';

async function renderSection() {
  const user = userEvent.setup();
  render(
    <SettingsProvider>
      <CadenceSection />
    </SettingsProvider>,
  );
  await screen.findByRole('heading', { name: 'Cadence' });
  return user;
}

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('cadence settings', () => {
  test('show the defaults: 3 a week, 2 a day, Monday weeks, reminders at 10 AM on weekdays', async () => {
    await renderSection();
    expect(screen.getByLabelText('Posts per week')).toHaveValue(3);
    expect(screen.getByLabelText('Most posts in one day')).toHaveValue(2);
    expect(screen.getByLabelText('Monday')).toBeChecked();
    expect(screen.getByLabelText(/Daily reminder/)).toBeChecked();
    expect(screen.getByLabelText('Reminder time')).toHaveDisplayValue('10:00 AM');
    expect(screen.getByLabelText('Remind on weekdays only')).toBeChecked();
  });

  test('each change is saved to the settings', async () => {
    const user = await renderSection();
    const target = screen.getByLabelText('Posts per week');
    await user.clear(target);
    await user.type(target, '5{Enter}');
    await user.click(screen.getByLabelText('Sunday'));
    await user.selectOptions(screen.getByLabelText('Reminder time'), '2:00 PM');
    await user.click(screen.getByLabelText('Remind on weekdays only'));
    await user.click(screen.getByLabelText(/Daily reminder/));
    await vi.waitFor(async () =>
      expect((await loadSettings()).cadence).toEqual({ weeklyTarget: 5, dailyMax: 2, weekStart: 'sunday', reminders: false, reminderHour: 14, weekdaysOnly: false }),
    );
    expect(screen.getByText('Used when daily reminders are on.')).toBeInTheDocument();
  });

  test('a number out of range is explained and not saved', async () => {
    const user = await renderSection();
    const daily = screen.getByLabelText('Most posts in one day');
    await user.clear(daily);
    await user.type(daily, '40{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter a whole number from 1 to 10.');
    expect((await loadSettings()).cadence.dailyMax).toBe(2);
  });

  test('a setting the organization fixed cannot be changed here', async () => {
    await browser.storage.managed.set({ cadence: { reminders: false } });
    await renderSection();
    expect(screen.getByLabelText(/Daily reminder/)).toBeDisabled();
    expect(screen.getByLabelText(/Daily reminder/)).not.toBeChecked();
    expect(screen.getByLabelText('Posts per week')).not.toHaveAttribute('readonly');
  });
});
