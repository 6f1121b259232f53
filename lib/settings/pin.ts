// The practice's shared PIN for two-person sign-off. Only a salted SHA-256 is stored (in
// storage.sync, so every staff browser shares it). A 4–12 digit PIN is a small space, so the
// hash keeps it from being read at a glance in storage, not from a determined attacker; the
// PIN is a speed bump for "someone else looked at this", not an access control.

const PIN_FORMAT = /^\d{4,12}$/;

export function isValidPin(pin: string): boolean {
  return PIN_FORMAT.test(pin);
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function fromHex(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

async function saltedHash(salt: Uint8Array, pin: string): Promise<string> {
  const pinBytes = new TextEncoder().encode(pin);
  const input = new Uint8Array(salt.length + pinBytes.length);
  input.set(salt, 0);
  input.set(pinBytes, salt.length);
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', input)));
}

export interface StoredPin {
  salt: string;
  hash: string;
}

/** A fresh random salt and the salted hash of `pin`. Throws on a PIN that is not 4–12 digits. */
export async function hashPin(pin: string): Promise<StoredPin> {
  if (!isValidPin(pin)) throw new Error('A PIN is 4 to 12 digits.');
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { salt: toHex(salt), hash: await saltedHash(salt, pin) };
}

/** Whether `pin` matches the stored hash. No stored PIN means there is nothing to match. */
export async function verifyPin(pin: string, stored: StoredPin | null): Promise<boolean> {
  if (!stored || !/^[0-9a-f]{32}$/.test(stored.salt) || !/^[0-9a-f]{64}$/.test(stored.hash)) return false;
  const actual = await saltedHash(fromHex(stored.salt), pin);
  // Compare every character so the time taken does not hint at how much matched.
  let difference = 0;
  for (let i = 0; i < actual.length; i += 1) difference |= actual.charCodeAt(i) ^ stored.hash.charCodeAt(i);
  return difference === 0;
}
