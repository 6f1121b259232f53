// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { helpAnchorForRule, loadSettings, verifyPin } from '@/lib/settings';
import { ruleHelp } from '@/lib/checks/help';
import { RULES } from '@/lib/checks/rules';
import OptionsPage from './OptionsPage';

// The page renders every section, the templates editor and data section included: give it
// time on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => {
  fakeBrowser.reset();
  window.location.hash = '';
});
afterEach(cleanup);

async function renderPage() {
  const user = userEvent.setup();
  render(<OptionsPage />);
  await screen.findByRole('heading', { name: 'Practice profile' });
  return user;
}

describe('options page', () => {
  test('has one nav and a heading for every section', async () => {
    await renderPage();
    const nav = screen.getByRole('navigation', { name: 'Settings sections' });
    const links = within(nav).getAllByRole('link').map((a) => a.getAttribute('href'));
    expect(links).toEqual(['#profile', '#checks', '#guard', '#cadence', '#templates', '#data', '#help']);
    for (const href of links) expect(document.getElementById(href!.slice(1))?.querySelector('h2')).not.toBeNull();
  });

  test('editing the practice name saves it when leaving the field', async () => {
    const user = await renderPage();
    await user.type(screen.getByLabelText('Practice name'), 'Riverbend Family Dental');
    expect((await loadSettings()).profile.practiceName).toBeUndefined(); // not per keystroke
    await user.tab();
    await screen.findByText('Saved.');
    expect((await loadSettings()).profile.practiceName).toBe('Riverbend Family Dental');
    expect((await browser.storage.sync.get('settings.profile'))['settings.profile']).toEqual({ practiceName: 'Riverbend Family Dental' });
  });

  test('staff names can be added, edited and removed', async () => {
    const user = await renderPage();
    await user.type(screen.getByLabelText('New staff name'), 'Dr. Ortiz{Enter}');
    await user.type(screen.getByLabelText('New staff name'), 'Dr. Hale');
    await user.click(screen.getByRole('button', { name: 'Add staff name' }));
    await screen.findByLabelText('Staff name 2');
    expect((await loadSettings()).profile.staffNames).toEqual(['Dr. Ortiz', 'Dr. Hale']);

    const first = screen.getByLabelText('Staff name 1');
    await user.clear(first);
    await user.type(first, 'Dr. Alma Ortiz{Enter}');
    await user.click(screen.getByRole('button', { name: 'Remove Dr. Hale' }));
    await act(async () => {
      await new Promise((r) => setTimeout(r, 10));
    });
    expect((await loadSettings()).profile.staffNames).toEqual(['Dr. Alma Ortiz']);
  });

  test('a field set by the organization says so and cannot be edited', async () => {
    await browser.storage.managed.set({ profile: { practiceName: 'Riverbend Dental Group' }, guard: { mode: 'strict' } });
    const user = await renderPage();
    const name = screen.getByLabelText('Practice name');
    expect(name).toHaveValue('Riverbend Dental Group');
    expect(name).toHaveAttribute('readonly');
    expect(name).toHaveAccessibleDescription(/Set by your organization/);
    await user.type(name, 'xyz');
    await user.tab();
    expect(name).toHaveValue('Riverbend Dental Group');

    const strict = screen.getByRole('radio', { name: 'Strict' });
    expect(strict).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Off' })).toBeDisabled();
    expect(screen.getByRole('group', { name: 'Before a post goes out' })).toHaveAccessibleDescription(/Set by your organization/);
    // A field the policy does not set stays editable.
    expect(screen.getByLabelText('Contact name for replies')).not.toHaveAttribute('readonly');
  });

  test('a locked list shows its items without editing controls', async () => {
    await browser.storage.managed.set({ checks: { watchWords: ['Mill Street'] } });
    await renderPage();
    const group = screen.getByRole('group', { name: 'Watch words' });
    expect(within(group).getByText('Mill Street')).toBeInTheDocument();
    expect(within(group).queryByRole('textbox')).toBeNull();
    expect(within(group).queryByRole('button')).toBeNull();
    expect(within(group).getByText('Set by your organization')).toBeInTheDocument();
  });

  test('a corrupt stored value shows a notice and the page still works', async () => {
    await browser.storage.sync.set({ 'settings.cadence': { weeklyTarget: 'lots' }, 'settings.profile': { practiceName: 'Kept' } });
    await renderPage();
    const notice = screen.getByRole('alert');
    expect(notice).toHaveTextContent(/could not be read/);
    expect(notice).toHaveTextContent(/Weekly posting target must be a whole number from 1 to 21/);
    expect(screen.getByLabelText('Practice name')).toHaveValue('Kept');
  });

  test('turning a site off and choosing a lowest severity save at once', async () => {
    const user = await renderPage();
    await user.click(screen.getByRole('checkbox', { name: 'Yelp' }));
    const tone = screen.getByRole('group', { name: 'Tone: show' });
    await user.click(within(tone).getByRole('radio', { name: 'Only what must not be posted' }));
    await act(async () => {
      await new Promise((r) => setTimeout(r, 10));
    });
    const settings = await loadSettings();
    expect(settings.checks.sites.yelp).toBe(false);
    expect(settings.checks.minSeverity).toEqual({ phi: 'info', tone: 'block' });
  });

  test('setting a shared PIN stores only a hash that verifies', async () => {
    const user = await renderPage();
    await user.type(screen.getByLabelText('PIN'), '4321');
    await user.type(screen.getByLabelText('Repeat the PIN'), '4312');
    await user.click(screen.getByRole('button', { name: 'Set PIN' }));
    expect(await screen.findByText('The two PINs are not the same.')).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Repeat the PIN'));
    await user.type(screen.getByLabelText('Repeat the PIN'), '4321');
    await user.click(screen.getByRole('button', { name: 'Set PIN' }));
    await screen.findByText(/A PIN is set/);
    const stored = (await loadSettings()).guard.pin;
    expect(JSON.stringify(await browser.storage.sync.get(null))).not.toContain('4321');
    expect(await verifyPin('4321', stored)).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Remove PIN' }));
    await screen.findByText(/No PIN is set/);
    expect((await loadSettings()).guard.pin).toBeNull();
  });

  test('a change saved elsewhere (another tab) shows at once', async () => {
    await renderPage();
    await act(async () => {
      await browser.storage.sync.set({ 'settings.guard': { mode: 'two-person', twoPersonScope: 'flagged', pin: null } });
    });
    expect(await screen.findByRole('radio', { name: 'Two-person sign-off' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Only posts with findings' })).toBeChecked();
  });

  test("a rule's help link (#help/phi/relationship) lands on its explanation", async () => {
    window.location.hash = '#help/phi/relationship';
    await renderPage();
    const entry = document.activeElement as HTMLElement;
    expect(entry.classList.contains('help-entry')).toBe(true);
    expect(entry.classList.contains('targeted')).toBe(true);
    // The rule's own entry once the engine registers it, else the entry for its type.
    expect(['help-phi-relationship', 'help-type-phi-relationship']).toContain(entry.id);
    expect(entry).toHaveTextContent(/patient/);
  });

  test('help explains every severity, PHI type and tone type', async () => {
    await renderPage();
    const help = screen.getByRole('region', { name: /Help/ });
    for (const title of ['Do not post as written', 'Health details', 'Billing or insurance details', 'Medical advice in public', 'Shouting (all capitals)']) {
      expect(within(help).getByText(title)).toBeInTheDocument();
    }
  });

  test('every rule in the checks registry has a help entry at its own anchor', async () => {
    await renderPage();
    const help = ruleHelp();
    expect(help.map((h) => h.id)).toEqual(RULES.map((r) => r.meta.id));
    for (const { id, help: words } of help) {
      const entry = document.getElementById(helpAnchorForRule(id));
      expect(entry, id).not.toBeNull();
      expect(entry).toHaveTextContent(words);
    }
  });
});
