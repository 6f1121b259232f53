// Fakes for the assistant's injected parts: an analyze that flags fixed words, editor
// drivers over a textarea and a one-text-node contenteditable, and a composer to attach to.
import { vi } from 'vitest';
import type { AnalyzeOptions, Finding, Severity } from '@/lib/checks/types';
import type { EditorDriver } from '@/lib/editors/types';
import type { Composer, EditorKind } from '@/lib/sites/types';
import type { AssistantSettings } from '@/lib/assistant/types';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';

/** Flags each word in `words` wherever it occurs, with the given severity and suggestion. */
export function fakeAnalyze(words: Record<string, { severity: Severity; suggestion?: string; category?: 'phi' | 'tone' }>) {
  return vi.fn((text: string, _options?: AnalyzeOptions): Finding[] => {
    const found: Finding[] = [];
    for (const [word, spec] of Object.entries(words)) {
      let at = text.indexOf(word);
      while (at !== -1) {
        const finding: Finding = {
          rule: `${spec.category ?? 'phi'}/${word.replace(/\W+/g, '-')}`,
          category: spec.category ?? 'phi',
          type: spec.category === 'tone' ? 'hostile' : 'health_info',
          severity: spec.severity,
          start: at,
          end: at + word.length,
          message: `Mentions ${word}.`,
        };
        if (spec.suggestion !== undefined) finding.suggestion = spec.suggestion;
        found.push(finding);
        at = text.indexOf(word, at + word.length);
      }
    }
    return found.sort((a, b) => a.start - b.start);
  });
}

export function textareaDriver(): EditorDriver & { replaceRange: ReturnType<typeof vi.fn> } {
  return {
    kind: 'textarea',
    read: (el) => ({ text: (el as HTMLTextAreaElement).value, rangeFor: () => null }),
    replaceRange: vi.fn(async (el: HTMLElement, start: number, end: number, replacement: string) => {
      const area = el as HTMLTextAreaElement;
      area.value = area.value.slice(0, start) + replacement + area.value.slice(end);
      return true;
    }),
    setText: async (el, text) => {
      (el as HTMLTextAreaElement).value = text;
      return true;
    },
    placeCaret: () => undefined,
  };
}

/** A contenteditable holding a single text node (enough to map offsets to ranges). */
export function contentEditableDriver(): EditorDriver {
  return {
    kind: 'contenteditable',
    read: (el) => ({
      text: el.textContent ?? '',
      rangeFor(start, end) {
        const node = el.firstChild;
        if (!node) return null;
        const range = el.ownerDocument.createRange();
        range.setStart(node, start);
        range.setEnd(node, end);
        return range;
      },
    }),
    replaceRange: async (el, start, end, replacement) => {
      const text = el.textContent ?? '';
      el.textContent = text.slice(0, start) + replacement + text.slice(end);
      return true;
    },
    setText: async (el, text) => {
      el.textContent = text;
      return true;
    },
    placeCaret: () => undefined,
  };
}

export function makeComposer(editor: EditorKind, overrides: Partial<Composer> = {}): Composer {
  const wrapper = document.createElement('div');
  let element: HTMLElement;
  if (editor === 'textarea') {
    element = document.createElement('textarea');
  } else {
    element = document.createElement('div');
    element.contentEditable = 'true';
    element.setAttribute('role', 'textbox');
  }
  wrapper.append(element);
  document.body.append(wrapper);
  return {
    site: 'yelp',
    kind: 'review-reply',
    editor,
    element,
    anchor: element,
    submitControls: () => [],
    isSendShortcut: () => false,
    ...overrides,
  };
}

export function settingsWith(patch: Partial<AssistantSettings['checks']> = {}): AssistantSettings {
  return {
    profile: {},
    checks: { ...DEFAULT_SETTINGS.checks, ...patch },
  };
}

export function typeInto(area: HTMLTextAreaElement, text: string): void {
  area.value += text;
  area.dispatchEvent(new Event('input', { bubbles: true }));
}
