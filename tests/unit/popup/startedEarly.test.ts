import { startedEarly } from '@/components/popup/startedEarly';

describe('a read started before the popup renders', () => {
  test('is handed over on the first ask, and later asks read again', async () => {
    const again = vi.fn(async () => 'fresh');
    const read = startedEarly(Promise.resolve('early'), again);
    expect(await read()).toBe('early');
    expect(again).not.toHaveBeenCalled();
    expect(await read()).toBe('fresh');
    expect(await read()).toBe('fresh');
    expect(again).toHaveBeenCalledTimes(2);
  });

  test('a failed early read reaches the first asker, and "Try again" reads afresh', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    const read = startedEarly(Promise.reject(new Error('storage closed')), async () => 'recovered');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(unhandled).not.toHaveBeenCalled();
    await expect(read()).rejects.toThrow('storage closed');
    expect(await read()).toBe('recovered');
    process.off('unhandledRejection', unhandled);
  });
});
