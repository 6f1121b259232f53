// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChoiceSetting } from './ChoiceSetting';
import { ToggleSetting } from './ToggleSetting';

afterEach(cleanup);

const choices = [
  { value: 'warn', label: 'Warn' },
  { value: 'strict', label: 'Strict' },
] as const;

describe('settings controls while storage is saving', () => {
  test('a radio shows the click at once, then what storage holds once the save is done', async () => {
    let finish: () => void = () => {};
    const onChange = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    render(<ChoiceSetting id="mode" legend="Mode" value="warn" choices={choices} locked={false} error={null} onChange={onChange} />);
    await userEvent.click(screen.getByRole('radio', { name: 'Strict' }));
    expect(onChange).toHaveBeenCalledWith('strict');
    expect(screen.getByRole('radio', { name: 'Strict' })).toBeChecked();
    // The save failed: storage still says "warn", and that is what shows afterwards.
    finish();
    expect(await screen.findByRole('radio', { name: 'Warn' })).toBeChecked();
  });

  test('a checkbox shows the click at once while saving', async () => {
    const onChange = vi.fn(() => new Promise<void>(() => {}));
    render(<ToggleSetting id="fb" label="Facebook" checked={true} locked={false} error={null} onChange={onChange} />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Facebook' }));
    expect(onChange).toHaveBeenCalledWith(false);
    expect(screen.getByRole('checkbox', { name: 'Facebook' })).not.toBeChecked();
  });
});
