// The whole options page: one page, one nav, a section per area. Sections owned by other
// parts (cadence, templates, data) are rendered as they are and read settings through
// useSettings().
import { useEffect } from 'react';
import CadenceSection from './CadenceSection';
import ChecksSection from './ChecksSection';
import DataSection from './DataSection';
import GuardSection from './GuardSection';
import HelpSection from './HelpSection';
import ProfileSection from './ProfileSection';
import TemplatesSection from './TemplatesSection';
import { elementForHash } from './hashTarget';
import { SettingsProvider, useSettings } from './SettingsContext';

export const OPTIONS_SECTIONS = [
  { id: 'profile', title: 'Practice profile', Section: ProfileSection },
  { id: 'checks', title: 'Checks', Section: ChecksSection },
  { id: 'guard', title: 'Guard', Section: GuardSection },
  { id: 'cadence', title: 'Cadence', Section: CadenceSection },
  { id: 'templates', title: 'Templates', Section: TemplatesSection },
  { id: 'data', title: 'Data', Section: DataSection },
  { id: 'help', title: 'Help', Section: HelpSection },
] as const;

function SettingsNoticeBanner() {
  const { notice } = useSettings();
  if (!notice) return null;
  return (
    <div className="notice" role="alert">
      <p>{notice.title}</p>
      <ul>
        {notice.details.map((detail, i) => (
          <li key={i}>{detail}</li>
        ))}
      </ul>
    </div>
  );
}

function SaveStatus() {
  const { status } = useSettings();
  return (
    <p className={status?.failed ? 'save-status failed' : 'save-status'} role="status" aria-live="polite">
      {status?.text ?? ''}
    </p>
  );
}

/** Scrolls to and focuses what the hash names, now (once the sections exist) and on change. */
function useHashFocus() {
  useEffect(() => {
    const go = () => {
      const target = elementForHash(window.location.hash, document);
      if (!target) return;
      document.querySelectorAll('.help-entry.targeted').forEach((el) => el.classList.remove('targeted'));
      if (target.classList.contains('help-entry')) target.classList.add('targeted');
      target.scrollIntoView?.({ block: 'start' });
      if (target.tabIndex >= 0 || target.hasAttribute('tabindex')) target.focus({ preventScroll: true });
    };
    go();
    window.addEventListener('hashchange', go);
    return () => window.removeEventListener('hashchange', go);
  }, []);
}

function OptionsSections() {
  useHashFocus();
  return (
    <>
      <SettingsNoticeBanner />
      <div className="options-layout">
        <nav aria-label="Settings sections" className="options-nav">
          <ul>
            {OPTIONS_SECTIONS.map(({ id, title }) => (
              <li key={id}>
                <a href={`#${id}`}>{title}</a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="options-sections">
          {OPTIONS_SECTIONS.map(({ id, Section }) => (
            <div key={id} id={id} tabIndex={-1} className="options-anchor">
              <Section />
            </div>
          ))}
        </div>
      </div>
      <SaveStatus />
    </>
  );
}

export default function OptionsPage() {
  return (
    <main className="options-page">
      <h1>Posting Assistant settings</h1>
      <p className="lede">Changes save as you make them and reach open tabs at once. Nothing you write here leaves this browser, except through your browser's own settings sync.</p>
      <SettingsProvider>
        <OptionsSections />
      </SettingsProvider>
    </main>
  );
}
