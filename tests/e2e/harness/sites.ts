// The demo sites and their boxes, as data, so shared suites run once per site:
//   for (const site of SITES) describe(site.label, () => { … site.boxes … })
// Box ids are the ids of `window.__demo` on the page (tests/fixtures/shared/demo-api.ts).
import type { DemoBoxKind, DemoEditorKind, DemoSite } from '../../fixtures/shared/demo-api';

export type { DemoBoxKind, DemoEditorKind, DemoSite };

/** The `data-site` value DESIGN.md's host element carries. */
export type AssistantSite = 'facebook' | 'x' | 'yelp';

export interface DemoBox {
  /** `window.__demo` id; the box's form/wrapper carries `data-demo-box="<id>"` (tests only). */
  id: string;
  kind: DemoBoxKind;
  editor: DemoEditorKind;
  /** Path the box lives on, when not the site's start path. */
  path?: string;
  /** The role and name of the button that opens the box, if it is not on the page at load. */
  openedBy?: { role: 'button'; name: string };
  /** CSS selector of the site's send button for this box. */
  sendButton: string;
  /** Keys that send from inside the box (as the site does), if any. */
  sendKeys?: string;
  /** Keys that start a new line without sending. */
  newlineKeys: string;
  /** Sending closes the box (Facebook's composer dialog), so it is gone afterwards. */
  closesOnSend?: boolean;
}

export interface DemoSiteInfo {
  name: DemoSite;
  label: string;
  /** Served at this real origin; the content script's real match patterns apply. */
  origin: string;
  startPath: string;
  /** Bundle folder under tests/fixtures/dist. */
  page: string;
  /** Expected `data-site` on the assistant's host elements here. */
  assistantSite: AssistantSite;
  /** Representative boxes, one or more per kind on the site. */
  boxes: DemoBox[];
  /** Inputs the extension must leave alone (site search). */
  ignoredInputs: string[];
}

export const SITES: readonly DemoSiteInfo[] = [
  {
    name: 'facebook',
    label: 'Facebook',
    origin: 'https://www.facebook.com',
    startPath: '/',
    page: 'facebook',
    assistantSite: 'facebook',
    boxes: [
      {
        id: 'composer',
        kind: 'post',
        editor: 'lexical',
        openedBy: { role: 'button', name: "What's on your mind?" },
        sendButton: '[role="dialog"] [role="button"][aria-label="Post"]',
        sendKeys: 'Control+Enter',
        newlineKeys: 'Enter',
        closesOnSend: true,
      },
      {
        id: 'comment-p1',
        kind: 'comment',
        editor: 'lexical',
        sendButton: '[data-demo-box="comment-p1"] [role="button"][aria-label="Comment"]',
        sendKeys: 'Enter',
        newlineKeys: 'Shift+Enter',
      },
    ],
    ignoredInputs: ['input[aria-label="Search Facebook"]'],
  },
  {
    name: 'x',
    label: 'X',
    origin: 'https://x.com',
    startPath: '/home',
    page: 'x',
    assistantSite: 'x',
    boxes: [
      {
        id: 'compose',
        kind: 'post',
        editor: 'draft',
        sendButton: '[data-testid="tweetButtonInline"]',
        sendKeys: 'Control+Enter',
        newlineKeys: 'Enter',
      },
      {
        id: 'reply-1001',
        kind: 'comment',
        editor: 'draft',
        path: '/springfieldnews/status/1001',
        sendButton: '[data-testid="tweetButton"]',
        sendKeys: 'Control+Enter',
        newlineKeys: 'Enter',
      },
    ],
    ignoredInputs: ['[data-testid="SearchBox_Search_Input"]'],
  },
  {
    name: 'yelp',
    label: 'Yelp for Business',
    origin: 'https://biz.yelp.com',
    startPath: '/reviews',
    page: 'yelp-biz',
    assistantSite: 'yelp',
    boxes: [
      {
        id: 'public-r1',
        kind: 'review-reply',
        editor: 'textarea',
        sendButton: '[data-demo-box="public-r1"] button[type="submit"]',
        newlineKeys: 'Enter',
      },
      {
        id: 'private-r1',
        kind: 'review-reply',
        editor: 'textarea',
        sendButton: '[data-demo-box="private-r1"] button[type="submit"]',
        newlineKeys: 'Enter',
      },
    ],
    ignoredInputs: ['input[aria-label="Search reviews"]'],
  },
  {
    name: 'yelp-www',
    label: 'Yelp',
    origin: 'https://www.yelp.com',
    startPath: '/biz/riverbend-family-dental-springfield',
    page: 'yelp-www',
    assistantSite: 'yelp',
    boxes: [
      {
        id: 'owner-comment-r1',
        kind: 'review-reply',
        editor: 'textarea',
        sendButton: '[data-demo-box="owner-comment-r1"] button[type="submit"]',
        newlineKeys: 'Enter',
      },
    ],
    ignoredInputs: ['input[aria-label="Search Yelp"]', 'input[aria-label="Location"]'],
  },
];

export function siteInfo(name: DemoSite): DemoSiteInfo {
  const site = SITES.find((s) => s.name === name);
  if (!site) throw new Error(`no demo site named ${name}`);
  return site;
}

/** Every host a fixture is served at, with the page it gets (X is still served on twitter.com). */
export const FIXTURE_HOSTS: Readonly<Record<string, string>> = {
  'www.facebook.com': 'facebook',
  'x.com': 'x',
  'twitter.com': 'x',
  'biz.yelp.com': 'yelp-biz',
  'www.yelp.com': 'yelp-www',
};
