import { defineContentScript } from 'wxt/utils/define-content-script';
import { SITE_MATCHES } from '@/lib/sites/matches';

export default defineContentScript({
  matches: [...SITE_MATCHES],
  runAt: 'document_idle',
  main() {
    // Starts the in-page assistant (lib/assistant).
  },
});
