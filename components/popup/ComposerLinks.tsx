import { SITE_COMPOSERS } from './siteComposers';

export function ComposerLinks() {
  return (
    <nav className="composers" aria-label="Open a site to post">
      {SITE_COMPOSERS.map(({ site, url, action }) => (
        <a key={site} href={url} target="_blank" rel="noreferrer">
          {action}
        </a>
      ))}
    </nav>
  );
}
