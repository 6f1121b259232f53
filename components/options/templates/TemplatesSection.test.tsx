// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { loadSettings, saveSettings, type CustomTemplate } from '@/lib/settings';
import { itemBytes, SYNC_QUOTA_BYTES } from '@/lib/settings/quota';
import { BUILT_IN_TEMPLATES } from '@/lib/templates';
import TemplatesSection from '../TemplatesSection';
import { SettingsProvider } from '../SettingsContext';
import { ACKNOWLEDGE_TEXT } from './TemplateEditor';

vi.setConfig({ testTimeout: 30_000 });

const profile = {
  practiceName: 'Riverbend Family Dental',
  contactName: 'Dana',
  phones: ['(555) 014-2200'],
  emails: ['care@riverbend.example'],
};

const parking: CustomTemplate = {
  id: 'custom-parking',
  title: 'Parking',
  situation: 'other',
  text: 'Thank you for telling us about parking. Please call {contactName} at {contactPhone}.',
};

const PHI_TEXT = 'We reviewed your chart and your root canal on March 3 went well.';

beforeEach(async () => {
  fakeBrowser.reset();
  await saveSettings({ profile });
});
afterEach(cleanup);

async function renderSection(props: Parameters<typeof TemplatesSection>[0] = {}) {
  const user = userEvent.setup();
  render(
    <SettingsProvider>
      <TemplatesSection {...props} />
    </SettingsProvider>,
  );
  await screen.findByRole('heading', { name: 'Reply templates' });
  return user;
}

const list = () => screen.getByRole('list', { name: /Templates, in the order/ });
const listedTitles = () => within(list()).getAllByRole('listitem').map((li) => li.querySelector('.tpl-item-title')!.textContent);

describe('templates section', () => {
  test('lists every built-in in order, marked Built-in, with no way to edit or delete it', async () => {
    await renderSection();
    expect(listedTitles()).toEqual(BUILT_IN_TEMPLATES.map((t) => t.title));
    const first = within(list()).getAllByRole('listitem')[0]!;
    expect(within(first).getByText('Built-in')).toBeInTheDocument();
    expect(within(first).getByRole('button', { name: 'Duplicate “Long wait”' })).toBeInTheDocument();
    expect(within(first).queryByRole('button', { name: /Edit|Delete/ })).toBeNull();
    expect(within(first).getByRole('button', { name: 'Move “Long wait” up' })).toBeDisabled();
  });

  test('shows template text as text, never as HTML', async () => {
    const html = { ...parking, title: '<b>Bold</b>', text: 'Thank you <img src=x onerror="alert(1)"> for {contactName}.' };
    await saveSettings({ templates: { custom: [html], order: [] } });
    const user = await renderSection();
    expect(screen.getByText('<b>Bold</b>')).toBeInTheDocument();
    expect(screen.getByText(html.text)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Edit “<b>Bold</b>”' }));
    expect(screen.getByTestId('template-preview')).toHaveTextContent('Thank you <img src=x onerror="alert(1)"> for Dana.');
    expect(document.querySelector('img, b')).toBeNull();
  });

  test('at the 50-template limit, new templates and copies are no longer offered', async () => {
    const many = Array.from({ length: 50 }, (_, i) => ({ ...parking, id: `custom-${i}`, title: `Template ${i}` }));
    await saveSettings({ templates: { custom: many, order: [] } });
    await renderSection();
    expect(screen.getByRole('button', { name: 'New template' })).toBeDisabled();
    expect(screen.getByText(/You have 50 custom templates, the most the extension keeps/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Duplicate / })).toBeNull();
    expect(screen.getByRole('button', { name: 'Edit “Template 0”' })).toBeEnabled();
  });

  test('creates a template: placeholders inserted from the reference, filled preview, saved to storage.sync', async () => {
    const user = await renderSection();
    await user.click(screen.getByRole('button', { name: 'New template' }));
    expect(screen.getByLabelText('Title')).toHaveFocus();
    await user.type(screen.getByLabelText('Title'), 'Parking');
    await user.selectOptions(screen.getByLabelText('Situation'), 'Scheduling and access');
    await user.type(screen.getByLabelText('Text'), 'Thank you for telling us. Please call ');
    await user.click(screen.getByRole('button', { name: 'Insert {contactPhone}' }));
    await user.type(screen.getByLabelText('Text'), ' or write to {{contactEmail}.');
    expect(screen.getByLabelText('Text')).toHaveValue('Thank you for telling us. Please call {contactPhone} or write to {contactEmail}.');
    expect(screen.getByTestId('template-preview')).toHaveTextContent(
      'Thank you for telling us. Please call (555) 014-2200 or write to care@riverbend.example.',
    );

    await user.click(screen.getByRole('button', { name: 'Save template' }));
    await screen.findByText('Saved: “Parking”.');
    expect(screen.queryByRole('form')).toBeNull();

    const { templates } = await loadSettings();
    expect(templates.custom).toEqual([
      { id: expect.stringMatching(/^custom-/), title: 'Parking', situation: 'scheduling', text: 'Thank you for telling us. Please call {contactPhone} or write to {contactEmail}.' },
    ]);
    const id = templates.custom[0]!.id;
    expect(templates.order.at(-1)).toBe(id);
    expect(await browser.storage.sync.get(`settings.template.${id}`)).toEqual({ [`settings.template.${id}`]: templates.custom[0] });
    expect(listedTitles().at(-1)).toBe('Parking');
    expect(screen.getByRole('button', { name: 'Edit “Parking”' })).toHaveFocus();
  });

  test('refuses a template without a title or with a placeholder it cannot fill', async () => {
    const user = await renderSection();
    await user.click(screen.getByRole('button', { name: 'New template' }));
    await user.type(screen.getByLabelText('Text'), 'Thank you. Call {{phone}.');
    await user.click(screen.getByRole('button', { name: 'Save template' }));
    expect(screen.getByLabelText('Title')).toHaveAccessibleDescription('Give the template a title.');
    expect(screen.getByLabelText('Text')).toHaveAccessibleDescription(/\{phone\} is not a placeholder we can fill/);
    expect(screen.getByLabelText('Title')).toHaveFocus();
    expect((await loadSettings()).templates.custom).toEqual([]);
  });

  test('editing in patient details shows the findings live; saving needs the acknowledgement first (real checks)', async () => {
    await saveSettings({ templates: { custom: [parking], order: [] } });
    const user = await renderSection();
    await user.click(screen.getByRole('button', { name: 'Edit “Parking”' }));
    await screen.findByText('No problems found as a review reply.', undefined, { timeout: 3000 });
    expect(screen.queryByLabelText(ACKNOWLEDGE_TEXT)).toBeNull();

    const text = screen.getByLabelText('Text');
    await user.clear(text);
    await user.type(text, PHI_TEXT);

    // The real engine: "your root canal" is a health detail of an identifiable reviewer.
    const findings = await screen.findByRole('region', { name: 'Checks' });
    await within(findings).findByText(/to fix before posting/, undefined, { timeout: 3000 });
    const items = within(findings).getAllByRole('listitem');
    const blocks = items.filter((li) => li.dataset.severity === 'block');
    expect(blocks.length).toBeGreaterThan(0);
    expect(blocks.some((li) => within(li).getByText('Do not post as written', { exact: false }))).toBe(true);
    const quotedWords = blocks.map((li) => li.querySelector('q')!.textContent!);
    expect(quotedWords.some((q) => q.includes('root canal'))).toBe(true);
    for (const q of quotedWords) expect(PHI_TEXT).toContain(q);

    const saveButton = screen.getByRole('button', { name: 'Save template' });
    expect(saveButton).toBeDisabled();
    await user.click(saveButton);
    expect((await loadSettings()).templates.custom[0]!.text).toBe(parking.text);

    await user.click(screen.getByLabelText(ACKNOWLEDGE_TEXT));
    expect(saveButton).toBeEnabled();
    await user.click(saveButton);
    await screen.findByText('Saved: “Parking”.');
    expect((await loadSettings()).templates.custom).toEqual([{ ...parking, text: PHI_TEXT }]);
  });

  test('checks the filled text as a review reply with the profile, and a new block finding needs a new tick (fake checks)', async () => {
    // A fake engine with one unmistakable rule, so the test is about the form, not the rules.
    const analyze = vi.fn((text: string) =>
      [...text.matchAll(/chart|root canal/g)].map((m) => ({
        rule: 'phi/health-info',
        category: 'phi' as const,
        type: 'health_info' as const,
        severity: 'block' as const,
        start: m.index,
        end: m.index + m[0].length,
        message: 'A health detail.',
        suggestion: 'your experience with us',
      })),
    );
    const user = await renderSection({ analyze });
    await user.click(screen.getByRole('button', { name: 'New template' }));
    await user.type(screen.getByLabelText('Title'), 'Risky');
    await user.type(screen.getByLabelText('Text'), 'Dear {{practiceName} patient, we saw your chart.');

    const findings = screen.getByRole('region', { name: 'Checks' });
    const item = await within(findings).findByRole('listitem');
    expect(item).toHaveTextContent('Health details');
    expect(within(item).getByText('chart')).toBeInTheDocument();
    expect(item).toHaveTextContent('A health detail.');
    expect(item).toHaveTextContent('Try: your experience with us');
    expect(analyze).toHaveBeenLastCalledWith('Dear Riverbend Family Dental patient, we saw your chart.', { context: 'review-reply', profile: expect.objectContaining(profile) });
    // Debounced: far fewer checks than keystrokes.
    expect(analyze.mock.calls.length).toBeLessThan(10);

    const saveButton = screen.getByRole('button', { name: 'Save template' });
    await user.click(screen.getByLabelText(ACKNOWLEDGE_TEXT));
    expect(saveButton).toBeEnabled();

    await user.type(screen.getByLabelText('Text'), ' And your root canal.');
    await waitFor(() => expect(within(findings).getAllByRole('listitem')).toHaveLength(2));
    expect(screen.getByLabelText(ACKNOWLEDGE_TEXT)).not.toBeChecked();
    expect(saveButton).toBeDisabled();

    await user.click(screen.getByLabelText(ACKNOWLEDGE_TEXT));
    await user.click(saveButton);
    await screen.findByText('Saved: “Risky”.');
    expect((await loadSettings()).templates.custom.map((t) => t.text)).toEqual(['Dear {practiceName} patient, we saw your chart. And your root canal.']);
  });

  test('duplicating a built-in opens an editable copy that is saved right after the original', async () => {
    const user = await renderSection();
    await user.click(screen.getByRole('button', { name: 'Duplicate “Long wait”' }));
    expect(screen.getByRole('form', { name: 'Copy of “Long wait”' })).toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toHaveValue('Long wait (copy)');
    const waitTime = BUILT_IN_TEMPLATES.find((t) => t.id === 'wait-time')!;
    expect(screen.getByLabelText('Text')).toHaveValue(waitTime.text);
    expect(screen.getByLabelText('Situation')).toHaveValue('wait-time');

    await user.type(screen.getByLabelText('Title'), ' for Saturdays');
    await user.click(screen.getByRole('button', { name: 'Save template' }));
    await screen.findByText('Saved: “Long wait (copy) for Saturdays”.');
    expect(listedTitles().slice(0, 3)).toEqual(['Long wait', 'Long wait (copy) for Saturdays', 'Billing or insurance']);
    const copy = within(list()).getAllByRole('listitem')[1]!;
    expect(within(copy).getByText('Custom')).toBeInTheDocument();

    const { templates } = await loadSettings();
    expect(templates.custom).toEqual([{ id: expect.stringMatching(/^custom-/), title: 'Long wait (copy) for Saturdays', situation: 'wait-time', text: waitTime.text }]);
    expect(templates.order.slice(0, 3)).toEqual(['wait-time', templates.custom[0]!.id, 'billing']);
    // The built-in itself is unchanged.
    expect(BUILT_IN_TEMPLATES.find((t) => t.id === 'wait-time')!.title).toBe('Long wait');
  });

  test('opening another template asks before dropping unsaved changes', async () => {
    await saveSettings({ templates: { custom: [parking], order: [] } });
    const user = await renderSection();
    await user.click(screen.getByRole('button', { name: 'Edit “Parking”' }));
    await user.type(screen.getByLabelText('Text'), ' We are adding spaces.');

    await user.click(screen.getByRole('button', { name: 'Duplicate “Long wait”' }));
    const ask = screen.getByRole('alertdialog', { name: '“Parking” has changes that are not saved. Discard them?' });
    expect(within(ask).getByRole('button', { name: 'Keep editing' })).toHaveFocus();
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    expect(screen.getByRole('form', { name: 'Edit “Parking”' })).toBeInTheDocument();
    expect(screen.getByLabelText('Text')).toHaveValue(`${parking.text} We are adding spaces.`);

    await user.click(screen.getByRole('button', { name: 'Duplicate “Long wait”' }));
    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(screen.getByRole('form', { name: 'Copy of “Long wait”' })).toBeInTheDocument();
    // An untouched form is replaced without asking.
    await user.click(screen.getByRole('button', { name: 'New template' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('form', { name: 'New template' })).toBeInTheDocument();
    expect((await loadSettings()).templates.custom).toEqual([parking]);
  });

  test('reorders with the keyboard: the moved template keeps the focus and the order is stored', async () => {
    await saveSettings({ templates: { custom: [parking], order: [] } });
    const user = await renderSection();
    const up = screen.getByRole('button', { name: 'Move “Parking” up' });
    up.focus();
    await user.keyboard('{Enter}');
    await screen.findByText(`Saved: “Parking” is now number ${BUILT_IN_TEMPLATES.length} of ${BUILT_IN_TEMPLATES.length + 1}.`);
    expect(screen.getByRole('button', { name: 'Move “Parking” up' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await screen.findByText(`Saved: “Parking” is now number ${BUILT_IN_TEMPLATES.length - 1} of ${BUILT_IN_TEMPLATES.length + 1}.`);

    const titles = listedTitles();
    expect(titles.indexOf('Parking')).toBe(BUILT_IN_TEMPLATES.length - 2);
    const { templates } = await loadSettings();
    expect(templates.order).toEqual(titles.map((title) => [...BUILT_IN_TEMPLATES, { ...parking }].find((t) => t.title === title)!.id));

    await user.click(screen.getByRole('button', { name: 'Move “Long wait” down' }));
    await waitFor(() => expect(listedTitles().slice(0, 2)).toEqual(['Billing or insurance', 'Long wait']));
    await waitFor(async () => expect((await loadSettings()).templates.order.slice(0, 2)).toEqual(['billing', 'wait-time']));
  });

  test('reorders by dragging a template by its handle onto another', async () => {
    await saveSettings({ templates: { custom: [parking], order: [] } });
    await renderSection();
    const item = (id: string) => within(list()).getAllByRole('listitem').find((li) => li.dataset.templateId === id)!;
    fireEvent.dragStart(item('custom-parking').querySelector('.tpl-handle')!);
    fireEvent.dragOver(item('billing'));
    fireEvent.drop(item('billing'));
    await screen.findByText(`Saved: “Parking” is now number 2 of ${BUILT_IN_TEMPLATES.length + 1}.`);
    expect(listedTitles().slice(0, 3)).toEqual(['Long wait', 'Parking', 'Billing or insurance']);
    expect((await loadSettings()).templates.order.slice(0, 3)).toEqual(['wait-time', 'custom-parking', 'billing']);
  });

  test('deleting asks first; "Keep it" keeps the template, "Delete template" removes it from storage', async () => {
    await saveSettings({ templates: { custom: [parking], order: ['custom-parking', 'wait-time'] } });
    const user = await renderSection();
    expect(listedTitles()[0]).toBe('Parking');

    await user.click(screen.getByRole('button', { name: 'Delete “Parking”' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Delete “Parking”? This cannot be undone.' });
    expect(within(confirm).getByRole('button', { name: 'Keep it' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect((await loadSettings()).templates.custom).toEqual([parking]);

    await user.click(screen.getByRole('button', { name: 'Delete “Parking”' }));
    await user.click(screen.getByRole('button', { name: 'Delete template' }));
    await screen.findByText('Deleted “Parking”.');
    expect(listedTitles()).not.toContain('Parking');
    const { templates } = await loadSettings();
    expect(templates.custom).toEqual([]);
    expect(templates.order).not.toContain('custom-parking');
    expect(await browser.storage.sync.get('settings.template.custom-parking')).toEqual({});
  });

  test('templates set by the organization are shown read-only with "Set by your organization"', async () => {
    await browser.storage.managed.set({ templates: { custom: [parking] }, locked: ['templates'] });
    await renderSection();
    expect(screen.getAllByText('Set by your organization').length).toBeGreaterThan(0);
    const item = within(list()).getAllByRole('listitem').find((li) => li.dataset.templateId === 'custom-parking')!;
    expect(within(item).getByText('Set by your organization')).toBeInTheDocument();
    expect(within(item).getByText(parking.text)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New template' })).toBeNull();
    expect(within(list()).queryAllByRole('button', { name: /^(Edit|Delete|Duplicate|Move) / })).toEqual([]);
  });

  test('when only the order is set by the organization, templates can be added but not moved', async () => {
    await browser.storage.managed.set({ locked: ['templates.order'] });
    const user = await renderSection();
    expect(screen.getByText(/Your organization set the order/)).toBeInTheDocument();
    expect(within(list()).queryAllByRole('button', { name: /^Move / })).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'New template' }));
    await user.type(screen.getByLabelText('Title'), 'Parking');
    await user.type(screen.getByLabelText('Text'), 'Thank you for telling us.');
    await user.click(screen.getByRole('button', { name: 'Save template' }));
    await screen.findByText('Saved: “Parking”.');
    expect(listedTitles().at(-1)).toBe('Parking');
    expect((await loadSettings()).templates.custom.map((t) => t.title)).toEqual(['Parking']);
  });

  test('names the profile details a template needs but the profile lacks, and warns past 80 words', async () => {
    await saveSettings({ profile: { practiceName: 'Riverbend Family Dental', phones: [], emails: [] } });
    const user = await renderSection();
    await user.click(screen.getByRole('button', { name: 'New template' }));
    await user.type(screen.getByLabelText('Text'), 'Thank you from {{practiceName}. Call {{contactPhone}.');
    const preview = screen.getByRole('region', { name: 'Preview with your practice profile' });
    expect(within(preview).getByTestId('template-preview')).toHaveTextContent('Thank you from Riverbend Family Dental. Call {contactPhone}.');
    expect(preview).toHaveTextContent('The profile has no contact phone yet');
    expect(within(preview).getByRole('link', { name: 'Add it in the practice profile' })).toHaveAttribute('href', '#profile');

    expect(screen.getByLabelText('Text')).toHaveAccessibleDescription(/6 words \(80 or fewer advised\)/);
    await user.click(screen.getByLabelText('Text'));
    await user.paste(' More words here.'.repeat(25));
    expect(screen.getByLabelText('Text')).toHaveAccessibleDescription(/81 words\. Replies of 80 words or fewer read as sincere and brief\./);
  });

  test('when storage.sync is full, saving says so in plain words and keeps the draft', async () => {
    // Another part of the extension has filled the area (storage.sync's total is 100 KB),
    // leaving 100 bytes: less than the new template's own item needs.
    const used = Object.entries(await browser.storage.sync.get(null)).reduce((sum, [k, v]) => sum + itemBytes(k, v), 0);
    const filler = 'other.part';
    await browser.storage.sync.set({ [filler]: 'x'.repeat(SYNC_QUOTA_BYTES - used - 100 - itemBytes(filler, '')) });
    const user = await renderSection();
    await user.click(screen.getByRole('button', { name: 'New template' }));
    await user.type(screen.getByLabelText('Title'), 'Parking');
    await user.type(screen.getByLabelText('Text'), 'Thank you for telling us.');
    await user.click(screen.getByRole('button', { name: 'Save template' }));

    expect(await screen.findByRole('alert')).toHaveTextContent("Your browser's sync storage for this extension is full. Shorten or delete a template.");
    expect(screen.getByLabelText('Text')).toHaveValue('Thank you for telling us.');
    expect((await loadSettings()).templates.custom).toEqual([]);
  });
});
