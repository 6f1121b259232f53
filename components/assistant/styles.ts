// The assistant's styles, injected into each host's shadow root (the page's CSS cannot
// reach in, and ours cannot leak out). Follows the system's light/dark scheme and
// reduced-motion setting.
export const ASSISTANT_CSS = `
:host { all: initial; }
.pa-root, .pa-layer {
  --pa-bg: #ffffff; --pa-fg: #1f2328; --pa-muted: #59636e; --pa-border: #d0d7de;
  --pa-block: #c5221f; --pa-warn: #b06000; --pa-info: #1a73e8; --pa-ok: #188038;
  --pa-focus: #0b57d0; --pa-shadow: 0 6px 24px rgba(0,0,0,.18);
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--pa-fg);
}
@media (prefers-color-scheme: dark) {
  .pa-root, .pa-layer {
    --pa-bg: #1f1f1f; --pa-fg: #e8eaed; --pa-muted: #a8adb3; --pa-border: #3c4043;
    --pa-block: #f28b82; --pa-warn: #fdd663; --pa-info: #8ab4f8; --pa-ok: #81c995;
    --pa-focus: #a8c7fa; --pa-shadow: 0 6px 24px rgba(0,0,0,.6);
  }
}
.pa-layer { position: absolute; inset: 0 auto auto 0; width: 0; height: 0; }
.pa-bar { display: flex; justify-content: flex-end; align-items: center; gap: 6px; padding: 2px 0; min-height: 24px; }
.pa-badge {
  display: inline-flex; align-items: center; gap: 4px; height: 22px; min-width: 22px; padding: 0 8px;
  border-radius: 11px; border: 1px solid var(--pa-border); background: var(--pa-bg); color: var(--pa-fg);
  font: inherit; font-weight: 600; cursor: pointer; transition: opacity .15s ease, background-color .15s ease;
}
.pa-badge:focus-visible, .pa-panel button:focus-visible, .pa-panel [tabindex]:focus-visible { outline: 2px solid var(--pa-focus); outline-offset: 2px; }
.pa-badge[data-severity="block"] { background: var(--pa-block); border-color: var(--pa-block); color: #fff; }
.pa-badge[data-severity="warn"] { background: var(--pa-warn); border-color: var(--pa-warn); color: #fff; }
.pa-badge[data-severity="ok"] { color: var(--pa-ok); }
:host([data-state="checking"]) .pa-badge { opacity: .65; }
@media (prefers-color-scheme: dark) {
  .pa-badge[data-severity="block"], .pa-badge[data-severity="warn"] { color: #1f1f1f; }
}
.pa-panel {
  position: absolute; right: 0; top: 100%; z-index: 2147483646; width: min(380px, 92vw); max-height: 60vh;
  overflow: auto; box-sizing: border-box; padding: 12px; border-radius: 8px; border: 1px solid var(--pa-border);
  background: var(--pa-bg); color: var(--pa-fg); box-shadow: var(--pa-shadow); text-align: left;
}
/* In the top layer (useTopLayerPanel) a panel is placed against the viewport by inline top/left. */
[data-layer="top"]:popover-open { position: fixed; inset: auto; margin: 0; }
.pa-panel h2 { font-size: 14px; margin: 0 0 8px; }
.pa-panel-head { display: flex; justify-content: space-between; align-items: center; gap: 8px; }
.pa-list { list-style: none; margin: 0; padding: 0; }
.pa-item { padding: 8px 0; border-top: 1px solid var(--pa-border); }
.pa-item:first-child { border-top: 0; }
.pa-type { font-weight: 600; }
.pa-type::before { content: ""; display: inline-block; width: 8px; height: 8px; border-radius: 50%; margin-right: 6px; vertical-align: middle; }
.pa-item[data-severity="block"] .pa-type::before { background: var(--pa-block); }
.pa-item[data-severity="warn"] .pa-type::before { background: var(--pa-warn); }
.pa-item[data-severity="info"] .pa-type::before { background: var(--pa-info); }
.pa-matched { display: block; margin: 2px 0; font-style: italic; overflow-wrap: anywhere; }
.pa-message, .pa-suggestion, .pa-note { margin: 2px 0; }
.pa-muted, .pa-note { color: var(--pa-muted); }
.pa-actions { display: flex; gap: 6px; margin-top: 4px; flex-wrap: wrap; }
.pa-panel button {
  font: inherit; padding: 2px 10px; border-radius: 4px; border: 1px solid var(--pa-border);
  background: transparent; color: var(--pa-fg); cursor: pointer;
}
.pa-panel button.pa-primary { background: var(--pa-focus); border-color: var(--pa-focus); color: var(--pa-bg); }
.pa-overlay { position: absolute; overflow: hidden; pointer-events: none; z-index: 1; }
.pa-mirror { position: absolute; top: 0; left: 0; margin: 0; white-space: pre-wrap; overflow-wrap: break-word; word-break: normal; color: transparent; background: transparent; }
.pa-mark { color: transparent; background: transparent; text-decoration-line: underline; text-decoration-skip-ink: none; text-underline-offset: 3px; text-decoration-thickness: 1.5px; }
.pa-mark-block { text-decoration-style: wavy; text-decoration-color: #d93025; background: rgba(217, 48, 37, 0.08); }
.pa-mark-warn { text-decoration-style: wavy; text-decoration-color: #e8a200; }
.pa-mark-info { text-decoration-style: dotted; text-decoration-color: #1a73e8; text-decoration-thickness: 2px; }
@media (prefers-reduced-motion: reduce) {
  .pa-badge { transition: none; }
}
`;
