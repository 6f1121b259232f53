// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TextSetting } from './TextSetting';

afterEach(cleanup);

describe('a one-line setting while storage is saving', () => {
  test('keeps showing the committed value until the save is done, and leaving the field does not save the old one', async () => {
    let finish: () => void = () => {};
    const onCommit = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const { rerender } = render(<TextSetting id="n" label="Posts per week" type="number" value="3" locked={false} error={null} onCommit={onCommit} />);
    const field = screen.getByLabelText('Posts per week');
    await userEvent.clear(field);
    await userEvent.type(field, '5{Enter}');
    expect(onCommit).toHaveBeenCalledWith('5');
    // Storage has not answered yet: the field still shows what was typed, not the old 3.
    expect(field).toHaveValue(5);
    // Moving on to the next setting while the save runs commits nothing more.
    await userEvent.tab();
    expect(onCommit).toHaveBeenCalledTimes(1);
    // Storage answers with the new value.
    rerender(<TextSetting id="n" label="Posts per week" type="number" value="5" locked={false} error={null} onCommit={onCommit} />);
    await act(async () => finish());
    await vi.waitFor(() => expect(field).toHaveValue(5));
    expect(onCommit).toHaveBeenCalledTimes(1);
  });

  test('a failed save shows what storage holds afterwards', async () => {
    let finish: () => void = () => {};
    const onCommit = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    render(<TextSetting id="n" label="Practice name" value="Juniper Dental" locked={false} error={null} onCommit={onCommit} />);
    const field = screen.getByLabelText('Practice name');
    await userEvent.clear(field);
    await userEvent.type(field, 'Juniper Family Dental{Enter}');
    expect(field).toHaveValue('Juniper Family Dental');
    await act(async () => finish()); // storage still says the old name
    await vi.waitFor(() => expect(field).toHaveValue('Juniper Dental'));
  });
});
