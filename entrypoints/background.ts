import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '@/lib/background/startBackground';

export default defineBackground(() => {
  // Wiring only; the message router, post log, alarms and badge live in lib/background.
  startBackground();
});
