// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TemplatePicker } from './TemplatePicker';
import { BUILT_IN_TEMPLATES } from '@/lib/templates';

const profile = {
  practiceName: 'Riverbend Family Health',
  contactName: 'Dana Whitfield',
  phones: ['(555) 014-2200'],
  emails: ['care@riverbend.example'],
};

function setup(overrides: Partial<Parameters<typeof TemplatePicker>[0]> = {}) {
  const props = {
    templates: BUILT_IN_TEMPLATES,
    profile,
    onInsert: vi.fn(async (_text: string) => true),
    onOpenOptions: vi.fn(),
    onClose: vi.fn(),
  };
  render(<TemplatePicker {...props} {...overrides} />);
  return { ...props, ...overrides } as typeof props;
}

afterEach(cleanup);

describe('TemplatePicker', () => {
  test('proposes the wait-time template for a review about waiting and previews it filled', () => {
    setup({ review: { stars: 1, text: 'I waited two hours in the lobby.' } });
    const radio = screen.getByRole('radio', { name: /Long wait/ });
    expect(radio).toBeChecked();
    expect(screen.getByText(/suggested for this review/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Preview' }).textContent).toContain('call Dana Whitfield at (555) 014-2200');
  });

  test('proposes a thank-you for a five-star review', () => {
    setup({ review: { stars: 5, text: 'Lovely people' } });
    expect(screen.getByRole('radio', { name: /Thanks \(short\)/ })).toBeChecked();
  });

  test('inserts the filled multi-paragraph text and closes', async () => {
    const props = setup();
    await userEvent.click(screen.getByRole('radio', { name: /Billing or insurance/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Insert reply' }));
    expect(props.onInsert).toHaveBeenCalledTimes(1);
    const text = props.onInsert.mock.calls[0]![0] as string;
    expect(text).toContain('\n\n');
    expect(text).not.toMatch(/[{}]/);
    expect(props.onClose).toHaveBeenCalled();
  });

  test('names a missing profile value, links to the options and never inserts raw placeholders', async () => {
    const props = setup({ profile: { practiceName: 'Riverbend' } });
    await userEvent.click(screen.getByRole('radio', { name: /General reply/ }));
    expect(screen.getByRole('status').textContent).toMatch(/contact name, contact phone, contact email/);
    expect(screen.getByRole('button', { name: 'Insert reply' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Add it in the options' }));
    expect(props.onOpenOptions).toHaveBeenCalledWith('profile');
    expect(props.onInsert).not.toHaveBeenCalled();
  });

  test('says calmly when the box did not take the text, and stays open', async () => {
    const props = setup({ onInsert: vi.fn(async (_text: string) => false) });
    await userEvent.click(screen.getByRole('button', { name: 'Insert reply' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/nothing was changed/);
    expect(props.onClose).not.toHaveBeenCalled();
  });

  test('Escape closes', async () => {
    const props = setup();
    await userEvent.type(screen.getByRole('radio', { name: /Long wait/ }), '{Escape}');
    expect(props.onClose).toHaveBeenCalled();
  });

  test('renders review-derived and template text as text, never as HTML', () => {
    setup({
      templates: [{ id: 'x', title: '<img src=x onerror=alert(1)>', situation: 'general', builtIn: false, text: 'Thanks <b>bold</b>' }],
    });
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
    expect(screen.getByText('Thanks <b>bold</b>')).toBeInTheDocument();
  });
});
