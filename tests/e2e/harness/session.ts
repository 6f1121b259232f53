// The usual shape of an E2E file: one browser for the file, checked for leaks at the end.
import { afterAll, beforeAll, expect } from 'vitest';
import { launchWithExtension, type ExtensionSession, type LaunchOptions } from './launch';

/**
 * One browser per test file: launched before the first test, and at the end the file fails
 * if any context made a request to anywhere but the demo sites and the extension.
 *   const session = useExtensionSession();
 *   test('…', async () => { const page = await openSite(session.context, 'facebook'); });
 */
export function useExtensionSession(options: LaunchOptions = {}): ExtensionSession {
  let current: ExtensionSession | undefined;
  beforeAll(async () => {
    current = await launchWithExtension(options);
  });
  afterAll(async () => {
    if (!current) return;
    const leaks = current.requests.leaks();
    await current.close();
    expect(leaks, `requests left the machine:\n${current.requests.describe(leaks)}`).toEqual([]);
  });
  const get = (): ExtensionSession => {
    if (!current) throw new Error('the browser is not started yet: use the session inside a test or hook');
    return current;
  };
  return {
    get context() {
      return get().context;
    },
    get requests() {
      return get().requests;
    },
    close: () => get().close(),
  };
}
