import { hashPin, isValidPin, verifyPin } from './pin';

describe('shared PIN', () => {
  test('stores a salted hash, never the PIN', async () => {
    const stored = await hashPin('482913');
    expect(stored.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(stored.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain('482913');
  });

  test('the hash is SHA-256 of the salt bytes followed by the PIN', async () => {
    const stored = await hashPin('1234');
    const salt = Uint8Array.from(stored.salt.match(/../g)!, (h) => parseInt(h, 16));
    const input = new Uint8Array([...salt, ...new TextEncoder().encode('1234')]);
    const digest = Buffer.from(await crypto.subtle.digest('SHA-256', input)).toString('hex');
    expect(stored.hash).toBe(digest);
  });

  test('the same PIN twice gets different salts and hashes', async () => {
    const [a, b] = await Promise.all([hashPin('1234'), hashPin('1234')]);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });

  test('verifies the right PIN and refuses a wrong one', async () => {
    const stored = await hashPin('2468');
    expect(await verifyPin('2468', stored)).toBe(true);
    expect(await verifyPin('2469', stored)).toBe(false);
    expect(await verifyPin('', stored)).toBe(false);
  });

  test('nothing verifies when no PIN is stored or the stored one is damaged', async () => {
    expect(await verifyPin('2468', null)).toBe(false);
    expect(await verifyPin('2468', { salt: 'zz', hash: 'zz' })).toBe(false);
  });

  test('a PIN is 4 to 12 digits', async () => {
    expect(isValidPin('1234')).toBe(true);
    expect(isValidPin('123456789012')).toBe(true);
    expect(isValidPin('123')).toBe(false);
    expect(isValidPin('12a4')).toBe(false);
    await expect(hashPin('12')).rejects.toThrow(/4 to 12 digits/);
  });
});
