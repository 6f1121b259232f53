// PLACEHOLDER made by the options page so it builds: the templates engineer replaces this file.
// It renders inside the options page, which gives it useSettings() (./SettingsContext).
export default function TemplatesSection() {
  return (
    <section className="options-section" aria-labelledby="templates-heading">
      <h2 id="templates-heading">Reply templates</h2>
      <p className="hint">Coming soon.</p>
    </section>
  );
}
