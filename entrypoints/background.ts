import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Wiring only; the message router, post log, alarms and badge live in lib/.
});
