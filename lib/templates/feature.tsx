// Reply templates as an assistant feature: a "Reply templates" button beside the badge on
// review-reply boxes; on any other box, on request with Alt+Shift+T. Insertion goes
// through the editor driver (the editor's own input path), which verifies the result.
import { TemplatesControl } from '@/components/templates/TemplatesControl';
import type { AssistantFeature, ComposerSession } from '@/lib/assistant/types';
import type { OptionsSection } from '@/lib/messages';
import type { Settings } from '@/lib/settings/types';
import { allTemplates } from './index';

export interface TemplatesDeps {
  settings(): Pick<Settings, 'profile' | 'templates'>;
  openOptions(section: OptionsSection): void;
}

const CONTROL_ID = 'templates';

export function templatesFeature(deps: TemplatesDeps): AssistantFeature {
  return (session) => {
    const { composer } = session;
    const show = (initiallyOpen: boolean, onClosed?: () => void) => {
      return session.addControl(
        CONTROL_ID,
        <TemplatesControl
          key={initiallyOpen ? 'asked' : 'always'}
          initiallyOpen={initiallyOpen}
          onClosed={onClosed}
          load={() => {
            const settings = deps.settings();
            return {
              templates: allTemplates(settings.templates.custom, settings.templates.order),
              profile: settings.profile,
              review: composer.review?.(),
            };
          }}
          onInsert={(text) => insertTemplate(session, text)}
          onOpenOptions={(section) => deps.openOptions(section)}
        />,
        10,
      );
    };

    if (composer.kind === 'review-reply') {
      show(false);
      return;
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.altKey && event.shiftKey && event.code === 'KeyT')) return;
      event.preventDefault();
      let remove: () => void = () => {};
      remove = show(true, () => remove());
    };
    composer.element.addEventListener('keydown', onKeyDown, { signal: session.signal });
  };
}

async function insertTemplate(session: ComposerSession, text: string): Promise<boolean> {
  const { element } = session.composer;
  if (!element.isConnected) return false;
  const ok = await session.driver.setText(element, text);
  if (ok) {
    // Back in the box with the caret after the inserted text, ready to type.
    session.driver.placeCaret(element, text.length);
    session.checkNow();
  }
  return ok;
}
