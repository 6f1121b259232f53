// The E2E toolkit: launch Chromium with the built extension, open demo sites at their real
// URLs, drive their real editors, and check that nothing leaves the machine.
export { launchWithExtension, type ExtensionSession, type LaunchOptions } from './launch';
export { useExtensionSession } from './session';
export { extensionId, extensionWorker, openExtensionPage, type ExtensionPage } from './extension';
export {
  boxEditable,
  demoBoxes,
  editorText,
  openBox,
  openSite,
  postedOn,
  sendBox,
  typeIntoBox,
  waitForDemo,
  type DemoBoxInfo,
  type DemoPosted,
} from './demo';
export { SITES, siteInfo, FIXTURE_HOSTS, type DemoBox, type DemoSiteInfo, type DemoSite, type AssistantSite } from './sites';
export { RequestLog, isLocalUrl, routeAndRecord, type RecordedRequest } from './network';
export { assistantAttachments, type BoxAttachment } from './attachments';
export { assistantSettled, readEveryStore, readPostLog, type HostState, type LogRecord } from './assistant';
