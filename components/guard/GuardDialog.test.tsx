// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GuardDialog, type GuardDialogProps } from './GuardDialog';
import type { Finding } from '@/lib/checks/types';

const text = 'Sorry about your root canal, Maria!';
const findings: Finding[] = [
  { rule: 'phi/health-info', category: 'phi', type: 'health_info', severity: 'block', start: 12, end: 27, message: 'Names a treatment of this person.' },
  { rule: 'tone/x', category: 'tone', type: 'defensive', severity: 'info', start: 0, end: 5, message: 'A tip that is not shown here.' },
];

function setup(action: GuardDialogProps['action'], approve: GuardDialogProps['onApprove'] = async () => null) {
  const props = { action, text, findings, onEdit: vi.fn(), onPostAnyway: vi.fn(), onApprove: vi.fn(approve) };
  render(<GuardDialog {...props} />);
  return props;
}

afterEach(cleanup);

describe('GuardDialog', () => {
  test('warn mode lists the warn and block findings with their words, and offers Edit and Post anyway', async () => {
    const p = setup({ kind: 'confirm' });
    const dialog = screen.getByRole('alertdialog', { name: 'Check this before it goes out' });
    expect(dialog).toHaveTextContent('your root canal');
    expect(dialog).toHaveTextContent('Health details');
    expect(dialog).not.toHaveTextContent('A tip that is not shown here.');
    expect(screen.getByRole('button', { name: 'Edit' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Post anyway' }));
    expect(p.onPostAnyway).toHaveBeenCalledTimes(1);
  });

  test('strict mode with a block finding offers only Edit', async () => {
    const p = setup({ kind: 'blocked' });
    expect(screen.queryByRole('button', { name: 'Post anyway' })).toBeNull();
    await userEvent.keyboard('{Escape}');
    expect(p.onEdit).toHaveBeenCalled();
  });

  test('two-person mode shows the text and approves with upper-cased initials and the PIN', async () => {
    const p = setup({ kind: 'approval', pinRequired: true });
    expect(screen.getByRole('region', { name: 'Post to review' })).toHaveTextContent(text);
    await userEvent.type(screen.getByLabelText("Approver's initials"), 'jd');
    await userEvent.type(screen.getByLabelText('Practice PIN'), '4321');
    await userEvent.click(screen.getByRole('button', { name: 'Approve and post' }));
    expect(p.onApprove).toHaveBeenCalledWith('JD', '4321');
  });

  test('two-person mode refuses initials that are not 2 to 4 letters, and shows a wrong PIN calmly', async () => {
    const p = setup({ kind: 'approval', pinRequired: true }, async () => 'That PIN does not match. Ask the person who set it.');
    await userEvent.type(screen.getByLabelText("Approver's initials"), 'j');
    await userEvent.type(screen.getByLabelText('Practice PIN'), '1');
    await userEvent.click(screen.getByRole('button', { name: 'Approve and post' }));
    expect(screen.getByRole('alert')).toHaveTextContent('2 to 4 letters');
    expect(p.onApprove).not.toHaveBeenCalled();
    await userEvent.type(screen.getByLabelText("Approver's initials"), 'k');
    await userEvent.click(screen.getByRole('button', { name: 'Approve and post' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('does not match');
  });

  test('without a practice PIN asks for initials only', () => {
    setup({ kind: 'approval', pinRequired: false });
    expect(screen.queryByLabelText('Practice PIN')).toBeNull();
  });

  test('renders the post as text, never as HTML', () => {
    render(
      <GuardDialog
        action={{ kind: 'approval', pinRequired: false }}
        text={'<img src=x onerror="alert(1)">'}
        findings={[]}
        onEdit={() => {}}
        onPostAnyway={() => {}}
        onApprove={async () => null}
      />,
    );
    expect(document.querySelector('img')).toBeNull();
  });
});
